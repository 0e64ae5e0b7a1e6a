// Every word the desk writes to a customer by email, in one place.
import type { Language } from '../extract/language';
import { emailText, type EmailKey, type Translated, type Wording } from '../i18n/format';
import type { Decision } from '../rules';
import { NEXT_TEXT, nextTextIn } from './next-steps';

/**
 * Whether a customer's name goes into the greeting. A name is whatever the sender typed, and the
 * desk mails whichever address they gave: a long "name" is a sentence for someone else to read
 * ("Your refund is ready click here…"), and an address is no name. Such greetings say just "Hello,".
 */
export const GREETING_NAME_LIMITS = { words: 5, characters: 40 } as const;
function greetsByName(name: string): boolean {
  const trimmed = name.trim();
  return (
    trimmed !== '' && !trimmed.includes('@') && trimmed.length <= GREETING_NAME_LIMITS.characters && trimmed.split(/\s+/).length <= GREETING_NAME_LIMITS.words
  );
}

export const EMAIL_TEXT = {
  subject: (merchant: string, rma: string, outcome: Decision['outcome']) => `${merchant} return ${rma}: ${SUBJECT_OUTCOME[outcome]}`,
  greeting: (name: string) => (greetsByName(name) ? `Hello ${name},` : 'Hello,'),
  intro: (merchant: string, rma: string) => `Thank you for your return request to ${merchant}. Its RMA number is ${rma}.`,
  keepNumber: 'Please quote this number whenever you contact us about this return.',
  decision: 'Decision',
  yourQuestions: 'What you asked',
  safetyFirst: 'First, your safety',
  whatNext: 'What happens next',
  why: (merchant: string) => `Why — what the policy of ${merchant} says`,
  /** Above the quotes in a German or French email: the policy is quoted in the language it is published in. English: none. */
  quotedAsWritten: undefined as ((merchant: string) => string) | undefined,
  terms: 'What you get and what you pay',
  youGet: NEXT_TEXT.youGet,
  youPay: NEXT_TEXT.youPay,
  restocking: NEXT_TEXT.restocking,
  slaTerm: NEXT_TEXT.slaTerm,
  deadlines: 'Dates',
  documents: NEXT_TEXT.documents,
  packing: 'How to pack it',
  photos: NEXT_TEXT.photos,
  photosHow: (max: number) =>
    `Take them before you pack the product: open your return's page with this link and take them there with your phone (at most ${max} photos).`,
  contact: 'Questions?',
  contactLine: (merchant: string, ways: string) => `Contact ${merchant}: ${ways}. Quote your RMA number.`,
  /** Between two ways to reach the merchant. */
  contactOr: 'or',
  contactReply: 'Reply to this email and quote your RMA number.',
  /** The same on the status page, which is no email: the customer replies to the one they have. */
  contactReplyPage: 'Reply to the email we sent you about this return, and quote your RMA number.',
  statusLink: 'Follow your return',
  statusHint: 'This link is personal: anyone who has it can see the status of this return.',
  // Later emails cannot carry the link: only its hash is stored.
  statusLinkInConfirmation: 'Use the personal link in our first email about this return (the confirmation) to see its status at any time.',
  statusLinkLater: 'The personal link to your return’s status page comes with our confirmation email, once your return is decided.',
  notApproved: {
    review: 'We will look at your request and write to you with the answer.',
    declined: 'We are sorry we cannot accept this return. If you think we misunderstood something, reply to this email.',
    referred: 'This return is handled elsewhere, as explained above.',
  },
  signOff: (merchant: string) => `Kind regards,\n${merchant} returns desk`,
  autoNote: 'This message was sent automatically by the returns desk.',
  missingIntro: (merchant: string, rma: string) =>
    `Thank you for writing to ${merchant} about a return. Before we can tell you what the policy says, we need to know (your reference is ${rma}):`,
  missingHow: 'Just reply to this email in your own words — one line per answer is fine. Keep the reference in the subject.',
  /** A first email that asked something besides its request: not ignored, answered with the decision (blind run BM). */
  missingAnswersLater: 'We answer your questions with the decision, once we have this.',
  missingMore: 'Once we have these answers, we may have a few more questions.',
  handoff: (merchant: string, rma: string) =>
    `Thank you for contacting ${merchant}. A colleague has your conversation and will write to you at this address. Your reference is ${rma}.`,
  answerIntro: (rma: string) => `Thank you for your message about ${rma}. Here are our answers.`,
  answerMore: 'A colleague reads your message too, and writes to you if this does not answer it.',
  acknowledged: (rma: string) => `Thank you for your message about ${rma}. A colleague has it and will write back to you.`,
  /** What a declined return's answer offers by email. */
  ifDeclined: 'If you think we misunderstood something, reply to this email.',
  /** How photos reach us by email. */
  photosByReply: 'Attach them to a reply to this email, or add them on your status page.',
  /** A remedy chosen in a reply: the reply is with staff. */
  chooseByReply: 'Your message is with a colleague, who notes your choice on your return.',
  /** Every reply also goes to staff: said where the answer needs a colleague to act on it. */
} as const;

/** The emails after the first: staff decisions, the parcel's progress, the 21-day promise. */
export const UPDATE_TEXT = {
  subject: (merchant: string, rma: string, what: string) => `${merchant} return ${rma}: ${what}`,
  subjects: {
    received: 'we have your parcel',
    repairing: 'being repaired',
    replacing: 'being replaced',
    resolved: 'done',
    cancelled: 'cancelled',
    reassessed: 'our decision, looked at again',
    slaOffer: 'a credit or refund instead?',
    answer: 'our answers to your questions',
    message: 'we have your message',
    handoff: 'a colleague has your request',
  },
  update: (merchant: string, rma: string) => `Here is news of your return ${rma} to ${merchant}.`,
  reviewed: (merchant: string, rma: string) => `${merchant} has reviewed your return request ${rma}. Here is the decision.`,
  reassessed: (merchant: string, rma: string) =>
    `${merchant} has looked at your return ${rma} again, with what it has learned since. The decision has changed; here it is.`,
  photosHowByConfirmation: (max: number) =>
    `Take them before you pack the product: open your return's page with the personal link in our first email about it (the confirmation), and take them there with your phone (at most ${max} photos).`,
  where: 'Where your return is',
  received: 'Your parcel has arrived. We will inspect the product and write to you again when we know what happens next.',
  repairing: 'We have inspected the product, and it is being repaired.',
  replacing: 'We have inspected the product, and we are replacing it.',
  promise: (days: number, lastDay: string) =>
    `If the repair or replacement is not done within ${days} days of your parcel's arrival (by ${lastDay}), we will offer you a credit or refund instead.`,
  resolved: {
    repaired: 'Your return is complete: the product has been repaired.',
    replaced: 'Your return is complete: the product has been replaced.',
    credited: 'Your return is complete: we have credited your account.',
    refunded: 'Your return is complete: we have refunded you.',
    returned_unrepaired: 'Your return is complete: the product could not be serviced under the policy and is returned to you unrepaired.',
  },
  cancelled: {
    customer: 'You have cancelled this return, as you asked. There is nothing more to do: please do not send the product.',
    staff: 'This return has been cancelled: please do not send the product. If you did not expect this, contact us.',
  },
  slaTitle: 'A credit or refund instead',
  slaLate: (work: 'repair' | 'replacement', days: number, since: string) =>
    `Your product's ${work} has taken longer than ${days} days since your parcel arrived on ${since}.`,
  slaChoice:
    'As we promised when we accepted your return, you can have a credit or a refund instead. Reply to this email, or contact us as below, and tell us which you would prefer.',
  slaWait: (work: 'repair' | 'replacement') => `If you would rather wait for the ${work}, there is nothing to do: we will write when it is done.`,
} as const;

const SUBJECT_OUTCOME: Record<Decision['outcome'], string> = {
  approved: 'approved — what to do next inside',
  review: 'received — under review',
  declined: 'our answer',
  referred: 'where to send it',
  need_info: 'we need a few details',
};

export type EmailText = Wording<typeof EMAIL_TEXT>;
export type UpdateText = Wording<typeof UPDATE_TEXT>;

const BUILT_EMAIL = new Map<Translated, EmailText>();
const BUILT_UPDATE = new Map<Translated, UpdateText>();

/** EMAIL_TEXT in `language` (the case's), built once per language. */
export function emailTextIn(language: Language | undefined): EmailText {
  if (language === undefined || language === 'en') return EMAIL_TEXT;
  let built = BUILT_EMAIL.get(language);
  if (built) return built;
  const t = (key: EmailKey, values?: Record<string, string | number>) => emailText(language, key, values);
  const next = nextTextIn(language);
  built = {
    subject: (merchant, rma, outcome) => t('subject', { merchant, rma, outcome: t(`subject.${outcome}`) }),
    greeting: (name) => (greetsByName(name) ? t('greetingName', { name }) : t('greeting')),
    intro: (merchant, rma) => t('intro', { merchant, rma }),
    keepNumber: t('keepNumber'),
    decision: t('decision'),
    yourQuestions: t('yourQuestions'),
    safetyFirst: t('safetyFirst'),
    whatNext: t('whatNext'),
    why: (merchant) => t('why', { merchant }),
    quotedAsWritten: (merchant) => t('quotedAsWritten', { merchant }),
    terms: t('terms'),
    youGet: next.youGet,
    youPay: next.youPay,
    restocking: next.restocking,
    slaTerm: next.slaTerm,
    deadlines: t('deadlines'),
    documents: next.documents,
    packing: t('packing'),
    photos: next.photos,
    photosHow: (max) => t('photosHow', { max }),
    contact: t('contact'),
    contactLine: (merchant, ways) => t('contactLine', { merchant, ways }),
    contactOr: t('contactOr'),
    contactReply: t('contactReply'),
    contactReplyPage: t('contactReplyPage'),
    statusLink: t('statusLink'),
    statusHint: t('statusHint'),
    statusLinkInConfirmation: t('statusLinkInConfirmation'),
    statusLinkLater: t('statusLinkLater'),
    notApproved: { review: t('notApproved.review'), declined: t('notApproved.declined'), referred: t('notApproved.referred') },
    signOff: (merchant) => t('signOff', { merchant }),
    autoNote: t('autoNote'),
    missingIntro: (merchant, rma) => t('missingIntro', { merchant, rma }),
    missingHow: t('missingHow'),
    missingAnswersLater: t('missingAnswersLater'),
    missingMore: t('missingMore'),
    handoff: (merchant, rma) => t('handoff', { merchant, rma }),
    answerIntro: (rma) => t('answerIntro', { rma }),
    answerMore: t('answerMore'),
    acknowledged: (rma) => t('acknowledged', { rma }),
    ifDeclined: t('ifDeclined'),
    photosByReply: t('photosByReply'),
    chooseByReply: t('chooseByReply'),
  };
  BUILT_EMAIL.set(language, built);
  return built;
}

/** UPDATE_TEXT in `language` (the case's), built once per language. */
export function updateTextIn(language: Language | undefined): UpdateText {
  if (language === undefined || language === 'en') return UPDATE_TEXT;
  let built = BUILT_UPDATE.get(language);
  if (built) return built;
  const t = (key: EmailKey, values?: Record<string, string | number>) => emailText(language, key, values);
  const subjects = Object.fromEntries(Object.keys(UPDATE_TEXT.subjects).map((k) => [k, t(`update.subjects.${k}` as EmailKey)])) as UpdateText['subjects'];
  const resolved = Object.fromEntries(Object.keys(UPDATE_TEXT.resolved).map((k) => [k, t(`update.resolved.${k}` as EmailKey)])) as UpdateText['resolved'];
  built = {
    subject: (merchant, rma, what) => t('update.subject', { merchant, rma, what }),
    subjects,
    update: (merchant, rma) => t('update.update', { merchant, rma }),
    reviewed: (merchant, rma) => t('update.reviewed', { merchant, rma }),
    reassessed: (merchant, rma) => t('update.reassessed', { merchant, rma }),
    photosHowByConfirmation: (max) => t('update.photosHowByConfirmation', { max }),
    where: t('update.where'),
    received: t('update.received'),
    repairing: t('update.repairing'),
    replacing: t('update.replacing'),
    promise: (days, lastDay) => t('update.promise', { days, lastDay }),
    resolved,
    cancelled: { customer: t('update.cancelled.customer'), staff: t('update.cancelled.staff') },
    slaTitle: t('update.slaTitle'),
    slaLate: (work, days, since) => t('update.slaLate', { work, days, since }),
    slaChoice: t('update.slaChoice'),
    slaWait: (work) => t('update.slaWait', { work }),
  };
  BUILT_UPDATE.set(language, built);
  return built;
}
