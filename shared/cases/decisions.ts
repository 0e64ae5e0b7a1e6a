// Decisions made after the first: staff deciding a review, and a reassessment with facts learned
// on inspection. Both run the rules with the policy as it is now; the decision records its version.
import { flatFacts, takeIn } from '../intake/intake';
import { evaluate, flattenFacts, InvalidFactsError, nestFacts, parseFacts, type Decision, type Effect, type EvaluableFacts, type Policy } from '../rules';
import type { Case } from './case';
import { CaseError, IncompleteFactsError } from './errors';

export function policyOf(policies: ReadonlyMap<string, Policy>, c: Case): Policy {
  const policy = policies.get(c.policy);
  if (!policy) throw new CaseError(`case ${c.rma} is under policy ${c.policy}, which the desk does not have`);
  return policy;
}

/** The review clause's effect as it reads once the merchant decided it: its `afterReview` ending. */
function decidedEffect(then: Effect, outcome: 'approved' | 'declined'): Effect {
  const after = then.afterReview;
  if (!after) return { ...then, outcome };
  return outcome === 'approved'
    ? { ...then, outcome, remedies: after.approved.remedies, notes: after.approved.notes }
    : { ...then, outcome, notes: after.declined.notes };
}

/**
 * The decision of a review case once staff have decided it. The rules run again with the clause
 * that sent the case to review deciding staff's way — with the remedies and lines its
 * `afterReview` gives for that ending — so an approval gets the policy's documents, packing lines
 * and notes exactly as a direct approval does (and a refusal the notes a refusal gets). If the
 * policy has changed so that another clause decides now, staff's outcome is set on the decision as
 * it was.
 */
export function reviewedDecision(policy: Policy, c: Case, outcome: 'approved' | 'declined'): Decision {
  const decider = c.decision.clauses[0];
  const variant: Policy = {
    ...policy,
    clauses: policy.clauses.map((cl) =>
      cl.id === decider && cl.decides ? { ...cl, decides: { ...cl.decides, then: decidedEffect(cl.decides.then, outcome) } } : cl,
    ),
  };
  const derived = evaluate(variant, c.facts);
  const decision = derived.outcome === outcome && derived.clauses[0] === decider ? derived : { ...c.decision, outcome };
  if (outcome === 'approved') return decision;
  // Refused: nothing to get, pay, send or photograph.
  const { restockingFeeMaxPercent: _fee, slaDays: _sla, transport: _transport, ...refused } = decision;
  return { ...refused, remedies: [], customerPays: [], documents: [], photos: [], packing: [] };
}

/**
 * The facts with what staff learned merged in, and the rules' decision on them. The policy stays the
 * case's, and `asOf` stays the day the customer told us: time limits count to the notice, not to the
 * inspection. Facts that do not validate throw InvalidFactsError naming the field; facts that leave
 * the rules undecided throw IncompleteFactsError.
 */
export function reassessedDecision(policy: Policy, c: Case, learned: Record<string, unknown>): { facts: EvaluableFacts; decision: Decision } {
  // The intake every channel uses; staff are told what does not validate rather than have it dropped.
  const policies = new Map([[policy.id, policy]]);
  const intake = takeIn(policy, flatFacts(c.facts), flattenFacts(learned), c.facts.asOf, policies);
  const [refused] = intake.refused;
  if (refused) throw new InvalidFactsError(refused.field, refused.problem);
  const { facts } = parseFacts({ ...nestFacts(intake.facts), policy: policy.id, asOf: c.facts.asOf }, { today: c.facts.asOf, policies });
  const decision = intake.decision;
  if (decision.outcome === 'need_info') throw new IncompleteFactsError(decision.missing);
  // Staff approved this case's review: the approval stands while the rules send it to the same review.
  const approvedReview =
    decision.outcome === 'review' &&
    c.history.some((h) => h.action === 'approve') &&
    (c.previousDecisions ?? []).some((d) => d.outcome === 'review' && d.clauses[0] === decision.clauses[0]);
  return { facts, decision: approvedReview ? reviewedDecision(policy, { ...c, facts, decision }, 'approved') : decision };
}

/** Whether what the customer gets or pays differs between two decisions. */
export function termsChanged(a: Decision, b: Decision): boolean {
  const terms = (d: Decision) => JSON.stringify([d.outcome, d.track, d.remedies, d.customerPays, d.restockingFeeMaxPercent, d.slaDays]);
  return terms(a) !== terms(b);
}
