// What the desk says around a decision in German and French, wherever it is shown (chat, emails,
// status page): the next steps (shared/notify/next-steps.ts holds the English) and the sentences the
// rules engine builds from several parts (shared/rules/labels.ts holds their English templates).
// ICU messages, formatted by intl-messageformat; every key is in both languages with the same
// arguments (test/unit/shared/i18n/messages.test.ts).
import type { Language } from '../extract/language';

export const DESK_KEYS = [
  'next.youGet',
  'next.merchantDecides',
  'next.youPay',
  'next.payNothing',
  'next.postageOnly',
  'next.restocking',
  'next.collectionTitle',
  'next.collection',
  'next.sendTitle',
  'next.nothingTitle',
  'next.nothingToSend',
  'next.sendTo',
  'next.sendWhere',
  'next.documents',
  'next.photos',
  'next.photosWhere',
  'next.slaTerm',
  'answer.youGet',
  'answer.youPay',
  'list.and',
  'list.or',
  'note.refusal',
  'note.timeLimit',
] as const;
export type DeskKey = (typeof DESK_KEYS)[number];

export const DESK_MESSAGES: Record<Exclude<Language, 'en'>, Record<DeskKey, string>> = {
  de: {
    'next.youGet': 'Was Sie bekommen können',
    'next.merchantDecides': '{remedies}, nach Entscheidung von {merchant}',
    'next.youPay': 'Was Sie bezahlen',
    'next.payNothing': 'nichts',
    'next.postageOnly': 'nur das Porto für den Versand',
    'next.restocking': 'Es kann eine Wiedereinlagerungsgebühr von bis zu {percent} % anfallen.',
    'next.collectionTitle': 'Abholung',
    'next.collection': '{merchant} vereinbart die Abholung mit Ihnen, kostenlos: Sie müssen nichts verschicken. Halten Sie das Paket verpackt bereit.',
    'next.sendTitle': 'Senden Sie es an',
    'next.nothingTitle': 'Nichts zu verschicken',
    'next.nothingToSend':
      'Es kam als Code oder Download, daher wird nichts abgeholt oder verschickt. Benutzen (aktivieren) Sie es nicht: Eine Kollegin oder ein Kollege schreibt Ihnen, um es bei {merchant} zu stornieren; danach folgt, was Sie bekommen.',
    'next.sendTo': 'Senden Sie das Paket an {merchant}: {address}.',
    'next.sendWhere':
      'Die Bedingungen von {merchant} nennen keine Rücksendeadresse, daher schickt Ihnen eine Kollegin oder ein Kollege sie per E-Mail. Warten Sie darauf, bevor Sie etwas verschicken.',
    'next.documents': 'In das Paket gehört',
    'next.photos': 'Fotos, die wir brauchen',
    'next.photosWhere': 'Machen Sie sie, bevor Sie es verpacken, und laden Sie sie auf Ihrer Statusseite hoch.',
    'next.slaTerm': 'Dauert die Reparatur oder der Ersatz länger als {days} Tage, wird Ihnen stattdessen eine Gutschrift oder Erstattung angeboten.',
    'answer.youGet': 'Sie können {what} bekommen.',
    'answer.youPay': 'Sie bezahlen {what}.',
    'list.and': 'und',
    'list.or': 'oder',
    'note.refusal': 'Sie haben uns gesagt, dass {list}.',
    'note.timeLimit':
      'Die Frist wurde ab {start, select, purchaseDate {dem Kaufdatum (Rechnungsdatum)} other {dem Tag der Lieferung oder Abholung}} ({date}) gezählt, weil wir {preferred, select, purchaseDate {das Kaufdatum (Rechnungsdatum)} other {den Tag, an dem das Produkt geliefert oder abgeholt wurde,}} nicht kennen; wenn das später war, sagen Sie es uns, und wir prüfen es erneut.',
  },
  fr: {
    'next.youGet': 'Ce que vous pouvez obtenir',
    'next.merchantDecides': '{remedies}, au choix de {merchant}',
    'next.youPay': 'Ce que vous payez',
    'next.payNothing': 'rien',
    'next.postageOnly': 'seulement les frais d’envoi',
    'next.restocking': 'Des frais de remise en stock de {percent} % au maximum peuvent s’appliquer.',
    'next.collectionTitle': 'Enlèvement',
    'next.collection': '{merchant} organise l’enlèvement avec vous, gratuitement : vous n’envoyez rien. Gardez le colis emballé et prêt.',
    'next.sendTitle': 'Envoyez-le à',
    'next.nothingTitle': 'Rien à envoyer',
    'next.nothingToSend':
      'Il s’agit d’un code ou d’un téléchargement : rien n’est enlevé ni envoyé. Ne l’utilisez pas (ne l’activez pas) : un collègue vous écrit pour l’annuler auprès de {merchant}, puis vous obtenez ce qui vous revient.',
    'next.sendTo': 'Envoyez le colis à {merchant} : {address}.',
    'next.sendWhere':
      'Les conditions de {merchant} ne donnent pas d’adresse de retour : un collègue vous l’envoie par e-mail. Attendez-la avant d’envoyer quoi que ce soit.',
    'next.documents': 'Le colis doit contenir',
    'next.photos': 'Les photos dont nous avons besoin',
    'next.photosWhere': 'Prenez-les avant d’emballer le produit et ajoutez-les sur votre page de suivi.',
    'next.slaTerm': 'Si la réparation ou le remplacement prend plus de {days} jours, on vous propose un avoir ou un remboursement à la place.',
    'answer.youGet': 'Vous pouvez obtenir {what}.',
    'answer.youPay': 'Vous payez {what}.',
    'list.and': 'et',
    'list.or': 'ou',
    'note.refusal': 'Vous nous avez dit que {list}.',
    'note.timeLimit':
      'Le délai a été compté à partir de {start, select, purchaseDate {la date d’achat (date de la facture)} other {la date de livraison ou de retrait}} ({date}) car nous ne connaissons pas {preferred, select, purchaseDate {la date d’achat (date de la facture)} other {la date à laquelle le produit vous a été livré ou remis}} ; si c’était plus tard, dites-le-nous et nous vérifierons à nouveau.',
  },
};
