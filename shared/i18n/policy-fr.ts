// The policies' and the rules' customer-facing sentences in French, by their English (shared/i18n/policy-text.ts).
// Translated by a native speaker from the English in shared/rules/policies and shared/rules/labels.ts.
export const POLICY_FR: Readonly<Record<string, string>> = {
  'Request an RMA number first; Plextor confirms it with further instructions, which must be followed strictly.':
    'Demandez d’abord un numéro RMA ; Plextor le confirme avec des instructions complémentaires, à suivre scrupuleusement.',
  'If a new drive is not possible, it gets the standard warranty service: a repair, or a drive of the same type (new, revised or serviced, at Plextor Europe’s choice), which keeps the rest of your warranty.':
    'Si un lecteur neuf n’est pas possible, il bénéficie du service de garantie standard : une réparation, ou un lecteur du même type (neuf, révisé ou remis en état, au choix de Plextor Europe), qui conserve le reste de votre garantie.',
  'If Plextor Europe finds the drive is not in warranty after all, its conditions let it invoice you for all service and transport costs.':
    'Si Plextor Europe constate finalement que le lecteur n’est pas sous garantie, ses conditions lui permettent de vous facturer tous les frais de service et de transport.',
  'If Plextor Europe accepts the work, it sends you an invoice for the repair and the transport. Its conditions give no prices and do not say how the invoice is paid, so a colleague tells you that.':
    'Si Plextor Europe accepte l’intervention, vous recevez une facture pour la réparation et le transport. Ses conditions n’indiquent ni les prix ni le mode de paiement de la facture : un de nos conseillers vous le précisera.',
  'Your warranty does not start again: a replacement drive takes over the warranty of your original drive, for the time it has left.':
    'Votre garantie ne repart pas de zéro : un lecteur de remplacement reprend la garantie de votre lecteur d’origine, pour la durée restante.',
  'within 15 days after the purchase date': 'dans les 15 jours suivant la date d’achat',
  'within the warranty period': 'pendant la période de garantie',
  "We have counted Plextor's usual 24-month warranty from the purchase date. What counts is the date and warranty on your proof of purchase (the invoice), so keep it, or any other proof of the date, at hand.":
    'Nous avons compté la garantie habituelle de 24 mois de Plextor à partir de la date d’achat. Ce qui compte, ce sont la date et la garantie indiquées sur votre preuve d’achat (la facture) : gardez-la donc à portée de main, ou toute autre preuve de la date.',
  'We have taken it that you have the purchase invoice. Without a copy of it in the parcel, a drive that was dead on arrival is repaired or replaced under the warranty instead of being exchanged for a new one.':
    'Nous sommes partis du principe que vous avez la facture d’achat. Sans copie de celle-ci dans le colis, un lecteur défectueux à l’arrivée est réparé ou remplacé au titre de la garantie au lieu d’être échangé contre un neuf.',
  'without physical damage': 'sans dommage physique',
  'This is provided the drive arrives {list}; that is checked when it arrives.':
    'Cela vaut à condition que le lecteur arrive {list} ; ce point est vérifié à son arrivée.',
  'We have taken it that {list}; that is checked against your invoice.': 'Nous sommes partis du principe que {list} ; ce point est vérifié sur votre facture.',
  'Plextor services defective drives; the seller handles other returns':
    'Plextor prend en charge les lecteurs défectueux ; les autres retours relèvent du vendeur',
  'The conditions only cover defective drives. Unwanted products, wrong items, transport damage and missing parts are matters for the shop that sold the drive.':
    'Les conditions ne couvrent que les lecteurs défectueux. Les produits non désirés, les erreurs d’article, les dommages de transport et les pièces manquantes relèvent du magasin qui a vendu le lecteur.',
  'Plextor, as the manufacturer, only services defective drives. For an unwanted, wrong, damaged or incomplete delivery, please contact the shop you bought the drive from.':
    'En tant que fabricant, Plextor ne prend en charge que les lecteurs défectueux. Pour une livraison non désirée, erronée, endommagée ou incomplète, veuillez contacter le magasin où vous avez acheté le lecteur.',
  'Plextor Europe serves European countries': 'Plextor Europe dessert les pays européens',
  'These are the service conditions of Plextor Europe: EC member states, Switzerland, Norway and the other European countries. Returns from anywhere else are for the Plextor office of that region.':
    'Voici les conditions de service de Plextor Europe : États membres de la CE, Suisse, Norvège et autres pays européens. Les retours provenant d’ailleurs relèvent du bureau Plextor de la région concernée.',
  "Plextor Europe services drives returned from European countries only. Please contact Plextor's service office for your region, or the shop you bought the drive from.":
    'Plextor Europe ne prend en charge que les lecteurs retournés depuis des pays européens. Veuillez contacter le service Plextor de votre région, ou le magasin où vous avez acheté le lecteur.',
  'Switzerland and Norway are served as the EC': 'La Suisse et la Norvège sont traitées comme la CE',
  'Dead on arrival: replaced by a new drive': 'Défectueux à l’arrivée : remplacé par un lecteur neuf',
  'Notice on day 15 after the purchase date is in time; day 16 is not. The request logged here is the written notice. The DOA service applies wherever Plextor Europe accepts in-warranty returns.':
    'Un signalement le 15e jour après la date d’achat est dans les délais ; le 16e jour ne l’est plus. La demande enregistrée ici vaut signalement écrit. Le service DOA s’applique partout où Plextor Europe accepte les retours sous garantie.',
  "Your drive qualifies for Plextor's dead-on-arrival (DOA) service: when it arrives it will be replaced by a new drive, if possible.":
    'Votre lecteur est éligible au service Plextor pour les lecteurs défectueux à l’arrivée (DOA) : à sa réception, il sera remplacé par un lecteur neuf, si possible.',
  'A copy of the purchase invoice must travel with the drive; it validates the warranty.':
    'Une copie de la facture d’achat doit accompagner le lecteur ; elle valide la garantie.',
  'DOA conditions not met: standard RMA service': 'Conditions DOA non remplies : service RMA standard',
  'Your request does not meet every dead-on-arrival condition (notice within 15 days of purchase, a copy of the invoice, an undamaged drive), so it goes through the standard in-warranty RMA service instead.':
    'Votre demande ne remplit pas toutes les conditions « défectueux à l’arrivée » (signalement dans les 15 jours suivant l’achat, copie de la facture, lecteur non endommagé) : elle passe donc par le service RMA standard sous garantie.',
  'The in-warranty service is free of charge: the drive is repaired or replaced by a drive of the same type.':
    'Le service sous garantie est gratuit : le lecteur est réparé ou remplacé par un lecteur du même type.',
  'Plextor handles and pays for shipping the serviced drive back to you.':
    'Plextor organise et prend en charge le renvoi du lecteur chez vous après l’intervention.',
  'DOA conditions not met and no warranty: returned unrepaired': 'Conditions DOA non remplies et pas de garantie : renvoyé sans réparation',
  'The drive does not meet the dead-on-arrival conditions and is no longer under warranty, so Plextor would return it unrepaired.':
    'Le lecteur ne remplit pas les conditions « défectueux à l’arrivée » et n’est plus sous garantie : Plextor vous le renverrait donc sans le réparer.',
  'In-warranty service is free of charge': 'Le service sous garantie est gratuit',
  'A request for a paid repair of a drive that is still in warranty is an in-warranty service request, which is free.':
    'Une demande de réparation payante pour un lecteur encore sous garantie est une demande de service sous garantie, qui est gratuit.',
  'Your drive is within its warranty, so Plextor services it free of charge: it is repaired or replaced by a drive of the same type.':
    'Votre lecteur est sous garantie : Plextor le prend donc en charge gratuitement, en le réparant ou en le remplaçant par un lecteur du même type.',
  'Outside the EC (but for CH and NO), only drives in warranty': 'Hors CE (sauf CH et NO), uniquement les lecteurs sous garantie',
  'From European countries outside the European Union (other than Switzerland and Norway), Plextor accepts only drives that are still in warranty. This drive is not, so it cannot be returned for service.':
    'Depuis les pays européens hors Union européenne (autres que la Suisse et la Norvège), Plextor n’accepte que les lecteurs encore sous garantie. Ce n’est pas le cas de ce lecteur : il ne peut donc pas être retourné pour intervention.',
  'Out-of-warranty service: at Plextor’s discretion, repair and transport invoiced':
    'Service hors garantie : à la discrétion de Plextor, réparation et transport facturés',
  'Your drive is out of warranty. Plextor decides whether to accept an out-of-warranty service; if it does, it invoices all repair and transport costs.':
    'Votre lecteur n’est plus sous garantie. Plextor décide d’accepter ou non une intervention hors garantie ; si c’est le cas, tous les frais de réparation et de transport sont facturés.',
  'Plextor has accepted the out-of-warranty service of your drive.': 'Plextor a accepté l’intervention hors garantie sur votre lecteur.',
  'Plextor will invoice all repair and transport costs.': 'Plextor facturera tous les frais de réparation et de transport.',
  'Plextor has declined the out-of-warranty service of your drive: it reserves the right to refuse requests for out-of-warranty service.':
    'Plextor a refusé l’intervention hors garantie sur votre lecteur : la marque se réserve le droit de refuser les demandes d’intervention hors garantie.',
  'Replacement drives': 'Lecteurs de remplacement',
  'Drives found out of warranty may be invoiced': 'Les lecteurs constatés hors garantie peuvent être facturés',
  'If Plextor finds on inspection that the drive is not in warranty, it may invoice all service and transport costs.':
    'Si Plextor constate lors de l’examen que le lecteur n’est pas sous garantie, tous les frais de service et de transport peuvent vous être facturés.',
  'Damage or its cause told: the warranty terms decide': 'Dommage ou cause signalés : les conditions de garantie tranchent',
  'These conditions do not list what the warranty excludes. Where the customer tells us the drive is damaged, or a cause a warranty commonly excludes (a drop, a power surge, a change they made), the service stays as decided and the customer is told plainly that Plextor may find it not covered and invoice it.':
    'Ces conditions ne précisent pas ce que la garantie exclut. Lorsque le client nous dit que le lecteur est endommagé, ou indique une cause souvent exclue par les garanties (une chute, une surtension, une modification de sa part), le service reste tel que décidé et le client est clairement informé que Plextor peut estimer qu’il n’est pas couvert et le facturer.',
  'You told us the drive is damaged, or what caused the fault: whether the warranty covers that is decided by Plextor’s Warranty Terms and Conditions, which these conditions refer to but do not include. Ask a colleague before you send it if you want to know first.':
    'Vous nous avez dit que le lecteur est endommagé, ou ce qui a causé la panne : la prise en charge par la garantie dépend des conditions générales de garantie de Plextor, auxquelles ces conditions renvoient sans les inclure. Si vous voulez être fixé d’abord, interrogez un de nos conseillers avant l’envoi.',
  'No return without an RMA number': 'Pas de retour sans numéro RMA',
  'Write the RMA number clearly on the outside of the parcel: Plextor does not accept returns without it.':
    'Inscrivez lisiblement le numéro RMA à l’extérieur du colis : Plextor n’accepte aucun retour sans ce numéro.',
  'Follow these instructions exactly: Plextor does not accept a parcel that does not.':
    'Suivez ces instructions à la lettre : Plextor refuse tout colis qui ne les respecte pas.',
  'Shipments from outside the EC need a signed pro-forma invoice': 'Les envois depuis l’extérieur de la CE nécessitent une facture pro forma signée',
  'Switzerland and Norway are served as the EC, so this applies to the other non-EC European countries.':
    'La Suisse et la Norvège sont traitées comme la CE : cela concerne donc les autres pays européens hors CE.',
  'You are sending it from outside the European Union: a signed pro-forma invoice must go with the parcel. That is an invoice you write and sign yourself, listing the drive and its value, for customs.':
    'Vous l’envoyez depuis un pays hors Union européenne : une facture pro forma signée doit accompagner le colis. Il s’agit d’une facture que vous rédigez et signez vous-même, indiquant le lecteur et sa valeur, pour la douane.',
  'Transport is at the sender’s risk': 'Le transport est aux risques de l’expéditeur',
  'Pack the drive securely, in protective packaging: Plextor is not responsible for loss or damage in transport, so consider a tracked, insured service.':
    'Emballez soigneusement le lecteur dans un emballage protecteur : Plextor n’est pas responsable des pertes ou dommages pendant le transport, pensez donc à un envoi suivi et assuré.',
  'Log a return on the website, or call, fax or e-mail for a Return Material Authorization (RMA) number and routing instructions.':
    'Enregistrez un retour sur le site web, ou contactez-nous par téléphone, fax ou e-mail pour obtenir un numéro d’autorisation de retour (RMA) et les instructions d’envoi.',
  'PLC Technologies credits the purchase price to your PLC Technologies account, unless you would rather have a refund: then say so, and it refunds you instead.':
    'PLC Technologies crédite le prix d’achat sur votre compte PLC Technologies, sauf si vous préférez un remboursement : dites-le simplement, et le montant vous sera alors remboursé.',
  'If it cannot be repaired, or the same product (or the correct one) is not in stock, PLC Technologies credits the purchase price to your account, or refunds you if you prefer.':
    'S’il ne peut pas être réparé, ou si le même produit (ou le bon produit) n’est pas en stock, PLC Technologies crédite le prix d’achat sur votre compte, ou vous le rembourse si vous préférez.',
  'If the inspection finds the fault was caused by something the warranty does not cover (wear and tear, misuse, a power surge, poor care or changes made to it), it is not treated as a defect. PLC Technologies’ paid repair service can still repair it, at your cost. The policy does not say more, so a colleague tells you your options then.':
    'Si l’examen révèle que la panne est due à une cause non couverte par la garantie (usure, mauvaise utilisation, surtension, manque d’entretien ou modifications apportées), elle n’est pas considérée comme un défaut. Le service de réparation payant de PLC Technologies peut tout de même réparer le produit, à vos frais. La politique n’en dit pas plus : un de nos conseillers vous indiquera alors vos options.',
  'within 30 days of delivery': 'dans les 30 jours suivant la livraison',
  'within 7 days of delivery': 'dans les 7 jours suivant la livraison',
  'within 6 months after delivery': 'dans les 6 mois suivant la livraison',
  'within the extended supplier warranty period after delivery': 'pendant la période de garantie fournisseur étendue suivant la livraison',
  'as it was delivered (not modified)': 'tel qu’il a été livré (non modifié)',
  unused: 'inutilisé',
  undamaged: 'non endommagé',
  'in its original packaging': 'dans son emballage d’origine',
  'with that packaging undamaged': 'avec cet emballage en bon état',
  'with any seals intact': 'avec ses éventuels scellés intacts',
  'with its labels and stickers attached': 'avec ses étiquettes et autocollants',
  'with all its accessories and parts': 'avec tous ses accessoires et pièces',
  'with the software package unopened': 'avec l’emballage du logiciel non ouvert',
  'you bought it new (not as an Unboxed Deal, which is discounted open-box stock, and not used)':
    'vous l’avez acheté neuf (ni en Unboxed Deal, c’est-à-dire un article déballé vendu à prix réduit, ni d’occasion)',
  'it was not made or configured to order for you': 'il n’a pas été fabriqué ou configuré sur commande pour vous',
  'it is a device, not software': 'il s’agit d’un appareil, pas d’un logiciel',
  'its warranty is handled by PLC Technologies (not directly by its manufacturer)':
    'sa garantie est gérée par PLC Technologies (et non directement par son fabricant)',
  'We have taken it that the fault was not caused by anything that happened to it, so the warranty applies; the inspection checks that. It does not cover a fault caused by wear and tear, misuse, a power surge, sea air corrosion, poor care, changes made to the product or use it is not suited for.':
    'Nous sommes partis du principe que la panne n’est due à aucun incident subi par le produit, et que la garantie s’applique donc ; l’examen le vérifiera. Elle ne couvre pas une panne due à l’usure, à une mauvaise utilisation, à une surtension, à la corrosion par l’air marin, à un manque d’entretien, à des modifications du produit ou à un usage pour lequel il n’est pas prévu.',
  'This is provided it comes back {list}; that is checked when it arrives.':
    'Cela vaut à condition qu’il nous revienne {list} ; ce point est vérifié à sa réception.',
  'We have taken it that {list}; that is checked against your order.':
    'Nous sommes partis du principe que {list} ; ce point est vérifié d’après votre commande.',
  'Products modified by the customer are not accepted': 'Les produits modifiés par le client ne sont pas acceptés',
  'This holds whatever the reason for the return.': 'Cela vaut quel que soit le motif du retour.',
  'PLC Technologies does not accept returns of products that were modified by the customer.':
    'PLC Technologies n’accepte pas le retour de produits modifiés par le client.',
  'Custom orders are non-returnable': 'Les commandes personnalisées ne peuvent pas être retournées',
  'Products made or configured to order cannot be returned because they are unwanted.':
    'Les produits fabriqués ou configurés sur commande ne peuvent pas être retournés parce que vous n’en voulez plus.',
  'Opened software is not returnable': 'Un logiciel ouvert ne peut pas être retourné',
  'Software cannot be returned as unwanted once its package has been opened.':
    'Un logiciel dont l’emballage a été ouvert ne peut plus être retourné parce que vous n’en voulez plus.',
  'Unboxed Deals and used products are not returnable as unwanted':
    'Les Unboxed Deals et les produits d’occasion ne sont pas repris s’ils ne sont plus désirés',
  'Unboxed Deals (discounted open-box stock) and used products cannot be returned because they are unwanted. If it is faulty, a warranty return may still apply.':
    'Les Unboxed Deals (articles déballés vendus à prix réduit) et les produits d’occasion ne peuvent pas être retournés parce que vous n’en voulez plus. Si le produit est défectueux, un retour sous garantie reste possible.',
  'Unwanted products: 30 days, as new, refunded less shipping': 'Produits non désirés : 30 jours, comme neufs, remboursés hors frais de livraison',
  'The general terms count 30 days from purchase, the FAQ from delivery or collection: we count from delivery (from the purchase date when the delivery date is not known). Day 30 is in, day 31 is out. "Less shipping charges" is the original shipping charge; the collection itself is free ("at no charge"). Seals count as intact where the product had none.':
    'Les conditions générales comptent 30 jours à partir de l’achat, la FAQ à partir de la livraison ou du retrait : nous comptons à partir de la livraison (à partir de la date d’achat si la date de livraison est inconnue). Le 30e jour est inclus, le 31e non. « Déduction faite des frais d’expédition » désigne les frais de livraison initiaux ; l’enlèvement lui-même est gratuit (« sans frais »). Les scellés sont considérés comme intacts si le produit n’en avait pas.',
  'You can return this unwanted product for a refund of its price. The delivery charge you paid with your order is not refunded (where there was one); returning it is free.':
    'Vous pouvez retourner ce produit non désiré et obtenir le remboursement de son prix. Les frais de livraison payés avec votre commande (le cas échéant) ne sont pas remboursés ; le retour est gratuit.',
  'Unwanted products must be unused and complete, in undamaged original packaging':
    'Les produits non désirés doivent être inutilisés et complets, dans leur emballage d’origine en bon état',
  'An unwanted product can only be returned unused and undamaged, with its labels and stickers, in its undamaged original packaging with the seals intact and with all accessories.':
    'Un produit non désiré ne peut être retourné que s’il est inutilisé et non endommagé, avec ses étiquettes et autocollants, dans son emballage d’origine en bon état, scellés intacts, et avec tous ses accessoires.',
  'If the product is faulty, a warranty return may still apply.': 'Si le produit est défectueux, un retour sous garantie reste possible.',
  'Unwanted after 30 days: at the retailer’s option, with a restocking fee':
    'Non désiré après 30 jours : à la discrétion du vendeur, avec frais de remise en stock',
  'The general terms let the retailer accept a late return with a restocking fee of up to 20%; the FAQ says only defective products. We read it as the retailer’s discretion: the request goes to review.':
    'Les conditions générales permettent au vendeur d’accepter un retour tardif avec des frais de remise en stock allant jusqu’à 20 % ; la FAQ ne parle que des produits défectueux. Nous l’interprétons comme laissé à la discrétion du vendeur : la demande est soumise à examen.',
  'It is more than 30 days since delivery, so PLC Technologies decides whether to accept this return. If it does, a restocking fee of up to 20% may apply.':
    'La livraison date de plus de 30 jours : PLC Technologies décide donc d’accepter ou non ce retour. Si c’est le cas, des frais de remise en stock allant jusqu’à 20 % peuvent s’appliquer.',
  'If the product is faulty, tell us: defective products are covered by the warranty.':
    'Si le produit est défectueux, dites-le-nous : les produits défectueux sont couverts par la garantie.',
  'PLC Technologies has accepted this return, although it is more than 30 days since delivery.':
    'PLC Technologies a accepté ce retour, bien que la livraison date de plus de 30 jours.',
  'You are refunded once it has been received and checked, less a restocking fee of up to 20%.':
    'Le remboursement intervient dès réception et vérification du produit, déduction faite de frais de remise en stock allant jusqu’à 20 %.',
  'PLC Technologies has not accepted this return: it is more than 30 days since delivery, and after 30 days a product can only be returned if it is defective.':
    'PLC Technologies n’a pas accepté ce retour : la livraison date de plus de 30 jours, et passé ce délai, un produit ne peut être retourné que s’il est défectueux.',
  'Wrong or misdescribed product: collected free, correct product, credit or refund':
    'Produit erroné ou non conforme à la description : enlèvement gratuit, bon produit, avoir ou remboursement',
  'We delivered the wrong product, so returning it costs you nothing.': 'Nous vous avons livré le mauvais produit : son retour ne vous coûte donc rien.',
  'Once it has been inspected you choose: the correct product (if available), delivered as soon as possible, a credit of the purchase price within 10 days of the return, or a refund.':
    'Après examen, vous avez le choix : le bon produit (s’il est disponible), livré au plus vite, un avoir du montant du prix d’achat dans les 10 jours suivant le retour, ou un remboursement.',
  'Damaged or incomplete on delivery: notify within 7 days': 'Endommagé ou incomplet à la livraison : à signaler sous 7 jours',
  'Day 7 after delivery is in, day 8 is out.': 'Le 7e jour après la livraison est inclus, le 8e non.',
  'You told us within 7 days of delivery, so returning it costs you nothing.':
    'Vous nous avez prévenus dans les 7 jours suivant la livraison : le retour ne vous coûte donc rien.',
  'Once it has been inspected you choose: a repair or replacement (where possible), done as soon as possible, a credit of the purchase price, or a refund.':
    'Après examen, vous avez le choix : une réparation ou un remplacement (si possible), effectué au plus vite, un avoir du montant du prix d’achat, ou un remboursement.',
  'Delivery damage reported after 7 days': 'Dommage de livraison signalé après 7 jours',
  'After 7 days it is no longer treated as delivery damage, and the text sets no other consequence: PLC Technologies reviews the request. A fault (rather than transport damage) can still be a warranty claim.':
    'Après 7 jours, il ne s’agit plus d’un dommage de livraison, et le texte ne prévoit pas d’autre conséquence : PLC Technologies examine la demande. Une panne (et non un dommage de transport) peut toujours relever de la garantie.',
  'Damage or missing parts should be reported within 7 days of delivery, and that time has passed. PLC Technologies will review your request and get back to you.':
    'Les dommages ou pièces manquantes doivent être signalés dans les 7 jours suivant la livraison, et ce délai est dépassé. PLC Technologies va examiner votre demande et reviendra vers vous.',
  'If the product does not work properly, it may still be covered by the warranty.':
    'Si le produit ne fonctionne pas correctement, il peut encore être couvert par la garantie.',
  'PLC Technologies has accepted your report of damage or missing parts, although it came more than 7 days after delivery.':
    'PLC Technologies a accepté votre signalement de dommage ou de pièces manquantes, bien qu’il soit intervenu plus de 7 jours après la livraison.',
  'Once it has been inspected you choose: a repair or replacement (where possible), a credit of the purchase price, or a refund.':
    'Après examen, vous avez le choix : une réparation ou un remplacement (si possible), un avoir du montant du prix d’achat, ou un remboursement.',
  'PLC Technologies has not accepted this as damage on delivery: it was reported more than 7 days after delivery.':
    'PLC Technologies n’a pas retenu ce dommage comme survenu à la livraison : il a été signalé plus de 7 jours après celle-ci.',
  'What is not a defect': 'Ce qui n’est pas un défaut',
  'What you describe is not treated as a defect under the policy (wear and tear, misuse, electrical surges, sea air corrosion, poor care, alterations, or a product that does not suit you), so it cannot be returned as defective.':
    'Ce que vous décrivez n’est pas considéré comme un défaut selon la politique (usure, mauvaise utilisation, surtension, corrosion par l’air marin, manque d’entretien, modifications, ou produit qui ne vous convient pas) : il ne peut donc pas être retourné comme défectueux.',
  'Our paid repair service can still help: ask for a repair RMA.':
    'Notre service de réparation payant peut tout de même vous aider : demandez un RMA de réparation.',
  'Signs of handling on Unboxed Deals and used products are not defects':
    'Les traces de manipulation sur les Unboxed Deals et produits d’occasion ne sont pas des défauts',
  'Signs of handling or repackaging on an Unboxed Deal (discounted open-box stock) or a used product are not a defect, so it cannot be returned as defective.':
    'Des traces de manipulation ou de reconditionnement sur un Unboxed Deal (article déballé vendu à prix réduit) ou un produit d’occasion ne constituent pas un défaut : il ne peut donc pas être retourné comme défectueux.',
  'Direct warranty products go to the manufacturer': 'Les produits sous garantie directe relèvent du fabricant',
  'The policy promises to discuss direct warranty products but never does. We read it as: the manufacturer services these directly, so the customer is referred to them.':
    'La politique annonce qu’elle traitera des produits sous garantie directe, mais ne le fait jamais. Nous l’interprétons ainsi : le fabricant les prend en charge directement, le client est donc orienté vers lui.',
  "This product's warranty is serviced directly by its manufacturer: please contact the manufacturer, whose details are in the product's documentation.":
    'La garantie de ce produit est assurée directement par son fabricant : veuillez contacter le fabricant, dont les coordonnées figurent dans la documentation du produit.',
  'Standard Warranty: 6 months from delivery': 'Garantie standard : 6 mois à compter de la livraison',
  'Six calendar months from delivery, the last day included; a day the month lacks rolls back to its last day.':
    'Six mois calendaires à compter de la livraison, dernier jour inclus ; si le mois n’a pas ce jour, on retient son dernier jour.',
  'Your product is within the 6-month Standard Warranty, so returning it costs you nothing.':
    'Votre produit est couvert par la garantie standard de 6 mois : son retour ne vous coûte donc rien.',
  'If the repair or replacement takes longer than 21 days, PLC Technologies will contact you to offer a credit or refund instead.':
    'Si la réparation ou le remplacement prend plus de 21 jours, PLC Technologies vous contactera pour vous proposer plutôt un avoir ou un remboursement.',
  'Extended supplier warranty: returned to the supplier at no charge': 'Garantie fournisseur étendue : renvoi gratuit au fournisseur',
  'The supplier warranty length is counted in calendar months from delivery.':
    'La durée de la garantie fournisseur est comptée en mois calendaires à compter de la livraison.',
  'The 6-month Standard Warranty has ended, but the extended supplier warranty still covers your product: PLC Technologies sends it to the supplier at no charge to you.':
    'La garantie standard de 6 mois a pris fin, mais la garantie fournisseur étendue couvre encore votre produit : PLC Technologies l’envoie au fournisseur, sans frais pour vous.',
  'The supplier or manufacturer decides the remedy, under its own warranty terms.':
    'Le fournisseur ou le fabricant décide de la solution, selon ses propres conditions de garantie.',
  'If a repair or replacement takes longer than 21 days, PLC Technologies will contact you to offer a credit or refund directly.':
    'Si une réparation ou un remplacement prend plus de 21 jours, PLC Technologies vous contactera pour vous proposer directement un avoir ou un remboursement.',
  'Outside every warranty period': 'Hors de toute période de garantie',
  'Your product is outside the 6-month Standard Warranty and is not covered by an extended supplier warranty, so it cannot be returned as defective.':
    'Votre produit n’est plus couvert par la garantie standard de 6 mois ni par une garantie fournisseur étendue : il ne peut donc pas être retourné comme défectueux.',
  'Our paid repair service can still help: you pay shipping, any duties and taxes, and the repair. Ask for a repair RMA.':
    'Notre service de réparation payant peut tout de même vous aider : vous payez l’expédition, les éventuels droits et taxes, et la réparation. Demandez un RMA de réparation.',
  'Paid repair service': 'Service de réparation payant',
  'The repair service is for products outside the warranty, so the repair itself is charged as well.':
    'Le service de réparation concerne les produits hors garantie : la réparation elle-même est donc aussi facturée.',
  'PLC Technologies can repair your product through its repair service.': 'PLC Technologies peut réparer votre produit via son service de réparation.',
  'You pay the shipping, any duties, taxes or brokerage fees, and the repair costs.':
    'Vous payez l’expédition, les éventuels droits de douane, taxes ou frais de courtage, ainsi que les frais de réparation.',
  'Repairs taking longer than 21 days': 'Réparations de plus de 21 jours',
  'Supplier repairs taking longer than 21 days': 'Réparations fournisseur de plus de 21 jours',
  'A faulty Unboxed Deal or used product is replaced by the same, not by a new one':
    'Un Unboxed Deal ou produit d’occasion défectueux est remplacé à l’identique, pas par un neuf',
  'As it was an Unboxed Deal or a used product: if it cannot be repaired, PLC Technologies replaces it with another Unboxed Deal or used product of the same kind if it has one in stock, not with a new one; if it has none, it credits or refunds you.':
    'Comme il s’agissait d’un Unboxed Deal ou d’un produit d’occasion : s’il ne peut pas être réparé, PLC Technologies le remplace par un autre Unboxed Deal ou produit d’occasion du même type s’il en a en stock, et non par un neuf ; sinon, vous recevez un avoir ou un remboursement.',
  'Unboxed Deals and used products have no extended supplier warranty': 'Les Unboxed Deals et produits d’occasion n’ont pas de garantie fournisseur étendue',
  'Preparing products for a return': 'Préparer un produit pour le retour',
  'Package the product safely and securely to protect it in transit.': 'Emballez le produit soigneusement pour le protéger pendant le transport.',
  'Clearly mark your return reference (the RMA number) on the outside of the parcel.':
    'Indiquez lisiblement votre référence de retour (le numéro RMA) à l’extérieur du colis.',
  'Include all accessories and parts that were sold with the product.': 'Joignez tous les accessoires et pièces vendus avec le produit.',
  'Statutory rights are not limited': 'Vos droits légaux ne sont pas limités',
  'Nothing in this policy limits your statutory rights.': 'Rien dans cette politique ne limite vos droits légaux.',
  Approved: 'Accepté',
  'Waiting for the merchant’s decision': 'En attente de la décision du marchand',
  Declined: 'Refusé',
  'Handled by someone else': 'Pris en charge par un autre interlocuteur',
  'More information needed': 'Informations complémentaires nécessaires',
  'dead-on-arrival (DOA) replacement': 'remplacement pour lecteur défectueux à l’arrivée (DOA)',
  'in-warranty service': 'service sous garantie',
  'out-of-warranty service': 'service hors garantie',
  'outside Plextor Europe’s service area': 'hors de la zone de service de Plextor Europe',
  'a return for the seller, not the manufacturer': 'un retour à adresser au vendeur, pas au fabricant',
  'return of an unwanted product': 'retour d’un produit non désiré',
  'late return of an unwanted product': 'retour tardif d’un produit non désiré',
  'wrong product delivered': 'mauvais produit livré',
  'damaged or incomplete on delivery': 'endommagé ou incomplet à la livraison',
  '6-month Standard Warranty': 'garantie standard de 6 mois',
  'extended supplier warranty': 'garantie fournisseur étendue',
  'paid repair service': 'service de réparation payant',
  'not returnable': 'non retournable',
  'not a defect under the policy': 'pas un défaut au sens de la politique',
  'outside the warranty': 'hors garantie',
  'manufacturer’s direct warranty': 'garantie directe du fabricant',
  'a new replacement (if possible)': 'un lecteur neuf en remplacement (si possible)',
  'a repair': 'une réparation',
  'a replacement': 'un remplacement',
  'the correct product': 'le bon produit',
  'a credit of the purchase price': 'un avoir du montant du prix d’achat',
  'a refund': 'un remboursement',
  'the remedy the supplier or manufacturer offers': 'la solution proposée par le fournisseur ou le fabricant',
  'nothing for the return itself; only the delivery charge you paid with your order is not refunded':
    'rien pour le retour lui-même ; seuls les frais de livraison payés avec votre commande ne sont pas remboursés',
  shipping: 'les frais d’expédition',
  'the repair costs': 'les frais de réparation',
  'the transport costs': 'les frais de transport',
  'any duties, taxes or brokerage fees': 'les éventuels droits de douane, taxes ou frais de courtage',
  'a restocking fee': 'des frais de remise en stock',
  'the RMA number, written clearly on the outside': 'le numéro RMA, inscrit lisiblement à l’extérieur',
  'a copy of the purchase invoice': 'une copie de la facture d’achat',
  'a signed pro-forma invoice (an invoice you write and sign yourself, listing the drive and its value, for customs)':
    'une facture pro forma signée (une facture que vous rédigez et signez vous-même, indiquant le lecteur et sa valeur, pour la douane)',
  'the damage, close up and with the whole product in view': 'les dommages, en gros plan et avec le produit entier dans le cadre',
  'everything that came in the box, laid out as you received it': 'tout le contenu du carton, disposé tel que vous l’avez reçu',
  'the outer box, with its shipping label': 'le carton extérieur, avec son étiquette d’expédition',
  'the label with the serial number': 'l’étiquette portant le numéro de série',
  'the fault, if it can be seen (for example an error message, or a tray that will not open)':
    'la panne, si elle est visible (par exemple un message d’erreur, ou un tiroir qui ne s’ouvre pas)',
  'Last day to tell us': 'Dernier jour pour nous prévenir',
  'Warranty ends on': 'Fin de la garantie le',
  'it has been modified': 'il a été modifié',
  'it was made or configured to order for you': 'il a été fabriqué ou configuré sur commande pour vous',
  'the software package has been opened': 'l’emballage du logiciel a été ouvert',
  'it was bought as an Unboxed Deal (discounted open-box stock)': 'il a été acheté en Unboxed Deal (article déballé vendu à prix réduit)',
  'it was bought used': 'il a été acheté d’occasion',
  'it has been used': 'il a été utilisé',
  'it is damaged': 'il est endommagé',
  'its labels or stickers are no longer on it': 'il n’a plus ses étiquettes ou autocollants',
  'it is no longer in its original packaging': 'il n’est plus dans son emballage d’origine',
  'its packaging is damaged': 'son emballage est endommagé',
  'it has been opened (its seals are no longer intact)': 'il a été ouvert (ses scellés ne sont plus intacts)',
  'an accessory or part is missing': 'il manque un accessoire ou une pièce',
  'the fault comes from wear and tear': 'la panne est due à l’usure',
  'the damage comes from an accident or misuse': 'les dommages sont dus à un accident ou à une mauvaise utilisation',
  'the fault comes from a power surge': 'la panne est due à une surtension',
  'the fault comes from sea air corrosion': 'la panne est due à la corrosion par l’air marin',
  'the fault comes from a lack of care': 'la panne est due à un manque d’entretien',
  'it was altered': 'il a subi des modifications',
  'it works but does not suit your needs': 'il fonctionne mais ne répond pas à vos besoins',
  'it shows only signs of handling': 'il ne présente que des traces de manipulation',
  'there is no copy of the purchase invoice': 'il n’y a pas de copie de la facture d’achat',
  'This is provided the code or download has not been used (activated); that is checked before anything is refunded.':
    'Cela vaut à condition que le code ou le téléchargement n’ait pas été utilisé (activé) ; ce point est vérifié avant tout remboursement.',
};
