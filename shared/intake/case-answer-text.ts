// Every sentence the answers after the RMA number say (shared/intake/case-answers.ts picks them):
// in one place, so the chat and the email say the same.
import type { Language } from '../extract/language';
import { deskText, labelled, messageIn, translateWording, type Translated, type Wording } from '../i18n/format';
import { listIn } from '../i18n/policy-text';
import { EMAIL_TEXT, emailTextIn } from '../notify/email-text';
import { listInWords, NEXT_TEXT, nextTextIn, possessive } from '../notify/next-steps';

const ANSWER_TEXT_COLLECTION_INVITE = 'If a day, a time or another address (your work, a neighbour) suits you better, say so here: it goes on your case.';

export const ANSWER_TEXT = {
  youGet: (what: string) => `You can get ${what}.`,
  youPay: (what: string) => `You pay ${what}.`,
  documents: (documents: string[]) => `${NEXT_TEXT.documents}: ${documents.join('; ')}.`,
  packing: (steps: string[]) => `${EMAIL_TEXT.packing}:\n\n${steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}`,
  nothingToAdd: 'Nothing besides the product: just pack it well.',
  restocking: NEXT_TEXT.restocking,
  promised: NEXT_TEXT.slaTerm,
  eachStep: "We'll email you at each step, and your status page always shows where your return is.",
  inReview: `${EMAIL_TEXT.notApproved.review} Please don't send anything until then.`,
  declined: 'This return was not accepted, so there is nothing to send.',
  photos: (labels: string[], how: string) => `${NEXT_TEXT.photos}: ${labels.join('; ')}. ${how}`,
  noPhotos: 'We do not need photos for this return.',
  choose: (remedies: string, how: string) => `You choose once it has been inspected: ${remedies}. ${how}`,
  /** Where the merchant's terms leave the choice to the merchant (merchant.remedyChosenBy). */
  merchantChooses: (merchant: string, remedies: string) => `${merchant} chooses which, once it has your product: ${remedies}.`,
  /** Where the merchant chooses and no refund is among what it offers ("Geld zurück statt Reparatur?": blind run BM, no clear no). */
  noRefund: (merchant: string) => `A refund is not one of them: ${possessive(merchant)} conditions offer none.`,
  nothingToChoose: (remedies: string) => `What you get: ${remedies}.`,
  /** Asked "how much?" where the customer pays the work: the policies name no prices. */
  noPrice: (merchant: string) => `The policy gives no prices: ${merchant} tells you the amount when it accepts the work.`,
  wayBackFree: (merchant: string) => `Sending it back to you is paid by ${merchant}.`,
  /** When what the customer gets comes, as the merchant's terms say (merchant.remedyAfter). */
  after: {
    inspection: (merchant: string) => `That comes once ${merchant} has received and inspected the product.`,
    receipt: (merchant: string) => `That comes once ${merchant} has received the product.`,
    /** A code or download: nothing is received; the code is cancelled. */
    cancelled: (merchant: string) => `That comes once ${merchant} has cancelled the code.`,
  },
  /** Where no handling time is promised. */
  noDays: (merchant: string) => `${merchant} gives no set number of days for it; you get an email at each step.`,
  collection: (merchant: string) =>
    `${merchant} contacts you to agree the day and the address before the courier comes, so nobody turns up unannounced; its policy gives no set number of days for that. ${ANSWER_TEXT_COLLECTION_INVITE}`,
  /** Said with the collection's answer, unless the message says its wish already. */
  collectionInvite: ANSWER_TEXT_COLLECTION_INVITE,
  /** The courier takes the product away; what the customer gets comes after (merchant.remedyAfter). */
  noSwap: {
    inspection: (merchant: string) =>
      `Yours goes back first: the courier only collects, and ${merchant} sends what you get once it has received and inspected your product.`,
    receipt: (merchant: string) => `Yours goes back first: ${merchant} sends what you get once it has received your product.`,
  },
  addressWhen:
    'A colleague emails you the address to send it to; the conditions give no time for that. Until it comes there is nothing you need to do: your return is registered, so waiting costs you nothing.',
  /** Asked "do I print it?" or "can I email it instead?": the policy wants it with the product, on paper. */
  print: (documents: string[]) => `It goes in the parcel, on paper: print ${listInWords(documents)} and put it in with the product.`,
  nothingToPrint: (merchant: string) =>
    `No: there is nothing to print, and no papers go in the parcel. Keep your invoice at hand in case ${merchant} asks for it.`,
  /** Beside it where the customer sends the parcel: the carrier's label is theirs (blind run BS: "I still need a postage label"). */
  ownLabel: 'You send it yourself, so the only label is the postage label your post office or courier gives you.',
  /** Asked about the packaging, a label or use where the return has no condition about them (not "as it was delivered": a drive used for a year is not; blind run BM). */
  noConditions:
    'That is fine: this return has no condition about the packaging or about use, only that the product has not been modified. Pack it safely: in its own box if you still have it (it protects it best), or in any sturdy box.',
  /** The outer box is evidence where a photo of it is wanted. */
  keepBoxForPhoto: 'Keep the outer box until you have taken the photo of it we need.',
  invoiceInParcel: 'Yes: a copy of the purchase invoice goes in the parcel. Keep the original.',
  /** What customs need, where the policy asks for it (sending from outside the EU). */
  proforma: (label: string) => `For customs, ${label} goes with the parcel.`,
  noCustomsPapers:
    'The policy asks for no papers of its own for customs on this return (no pro-forma invoice). If your parcel crosses a customs border, the post office tells you which customs form it needs.',
  /** Neither policy says who bears import duties: not guessed. */
  dutiesUnknown: (merchant: string) => `${possessive(merchant)} conditions say nothing about import duties or taxes, so a colleague will tell you.`,
  invoiceKept: (merchant: string) => `No: the invoice does not go in the parcel. Keep it at hand in case ${merchant} asks for it.`,
  /** Asked the same where it has: the decision's own sentence of what is checked on arrival comes first. */
  /** Asked about the law ("isn't there a 7-day cooling-off?"): the policy does not limit it, and the desk does not judge it. */
  rights: (merchant: string) =>
    `${possessive(merchant)} policy does not limit your statutory rights, but I can't tell you how the law applies to your return: that needs a person.`,
  /** The same asked of a manufacturer ("don't I have 2 years in the EU?"): a guarantee the law gives is the seller's. */
  rightsSeller: (merchant: string) =>
    `${possessive(merchant)} conditions are its own warranty as the manufacturer. A guarantee the law gives you, such as the EU's legal guarantee, is owed by the shop that sold it to you, not by ${merchant}: you may take it up with the shop instead, and this return does not stop you. If you do, tell us, and ${merchant} closes this return. How the law applies to your case, I can't tell you: that needs a person.`,
  /** "Can I phone someone?": the merchant's own ways, where its policy gives them. */
  contact: (merchant: string, ways: string) => `You can reach ${merchant} at ${ways}; quote your RMA number.`,
  noContact: (merchant: string) => `${possessive(merchant)} conditions give no phone number; a reply here reaches the team.`,
  /** "By card or transfer?", "back onto my card?": neither policy says how money moves. */
  paymentMethod: (merchant: string) => `${possessive(merchant)} policy does not say how payments or refunds are made, so a colleague will tell you.`,
  /** How a refund reaches the customer: neither policy says. */
  refundHowUnsaid: 'The policy does not say how a refund is paid out (to your card or your bank), so a colleague confirms that.',
  /** "Do you need my order number?": given here, it goes on the case. */
  details: 'If you have it, write it here: it goes on your case, where the team sees it. Your RMA number is all you need to quote.',
  detailsGiven: 'Thank you: that goes on your case, where the team sees it.',
  /** "Where do I find the serial number?" */
  serialWhere:
    'The serial number is on a small label with a barcode, usually underneath or on the back of the product, sometimes on its box. If there is none, photograph the model label instead and say so.',
  /** "If I open it and change the part myself, does that void the warranty?" */
  dontModify:
    'No need, and better not: send it as it is. The return is for the product as it was delivered (not modified), and taking it apart or changing parts yourself could count as modifying it.',
  /** "Can I keep it until the new one comes?" where it must come back unused. */
  keepUnused: 'It stays with you until it goes back, but please don’t use it: it has to come back unused, as it was delivered.',
  /** "Can I keep it until the new one comes?": it stays until it goes; what comes back comes after (merchant.remedyAfter). */
  keepUntil: {
    collection: (merchant: string) =>
      `Only until the courier collects it: that comes first, and ${merchant} sends what you get after it has received and inspected this one. Take care of it until then: it goes back as it was delivered.`,
    inspection: (merchant: string) =>
      `Only until you send it: that comes first, and ${merchant} sends what you get after it has received and inspected this one. Take care of it until then: it goes back as it was delivered.`,
    receipt: (merchant: string) =>
      `Only until you send it: that comes first, and ${merchant} sends what you get once it has received this one. Take care of it until then: it goes back as it was delivered.`,
  },
  /** "Do I send the whole PC or just the fan?" */
  wholeProduct: 'The whole product, with everything that came with it: the return is for the product as it was delivered, not a part of it.',
  /** Said after wholeProduct, unless the customer asked for a part to be sent to them instead (partOnly answers that). */
  sendOnlyPart: 'If you would rather send only a part, say so, and a colleague tells you whether that works.',
  /** "Must I put the product's box inside another box?" */
  outerBox:
    'Pack it safely: its own box protects it best, inside a sturdy outer box if you have one (if not, its own box well taped will do). Write the RMA number clearly on the outside of the parcel, not on the product itself.',
  packedForCourier: 'Please have it packed before the courier comes: the courier may not bring any packaging.',
  /** "Can I swap it for a different model?" where the return gives the same product. */
  exchangeSame: (remedies: string) =>
    `This return gives the same product, not a different one: ${remedies}. For another model, choose the credit or refund and order the one you want.`,
  noExchange: (remedies: string) => `An exchange for another product is not one of this return’s options: you get ${remedies}. Then order the one you want.`,
  /** "How much will I get back?" */
  amountBack: (less: string[], deliveryKept: boolean) =>
    `The purchase price you paid for the product${less.length > 0 ? `, less ${less.join(' and ')}` : ''}.${deliveryKept ? ' The delivery charge you paid with your order is not refunded.' : ''} Your order shows the figures; a colleague can confirm them.`,
  lessRestocking: (percent: number) => `a restocking fee of up to ${percent}%`,
  /** "Should I leave the disc in?", "will I get my disc back?" */
  ownThings:
    'Take out anything of yours that is not part of the product (a disc, a memory card, a SIM, your files) and keep it: it may not come back. What came with the product goes in.',
  noPhotosReferred: 'We do not need photos, as this is not handled by us: keep them for whoever handles it.',
  /** "One RMA number for both drives?" */
  oneRma:
    'Your RMA number is for the return as you registered it. If more than one product goes back, say which here: a colleague adds them to this return or gives you a number for each.',
  /** "I didn't get any email." */
  noEmail:
    'Your return is registered. Our email went to the address you gave us: please look in your spam or junk folder too. If it is not there, say so here, and a colleague sends it again.',
  /** "Please correct the purchase date." */
  correction: 'Thank you: your correction goes on your case, and a colleague checks whether it changes anything. If it does, we write to you.',
  /** "Can I not just keep the wrong one?" */
  keepIt: (merchant: string) =>
    `It goes back: ${merchant} checks it before it sends what you get. If you would rather keep it, say so here, and a colleague tells you whether that can be arranged.`,
  /** "Can I still say no after the price?": neither policy says whether a price comes first. */
  quoteUnsaid: (merchant: string) =>
    `${possessive(merchant)} conditions do not say whether you get the price before the work, or what saying no would cost, so a colleague tells you. Nothing is sent or charged before then.`,
  /** A declined return: no refund, credit or exchange either. */
  declinedNoRemedy: 'As the return was not accepted, there is no refund, credit or exchange through it.',
  /** A referred return: what only whoever handles it can say. */
  notOurs: (merchant: string) => `${merchant} does not handle this one, so that is for whoever does (see above) to say.`,
  /** "Is it safe to keep using it?" (a swelling battery, a burning smell): general care, not the policy. */
  safety:
    'Please stop using it now: sparks, smoke, a burning smell, overheating or a swelling battery can start a fire. Switch it off and unplug it, keep it away from anything that can burn, and do not open it; if it has a battery, do not charge it or press on it.',
  /** What the merchant's terms do not say: a colleague does. */
  notSaid: (merchant: string) => `${possessive(merchant)} conditions do not say, so a colleague will tell you.`,
  /** "Can someone come and fix it at home?" */
  homeService: (merchant: string, collected: boolean) =>
    `${possessive(merchant)} policy ${collected ? 'has the product collected, then inspected and repaired or replaced' : 'has the product sent to it for the service'}, not repaired at your home. A colleague can tell you if anything else is possible.`,
  /** "Can I drop it off myself?" */
  dropOff: (merchant: string, collected: boolean) =>
    `${possessive(merchant)} conditions do not offer a drop-off: ${collected ? 'the courier collects it from you, at no charge' : 'you send it by post or courier'}. A colleague can tell you whether handing it in yourself is possible.`,
  /** "Is a bank statement enough?" where the policy asks for the invoice. */
  otherProof: (merchant: string) =>
    `${possessive(merchant)} conditions ask for a copy of the purchase invoice. Whether a bank or card statement, an order email or another proof of the date will do instead is for a colleague to say, so keep what you have at hand.`,
  /** The same where the merchant sold it: its own order shows the dates. */
  proofFromOrder: (merchant: string) => `${merchant} checks the dates against your order, so you do not need to prove them.`,
  /** The same asked of a manufacturer, which has no order of yours: the receipt from the shop shows the date. */
  proofFromReceipt: (merchant: string) =>
    `The date on your receipt or invoice from the shop is what counts: keep it (a copy will do) ready in case ${merchant} asks for it. It does not go in the parcel.`,
  /** "Can I send it with the normal post?" where the merchant collects. */
  collectedNotPosted: (merchant: string) => `You do not post it: ${merchant} arranges the collection, at no charge.`,
  /** The same where the customer posts it. */
  anyCarrier: (merchant: string) => `${possessive(merchant)} conditions do not name a carrier, so normal post or any courier will do.`,
  /** "Must I wipe my data first?" */
  wipeData:
    'If you can still reach your data, copy what you want to keep before it goes: a repair or a replacement does not bring data back, and the conditions promise nothing about it. If the drive or device no longer starts, send it as it is. A phone, tablet or computer that still works: sign out of your accounts, remove any screen lock so it can be tested, reset it, and take out any SIM or memory card.',
  /** "A refund then, please." */
  choiceNoted: (remedies: string) =>
    `Noted: your choice goes on your case, and you confirm it once the product has been inspected. The options are ${remedies}.`,
  wishNoted: 'Your wish goes on your case.',
  /** A return the merchant does not handle: a colleague can say whom to contact. */
  handledElsewhere: 'A colleague can help you with whom to contact.',
  /** The questions no answer above covers, quoted back: a colleague has them. */
  notAnswered: (questions: string[]) =>
    `${quotedIn('en', questions)} — a colleague has ${questions.length > 1 ? 'these questions' : 'this question'} and will write to you.`,
  /** "Is it still covered?", "does it make a difference that…?" where the return is approved. */
  isCovered: 'It is covered: this return is approved.',
  /** "My neighbour can give it to the courier", "Saturday morning is best". */
  collectionNoted: (merchant: string) =>
    `Noted: that is on your case for the collection, and ${merchant} confirms the day and place with you before the courier comes.`,
  /** "Is it a yes?" */
  isApproved: 'Yes: your return is approved.',
  notYet: (merchant: string) => `Not yet: ${merchant} decides.`,
  /** The outer box is gone where a photo of it is wanted. */
  boxGonePhoto: 'If the outer box is gone, leave its photo out: send the others, and say so.',
  /** "Can't you just send me the charger?": the policy's way is the return; a colleague can see whether the part alone will do. */
  partOnly: (merchant: string) =>
    `I've asked a colleague whether ${merchant} can send you just that part instead: the policy itself only provides for the return as registered. Until they write to you, there is nothing you need to do.`,
  /** "Do I send the cables too?" where the policy's packing steps say so. */
  accessoriesYes: 'Yes:',
  accessoriesUnsaid: (merchant: string) =>
    `${possessive(merchant)} conditions do not say whether cables, discs or other accessories go with it: a colleague can tell you.`,
  /** "Can I go back to the shop instead?" to a manufacturer: the seller is another door, not closed by this return. */
  sellerToo: (merchant: string) =>
    `You may also take it up with the shop you bought it from: what the shop offers is between you and the shop, and this return does not stop you. If you do, tell us, and ${merchant} closes this return.`,
  /** "When will the colleague get back to me?": no set time, and waiting does not make the customer late. */
  replyWhen: (merchant: string) =>
    `A colleague writes to you by email; ${merchant} gives no set time for that. The day you told us is on your return, and the time limits count to that day, so waiting for the answer does not make you late.`,
  /** A condition of a return still under review, said as what applies if it is accepted. */
  ifAccepted: (checks: string) => `If it is accepted: ${checks.charAt(0).toLowerCase()}${checks.slice(1)}`,
  /** "Does it matter that I bought it in the US?": the policy goes by where it is sent from, and is silent on the rest. */
  boughtAbroad: (merchant: string) =>
    `${possessive(merchant)} conditions go by the country the product is sent back from, not where it was bought, and say nothing about a product bought abroad: a colleague checks that with ${merchant} and tells you before you send it. What counts for the warranty is the date on your proof of purchase.`,
  /** "Can you just send me a new one and I pay?": a purchase, not part of the return. */
  buyNew: (merchant: string) =>
    `Buying a new one is a separate purchase, not part of this return. I've passed your question to a colleague, who tells you whether ${merchant} can sell you one and what happens to this return then.`,
  /** "Will you tell the shop?" to a manufacturer: it does not; the customer does, with our answer in hand. */
  tellSeller: (merchant: string) =>
    `No: ${merchant} does not contact the shop for you. Write to the shop you bought it from yourself; the email with our answer and your reference shows what ${merchant} decided.`,
  sellerIsUs: (merchant: string) => `${merchant} is the shop: this return is the way to take it back.`,
  decidedOnArrival: 'Whether what you describe meets that is decided when it arrives.',
} as const;

export type AnswerText = Wording<typeof ANSWER_TEXT>;

/**
 * The names the German and French messages give each answer's values, by its key, in its parameters'
 * order (a function's own parameter names do not survive minifying). A test checks each message takes
 * exactly these.
 */
export const ANSWER_MESSAGE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  choose: ['remedies', 'how'],
  merchantChooses: ['merchant', 'remedies'],
  noRefund: ['merchant'],
  nothingToChoose: ['remedies'],
  noPrice: ['merchant'],
  wayBackFree: ['merchant'],
  'after.inspection': ['merchant'],
  'after.receipt': ['merchant'],
  'after.cancelled': ['merchant'],
  noDays: ['merchant'],
  'noSwap.inspection': ['merchant'],
  'noSwap.receipt': ['merchant'],
  nothingToPrint: ['merchant'],
  proforma: ['label'],
  dutiesUnknown: ['merchant'],
  invoiceKept: ['merchant'],
  rights: ['merchant'],
  rightsSeller: ['merchant'],
  contact: ['merchant', 'ways'],
  noContact: ['merchant'],
  paymentMethod: ['merchant'],
  'keepUntil.collection': ['merchant'],
  'keepUntil.inspection': ['merchant'],
  'keepUntil.receipt': ['merchant'],
  exchangeSame: ['remedies'],
  noExchange: ['remedies'],
  lessRestocking: ['percent'],
  keepIt: ['merchant'],
  quoteUnsaid: ['merchant'],
  notOurs: ['merchant'],
  notSaid: ['merchant'],
  otherProof: ['merchant'],
  proofFromOrder: ['merchant'],
  proofFromReceipt: ['merchant'],
  collectedNotPosted: ['merchant'],
  anyCarrier: ['merchant'],
  choiceNoted: ['remedies'],
  collectionNoted: ['merchant'],
  notYet: ['merchant'],
  partOnly: ['merchant'],
  accessoriesUnsaid: ['merchant'],
  sellerToo: ['merchant'],
  replyWhen: ['merchant'],
  boughtAbroad: ['merchant'],
  buyNew: ['merchant'],
  tellSeller: ['merchant'],
  sellerIsUs: ['merchant'],
  print: ['documents'],
  collection: ['merchant'],
  'amountBack.less': ['less'],
  homeService: ['merchant', 'collected'],
  dropOff: ['merchant', 'collected'],
  notAnswered: ['questions', 'count'],
  ifAccepted: ['checks'],
};

const BUILT = new Map<Translated, AnswerText>();

/** How each language quotes a customer's own question back. */
const QUOTE: Record<Translated, (q: string) => string> = { de: (q) => `„${q}“`, fr: (q) => `« ${q} »` };

/** The customer's own questions, quoted back as their language quotes. */
export function quotedIn(language: Language | undefined, questions: readonly string[]): string {
  return questions.map(language === 'de' || language === 'fr' ? QUOTE[language] : (q) => `“${q}”`).join(' ');
}

/**
 * ANSWER_TEXT in `language`, built once per language: the answers' own messages from its catalogue
 * (shared/i18n/answers-de.ts, answers-fr.ts), and those made of other parts (the next steps, the
 * email's words, lists) from the same parts in the language.
 */
export function answerTextIn(language: Language | undefined): AnswerText {
  if (language === undefined || language === 'en') return ANSWER_TEXT;
  let built = BUILT.get(language);
  if (built) return built;
  const m = (key: string, values: Record<string, string | number> = {}) => messageIn(language, `answers.${key}`, values);
  const next = nextTextIn(language);
  const mail = emailTextIn(language);
  built = {
    ...translateWording(ANSWER_TEXT, 'answers', language, ANSWER_MESSAGE_ARGUMENTS),
    youGet: (what: string) => deskText(language, 'answer.youGet', { what }),
    // "Vous ne payez rien": nothing to pay is its own sentence, not "you pay" with "nothing" put in.
    youPay: (what: string) => (what === next.payNothing ? deskText(language, 'answer.payNothing') : deskText(language, 'answer.youPay', { what })),
    documents: (documents: string[]) => `${labelled(language, next.documents, documents.join('; '))}.`,
    packing: (steps: string[]) => `${labelled(language, mail.packing, '').trimEnd()}\n\n${steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}`,
    restocking: next.restocking,
    promised: next.slaTerm,
    inReview: `${mail.notApproved.review} ${m('inReview.dontSend')}`,
    photos: (labels: string[], how: string) => `${labelled(language, next.photos, labels.join('; '))}. ${how}`,
    collection: (merchant: string) => m('collection', { merchant }),
    print: (documents: string[]) => m('print', { documents: listIn(language, documents) }),
    amountBack: (less: string[], deliveryKept: boolean) =>
      [
        `${m('amountBack.price')}${less.length > 0 ? m('amountBack.less', { less: listIn(language, less) }) : ''}.`,
        ...(deliveryKept ? [m('amountBack.deliveryKept')] : []),
        m('amountBack.figures'),
      ].join(' '),
    lessRestocking: (percent: number) => m('lessRestocking', { percent }),
    homeService: (merchant: string, collected: boolean) => m('homeService', { merchant, collected: collected ? 'yes' : 'no' }),
    dropOff: (merchant: string, collected: boolean) => m('dropOff', { merchant, collected: collected ? 'yes' : 'no' }),
    notAnswered: (questions: string[]) => m('notAnswered', { questions: quotedIn(language, questions), count: questions.length }),
    ifAccepted: (checks: string) => m('ifAccepted', { checks: language === 'fr' ? `${checks.charAt(0).toLowerCase()}${checks.slice(1)}` : checks }),
  };
  BUILT.set(language, built);
  return built;
}
