// Questions about a return once it has its RMA number ("what goes in the box?", "who pays the
// postage?", "where do I send it?", "when do I get it back?"), asked in the chat or in a reply to our
// email. Only these few kinds are recognised, and each is answered from the case's own decision in
// the words of the confirmation email: a wrong answer here would send a parcel the wrong way, so
// anything else goes to a person.
import { nextSteps, nextStepsInSentences, nextTextIn, paysText } from '../notify/next-steps';
import { DOCUMENT_LABELS, PHOTO_LABELS, REFUSAL_NOTE_START, REMEDY_LABELS, type Decision, type FactPath, type Policy } from '../rules';
import { ANSWER_TEXT, answerTextIn } from './case-answer-text';
import type { Language } from '../extract/language';
import { listIn, noteIn } from '../i18n/policy-text';
import type { CaseQuestion } from './question-kinds';

export { ANSWER_TEXT, quotedIn } from './case-answer-text';
export { asksSomething, caseQuestion, caseQuestions, namesHazard, unansweredQuestions, type CaseQuestion } from './question-kinds';

/** What can be answered before any decision (a case still with a colleague): none of it depends on one. */
export const ANSWERED_WITHOUT_DECISION: readonly CaseQuestion[] = ['wipeData', 'safety', 'ownThings', 'serialWhere', 'replyWhen'];

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

/**
 * The kinds whose answer says a colleague has the message (a day that suits for the collection, a
 * worry about the packaging): the chat passes the conversation on to staff for them, as email does.
 */
export function passesOn(kind: CaseQuestion, d: DecisionTerms): boolean {
  // The law, and how money moves, are for a person to say, whatever was decided.
  if (
    kind === 'rights' ||
    kind === 'paymentMethod' ||
    kind === 'contact' ||
    kind === 'partOnly' ||
    kind === 'quoteFirst' ||
    kind === 'homeService' ||
    kind === 'dropOff' ||
    kind === 'buyNew' ||
    kind === 'boughtAbroad'
  )
    return true;
  if (kind === 'otherProof') return d.documents.includes('invoice_copy');
  if (kind === 'tellSeller') return false;
  // A detail or a choice the customer gives goes on the case, whatever was decided.
  if (kind === 'details' || kind === 'detailsGiven' || kind === 'chosen' || kind === 'correction' || kind === 'oneRma' || kind === 'noEmail') return true;
  // Handled elsewhere: a colleague can say whom to contact. In review: a colleague has it already.
  if (d.outcome === 'referred') return true;
  if (d.outcome === 'review') return !['cost', 'when', 'photos', 'status', 'why'].includes(kind);
  if (d.outcome !== 'approved') return false;
  return (
    (kind === 'accessories' && !d.packing.some((step) => /\baccessor/i.test(step))) ||
    (kind === 'collection' && d.transport === 'collection') ||
    (kind === 'worry' && arrivalChecks(d) !== undefined) ||
    (kind === 'choose' && d.remedies.length > 1) ||
    (kind === 'ifNotPossible' && d.remedies.length > 0) ||
    kind === 'ifNotCovered' ||
    kind === 'keepIt' ||
    kind === 'collectionWish' ||
    (kind === 'customs' && !d.customerPays.includes('duties_taxes'))
  );
}

/** The questions about a parcel: a code or download has none. */
const PARCEL_KINDS: readonly CaseQuestion[] = [
  'packaging',
  'include',
  'print',
  'shipHow',
  'accessories',
  'collection',
  'collectionWish',
  'where',
  'addressWhen',
  'wholeProduct',
  'keepUntil',
  'boxGone',
  'homeService',
  'dropOff',
  'ownThings',
];

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

function costLines(d: DecisionTerms, merchant: string, language?: Language): string[] {
  const A = answerTextIn(language);
  const priced = d.customerPays.some((p) => p === 'repair_costs' || p === 'transport_costs');
  // Posted by the customer, nothing else charged: what comes back to them is not theirs to pay.
  const wayBack = d.transport === 'send' && d.customerPays.length === 0 && d.remedies.some((r) => r !== 'refund' && r !== 'credit');
  return [
    A.youPay(paysText(d, language)),
    ...(wayBack ? [A.wayBackFree(merchant)] : []),
    ...(d.restockingFeeMaxPercent !== undefined ? [A.restocking(d.restockingFeeMaxPercent)] : []),
    ...(priced ? [A.noPrice(merchant)] : []),
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
  /** The language the answers are said in (the conversation's or the case's); absent: English. */
  language?: Language;
}

/** Merchant terms the answers read. */
type AnswerMerchant = Pick<
  Policy['merchant'],
  'name' | 'kind' | 'returnAddress' | 'shipsBackFree' | 'remedyAfter' | 'remedyChosenBy' | 'email' | 'phone' | 'afterApproval'
>;

/** "By card?", "how do I pay?": how money moves, as far as the merchant's terms say it. */
function moneyAnswer(d: DecisionTerms, merchant: AnswerMerchant, language?: Language): string {
  const A = answerTextIn(language);
  const say = (english: string) => noteIn(language, english, {});
  const { creditOrRefund, paidWork } = merchant.afterApproval;
  const paysWork = d.customerPays.some((p) => p === 'repair_costs' || p === 'transport_costs');
  if (paysWork && paidWork) return say(paidWork);
  if (d.remedies.includes('credit') && creditOrRefund) return `${say(creditOrRefund)} ${A.refundHowUnsaid}`;
  if (d.remedies.includes('refund')) return `${A.youGet(say(REMEDY_LABELS.refund))} ${A.refundHowUnsaid}`;
  return ANSWER_TEXT.paymentMethod(merchant.name);
}

/** The decision's own words about time ("within 10 days of the return", "as soon as possible"), if it has them. */
function timeNote(d: DecisionTerms): string | undefined {
  // Not "you told us within 7 days of delivery": that is when the customer wrote, not when anything comes.
  return d.notes.find((n) => /\b(?:within \d+ days of (?:the|your) return|as soon as possible)\b/i.test(n));
}

export function answerCaseQuestion(kind: CaseQuestion, d: DecisionTerms, merchant: AnswerMerchant, words: ChannelWords): string {
  const { ifDeclined, language } = words;
  // Said in the customer's language: the answers' own words, and the decision's and the policy's by their English.
  const A = answerTextIn(language);
  const say = (english: string) => noteIn(language, english, {});
  const remediesIn = () => d.remedies.map((r) => say(REMEDY_LABELS[r])).join(language === 'de' ? ' oder ' : language === 'fr' ? ' ou ' : ', or ');
  if (kind === 'rights') return merchant.kind === 'manufacturer' ? A.rightsSeller(merchant.name) : A.rights(merchant.name);
  if (kind === 'paymentMethod') return moneyAnswer(d, merchant, language);
  if (kind === 'details') return A.details;
  if (kind === 'serialWhere') return A.serialWhere;
  if (kind === 'noEmail') return A.noEmail;
  if (kind === 'safety') return A.safety;
  if (kind === 'wipeData') return A.wipeData;
  if (kind === 'detailsGiven') return A.detailsGiven;
  if (kind === 'correction') return A.correction;
  if (kind === 'oneRma') return A.oneRma;
  if (kind === 'partOnly') return A.partOnly(merchant.name);
  if (kind === 'buyNew') return A.buyNew(merchant.name);
  if (kind === 'boughtAbroad') return A.boughtAbroad(merchant.name);
  if (kind === 'replyWhen') return A.replyWhen(merchant.name);
  if (kind === 'quoteFirst' && d.outcome === 'review') return A.quoteUnsaid(merchant.name);
  // Said by the merchant's own terms (Plextor: "the warranty of the original drive is … taken over by the replacement").
  if (kind === 'warrantyAfter') return say(merchant.afterApproval.replacementWarranty ?? '') || A.notSaid(merchant.name);
  if (kind === 'homeService') return A.homeService(merchant.name, d.transport === 'collection');
  if (kind === 'dropOff') return A.dropOff(merchant.name, d.transport === 'collection');
  if (kind === 'contact') {
    // Handled elsewhere: whose contact is wanted is theirs, not the merchant's.
    if (d.outcome === 'referred') return [d.notes[0] && say(d.notes[0]), A.handledElsewhere].filter(Boolean).join(' ');
    const ways = [merchant.email, merchant.phone].filter((w): w is string => Boolean(w));
    return ways.length > 0 ? A.contact(merchant.name, listIn(language, ways, 'or')) : A.noContact(merchant.name);
  }
  if (kind === 'why' && d.outcome !== 'declined' && d.notes[0]) return say(d.notes[0]);
  if (kind === 'status' && d.outcome === 'review') return `${A.notYet(merchant.name)} ${A.inReview}`;
  // "Is it still covered?": the decision's own first line says on what terms.
  if (kind === 'covered' && d.outcome === 'review') return `${A.notYet(merchant.name)} ${A.inReview}`;
  // The confirmation states the terms of a review too; everything about the parcel waits for the answer.
  if (d.outcome === 'review') {
    if (kind === 'cost') return costLines(d, merchant.name, language).join(' ');
    if (kind === 'when') return `${A.inReview} ${A.noDays(merchant.name)}`;
    // "Do I need the original box?": the conditions it would come back on, if accepted.
    if ((kind === 'worry' || kind === 'boxGone' || kind === 'packaging') && arrivalChecks(d))
      return `${A.inReview} ${A.ifAccepted(say(arrivalChecks(d) as string))}`;
    if (kind === 'photos' && (d.photos ?? []).length > 0)
      return A.photos(
        (d.photos ?? []).map((p) => say(PHOTO_LABELS[p])),
        words.photosHow,
      );
    return A.inReview;
  }
  // Declined: every question gets why (the decision's first line), once.
  // Declined: no remedy either; asked why, the reason without "nothing to send".
  if (d.outcome === 'declined' && ['choose', 'chosen', 'amountBack', 'exchange', 'keepIt'].includes(kind)) return [A.declinedNoRemedy, ifDeclined].join(' ');
  if (d.outcome === 'declined' && ['why', 'status', 'covered'].includes(kind))
    return [...d.notes.filter((n, i) => i === 0 || n.startsWith(REFUSAL_NOTE_START)).map(say), ifDeclined].join(' ');
  if (d.outcome === 'declined') return [A.declined, ...d.notes.filter((n, i) => i === 0 || n.startsWith(REFUSAL_NOTE_START)).map(say), ifDeclined].join(' ');
  // Where the invoice is asked for, what follows if the date cannot be shown is the merchant's own term.
  if (kind === 'otherProof')
    return d.documents.includes('invoice_copy')
      ? [A.otherProof(merchant.name), merchant.afterApproval.ifNotCovered && say(merchant.afterApproval.ifNotCovered)].filter(Boolean).join(' ')
      : merchant.kind === 'manufacturer'
        ? A.proofFromReceipt(merchant.name)
        : A.proofFromOrder(merchant.name);
  // A code or download: nothing is collected, packed or posted, whatever is asked about the parcel.
  if (d.outcome === 'approved' && d.transport === 'none' && PARCEL_KINDS.includes(kind)) return nextTextIn(language).nothingToSend(merchant.name);
  if (kind === 'tellSeller') return merchant.kind === 'manufacturer' ? A.tellSeller(merchant.name) : A.sellerIsUs(merchant.name);
  if (kind === 'shipHow' && d.outcome === 'approved') {
    if (d.transport === 'collection') return A.collectedNotPosted(merchant.name);
    // The policy's own word on the risk of transport, where its packing steps give one.
    const risk = d.packing.find((step) => /\b(?:tracked|insured|risk|loss or damage)\b/i.test(step));
    // "Can I post it on Monday?" with no address yet: the address comes first.
    const address = d.transport === 'send' && !merchant.returnAddress ? [A.addressWhen] : [];
    return [...address, A.anyCarrier(merchant.name), risk && say(risk)].filter(Boolean).join(' ');
  }
  // Referred: nothing comes to us, so no photos either.
  if (d.outcome === 'referred' && kind === 'photos') return A.noPhotosReferred;
  // Referred: asked what only whoever handles it can say (how long, the collection, the packing), say so.
  if (d.outcome === 'referred' && !['why', 'seller', 'next', 'status', 'covered', 'choose', 'chosen', 'contact', 'where', 'addressWhen'].includes(kind))
    return A.notOurs(merchant.name);
  // Referred: the decision's first line says whom to contact instead.
  if (d.outcome !== 'approved') return d.notes[0] ? `${say(d.notes[0])} ${A.handledElsewhere}` : `${A.declined} ${ifDeclined}`;
  switch (kind) {
    case 'why':
      return say(d.notes[0] ?? '');
    case 'status':
      return A.isApproved;
    case 'modify':
      return A.dontModify;
    case 'keepUntil':
      return (d.presumed ?? []).includes('item.used')
        ? A.keepUnused
        : A.keepUntil[d.transport === 'collection' ? 'collection' : merchant.remedyAfter](merchant.name);
    case 'exchange': {
      const same = d.remedies.filter((r) => r === 'correct_product' || r === 'replace' || r === 'replace_new');
      const remedies = remediesIn();
      return same.length > 0 ? A.exchangeSame(remedies) : A.noExchange(remedies);
    }
    case 'amountBack': {
      if (!d.remedies.some((r) => r === 'refund' || r === 'credit')) return costLines(d, merchant.name, language).join(' ');
      const restocking = d.restockingFeeMaxPercent !== undefined ? [A.lessRestocking(d.restockingFeeMaxPercent)] : [];
      return A.amountBack(restocking, d.customerPays.includes('original_shipping'));
    }
    case 'ownThings':
      return A.ownThings;
    case 'wholeProduct':
      return `${A.wholeProduct} ${A.sendOnlyPart}`;
    case 'packaging':
      return d.transport === 'collection' ? `${A.outerBox} ${A.packedForCourier}` : A.outerBox;
    case 'collectionWish':
      return d.transport === 'collection' ? A.collectionNoted(merchant.name) : A.detailsGiven;
    case 'keepIt':
      return A.keepIt(merchant.name);
    case 'quoteFirst':
      return A.quoteUnsaid(merchant.name);
    case 'ifNotCovered':
      return merchant.afterApproval.ifNotCovered ? say(merchant.afterApproval.ifNotCovered) : A.notSaid(merchant.name);
    case 'ifNotPossible': {
      const ifNot = ifNotRepairable(d) ?? merchant.afterApproval.ifNotPossible;
      return ifNot ? say(ifNot) : A.notSaid(merchant.name);
    }
    case 'chosen': {
      const remedies = remediesIn();
      if (d.remedies.length <= 1) return A.nothingToChoose(remedies);
      if (merchant.remedyChosenBy === 'merchant') return `${A.merchantChooses(merchant.name, remedies)} ${A.wishNoted}`;
      return A.choiceNoted(remedies);
    }
    case 'accessories': {
      // The policy's own packing line where it has one ("include all accessories…"); else a colleague says.
      const line = d.packing.find((step) => /\baccessor/i.test(step));
      return line ? `${A.accessoriesYes} ${say(line)}` : A.accessoriesUnsaid(merchant.name);
    }
    case 'seller':
      return merchant.kind === 'manufacturer' ? A.sellerToo(merchant.name) : A.sellerIsUs(merchant.name);
    case 'covered':
      return `${A.isCovered} ${say(d.notes[0] ?? '')}`.trim();
    case 'boxGone':
      return (d.photos ?? []).includes('packaging') ? `${A.noConditions} ${A.boxGonePhoto}` : A.noConditions;
    case 'photos':
      return (d.photos ?? []).length > 0
        ? A.photos(
            (d.photos ?? []).map((p) => say(PHOTO_LABELS[p])),
            words.photosHow,
          )
        : A.noPhotos;
    case 'next':
      return nextStepsInSentences(nextSteps({ ...d, photos: d.photos ?? [] }, merchant, language), language).join(' ');
    // "Could I get my money back instead?": where no refund is offered, a plain no (blind run BM); else what can be chosen.
    case 'refundAsked':
      return d.remedies.includes('refund') ? answerCaseQuestion('choose', d, merchant, words) : A.noRefund(merchant.name);
    case 'choose': {
      const remedies = remediesIn();
      if (d.remedies.length <= 1) return A.nothingToChoose(remedies);
      // The decision's first line says what the remedy is ("replaced by a drive of the same type").
      if (merchant.remedyChosenBy === 'merchant') return [A.merchantChooses(merchant.name, remedies), d.notes[0] && say(d.notes[0])].filter(Boolean).join(' ');
      const ifNot = ifNotRepairable(d);
      return A.choose(remedies, [ifNot && say(ifNot), words.chooseHow].filter(Boolean).join(' '));
    }
    case 'include': {
      // The steps last: Web Chat reads a line after a list as part of the list.
      const lines = [
        ...(d.documents.length > 0 ? [A.documents(d.documents.map((doc) => say(DOCUMENT_LABELS[doc])))] : []),
        ...(d.packing.length > 0 ? [A.packing(d.packing.map(say))] : []),
      ];
      return lines.length > 0 ? lines.join('\n\n') : A.nothingToAdd;
    }
    case 'cost':
      return costLines(d, merchant.name, language).join(' ');
    case 'where':
      return nextSteps({ ...d, photos: [] }, merchant, language)[0]?.lines.join(' ') ?? nextTextIn(language).sendWhere(merchant.name);
    case 'when': {
      const said = timeNote(d);
      // The policy's own words on the time ("once inspected you choose: … done as soon as possible") say what comes, and when.
      const get =
        d.remedies.length > 0 && !said ? [A.youGet(remediesIn()), A.after[d.transport === 'none' ? 'cancelled' : merchant.remedyAfter](merchant.name)] : [];
      const promised = said
        ? [say(said), A.eachStep]
        : d.slaDays !== undefined
          ? [A.promised(d.slaDays), A.eachStep]
          : d.remedies.length > 0
            ? [A.noDays(merchant.name)]
            : [A.eachStep];
      return [...get, ...promised].join(' ');
    }
    case 'swap':
      return d.transport === 'collection' ? A.noSwap.inspection(merchant.name) : A.noSwap[merchant.remedyAfter](merchant.name);
    case 'collection':
      return d.transport === 'collection' ? A.collection(merchant.name) : answerCaseQuestion('where', d, merchant, words);
    case 'addressWhen':
      return d.transport === 'send' && !merchant.returnAddress ? A.addressWhen : answerCaseQuestion('where', d, merchant, words);
    case 'print': {
      const papers = d.documents.filter((doc) => doc !== 'rma_number_on_parcel').map((doc) => say(DOCUMENT_LABELS[doc]));
      if (papers.length > 0) return A.print(papers);
      return d.transport === 'send' ? `${A.nothingToPrint(merchant.name)} ${A.ownLabel}` : A.nothingToPrint(merchant.name);
    }
    case 'worry': {
      const checks = arrivalChecks(d);
      if (checks) return `${say(checks)} ${A.decidedOnArrival}`;
      return (d.photos ?? []).includes('packaging') ? `${A.noConditions} ${A.keepBoxForPhoto}` : A.noConditions;
    }
    case 'customs': {
      const papers = d.documents.includes('signed_proforma_invoice') ? A.proforma(say(DOCUMENT_LABELS.signed_proforma_invoice)) : A.noCustomsPapers;
      const duties = d.customerPays.includes('duties_taxes') ? A.youPay(paysText(d, language)) : A.dutiesUnknown(merchant.name);
      return `${papers} ${duties}`;
    }
    case 'invoice':
      return d.documents.includes('invoice_copy') ? A.invoiceInParcel : A.invoiceKept(merchant.name);
    case 'shipHow':
      return answerCaseQuestion('where', d, merchant, words);
  }
}

/**
 * The decision's own line on what happens if it cannot be repaired, where a clause adds one for this
 * case (an Unboxed Deal is replaced by another, not by a new product): it says more than the merchant's
 * general line.
 */
function ifNotRepairable(d: DecisionTerms): string | undefined {
  return d.notes.find((note) => /\bif it cannot be repaired\b/i.test(note));
}

/**
 * Each sentence said once across the answers: two kinds whose answers share a sentence ("The parcel
 * needs: …" for both "what goes in?" and "what next?") do not repeat it; an answer left empty goes.
 */
function saidOnce(answers: readonly string[]): string[] {
  const said = new Set<string>();
  const out: string[] = [];
  for (const answer of answers) {
    const lines = answer.split('\n').map((line) => {
      // Numbered steps and list lines are kept whole; prose is weighed sentence by sentence.
      if (/^\s*(?:\d+\.|-)\s/.test(line) || line.trim() === '') return line;
      return line
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => (said.has(sentence) ? false : (said.add(sentence), true)))
        .join(' ');
    });
    const kept = lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    // A list repeated whole (the packing steps) is dropped with its heading.
    if (kept && !out.some((earlier) => earlier.includes(kept))) out.push(kept);
  }
  return out;
}

/** A remedy asked for is noted only where the decision leaves a choice; otherwise the decision says what they get. */
export function worthNoting(kinds: readonly CaseQuestion[], d: Pick<DecisionTerms, 'remedies'>): CaseQuestion[] {
  return kinds.filter((kind) => kind !== 'chosen' || d.remedies.length > 1);
}

/**
 * The answers to every kind a message asks, each said once (a declined return answers all alike);
 * then, once, the questions none answers (`open`, quoted back), or that a colleague has the message
 * where an answer needs one (passesOn) and the channel says so (`words.passedOn`).
 */
export function answerCaseQuestions(
  kinds: readonly CaseQuestion[],
  d: DecisionTerms,
  merchant: AnswerMerchant,
  words: ChannelWords,
  open: readonly string[] = [],
): string[] {
  // A wish for the collection said already is not invited again in the same reply.
  const said = kinds.includes('collectionWish');
  // "Must I return the whole toaster? Can't you just send the tray?": the part is asked for, not offered.
  const partAsked = kinds.includes('partOnly');
  const A = answerTextIn(words.language);
  // The photos asked about are answered once, by their own answer: "what next?" leaves its photos step
  // out (it was split from its list, and "Take them before you pack it" followed the parcel; blind run BG).
  const photosStep = kinds.includes('photos')
    ? nextStepsInSentences(
        nextSteps({ ...d, photos: d.photos ?? [] }, merchant, words.language).filter((step) => step.kind === 'photos'),
        words.language,
      )[0]
    : undefined;
  const answers = saidOnce(
    kinds
      .map((kind) => answerCaseQuestion(kind, d, merchant, words))
      .map((a) => (photosStep ? a.replace(` ${photosStep}`, '').replace(photosStep, '') : a))
      .map((a) => (said ? a.replace(` ${A.collectionInvite}`, '') : a))
      .map((a) => (partAsked ? a.replace(` ${A.sendOnlyPart}`, '') : a)),
  );
  if (open.length > 0) return [...answers, A.notAnswered([...open])];
  // A stated choice says itself that a colleague notes it (words.chooseHow).
  const saysItself: readonly CaseQuestion[] = ['choose', 'chosen', 'details', 'detailsGiven', 'collectionWish', 'correction', 'oneRma', 'noEmail'];
  return kinds.some((kind) => !saysItself.includes(kind) && passesOn(kind, d)) && words.passedOn ? [...answers, words.passedOn] : answers;
}
