// Questions about a return once it has its RMA number ("what goes in the box?", "who pays the
// postage?", "where do I send it?", "when do I get it back?"), asked in the chat or in a reply to our
// email. Only these few kinds are recognised, and each is answered from the case's own decision in
// the words of the confirmation email: a wrong answer here would send a parcel the wrong way, so
// anything else goes to a person.
import { EMAIL_TEXT } from '../notify/email-text';
import { NEXT_TEXT, nextSteps, nextStepsInSentences, paysText } from '../notify/next-steps';
import { DOCUMENT_LABELS, PHOTO_LABELS, REMEDY_LABELS, type Decision, type Policy } from '../rules';

export const ANSWER_TEXT = {
  youGet: (what: string) => `You can get ${what}.`,
  youPay: (what: string) => `You pay ${what}.`,
  documents: (documents: string[]) => `${NEXT_TEXT.documents}: ${documents.join('; ')}.`,
  packing: (steps: string[]) => `${EMAIL_TEXT.packing}:\n\n${steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}`,
  nothingToAdd: 'Nothing besides the product: just pack it well.',
  restocking: NEXT_TEXT.restocking,
  promised: (days: number) => `${NEXT_TEXT.slaLabel}: ${NEXT_TEXT.sla(days)}.`,
  eachStep: "We'll email you at each step, and your status page always shows where your return is.",
  inReview: `${EMAIL_TEXT.notApproved.review} Please don't send anything until then.`,
  declined: 'This return was not accepted, so there is nothing to send.',
  photos: (labels: string[], how: string) => `${NEXT_TEXT.photos}: ${labels.join('; ')}. ${how}`,
  noPhotos: 'We do not need photos for this return.',
  choose: (remedies: string, how: string) => `You choose once it has been inspected: ${remedies}. ${how}`,
  nothingToChoose: (remedies: string) => `What you get: ${remedies}.`,
  /** Asked "how much?" where the customer pays the work: the policies name no prices. */
  noPrice: (merchant: string) => `The policy gives no prices: ${merchant} tells you the amount when it accepts the work.`,
} as const;

/** The part of a decision the answers read (small enough to keep with a chat conversation). */
export type DecisionTerms = Pick<Decision, 'outcome' | 'remedies' | 'customerPays' | 'restockingFeeMaxPercent' | 'documents' | 'packing' | 'slaDays' | 'notes' | 'transport'> & { photos?: Decision['photos'] };

export function decisionTerms(d: Omit<Decision, 'trace'>): DecisionTerms {
  const { outcome, remedies, customerPays, restockingFeeMaxPercent, documents, packing, slaDays, notes, transport, photos } = d;
  return {
    outcome,
    photos,
    remedies,
    customerPays,
    documents,
    packing,
    notes,
    ...(restockingFeeMaxPercent !== undefined ? { restockingFeeMaxPercent } : {}),
    ...(slaDays !== undefined ? { slaDays } : {}),
    ...(transport !== undefined ? { transport } : {}),
  };
}

export type CaseQuestion = 'photos' | 'choose' | 'next' | 'include' | 'cost' | 'where' | 'when';

// In this order: "where do I put the invoice?" is about the parcel's contents, "how much is the
// shipping?" about money, "when do you collect it?" about where it goes.
const KINDS: [CaseQuestion, RegExp][] = [
  ['photos', /\b(?:photos?|pictures?|pics|images?)\b/i],
  ['next', /\b(?:what (?:do|should|must) (?:i|we) do(?: now| next)?|what (?:happens|now|next)|next steps?|should (?:i|we) (?:send|post|wait)|do (?:i|we) (?:send|post) it (?:now|already))\b/i],
  ['choose', /\b(?:(?:brand )?new|repaired|replaced|replacement|refund)\b[^.?!]{0,25}?\bor\b[^.?!]{0,25}?\b(?:new|repaired|replaced|replacement|refund|credit|fixed)\b|\b(?:rather|instead|prefer|choose|choice|(?:want|like) (?:a |the |my )?(?:refund|replacement|new one|repair|credit|money back))\b/i],
  ['include', /\b(?:include|enclose|invoice|receipt|documents?|paperwork|pack|packing|in(?:side)? the (?:box|parcel|package))\b/i],
  ['cost', /\b(?:cost|costs|how much|price|pays?|paying|postage|charged?|fees?|free)\b/i],
  ['where', /\b(?:where|address|collect(?:ed|ion)?|pick(?:ed)? ?up|courier|post it)\b/i],
  ['when', /\b(?:when|how long|how soon|new one|replacement|refund|repaired)\b/i],
];

/** A question, not a statement ("here is the photo of the dent" asks nothing). */
const ASKS = /\?|(?:^|[.!\n]\s*)(?:do|does|did|can|could|when|where|how|who|what|which|will|would|should|shall|is|are|am|may|must)\b/i;

/** Whether the message asks something (a question mark, or a sentence that opens like a question). */
export function asksSomething(text: string): boolean {
  return ASKS.test(text);
}

export function caseQuestion(text: string): CaseQuestion | undefined {
  return caseQuestions(text)[0];
}

/** Every kind of question the message asks, in the order answers are given. */
export function caseQuestions(text: string): CaseQuestion[] {
  if (!asksSomething(text)) return [];
  const kinds = KINDS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
  // "Can I get a refund instead?" names the refund to choose it, not to ask when it comes.
  return kinds.includes('choose') && !/\b(?:when|how long|how soon)\b/i.test(text) ? kinds.filter((k) => k !== 'when') : kinds;
}

function costLines(d: DecisionTerms, merchant: string): string[] {
  const priced = d.customerPays.some((p) => p === 'repair_costs' || p === 'transport_costs');
  return [
    ANSWER_TEXT.youPay(paysText(d)),
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
}

export function answerCaseQuestion(kind: CaseQuestion, d: DecisionTerms, merchant: Pick<Policy['merchant'], 'name' | 'returnAddress'>, words: ChannelWords): string {
  const { ifDeclined } = words;
  // The confirmation states the terms of a review too; everything about the parcel waits for the answer.
  if (d.outcome === 'review') {
    if (kind === 'cost') return costLines(d, merchant.name).join(' ');
    if (kind === 'photos' && (d.photos ?? []).length > 0) return ANSWER_TEXT.photos((d.photos ?? []).map((p) => PHOTO_LABELS[p]), words.photosHow);
    return ANSWER_TEXT.inReview;
  }
  if (d.outcome === 'declined') return `${ANSWER_TEXT.declined} ${ifDeclined}`;
  // Referred: the decision's first line says whom to contact instead.
  if (d.outcome !== 'approved') return d.notes[0] ?? `${ANSWER_TEXT.declined} ${ifDeclined}`;
  switch (kind) {
    case 'photos':
      return (d.photos ?? []).length > 0 ? ANSWER_TEXT.photos((d.photos ?? []).map((p) => PHOTO_LABELS[p]), words.photosHow) : ANSWER_TEXT.noPhotos;
    case 'next':
      return nextStepsInSentences(nextSteps({ ...d, photos: d.photos ?? [] }, merchant)).join(' ');
    case 'choose': {
      const remedies = d.remedies.map((r) => REMEDY_LABELS[r]).join(', or ');
      return d.remedies.length > 1 ? ANSWER_TEXT.choose(remedies, words.chooseHow) : ANSWER_TEXT.nothingToChoose(remedies);
    }
    case 'include': {
      // The steps last: Web Chat reads a line after a list as part of the list.
      const lines = [...(d.documents.length > 0 ? [ANSWER_TEXT.documents(d.documents.map((doc) => DOCUMENT_LABELS[doc]))] : []), ...(d.packing.length > 0 ? [ANSWER_TEXT.packing(d.packing)] : [])];
      return lines.length > 0 ? lines.join('\n\n') : ANSWER_TEXT.nothingToAdd;
    }
    case 'cost':
      return costLines(d, merchant.name).join(' ');
    case 'where':
      return nextSteps({ ...d, photos: [] }, merchant)[0]?.lines.join(' ') ?? NEXT_TEXT.sendWhere(merchant.name);
    case 'when': {
      const get = d.remedies.length > 0 ? [ANSWER_TEXT.youGet(d.remedies.map((r) => REMEDY_LABELS[r]).join(', or '))] : [];
      const promised = d.slaDays !== undefined ? [ANSWER_TEXT.promised(d.slaDays)] : [];
      return [...get, ...promised, ANSWER_TEXT.eachStep].join(' ');
    }
  }
}
