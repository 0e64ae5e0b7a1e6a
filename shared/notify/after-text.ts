// What the desk says once a return is approved, on every channel (the chat, the emails, the status
// page): the collection it arranges, the postage for a parcel the customer posts, the customer's
// choice of remedy, and the messages staff write. One place for each sentence, in English here and
// in German and French in the catalogues' "after" part (by these keys).
import type { Language } from '../extract/language';
import type { About } from '../cases/about';
import type { CollectionDetails } from '../cases/collection';
import { dateIn, labelled, oncePerLanguage, translateWording, type Wording } from '../i18n/format';
import { sentenceIn } from '../i18n/policy-text';
import { REMEDY_LABELS } from '../rules/labels';

export const AFTER_TEXT = {
  collection: {
    title: 'Collection',
    /** The chat's one question after the decision (the answer may hold all three). */
    ask: (merchant: string) =>
      `${merchant} collects it from you. Where should the courier pick it up? Please send the address (street and number, postcode, town), a phone number for the courier and the days that suit you.`,
    askPhone: 'And a phone number the courier can call? (Say "no" if you would rather not give one.)',
    askDays: 'Which days suit you for the collection? (Say "any" if every working day does.)',
    notAddress: 'I could not read an address in that. Please give the street and number, the postcode and the town.',
    noted: 'Thank you, we have the collection details:',
    changeOnPage: 'You can change them on your status page until the collection is booked.',
    /** "Do I still need to reply with the address?" once the chat has it. */
    noResend: 'You do not need to send them again.',
    later: 'No problem: give the address on your status page whenever you are ready. We book the collection once we have it.',
    /** The confirmation email's request, and the status page's, before the customer gave them. */
    askEmail:
      'Reply to this email with the address to collect from, a phone number for the courier and the days that suit you, or give them on your status page.',
    /** The same, when the customer's first email gave a phone number (its signature). */
    askEmailHavePhone: (phone: string) =>
      `Reply to this email with the address to collect from and the days that suit you, or give them on your status page. The courier will call ${phone}, the number in your email.`,
    askPage: 'Tell us where to collect it: we book the courier once we have the address.',
    address: 'Address',
    phone: 'Phone',
    days: 'Days that suit you',
    notes: 'For the courier',
    anyDay: 'any working day',
    save: 'Save the collection details',
    /** Over the form once details are given: they are shown above it (blind run BR: shown twice, it looked duplicated). */
    change: 'Change the collection details',
    saved: 'Thank you: we have your collection details.',
    missingAddress: 'Please give the address to collect from.',
    badPhone: 'Please give a phone number with its area code, or leave it empty.',
    waiting: 'We are booking the collection and will tell you the day.',
    booked: (courier: string, day: string, reference: string) =>
      `The collection is booked: ${courier} comes on ${day} (reference ${reference}). Please have the parcel packed and ready.`,
    collected: 'The courier has collected your parcel. We will tell you when it arrives.',
    subjectBooked: 'collection booked',
    subjectCollected: 'parcel collected',
    /** The details once booked: changes go through a person. */
    locked: 'The collection is booked. To change it, reply to our email.',
  },
  postage: {
    title: 'Postage',
    /** Who pays the way there and the way back, from the decision. */
    youThere: (merchant: string) => `You pay the postage to send it to ${merchant}.`,
    merchantBack: (merchant: string) => `${merchant} pays to send it back to you.`,
    invoicedBack: (merchant: string) => `${merchant} invoices the transport back to you with the repair.`,
  },
  about: {
    title: 'What you are returning',
    product: 'Product or model',
    serial: 'Serial number',
    order: 'Order number',
    problem: 'The problem, in your words',
    wish: 'What you asked for',
    /** The form's hint for the section. */
    hint: 'Optional, but it helps us find your order and the fault faster.',
  },
  choice: {
    title: 'Your choice',
    /** The email and the status page once the merchant validated the return. */
    ask: (merchant: string) => `${merchant} has inspected the product and validated your return. Please choose what you would like.`,
    how: 'Choose on your status page, or reply to this email with your choice.',
    subject: 'please choose',
    save: 'Confirm my choice',
    chosen: (remedy: string) => `You chose: ${remedy}.`,
    change: 'You can change it until we carry it out.',
    saved: 'Thank you: your choice is noted.',
    closed: 'This choice can no longer be made or changed: the return is being completed.',
    /** The policy's days for a chosen credit or refund have passed (once, by the daily check). */
    lateSubject: 'your payment is late',
    late: (remedy: string, days: number, since: string) =>
      `Your ${remedy} should have been paid within ${days} days of the return, which we received on ${since}. We are sorry it is late.`,
    lateNext:
      'A colleague has been asked to pay it now and writes to you when it is done. If you would rather have the correct product after all, reply to this email.',
  },
  links: {
    subject: (merchant: string) => `${merchant} returns: your status link`,
    lead: 'Here is the personal link to your return, as you asked (the newest returns for this address). Each link opens its return; keep it to yourself.',
    notYou: 'Did not ask for it?',
    ignore: 'Then you can ignore this email: the link came only to you, and your return is unchanged.',
    pageTitle: 'Get your link again',
    pageIntro: 'Enter the email address you used for your return: we email the link to your return to it.',
    email: 'Your email address',
    send: 'Email me my link',
    sent: 'If we have a return for this address, its link is on its way. Check your inbox (and the spam folder) in a few minutes.',
    lost: 'Lost the link to your return? Get it again by email.',
    badEmail: 'Please give your email address, for example ann@example.com.',
  },
  messages: {
    title: 'Messages',
    fromStaff: (merchant: string) => `${merchant} returns desk`,
    fromYou: 'You',
    subject: 'a message from us',
    replyHint: 'Reply to this email to answer.',
  },
} as const;

export type AfterText = Wording<typeof AFTER_TEXT>;

/**
 * The names the messages give the values of each wording function, by its key, in its parameters'
 * order (a test checks every function is here, with as many names as it takes parameters).
 */
export const AFTER_MESSAGE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  'collection.ask': ['merchant'],
  'collection.askEmailHavePhone': ['phone'],
  'collection.booked': ['courier', 'day', 'reference'],
  'postage.youThere': ['merchant'],
  'postage.merchantBack': ['merchant'],
  'postage.invoicedBack': ['merchant'],
  'messages.fromStaff': ['merchant'],
  'choice.ask': ['merchant'],
  'links.subject': ['merchant'],
  'choice.chosen': ['remedy'],
  'choice.late': ['remedy', 'days', 'since'],
};

// Pure: a bundle that never translates these leaves them out.
const translated = /* @__PURE__ */ oncePerLanguage((language) => translateWording(AFTER_TEXT, 'after', language, AFTER_MESSAGE_ARGUMENTS));

/** AFTER_TEXT in `language`; what a catalogue lacks stays English. */
export function afterTextIn(language: Language | undefined): AfterText {
  return language === undefined || language === 'en' ? AFTER_TEXT : translated(language);
}

/** The collection details said back: "Thank you, we have the collection details: Address: …; Phone: …; Days that suit you: …. You can change them …" */
export function collectionNoted(language: Language | undefined, d: CollectionDetails): string {
  const A = afterTextIn(language).collection;
  const fields = [
    labelled(language, A.address, d.address),
    labelled(language, A.phone, d.phone ?? '—'),
    labelled(language, A.days, d.days ?? A.anyDay),
    ...(d.notes ? [labelled(language, A.notes, d.notes)] : []),
  ];
  return `${A.noted} ${fields.join('; ')}. ${A.changeOnPage}`;
}

/** What the item is, as labelled lines ("Serial number: SN-4471-B"), in the order the form asks them. */
export function aboutLines(language: Language | undefined, about: About | undefined): string[] {
  const A = afterTextIn(language).about;
  const keys = ['product', 'serial', 'order', 'problem'] as const;
  const wish = about?.wish ? [labelled(language, A.wish, sentenceIn(language, REMEDY_LABELS[about.wish]))] : [];
  return [...keys.flatMap((k) => (about?.[k] ? [labelled(language, A[k], about[k])] : [])), ...wish];
}

/** Where a collection stands, in a line: collected, booked (courier, day, reference), or being booked. */
export function collectionStanding(c: {
  language?: Language;
  collection?: { booking?: { day: string; courier: string; reference: string }; collectedAt?: string };
}): string[] {
  const A = afterTextIn(c.language).collection;
  const booking = c.collection?.booking;
  if (c.collection?.collectedAt) return [A.collected];
  if (booking) return [A.booked(booking.courier, dateIn(c.language, booking.day), booking.reference)];
  return c.collection ? [A.waiting] : [];
}
