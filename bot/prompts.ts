// Every word the chat assistant says, in one place. Tests import these rather than repeat them.
import type { Language } from '../shared/extract';
import { chatText, deskText, oncePerLanguage, type ChatKey, type Wording } from '../shared/i18n/format';
import { ANSWER_TEXT } from '../shared/intake/case-answers';
import { answerTextIn } from '../shared/intake/case-answer-text';
import { QUESTIONS, type Question } from '../shared/intake/questions';
import { dateInWords, type FactPath } from '../shared/rules';

export { QUESTIONS, type Option, type Question } from '../shared/intake/questions';

const IF_DECLINED = 'If you think we misunderstood something, say "talk to a person".';

export const PROMPTS = {
  greeting:
    "Hi! I'm the returns assistant. Tell me what's wrong with your product — as much as you like in one message — and I'll tell you what the policy says and give you an RMA number.",
  askPolicy: 'Which shop or brand is it from?',
  /** Asked after a message that told the story but not the merchant: what was said is kept. */
  askPolicyAfterStory: "Thanks, I've noted that. Which shop or brand is it from?",
  policyHint: 'Choose one of the buttons.',
  didNotCatch: (hint: string) => `Sorry, I didn't quite get that. ${hint}`,
  got: (what: string) => `Thanks — ${what}.`,
  invalidFact: (problem: string) => `Hmm, that doesn't add up: ${problem}. Could you check it?`,
  cannotDecide: (what: string) =>
    `I can't decide this without knowing ${what}. If you can find it (on the box, in the manual or on the product page), just tell me. I can't see the shop's order records myself: say "talk to a person" and a colleague will look it up and take it from here.`,
  talkToPerson: 'Talk to a person',
  decision: {
    approved: (note: string) => `Good news — your return is approved. ${note}`,
    review: (note: string) => `${note} I'll register your request and ${'you will get the answer by email'}.`,
    declined: (note: string) => `I'm sorry. ${note}`,
    referred: (note: string) => note,
  },
  youGet: ANSWER_TEXT.youGet,
  youPay: ANSWER_TEXT.youPay,
  /** A date worked out from "about 4 months ago": not a day the customer gave. */
  around: (date: string) => `around ${date}`,
  notApprovedNext: 'I can still register this so you have the answer in writing.',
  /** Said instead of the whole decision again, when what the customer added does not change it. */
  sameAnswer: {
    declined: (why: string) => `I understand. What you've added doesn't change the policy's answer. ${why} ${IF_DECLINED}`,
    referred: (why: string) => `What you've added doesn't change that. ${why}`,
    // "That doesn't change anything" read as if a correction were ignored (blind run BL): it is noted, and the answer stands.
    approved: () => "Thanks, I've noted that. Your return is still approved.",
    review: () => "Thanks, I've noted that. Our team still needs to look at it, and you'll get the answer by email.",
  },
  askName: "To register it, what's your name and email address?",
  nameHint: 'I need your name and email address — for example "Ann Smith, ann@example.com".',
  /** A question answered while the name or email is still to come. */
  thenContact: 'When you are ready, tell me your name and email address and I will register it.',
  /** After the RMA number, a question the decision does not answer. */
  /** A question after the RMA number the decision does not answer: the conversation goes to a colleague. */
  cannotAnswerAfter: (rma: string, email: string) =>
    `I can't answer that myself, so I've passed your question to a colleague who can see ${rma}. They will write to you at ${email}.`,
  /** A question the decision does not answer. */
  cannotAnswer: 'I can\'t answer that myself. If you think we misunderstood something, or want to ask a colleague, say "talk to a person".',
  askEmail: (name: string) => `Thanks, ${name}. And your email address, for the confirmation?`,
  emailHint: 'I need an address like ann@example.com to send the confirmation.',
  summary: (lines: string[]) => `Here's what I have:\n\n${lines.map((l) => `- ${l}`).join('\n')}`,
  confirmQuestion: 'Shall I register this return?',
  /** Not approved: what registering gives is the answer in writing, not a return. */
  confirmAnswer: 'Shall I register your request, so you have our answer in writing by email?',
  confirmOptions: ['Yes, register it', 'No, change something'],
  confirmHint: 'Say "yes" to register it, or tell me what to change.',
  whatToChange: 'What should I change? Tell me in your own words, e.g. "it arrived on the 5th".',
  created: (rma: string, email: string) => `Done! Your return number (RMA number) is ${rma}. I've sent the confirmation, with what to do next, to ${email}.`,
  createdNotApproved: (rma: string, email: string) => `Done. Your reference is ${rma}, and I've emailed our answer to ${email}.`,
  /** The confirmation could not be emailed (held for staff, or the mail failed): the link still shows everything. */
  createdMailHeld: (rma: string) =>
    `Done. Your return number (RMA number) is ${rma}. I couldn't email the confirmation just now; our team will send it. Until then, everything is on your status page.`,
  followLink: (url: string) => `You can follow your return here: ${url}`,
  /** The button beside that line (Web Chat's minimal bundle shows links in text as text). */
  openStatus: 'Open your status page',
  /** A registered return quoted in another conversation: the chat opens nothing of it (anyone could type its number). */
  otherReturn: (rma: string) =>
    `${rma} is a return we already have. I can't open it in this chat, since anyone could type its number: everything about it is on its status page, through the link in the email we sent you, and a reply to that email reaches the colleague who handles it.`,
  otherReturnLink: 'Email me my link again',
  otherReturnNew: 'If this is about another product, tell me what happened.',
  alreadyDone: (rma: string) => `Your return ${rma} is registered. Say "start over" for another return, or "talk to a person" if you need help with this one.`,
  help: 'I register returns. Tell me what happened in your own words; I ask only what the policy needs. You can say "start over", "cancel", or "talk to a person" at any time, and correct an earlier answer, like "actually it arrived on the 5th".',
  restarted: "Let's start again.",
  cancelled: "OK, I've stopped. Nothing was registered. Say hi whenever you want to start again.",
  cancelRegistered: (rma: string, url: string) =>
    `Your return ${rma} is registered. To cancel it, open your status page and choose "Cancel this return" (you can until we receive the parcel): ${url}`,
  /** A paid repair asked for after a case is registered: a new request of its own. */
  paidRepairStarts: (rma: string) => `Of course. A paid repair is a new request of its own (${rma} stays as it is); this is what the policy says about it.`,
  handoffAskEmail: "Of course. So a colleague can reach you, what's your email address?",
  handoffDone: (rma: string, email: string) => `I've passed your conversation to a colleague, who will write to you at ${email}. Your reference is ${rma}.`,
  handoffAlready: 'A colleague already has your conversation and will be in touch.',
  /** A person asked for after the case was registered: that case goes to staff, no new one. */
  handoffOnCase: (rma: string, email: string) =>
    `I've passed your conversation to a colleague, who will look at ${rma} and write to you at ${email}. Anything you write here now goes to them too.`,
  /**
   * Questions after the RMA number, answered from the case's decision in the words of the
   * confirmation email, so that the chat and the email never disagree.
   */
  after: {
    ...ANSWER_TEXT,
    /** A declined return's answers offer this. */
    ifDeclined: IF_DECLINED,
    /** How photos reach us from the chat. */
    photosHow: 'Send them to me here in the chat, or add them on your status page.',
    /** How to tell us a remedy now. */
    chooseHow: "I've passed your message to a colleague, who notes your choice on your return.",
    /** Said where a colleague needs to see the message: the chat passes the conversation on. */
    passedOn: "I've passed your message to a colleague, who can see your return.",
    /** Something the customer tells us about the registered return, not a question: it goes to the case. */
    noted: "Thank you: I've added that to your return, where a colleague sees it.",
    /** The same, before anything is registered: how to reach a colleague. */
    askAPerson: 'If you want a colleague to take it up, say "talk to a person".',
    /** Said first, once, when the case has moved on since the chat told the customer of its decision. */
    movedOn: {
      approved: (rma: string) => `Good news — since you registered it, ${rma} has been approved.`,
      declined: (rma: string) => `An update on ${rma}: since you registered it, it has been declined.`,
      review: (rma: string) => `An update on ${rma}: since you registered it, it has gone to our team for a review.`,
      changed: (rma: string) => `An update on ${rma}: since you registered it, the decision has changed. This is how it stands now.`,
    },
    /** The case was cancelled (on the status page, or by staff): nothing about the parcel applies any more. */
    cancelled: (rma: string) => `${rma} has been cancelled, so there is nothing to send. To return something else, say "start over".`,
  },
  failed: 'Sorry, something went wrong on my side. Please try again in a minute — nothing you told me is lost.',
  tooLong: 'That message is too long for me — could you say it in a few sentences?',
  /** The first line of the transcript staff get, when the oldest lines were not kept. */
  transcriptDropped: (n: number) => `(${n} earlier ${n === 1 ? 'line' : 'lines'} of this conversation not kept)`,
  photos: {
    added: (n: number, rma: string) =>
      `Thanks — I've added ${n === 1 ? 'your photo' : `${n} photos`} to ${rma}. You'll see ${n === 1 ? 'it' : 'them'} on your status page once checked.`,
    kept: (n: number) => `Thanks — I'll add ${n === 1 ? 'this photo' : `these ${n} photos`} to your return as soon as it's registered.`,
    attached: (n: number, rma: string) => `I've added the ${n === 1 ? 'photo' : `${n} photos`} you sent to ${rma}.`,
    notPhoto: 'I can only take photos here (JPEG, PNG, WebP or HEIC, up to 10 MB each).',
    full: 'Your return already has 10 photos, the most it can hold.',
    closed: (rma: string) => `${rma} has ended, so it takes no more photos. To return something else, start a new return: say "start over".`,
    notFetched: "Sorry, I couldn't download that file. Please try sending it again.",
  },
  factLabels: {
    reason: 'Problem',
    asOf: 'Date of the request',
    purchaseDate: 'Bought on',
    deliveryDate: 'Delivered on',
    country: 'Sending from',
    customerType: 'You are a',
    'product.category': 'Kind of product',
    'product.condition': 'Sold as',
    'product.customOrder': 'Made to order',
    'product.warrantyMonths': 'Warranty (months)',
    'product.supplierWarrantyMonths': 'Manufacturer’s warranty (months)',
    'product.directWarranty': 'Warranty handled by the manufacturer',
    'item.used': 'Used',
    'item.damaged': 'Physically damaged',
    'product.digital': 'Delivered as a code or download',
    'item.labelsAttached': 'Labels still on',
    'item.originalPackaging': 'In its original packaging',
    'item.packagingUndamaged': 'Packaging undamaged',
    'item.sealsIntact': 'Seals intact',
    'item.accessoriesComplete': 'All accessories there',
    'item.modified': 'Modified',
    'item.softwareOpened': 'Software opened',
    defectCause: 'Cause of the fault',
    invoiceCopy: 'Has the purchase invoice',
  } satisfies Record<FactPath, string>,
  reasonWords: {
    unwanted: 'you no longer want it',
    wrong_item: 'the wrong item was delivered',
    damaged_on_delivery: 'it arrived damaged',
    missing_parts: 'parts are missing',
    defective: "it's faulty",
    dead_on_arrival: 'it never worked (dead on arrival)',
    paid_repair: 'you want a paid repair',
  } as Record<string, string>,
  yes: 'yes',
  no: 'no',
  /** The summary's lines that are not facts. */
  /** A date as the summary says it ("3 March 2026"). */
  date: dateInWords,
  /** A country as the summary says it ("Germany"). */
  country: (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code,
  shopLabel: 'Shop or brand',
  nameLabel: 'Name',
  emailLabel: 'Email',
} as const;

/** The prompts' shape with any wording: what a translation must provide. */
export type Prompts = Wording<typeof PROMPTS>;

/** What the chat says, in the customer's language (German and French: shared/i18n/catalogue-*.json). */
export function promptsFor(language: Language | undefined): Prompts {
  // Built once per language: every reply of a turn asks for it.
  return language === 'de' || language === 'fr' ? builtPrompts(language) : PROMPTS;
}

const builtPrompts = /* @__PURE__ */ oncePerLanguage((language) => buildPrompts(language));
const builtQuestions = /* @__PURE__ */ oncePerLanguage((language) => buildQuestions(language));

function buildPrompts(language: 'de' | 'fr'): Prompts {
  const t = (key: ChatKey, values?: Record<string, string | number>) => chatText(language, key, values);
  const reasons = ['unwanted', 'wrong_item', 'damaged_on_delivery', 'missing_parts', 'defective', 'dead_on_arrival', 'paid_repair'] as const;
  return {
    ...PROMPTS,
    greeting: t('greeting'),
    askPolicy: t('askPolicy'),
    askPolicyAfterStory: t('askPolicyAfterStory'),
    policyHint: t('policyHint'),
    didNotCatch: (hint: string) => t('didNotCatch', { hint }),
    decision: {
      ...PROMPTS.decision,
      approved: (note: string) => t('decision.approved', { note }),
      review: (note: string) => t('decision.review', { note }),
      declined: (note: string) => t('decision.declined', { note }),
    },
    notApprovedNext: t('notApprovedNext'),
    after: {
      ...PROMPTS.after,
      ...answerTextIn(language),
      ifDeclined: t('after.ifDeclined'),
      photosHow: t('after.photosHow'),
      chooseHow: t('after.chooseHow'),
      passedOn: t('after.passedOn'),
      noted: t('after.noted'),
      askAPerson: t('after.askAPerson'),
      movedOn: {
        approved: (rma: string) => t('after.movedOn.approved', { rma }),
        declined: (rma: string) => t('after.movedOn.declined', { rma }),
        review: (rma: string) => t('after.movedOn.review', { rma }),
        changed: (rma: string) => t('after.movedOn.changed', { rma }),
      },
      cancelled: (rma: string) => t('after.cancelled', { rma }),
    },
    cannotAnswerAfter: (rma: string, email: string) => t('cannotAnswerAfter', { rma, email }),
    alreadyDone: (rma: string) => t('alreadyDone', { rma }),
    handoffOnCase: (rma: string, email: string) => t('handoffOnCase', { rma, email }),
    cancelRegistered: (rma: string, url: string) => t('cancelRegistered', { rma, url }),
    paidRepairStarts: (rma: string) => t('paidRepairStarts', { rma }),
    createdMailHeld: (rma: string) => t('createdMailHeld', { rma }),
    sameAnswer: {
      declined: (why: string) => t('sameAnswer.declined', { why }),
      referred: (why: string) => t('sameAnswer.referred', { why }),
      approved: () => t('sameAnswer.approved'),
      review: () => t('sameAnswer.review'),
    },
    invalidFact: (problem: string) => t('invalidFact', { problem }),
    photos: {
      ...PROMPTS.photos,
      added: (n: number, rma: string) => t('photos.added', { n, rma }),
      kept: (n: number) => t('photos.kept', { n }),
      attached: (n: number, rma: string) => t('photos.attached', { n, rma }),
      notPhoto: t('photos.notPhoto'),
      full: t('photos.full'),
      closed: (rma: string) => t('photos.closed', { rma }),
      notFetched: t('photos.notFetched'),
    },
    cannotDecide: (what: string) => t('cannotDecide', { what }),
    got: (what: string) => t('got', { what }),
    youGet: (what: string) => deskText(language, 'answer.youGet', { what }),
    youPay: answerTextIn(language).youPay,
    help: t('help'),
    restarted: t('restarted'),
    cancelled: t('cancelled'),
    talkToPerson: t('talkToPerson'),
    tooLong: t('tooLong'),
    handoffAskEmail: t('handoffAskEmail'),
    handoffDone: (rma: string, email: string) => t('handoffDone', { rma, email }),
    handoffAlready: t('handoffAlready'),
    askName: t('askName'),
    nameHint: t('nameHint'),
    askEmail: (name: string) => t('askEmail', { name }),
    emailHint: t('emailHint'),
    thenContact: t('thenContact'),
    cannotAnswer: t('cannotAnswer'),
    summary: (lines: string[]) => t('summary', { lines: lines.map((l) => `- ${l}`).join('\n') }),
    confirmQuestion: t('confirmQuestion'),
    confirmAnswer: t('confirmAnswer'),
    confirmOptions: [t('confirmYes'), t('confirmNo')],
    confirmHint: t('confirmHint'),
    whatToChange: t('whatToChange'),
    created: (rma: string, email: string) => t('created', { rma, email }),
    createdNotApproved: (rma: string, email: string) => t('createdNotApproved', { rma, email }),
    followLink: (url: string) => t('followLink', { url }),
    openStatus: t('openStatus'),
    otherReturn: (rma: string) => t('otherReturn', { rma }),
    otherReturnLink: t('otherReturnLink'),
    otherReturnNew: t('otherReturnNew'),
    around: (date: string) => t('around', { date }),
    yes: t('yes'),
    no: t('no'),
    country: (code: string) => new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code,
    date: (iso: string) =>
      new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    shopLabel: t('label.policy'),
    nameLabel: t('label.name'),
    emailLabel: t('label.email'),
    factLabels: {
      ...(Object.fromEntries(Object.keys(PROMPTS.factLabels).map((path) => [path, t(`label.${path}` as ChatKey)])) as Prompts['factLabels']),
      reason: t('label.reason'),
      purchaseDate: t('label.purchaseDate'),
      deliveryDate: t('label.deliveryDate'),
      country: t('label.country'),
      invoiceCopy: t('label.invoiceCopy'),
    },
    reasonWords: Object.fromEntries(reasons.map((r) => [r, t(`reason.${r}`)])),
  };
}

/** The questions the chat asks, in the customer's language (German and French: those the rules ask; docs/languages.md). */
export function questionsFor(language: Language | undefined): Record<FactPath, Question> {
  return language === 'de' || language === 'fr' ? builtQuestions(language) : QUESTIONS;
}

function buildQuestions(language: 'de' | 'fr'): Record<FactPath, Question> {
  const t = (key: ChatKey) => chatText(language, key);
  const dateHint = t('q.date.hint');
  return {
    ...QUESTIONS,
    reason: {
      ...QUESTIONS.reason,
      text: t('q.reason'),
      hint: t('q.reason.hint'),
      options: (QUESTIONS.reason.options ?? []).map((o) => ({ ...o, label: t(`q.reason.${String(o.value)}` as ChatKey) })),
    },
    purchaseDate: { ...QUESTIONS.purchaseDate, text: t('q.purchaseDate'), hint: dateHint },
    deliveryDate: { ...QUESTIONS.deliveryDate, text: t('q.deliveryDate'), hint: dateHint },
    country: { ...QUESTIONS.country, text: t('q.country'), hint: t('q.country.hint') },
    'product.supplierWarrantyMonths': { ...QUESTIONS['product.supplierWarrantyMonths'], text: t('q.supplierWarrantyMonths') },
  };
}
