// Questions about a return once it has its RMA number ("what goes in the box?", "who pays the
// postage?", "where do I send it?", "when do I get it back?"), asked in the chat or in a reply to our
// email. Only these few kinds are recognised, and each is answered from the case's own decision in
// the words of the confirmation email: a wrong answer here would send a parcel the wrong way, so
// anything else goes to a person.
import { NEXT_TEXT, nextSteps, nextStepsInSentences, paysText } from '../notify/next-steps';
import { ANSWER_TEXT } from './case-answer-text';

export { ANSWER_TEXT } from './case-answer-text';
import { DOCUMENT_LABELS, PHOTO_LABELS, REFUSAL_NOTE_START, REMEDY_LABELS, type Decision, type FactPath, type Policy } from '../rules';

/** The part of a decision the answers read (small enough to keep with a chat conversation). */
export type DecisionTerms = Pick<
  Decision,
  'outcome' | 'remedies' | 'customerPays' | 'restockingFeeMaxPercent' | 'documents' | 'packing' | 'slaDays' | 'notes' | 'transport'
> & {
  photos?: Decision['photos'];
  /** Kept with conversations since 2026-11-27; older ones answer without it. */
  presumed?: Decision['presumed'];
};

export function decisionTerms(d: Omit<Decision, 'trace'>): DecisionTerms {
  const { outcome, remedies, customerPays, restockingFeeMaxPercent, documents, packing, slaDays, notes, transport, photos, presumed } = d;
  return {
    outcome,
    photos,
    remedies,
    customerPays,
    documents,
    packing,
    notes,
    presumed,
    ...(restockingFeeMaxPercent !== undefined ? { restockingFeeMaxPercent } : {}),
    ...(slaDays !== undefined ? { slaDays } : {}),
    ...(transport !== undefined ? { transport } : {}),
  };
}

export type CaseQuestion =
  | 'why'
  | 'status'
  | 'boxGone'
  | 'partOnly'
  | 'rights'
  | 'contact'
  | 'paymentMethod'
  | 'photos'
  | 'choose'
  | 'next'
  | 'worry'
  | 'print'
  | 'customs'
  | 'invoice'
  | 'include'
  | 'cost'
  | 'swap'
  | 'collection'
  | 'addressWhen'
  | 'where'
  | 'when';

const COLLECTING = /\b(?:collect\w*|courier|pick(?:s|ed|ing)? (?:it |this )?up|pick-?up|fetch\w*|driver)\b/i;
const TIMING =
  /\b(?:when|what (?:day|days|time|date)|which (?:day|days|time)|how (?:soon|long)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|tomorrow|today|mornings?|afternoons?|evenings?|(?:at|be|not) home|work(?:ing)? (?:during the day|all day|weekdays|in the day|office hours)|office hours)\b/i;

const ARRANGING = /\b(?:address|work|office|different place|somewhere else|neighbou?r|phone|call|ring|sms|text me|contact me|let me know)\b/i;

// In this order: "where do I put the invoice?" is about the parcel's contents, "how much is the
// shipping?" about money, "when do you collect it?" about when the courier comes.
const KINDS: [CaseQuestion, (text: string) => boolean][] = [
  // "Why don't I get a new one?", "why is it not dead on arrival?": the decision's first line says why.
  ['why', (t) => /\bwhy\b|\bhow come\b/i.test(t)],
  // "So it's not a yes?", "is it approved or not?"
  [
    'status',
    (t) =>
      !/\bwhy\b/i.test(t) &&
      /\b(?:(?:is|was) (?:it|that|this|my return) (?:a )?(?:yes|no|approved|accepted|declined|refused)|(?:it'?s|that'?s|is that) not a yes|(?:approved|accepted) or not)\b/i.test(
        t,
      ),
  ],
  // "The outer box is gone, is that a problem?": the photo of it is left out.
  [
    'boxGone',
    (t) =>
      /\b(?:threw|thrown|binned|tossed|lost|don'?t have|no longer have|got rid of)\b[^.?!]{0,40}\b(?:box|packaging|carton)\b|\b(?:box|packaging|carton)\b[^.?!]{0,40}\b(?:is gone|went out|thrown|binned|in the (?:rubbish|bin|trash)|with the rubbish)\b/i.test(
        t,
      ),
  ],
  // "Can't you just send me the charger?": only the part, not the whole return.
  [
    'partOnly',
    (t) =>
      /\b(?:send|post|courier|give|email)\b (?:me|us) (?:just |only )?(?:the|a|an|my|new|another|a new) (?:missing |new )?(?:[\w-]+ )?(?:charger|charging \w+|cable|part|parts|screws?|piece|key|code|licen[cs]e|remote|adapter|stand|lid|manual)\b|\bjust (?:the|a) (?:missing )?(?:charger|cable|part|screws?|piece|key)\b/i.test(
        t,
      ),
  ],
  // "I thought you're allowed to send back online purchases within 7 days?", "what about my consumer rights?"
  [
    'rights',
    (t) =>
      /\b(?:statutory|consumer (?:rights?|protection|law|act)|my rights|rights as a|the law|by law|legal(?:ly)?|illegal|cooling[- ]off|CPA|ECTA|entitled|(?:allowed|right) to (?:return|send (?:it |them )?back|cancel))\b/i.test(
        t,
      ),
  ],
  // "Is there a phone number I can call?", "who can I speak to, a manager?"
  [
    'contact',
    (t) =>
      /\b(?:phone number|telephone|call (?:you|someone|somebody)|speak to|talk to (?:someone|somebody|a manager|a human|a real person)|a manager|supervisor)\b/i.test(
        t,
      ),
  ],
  // "By card or bank transfer?", "will the money go back onto my card?"
  [
    'paymentMethod',
    (t) =>
      /\b(?:(?:credit |debit )?card|bank transfer|transfer|eft|paypal|cash)\b/i.test(t) ||
      /\bhow (?:(?:do|can|should|will|must) )?(?:i|we) pay\b|\bhow (?:do|will) (?:i|we) get (?:the|my|our) money\b/i.test(t),
  ],
  ['photos', (t) => /\b(?:photos?|pictures?|pics|images?)\b/i.test(t)],
  [
    'next',
    (t) =>
      /\b(?:what (?:do|should|must) (?:i|we) do(?: now| next)?|what (?:happens|now|next)|next steps?|should (?:i|we) (?:send|post|wait)|do (?:i|we) (?:send|post) it (?:now|already)|anything else (?:i|we) (?:need|have|should|must)|(?:need|have) to do anything(?: else)?)\b/i.test(
        t,
      ),
  ],
  [
    'choose',
    (t) =>
      /\b(?:(?:brand )?new|repaired|replaced|replacement|refund)\b[^.?!]{0,25}?\bor\b[^.?!]{0,25}?\b(?:new|repaired|replaced|replacement|refund|credit|fixed|money back)\b|\b(?:want|like) (?:a |the |my )?(?:refund|replacement|new one|repair|credit|money back|(?:correct|right) [\w-]+)\b/i.test(
        t,
      ) ||
      // "Can I get a refund instead?": choosing names what is chosen ("instead of sending it to Plextor" does not).
      (/\b(?:rather|instead|prefer|choose|choice)\b/i.test(t) && /\b(?:refund|replace\w*|new one|repair\w*|credit|money back|fixed)\b/i.test(t)) ||
      // "Who decides, me or you?", "will I get my own drive back, or a different one?"
      /\bwho (?:decides|chooses|picks)\b|\b(?:can'?t|cannot|can not|couldn'?t|won'?t|isn'?t) (?:be )?(?:fix(?:ed)?|repair(?:ed)?|repairable)\b|\b(?:me or you|you or me)\b|\b(?:my own|the same) [\w-]+(?: back)?,? or (?:a |another |a different )/i.test(
        t,
      ),
  ],
  // "I threw away the plastic, is that a problem?", "I used it once, is that still OK?", "do I need the original box?"
  [
    'worry',
    (t) =>
      (/\b(?:a problem|an issue|ok(?:ay)?|alright|all right|matter|fine|affect|count against|still (?:be )?(?:returnable|accepted))\b/i.test(t) &&
        /\b(?:threw|thrown|throw|binned|lost|don'?t have|no longer have|used|tried|wore|worn|opened|unsealed|once|twice|seals?|box|packaging|plastic|wrapping|tags?|labels?|stickers?)\b/i.test(
          t,
        )) ||
      /\bneed (?:the|my|its) (?:original )?(?:box|packaging|wrapping)\b/i.test(t) ||
      // "Do I have to keep the box?", "can I throw the broken plate away?", "can I keep using it until then?"
      /\b(?:(?:have|need) to keep|can (?:i|we) (?:throw|bin|toss)|(?:keep|still) us(?:e|ing)|can (?:i|we) (?:use|keep) (?:it|this|the [\w-]+(?: [\w-]+)?) (?:in the meantime|until|till|while|meanwhile))\b/i.test(
        t,
      ),
  ],
  ['print', (t) => /\bprint(?:ed|ing|out)?\b/i.test(t)],
  // "What is a pro-forma invoice?", "do I need customs papers?", "do I pay import tax?"
  ['customs', (t) => /\b(?:pro-?\s?forma|customs|import (?:tax|duty|duties|vat)|duties)\b/i.test(t)],
  // "Do I put the receipt in the box or keep it?" (the purchase invoice, not a pro-forma one)
  ['invoice', (t) => /\b(?:invoices?|receipts?|ticket de caisse|till slip|proof of purchase)\b/i.test(t.replace(/\bpro-?\s?forma invoices?\b/gi, ''))],
  [
    'include',
    (t) =>
      /\b(?:include|enclose|invoice|receipt|documents?|paperwork|papers|customs|forms?|pack|packing|in(?:side)? the (?:box|parcel|package))\b/i.test(t) ||
      // "Must I send the charging cable with it?", "can I keep the USB cable and send only the drive?"
      (/\b(?:i|we)\b[^.?!]{0,25}\b(?:send|keep|return|put|give back|pack|leave)\b/i.test(t) &&
        /\b(?:chargers?|charging|cables?|cords?|adapters?|accessor(?:y|ies)|remotes?|manuals?|cases?|cartridges?|everything)\b/i.test(t)),
  ],
  ['cost', (t) => /\b(?:cost|costs|how much|price|pays?|paying|postage|charged?|fees?|free)\b/i.test(t)],
  // "Will the courier bring the new one when they collect this one?"
  [
    'swap',
    (t) =>
      (/\b(?:bring|brings|bringing|swap|exchange)\b/i.test(t) && /\b(?:new|replacement|another|other one)\b/i.test(t)) ||
      /\bswap\b|\bbring (?:the|a|my) [\w-]+ (?:one )?(?:with them|along|at the same time)\b|\bbring (?:the|my) [\w-]+ one\b/i.test(t) ||
      /\b(?:at the same time|at the door)\b/i.test(t) ||
      // "Must I first give back the colour one before you send the black one?"
      /\b(?:first (?:give|send|hand)|(?:give|send|hand) (?:\w+ ){0,3}?back first|before (?:you|they) (?:send|deliver|bring))\b/i.test(t),
  ],
  // When, where from and how the courier comes: "on a Saturday?", "from my work address?", "will they phone first?"
  ['collection', (t) => COLLECTING.test(t) && (TIMING.test(t) || ARRANGING.test(t))],
  ['addressWhen', (t) => /\baddress\b/i.test(t) && /\b(?:when|how long|how soon|yet|still waiting)\b/i.test(t)],
  ['where', (t) => /\b(?:where|address|collect(?:ed|ion)?|pick(?:ed)? ?up|courier|post it|post office)\b/i.test(t)],
  [
    'when',
    (t) =>
      /\b(?:when(?! (?:i|we) (?:pack|send|post|open|unpack|took|take|put|opened|got|received|plug|tried|use|used)\b)|how long|how soon|new one|replacement|refund|repaired)\b/i.test(
        t,
      ),
  ],
];

/** A more precise kind answers the question the broader one would only half answer. */
const NARROWS: Partial<Record<CaseQuestion, CaseQuestion[]>> = {
  rights: ['why', 'when', 'choose', 'cost', 'where', 'next'],
  boxGone: ['worry', 'photos'],
  partOnly: ['include', 'where', 'next', 'swap'],
  status: ['why', 'when'],
  paymentMethod: ['cost', 'when', 'choose'],
  worry: ['include'],
  why: ['when'],
  print: ['include', 'invoice'],
  customs: ['include', 'cost', 'invoice'],
  invoice: ['include'],
  swap: ['when', 'where', 'choose', 'collection'],
  collection: ['when', 'where'],
  addressWhen: ['when', 'where'],
};

/** A question, not a statement ("here is the photo of the dent" asks nothing). */
const ASKS = /\?|(?:^|[.!\n]\s*)(?:do|does|did|can|could|when|where|how|who|what|which|will|would|should|shall|is|are|am|may|must)\b/i;

/** Whether the message asks something (a question mark, or a sentence that opens like a question). */
export function asksSomething(text: string): boolean {
  return ASKS.test(text);
}

export function caseQuestion(text: string): CaseQuestion | undefined {
  return caseQuestions(text)[0];
}

/**
 * The message as questions: each sentence that asks something, with the statements just before it
 * ("I threw the box away. Is that a problem?"). Statements after the last question ask nothing.
 */
function questionsIn(text: string): string[] {
  return asked(text).map(({ said, sentence }) => `${said}${sentence}`);
}

/** Each sentence that asks something, with the statements just before it. */
function asked(text: string): { said: string; sentence: string }[] {
  const out: { said: string; sentence: string }[] = [];
  let said = '';
  for (const sentence of text.split(/(?<=[?!.])\s+|\n+/)) {
    if (!sentence.trim()) continue;
    if (ASKS.test(sentence)) {
      out.push({ said, sentence });
      said = '';
    } else said += `${sentence} `;
  }
  return out;
}

/** The kinds one question asks: the narrow kind wins over the broad one it would only half answer. */
function kindsOf(question: string): CaseQuestion[] {
  let kinds = KINDS.filter(([, asks]) => asks(question)).map(([kind]) => kind);
  for (const kind of [...kinds]) kinds = kinds.filter((k) => !(NARROWS[kind] ?? []).includes(k));
  // "Can I get a refund instead?" names the refund to choose it, not to ask when it comes.
  return kinds.includes('choose') && !/\b(?:when|how long|how soon)\b/i.test(question) ? kinds.filter((k) => k !== 'when') : kinds;
}

/**
 * Every kind of question the message asks, in the order answers are given. Each question is read on
 * its own, so "When does the address come? When do I get the new one?" asks both.
 */
export function caseQuestions(text: string): CaseQuestion[] {
  if (!asksSomething(text)) return [];
  const asked = new Set(questionsIn(text).flatMap(kindsOf));
  // Where it goes is part of the answer about when the collection or the address comes.
  if (asked.has('collection') || asked.has('addressWhen')) asked.delete('where');
  return KINDS.map(([kind]) => kind).filter((kind) => asked.has(kind));
}

/**
 * The questions in a message that none of the kinds above answers, as the customer wrote them (at
 * most three, each cut short): said back with the answers, so that none is skipped in silence.
 */
export function unansweredQuestions(text: string): string[] {
  if (!asksSomething(text)) return [];
  return asked(text)
    .filter(({ said, sentence }) => kindsOf(`${said}${sentence}`).length === 0)
    .map(({ sentence }) => sentence.replace(/^[\s>*•\d.)-]+/, '').trim())
    .filter((q) => q.length > 0)
    .slice(0, 3)
    .map((q) => (q.length > 160 ? `${q.slice(0, 157)}…` : q));
}

/**
 * The kinds whose answer says a colleague has the message (a day that suits for the collection, a
 * worry about the packaging): the chat passes the conversation on to staff for them, as email does.
 */
export function passesOn(kind: CaseQuestion, d: DecisionTerms): boolean {
  // The law, and how money moves, are for a person to say, whatever was decided.
  if (kind === 'rights' || kind === 'paymentMethod' || kind === 'contact' || kind === 'partOnly') return true;
  // Handled elsewhere: a colleague can say whom to contact. In review: a colleague has it already.
  if (d.outcome === 'referred') return true;
  if (d.outcome === 'review') return !['cost', 'when', 'photos', 'status', 'why'].includes(kind);
  if (d.outcome !== 'approved') return false;
  return (
    (kind === 'collection' && d.transport === 'collection') ||
    (kind === 'worry' && arrivalChecks(d) !== undefined) ||
    (kind === 'choose' && d.remedies.length > 1) ||
    (kind === 'customs' && !d.customerPays.includes('duties_taxes'))
  );
}

/** What a worry about the packaging or use can be about. */
const AS_RETURNED: readonly FactPath[] = [
  'item.used',
  'item.originalPackaging',
  'item.packagingUndamaged',
  'item.sealsIntact',
  'item.labelsAttached',
  'item.softwareOpened',
];

/**
 * The decision's sentence of what is checked when the product arrives, if the return has a condition
 * about its packaging or use (a warranty return checks only that it was not modified).
 */
function arrivalChecks(d: DecisionTerms): string | undefined {
  if (d.presumed && !d.presumed.some((p) => AS_RETURNED.includes(p))) return undefined;
  return d.notes.find((n) => /checked when it arrives/.test(n));
}

function costLines(d: DecisionTerms, merchant: string): string[] {
  const priced = d.customerPays.some((p) => p === 'repair_costs' || p === 'transport_costs');
  // Posted by the customer, nothing else charged: what comes back to them is not theirs to pay.
  const wayBack = d.transport === 'send' && d.customerPays.length === 0 && d.remedies.some((r) => r !== 'refund' && r !== 'credit');
  return [
    ANSWER_TEXT.youPay(paysText(d)),
    ...(wayBack ? [ANSWER_TEXT.wayBackFree(merchant)] : []),
    ...(d.restockingFeeMaxPercent !== undefined ? [ANSWER_TEXT.restocking(d.restockingFeeMaxPercent)] : []),
    ...(priced ? [ANSWER_TEXT.noPrice(merchant)] : []),
  ];
}

/**
 * The answer, as the confirmation email would give it. `ifDeclined`: what the channel offers a
 * customer whose return was not accepted (the chat: "talk to a person"; email: reply).
 */
export interface ChannelWords {
  /** What a declined return's answer offers (the chat: "talk to a person"; email: reply). */
  ifDeclined: string;
  /** How photos reach us from this channel. */
  photosHow: string;
  /** How to tell us now which remedy you want. */
  chooseHow: string;
  /** Said where a colleague needs to see the message (passesOn): the chat passes it on, email already has. */
  passedOn: string;
}

export function answerCaseQuestion(
  kind: CaseQuestion,
  d: DecisionTerms,
  merchant: Pick<Policy['merchant'], 'name' | 'returnAddress' | 'remedyAfter' | 'remedyChosenBy' | 'email' | 'phone'>,
  words: ChannelWords,
): string {
  const { ifDeclined } = words;
  if (kind === 'rights') return ANSWER_TEXT.rights(merchant.name);
  if (kind === 'paymentMethod') return ANSWER_TEXT.paymentMethod(merchant.name);
  if (kind === 'partOnly') return ANSWER_TEXT.partOnly(merchant.name);
  if (kind === 'contact') {
    const ways = [merchant.email, merchant.phone].filter((w): w is string => Boolean(w));
    return ways.length > 0 ? ANSWER_TEXT.contact(merchant.name, ways.join(' or ')) : ANSWER_TEXT.noContact(merchant.name);
  }
  if (kind === 'why' && d.outcome !== 'declined' && d.notes[0]) return d.notes[0];
  if (kind === 'status' && d.outcome === 'review') return `${ANSWER_TEXT.notYet(merchant.name)} ${ANSWER_TEXT.inReview}`;
  // The confirmation states the terms of a review too; everything about the parcel waits for the answer.
  if (d.outcome === 'review') {
    if (kind === 'cost') return costLines(d, merchant.name).join(' ');
    if (kind === 'when') return `${ANSWER_TEXT.inReview} ${ANSWER_TEXT.noDays(merchant.name)}`;
    if (kind === 'photos' && (d.photos ?? []).length > 0)
      return ANSWER_TEXT.photos(
        (d.photos ?? []).map((p) => PHOTO_LABELS[p]),
        words.photosHow,
      );
    return ANSWER_TEXT.inReview;
  }
  // Declined: every question gets why (the decision's first line), once.
  if (d.outcome === 'declined') return [ANSWER_TEXT.declined, ...d.notes.filter((n, i) => i === 0 || n.startsWith(REFUSAL_NOTE_START)), ifDeclined].join(' ');
  // Referred: the decision's first line says whom to contact instead.
  if (d.outcome !== 'approved') return d.notes[0] ? `${d.notes[0]} ${ANSWER_TEXT.handledElsewhere}` : `${ANSWER_TEXT.declined} ${ifDeclined}`;
  switch (kind) {
    case 'why':
      return d.notes[0] ?? '';
    case 'status':
      return ANSWER_TEXT.isApproved;
    case 'boxGone':
      return (d.photos ?? []).includes('packaging') ? `${ANSWER_TEXT.noConditions} ${ANSWER_TEXT.boxGonePhoto}` : ANSWER_TEXT.noConditions;
    case 'photos':
      return (d.photos ?? []).length > 0
        ? ANSWER_TEXT.photos(
            (d.photos ?? []).map((p) => PHOTO_LABELS[p]),
            words.photosHow,
          )
        : ANSWER_TEXT.noPhotos;
    case 'next':
      return nextStepsInSentences(nextSteps({ ...d, photos: d.photos ?? [] }, merchant)).join(' ');
    case 'choose': {
      const remedies = d.remedies.map((r) => REMEDY_LABELS[r]).join(', or ');
      if (d.remedies.length <= 1) return ANSWER_TEXT.nothingToChoose(remedies);
      // The decision's first line says what the remedy is ("replaced by a drive of the same type").
      if (merchant.remedyChosenBy === 'merchant') return [ANSWER_TEXT.merchantChooses(merchant.name, remedies), d.notes[0]].filter(Boolean).join(' ');
      return ANSWER_TEXT.choose(remedies, words.chooseHow);
    }
    case 'include': {
      // The steps last: Web Chat reads a line after a list as part of the list.
      const lines = [
        ...(d.documents.length > 0 ? [ANSWER_TEXT.documents(d.documents.map((doc) => DOCUMENT_LABELS[doc]))] : []),
        ...(d.packing.length > 0 ? [ANSWER_TEXT.packing(d.packing)] : []),
      ];
      return lines.length > 0 ? lines.join('\n\n') : ANSWER_TEXT.nothingToAdd;
    }
    case 'cost':
      return costLines(d, merchant.name).join(' ');
    case 'where':
      return nextSteps({ ...d, photos: [] }, merchant)[0]?.lines.join(' ') ?? NEXT_TEXT.sendWhere(merchant.name);
    case 'when': {
      const get =
        d.remedies.length > 0
          ? [ANSWER_TEXT.youGet(d.remedies.map((r) => REMEDY_LABELS[r]).join(', or ')), ANSWER_TEXT.after[merchant.remedyAfter](merchant.name)]
          : [];
      const promised =
        d.slaDays !== undefined
          ? [ANSWER_TEXT.promised(d.slaDays), ANSWER_TEXT.eachStep]
          : d.remedies.length > 0
            ? [ANSWER_TEXT.noDays(merchant.name)]
            : [ANSWER_TEXT.eachStep];
      return [...get, ...promised].join(' ');
    }
    case 'swap':
      return d.transport === 'collection' ? ANSWER_TEXT.noSwap.inspection(merchant.name) : ANSWER_TEXT.noSwap[merchant.remedyAfter](merchant.name);
    case 'collection':
      return d.transport === 'collection' ? ANSWER_TEXT.collection(merchant.name) : answerCaseQuestion('where', d, merchant, words);
    case 'addressWhen':
      return d.transport === 'send' && !merchant.returnAddress ? ANSWER_TEXT.addressWhen : answerCaseQuestion('where', d, merchant, words);
    case 'print': {
      const papers = d.documents.filter((doc) => doc !== 'rma_number_on_parcel').map((doc) => DOCUMENT_LABELS[doc]);
      return papers.length > 0 ? ANSWER_TEXT.print(papers) : ANSWER_TEXT.nothingToPrint(merchant.name);
    }
    case 'worry': {
      const checks = arrivalChecks(d);
      if (checks) return `${checks} ${ANSWER_TEXT.decidedOnArrival}`;
      return (d.photos ?? []).includes('packaging') ? `${ANSWER_TEXT.noConditions} ${ANSWER_TEXT.keepBoxForPhoto}` : ANSWER_TEXT.noConditions;
    }
    case 'customs': {
      const papers = d.documents.includes('signed_proforma_invoice')
        ? ANSWER_TEXT.proforma(DOCUMENT_LABELS.signed_proforma_invoice)
        : ANSWER_TEXT.noCustomsPapers;
      const duties = d.customerPays.includes('duties_taxes') ? ANSWER_TEXT.youPay(paysText(d)) : ANSWER_TEXT.dutiesUnknown(merchant.name);
      return `${papers} ${duties}`;
    }
    case 'invoice':
      return d.documents.includes('invoice_copy') ? ANSWER_TEXT.invoiceInParcel : ANSWER_TEXT.invoiceKept(merchant.name);
  }
}

/**
 * The answers to every kind a message asks, each said once (a declined return answers all alike);
 * then, once, the questions none answers (`open`, quoted back), or that a colleague has the message
 * where an answer needs one (passesOn) and the channel says so (`words.passedOn`).
 */
export function answerCaseQuestions(
  kinds: readonly CaseQuestion[],
  d: DecisionTerms,
  merchant: Pick<Policy['merchant'], 'name' | 'returnAddress' | 'remedyAfter' | 'remedyChosenBy' | 'email' | 'phone'>,
  words: ChannelWords,
  open: readonly string[] = [],
): string[] {
  const answers = [...new Set(kinds.map((kind) => answerCaseQuestion(kind, d, merchant, words)))];
  if (open.length > 0) return [...answers, ANSWER_TEXT.notAnswered([...open])];
  // A stated choice says itself that a colleague notes it (words.chooseHow).
  return kinds.some((kind) => kind !== 'choose' && passesOn(kind, d)) && words.passedOn ? [...answers, words.passedOn] : answers;
}
