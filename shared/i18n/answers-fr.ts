// The answers after the RMA number in French, by ANSWER_TEXT's keys (shared/intake/case-answer-text.ts): ICU messages.
// Translated by a native speaker from the English in shared/intake/case-answer-text.ts.
export const ANSWERS_FR: Readonly<Record<string, string>> = {
  nothingToAdd: 'Rien d’autre que le produit : emballez-le simplement avec soin.',
  eachStep: 'Nous vous envoyons un e-mail à chaque étape, et votre page de suivi indique toujours où en est votre retour.',
  declined: 'Ce retour n’a pas été accepté : vous n’avez donc rien à envoyer.',
  noPhotos: 'Nous n’avons pas besoin de photos pour ce retour.',
  choose: 'Vous choisissez une fois le produit examiné : {remedies}. {how}',
  merchantChooses: '{merchant} choisit la solution une fois votre produit reçu : {remedies}.',
  nothingToChoose: 'Ce que vous obtenez : {remedies}.',
  noPrice: 'Les conditions n’indiquent aucun prix : {merchant} vous communique le montant au moment d’accepter l’intervention.',
  wayBackFree: 'Le renvoi du produit jusqu’à vous est à la charge de {merchant}.',
  'after.inspection': 'Cela intervient une fois que {merchant} a reçu et examiné le produit.',
  'after.receipt': 'Cela intervient une fois que {merchant} a reçu le produit.',
  'after.cancelled': 'Cela intervient une fois que {merchant} a annulé le code.',
  noDays: '{merchant} ne fixe pas de nombre de jours précis pour cela ; vous recevez un e-mail à chaque étape.',
  collectionInvite:
    'Si un autre jour, une autre heure ou une autre adresse (votre travail, un voisin) vous convient mieux, dites-le ici : ce sera noté dans votre dossier.',
  'noSwap.inspection':
    'Non : le coursier vient seulement chercher le produit. {merchant} vous envoie ce qui vous revient une fois votre produit reçu et examiné.',
  'noSwap.receipt': 'Non : {merchant} vous envoie ce qui vous revient une fois votre produit reçu.',
  addressWhen:
    'Notre équipe vous envoie par e-mail l’adresse d’expédition ; les conditions ne fixent aucun délai pour cela. D’ici là, vous n’avez rien à faire : votre retour est enregistré, attendre ne vous fait donc rien perdre.',
  nothingToPrint:
    'Non : il n’y a rien à imprimer, et aucun document ne va dans le colis. Gardez votre facture à portée de main au cas où {merchant} la demanderait.',
  noConditions:
    'Aucun problème : ce retour n’impose aucune condition sur l’emballage ou l’utilisation, seulement que le produit revienne tel qu’il a été livré (non modifié). Emballez-le soigneusement : dans sa propre boîte si vous l’avez encore (c’est elle qui le protège le mieux), ou dans n’importe quel carton solide.',
  keepBoxForPhoto: 'Gardez le carton extérieur jusqu’à ce que vous en ayez pris la photo dont nous avons besoin.',
  invoiceInParcel: 'Oui : une copie de la facture d’achat va dans le colis. Conservez l’original.',
  proforma: 'Pour la douane, {label} doit accompagner le colis.',
  noCustomsPapers:
    'Les conditions n’exigent pour ce retour aucun document douanier spécifique (pas de facture pro forma). Si votre colis passe une frontière douanière, la poste vous indiquera quel formulaire de douane il faut.',
  dutiesUnknown: 'Les conditions de {merchant} ne disent rien des droits ou taxes d’importation : notre équipe vous renseignera.',
  invoiceKept: 'Non : la facture ne va pas dans le colis. Gardez-la à portée de main au cas où {merchant} la demanderait.',
  rights:
    'Les conditions de {merchant} ne limitent pas vos droits légaux, mais je ne peux pas vous dire comment la loi s’applique à votre retour : il faut pour cela un interlocuteur humain.',
  contact: 'Vous pouvez joindre {merchant} : {ways}. Indiquez votre numéro RMA.',
  noContact: 'Les conditions de {merchant} n’indiquent aucun numéro de téléphone ; si vous répondez ici, votre message parvient à l’équipe.',
  paymentMethod: 'Les conditions de {merchant} ne précisent pas comment se font les paiements ou les remboursements : notre équipe vous le dira.',
  refundHowUnsaid:
    'Les conditions ne précisent pas comment un remboursement est versé (sur votre carte ou sur votre compte bancaire) : notre équipe vous le confirmera.',
  details:
    'Si vous avez cette information, indiquez-la ici : elle sera notée dans votre dossier, où l’équipe la verra. Vous n’avez qu’à rappeler votre numéro RMA.',
  detailsGiven: 'Merci : c’est noté dans votre dossier, où l’équipe le verra.',
  serialWhere:
    'Le numéro de série figure sur une petite étiquette avec un code-barres, généralement sous le produit ou à l’arrière, parfois sur sa boîte. S’il n’y en a pas, photographiez plutôt l’étiquette du modèle et signalez-le.',
  dontModify:
    'Ce n’est pas nécessaire, et mieux vaut éviter : envoyez-le tel quel. Le retour porte sur le produit tel qu’il a été livré (non modifié), et le démonter ou en changer des pièces vous-même pourrait être considéré comme une modification.',
  keepUnused: 'Vous le gardez jusqu’à son renvoi, mais merci de ne pas l’utiliser : il doit revenir inutilisé, tel qu’il a été livré.',
  'keepUntil.collection':
    'Seulement jusqu’à ce que le coursier vienne le chercher : cela se fait en premier, et {merchant} vous envoie ce qui vous revient après avoir reçu et examiné celui-ci. D’ici là, prenez-en soin : il repart tel qu’il a été livré.',
  'keepUntil.inspection':
    'Seulement jusqu’à ce que vous l’envoyiez : cela se fait en premier, et {merchant} vous envoie ce qui vous revient après avoir reçu et examiné celui-ci. D’ici là, prenez-en soin : il repart tel qu’il a été livré.',
  'keepUntil.receipt':
    'Seulement jusqu’à ce que vous l’envoyiez : cela se fait en premier, et {merchant} vous envoie ce qui vous revient une fois celui-ci reçu. D’ici là, prenez-en soin : il repart tel qu’il a été livré.',
  wholeProduct: 'Le produit entier, avec tout ce qui était fourni avec : le retour porte sur le produit tel qu’il a été livré, pas sur une partie.',
  sendOnlyPart: 'Si vous préférez n’envoyer qu’une partie, dites-le, et notre équipe vous dira si c’est possible.',
  outerBox:
    'Emballez-le dans un carton extérieur solide qui le protège (la boîte d’origine du produit peut aller dedans), et inscrivez le numéro RMA sur ce carton extérieur, pas sur le produit ni sur sa boîte d’origine.',
  packedForCourier: 'Ayez-le déjà emballé au passage du coursier : les conditions ne précisent pas que le coursier apporte un emballage.',
  exchangeSame:
    'Ce retour donne droit au même produit, pas à un autre : {remedies}. Pour un autre modèle, choisissez l’avoir ou le remboursement et commandez celui que vous voulez.',
  noExchange:
    'L’échange contre un autre produit ne fait pas partie des options de ce retour : vous obtenez {remedies}. Commandez ensuite celui que vous voulez.',
  lessRestocking: 'des frais de remise en stock pouvant aller jusqu’à {percent} %',
  ownThings:
    'Retirez tout ce qui vous appartient et ne fait pas partie du produit (un disque, une carte mémoire, une carte SIM, vos fichiers) et gardez-le : cela pourrait ne pas vous revenir. Ce qui était fourni avec le produit va dans le colis.',
  noPhotosReferred: 'Nous n’avons pas besoin de photos, car ce n’est pas nous qui traitons ce cas : gardez-les pour l’interlocuteur qui s’en charge.',
  oneRma:
    'Votre numéro RMA correspond au retour tel que vous l’avez enregistré. Si plusieurs produits sont renvoyés, indiquez lesquels ici : notre équipe les ajoute à ce retour ou vous donne un numéro pour chacun.',
  noEmail:
    'Votre retour est enregistré. Notre e-mail a été envoyé à l’adresse que vous nous avez indiquée : regardez aussi dans votre dossier spam ou courrier indésirable. S’il n’y est pas, dites-le ici, et notre équipe vous le renverra.',
  correction:
    'Merci : votre correction est notée dans votre dossier, et notre équipe vérifie si elle change quelque chose. Si c’est le cas, nous vous écrirons.',
  keepIt:
    'Il doit être renvoyé : {merchant} l’examine avant de vous envoyer ce qui vous revient. Si vous préférez le garder, dites-le ici, et notre équipe vous dira si c’est possible.',
  quoteUnsaid:
    'Les conditions de {merchant} ne disent pas si vous connaîtrez le prix avant l’intervention, ni ce que coûterait un refus : notre équipe vous le dira. D’ici là, rien n’est envoyé ni facturé.',
  declinedNoRemedy: 'Le retour n’ayant pas été accepté, il ne donne lieu à aucun remboursement, avoir ou échange.',
  notOurs: '{merchant} ne traite pas ce cas : c’est à l’interlocuteur qui s’en charge (voir plus haut) de vous répondre.',
  safety:
    'Veuillez cesser de l’utiliser dès maintenant : des étincelles, de la fumée, une odeur de brûlé, une surchauffe ou une batterie gonflée peuvent provoquer un incendie. Éteignez-le et débranchez-le, tenez-le à l’écart de tout ce qui peut brûler, et ne l’ouvrez pas ; s’il a une batterie, ne la rechargez pas et n’appuyez pas dessus.',
  notSaid: 'Les conditions de {merchant} ne le précisent pas : notre équipe vous renseignera.',
  otherProof:
    'Les conditions de {merchant} demandent une copie de la facture d’achat. Notre équipe vous dira si un relevé bancaire ou de carte, un e-mail de commande ou une autre preuve de la date peut la remplacer : gardez donc à portée de main ce que vous avez.',
  proofFromOrder: '{merchant} vérifie les dates à partir de votre commande : vous n’avez donc pas à les prouver.',
  collectedNotPosted: 'Vous n’avez pas à l’envoyer par la poste : {merchant} organise l’enlèvement, gratuitement.',
  anyCarrier: 'Les conditions de {merchant} n’imposent aucun transporteur : la poste ou n’importe quel service de messagerie convient.',
  wipeData:
    'Oui, avant l’envoi : sauvegardez ce que vous voulez garder, déconnectez-vous de vos comptes (et retirez tout verrouillage du téléphone ou de l’appareil, pour qu’il puisse être testé), puis rétablissez les paramètres d’usine. Retirez toute carte SIM ou carte mémoire.',
  choiceNoted: 'C’est noté : votre choix est inscrit dans votre dossier, et vous le confirmerez une fois le produit examiné. Les options sont : {remedies}.',
  wishNoted: 'Votre souhait est noté dans votre dossier.',
  handledElsewhere: 'Notre équipe peut vous aider à savoir qui contacter.',
  isCovered: 'C’est couvert : ce retour est approuvé.',
  collectionNoted:
    'C’est noté : c’est inscrit dans votre dossier pour l’enlèvement, et {merchant} vous confirmera le jour et le lieu avant le passage du coursier.',
  isApproved: 'Oui : votre retour est approuvé.',
  notYet: 'Pas encore : c’est {merchant} qui décide.',
  boxGonePhoto: 'Si vous n’avez plus le carton extérieur, laissez de côté sa photo : envoyez les autres et signalez-le.',
  partOnly:
    'J’ai demandé à notre équipe si {merchant} peut plutôt vous envoyer uniquement cette pièce : les conditions elles-mêmes ne prévoient que le retour tel qu’enregistré. En attendant que l’équipe vous écrive, vous n’avez rien à faire.',
  accessoriesYes: 'Oui :',
  accessoriesUnsaid:
    'Les conditions de {merchant} ne précisent pas si les câbles, disques ou autres accessoires doivent être joints : notre équipe vous le dira.',
  sellerToo:
    'Vous pouvez aussi vous adresser au vendeur auprès duquel vous l’avez acheté : ce qu’il propose ne regarde que vous et lui, et ce retour ne vous en empêche pas. Si vous le faites, prévenez-nous, et {merchant} clôturera ce retour.',
  replyWhen:
    'Notre équipe vous écrit par e-mail ; {merchant} ne fixe pas de délai pour cela. Le jour que vous nous avez indiqué est inscrit sur votre retour, et les délais sont calculés jusqu’à ce jour : attendre la réponse ne vous met donc pas en retard.',
  boughtAbroad:
    'Les conditions de {merchant} se fondent sur le pays depuis lequel le produit est renvoyé, pas sur le lieu d’achat, et ne disent rien d’un produit acheté à l’étranger : notre équipe vérifie ce point avec {merchant} et vous répond avant que vous ne l’envoyiez. Pour la garantie, c’est la date figurant sur votre preuve d’achat qui compte.',
  buyNew:
    'Acheter un nouvel appareil est un achat distinct, qui ne fait pas partie de ce retour. J’ai transmis votre question à notre équipe, qui vous dira si {merchant} peut vous en vendre un et ce qu’il advient alors de ce retour.',
  tellSeller:
    'Non : {merchant} ne contacte pas le vendeur à votre place. Écrivez vous-même au vendeur auprès duquel vous l’avez acheté ; l’e-mail contenant notre réponse et votre référence montre ce que {merchant} a décidé.',
  sellerIsUs: '{merchant} est le vendeur : c’est par ce retour que vous le rendez.',
  decidedOnArrival: 'C’est à réception du produit qu’il sera décidé si ce que vous décrivez remplit cette condition.',
  print: 'Cela va dans le colis, sur papier : imprimez {documents} et placez le tout avec le produit.',
  collection:
    '{merchant} vous contacte avant le passage du coursier pour convenir du jour et de l’adresse, afin que personne ne se présente sans prévenir ; ses conditions ne fixent pas de nombre de jours précis pour cela. Si un autre jour, une autre heure ou une autre adresse (votre travail, un voisin) vous convient mieux, dites-le ici : ce sera noté dans votre dossier.',
  'inReview.dontSend': 'Merci de ne rien envoyer d’ici là.',
  'amountBack.price': 'Le prix d’achat que vous avez payé pour le produit',
  'amountBack.less': ', moins {less}',
  'amountBack.deliveryKept': 'Les frais de livraison payés avec votre commande ne sont pas remboursés.',
  'amountBack.figures': 'Les montants figurent sur votre commande ; notre équipe peut vous les confirmer.',
  homeService:
    'Selon les conditions de {merchant}, le produit est {collected, select, yes {enlevé, puis examiné et réparé ou remplacé} other {envoyé au service après-vente}}, et non réparé à votre domicile. Notre équipe peut vous dire si une autre solution est possible.',
  notAnswered:
    '{questions} – {count, plural, one {notre équipe a bien reçu cette question et vous écrira.} other {notre équipe a bien reçu ces questions et vous écrira.}}',
  ifAccepted: 'Si le retour est accepté : {checks}',
};
