// Questions about a return once it has its RMA number. Only a few kinds are recognised, and each is
// answered from the case's own decision: a wrong answer here would send a parcel the wrong way, so
// whatever is not clearly one of them gets the usual reply and the status link instead.
import { customerView, type Case } from '../shared/cases/case';
import type { CaseStatus } from '../shared/cases/status';
import { DOCUMENT_LABELS, REMEDY_LABELS, type Decision, type Policy } from '../shared/rules';
import { NEXT_TEXT, nextSteps, paysText } from '../shared/notify/next-steps';
import { PROMPTS } from './prompts';

/**
 * The part of the decision the answers need, kept with the conversation (its trace is far too big):
 * the decision the chat last told the customer of, to notice when the case has moved on since.
 */
export type ChatDecision = Pick<Decision, 'outcome' | 'remedies' | 'customerPays' | 'restockingFeeMaxPercent' | 'documents' | 'packing' | 'slaDays' | 'notes' | 'transport'>;

export function chatDecision(d: Omit<Decision, 'trace'>): ChatDecision {
  const { outcome, remedies, customerPays, restockingFeeMaxPercent, documents, packing, slaDays, notes, transport } = d;
  return {
    outcome,
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

/** The case as it stands now: where it is, and the decision the customer has been told of. */
export interface CaseNow {
  status: CaseStatus;
  decision: ChatDecision;
}

export function caseNow(c: Case): CaseNow {
  // The customer's view: while a case is in review, a reassessment waits for staff's answer, and the
  // status page still shows the review; the chat says the same.
  const view = customerView(c, c.policy);
  return { status: view.status, decision: chatDecision(view.decision) };
}

/** Everything the answers read, keys sorted (a kept decision has been through JSON), so any change shows. */
function terms(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(terms).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${terms(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What has changed since the chat last told the customer of the decision (staff approved or declined
 * a review, or reassessed the case), in a sentence; undefined when nothing has. A cancelled case is
 * the caller's to say (nothing is answered about it).
 */
export function movedOn(rma: string, told: ChatDecision, now: ChatDecision): string | undefined {
  if (now.outcome !== told.outcome) {
    const outcome = now.outcome;
    if (outcome === 'approved' || outcome === 'declined' || outcome === 'review') return PROMPTS.after.movedOn[outcome](rma);
    return PROMPTS.after.movedOn.changed(rma);
  }
  return terms(now) === terms(told) ? undefined : PROMPTS.after.movedOn.changed(rma);
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
  const pays = PROMPTS.youPay(paysText(d));
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
      return nextSteps({ ...d, photos: [] }, merchant)[0]?.lines.join(' ') ?? NEXT_TEXT.sendWhere(merchant.name);
    case 'when': {
      const get = d.remedies.length > 0 ? [PROMPTS.youGet(d.remedies.map((r) => REMEDY_LABELS[r]).join(', or '))] : [];
      const promised = d.slaDays !== undefined ? [PROMPTS.after.promised(d.slaDays)] : [];
      return [...get, ...promised, PROMPTS.after.eachStep].join(' ');
    }
  }
}
