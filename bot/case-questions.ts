// Questions about a return once it has its RMA number. Only a few kinds are recognised, and each is
// answered from the case's own decision: a wrong answer here would send a parcel the wrong way, so
// whatever is not clearly one of them gets the usual reply and the status link instead.
import { CUSTOMER_PAYS_LABELS, DOCUMENT_LABELS, REMEDY_LABELS, type Decision, type Policy } from '../shared/rules';
import { PROMPTS } from './prompts';

/** The part of the decision the answers need, kept with the conversation (its trace is far too big). */
export type ChatDecision = Pick<Decision, 'outcome' | 'remedies' | 'customerPays' | 'restockingFeeMaxPercent' | 'documents' | 'packing' | 'slaDays' | 'notes'>;

export function chatDecision(d: Decision): ChatDecision {
  const { outcome, remedies, customerPays, restockingFeeMaxPercent, documents, packing, slaDays, notes } = d;
  return {
    outcome,
    remedies,
    customerPays,
    documents,
    packing,
    notes,
    ...(restockingFeeMaxPercent !== undefined ? { restockingFeeMaxPercent } : {}),
    ...(slaDays !== undefined ? { slaDays } : {}),
  };
}

export type CaseQuestion = 'include' | 'cost' | 'where' | 'when';

// In this order: "where do I put the invoice?" is about the parcel's contents, "how much is the
// shipping?" about money, "when do you collect it?" about where it goes.
const KINDS: [CaseQuestion, RegExp][] = [
  ['include', /\b(?:include|enclose|invoice|receipt|documents?|paperwork|pack|packing|in(?:side)? the (?:box|parcel|package))\b/i],
  ['cost', /\b(?:cost|costs|how much|price|pays?|paying|postage|charged?|fees?|free)\b/i],
  ['where', /\b(?:where|address|collect(?:ed|ion)?|pick(?:ed)? ?up)\b/i],
  ['when', /\b(?:when|how long|how soon|new one|replacement|refund|repaired)\b/i],
];

export function caseQuestion(text: string): CaseQuestion | undefined {
  return KINDS.find(([, pattern]) => pattern.test(text))?.[0];
}

function costLines(d: ChatDecision): string[] {
  const pays = d.customerPays.length > 0 ? PROMPTS.youPay(d.customerPays.map((p) => CUSTOMER_PAYS_LABELS[p]).join('; ')) : PROMPTS.youPayNothing;
  return [pays, ...(d.restockingFeeMaxPercent !== undefined ? [PROMPTS.after.restocking(d.restockingFeeMaxPercent)] : [])];
}

/** The answer, as the confirmation email would give it. */
export function answerCaseQuestion(kind: CaseQuestion, d: ChatDecision, merchant: Policy['merchant']): string {
  // The confirmation states the terms of a review too; everything about the parcel waits for the answer.
  if (d.outcome === 'review') return kind === 'cost' ? costLines(d).join(' ') : PROMPTS.after.inReview;
  if (d.outcome === 'declined') return PROMPTS.after.declined;
  // Referred: the decision's first line says whom to contact instead.
  if (d.outcome !== 'approved') return d.notes[0] ?? PROMPTS.after.declined;
  switch (kind) {
    case 'include': {
      // The steps last: Web Chat reads a line after a list as part of the list.
      const lines = [...(d.documents.length > 0 ? [PROMPTS.after.documents(d.documents.map((doc) => DOCUMENT_LABELS[doc]))] : []), ...(d.packing.length > 0 ? [PROMPTS.after.packing(d.packing)] : [])];
      return lines.length > 0 ? lines.join('\n\n') : PROMPTS.after.nothingToAdd;
    }
    case 'cost':
      return costLines(d).join(' ');
    case 'where':
      return merchant.returnAddress ? PROMPTS.after.returnAddress(merchant.returnAddress) : PROMPTS.after.noAddress(merchant.name);
    case 'when': {
      const get = d.remedies.length > 0 ? [PROMPTS.youGet(d.remedies.map((r) => REMEDY_LABELS[r]).join(', or '))] : [];
      const promised = d.slaDays !== undefined ? [PROMPTS.after.promised(d.slaDays)] : [];
      return [...get, ...promised, PROMPTS.after.eachStep].join(' ');
    }
  }
}
