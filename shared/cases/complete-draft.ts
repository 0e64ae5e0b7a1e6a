// An email conversation that began incomplete: the draft told more (still a draft), and a draft the
// customer has now told enough about:
// submitted, decided by the rules, and confirmed once with a new status link (the draft's was never
// sent). Safe to run again: a retried completion finds it submitted and claims its email once.
import type { Decision } from '../rules';
import { statusForDecision, type Case } from './case';
import { policyOf } from './decisions';
import { CONFIRMATION, holdIfOverLimit, withEmailClaim } from './emails';
import { flagsForDecision, sendClaimedConfirmation } from './create-case';
import type { CaseDeps } from './case-deps';
import { withFlags, type Flag } from './flags';
import { updateWithRetry, withStatus } from './write';

export interface DraftCompletion {
  /** The case's facts now (nested, as stored). */
  facts: Case['facts'];
  /** The rules' decision on them (not need_info). */
  decision: Decision;
  /** The message that completed it: the confirmation answers in its thread. */
  replyTo: Case['replyTo'];
  /** Who sent it, for the daily limits on automatic mail. */
  sender: string;
  /** What the conversation asked beside its answers, for the confirmation to answer; flags for staff what only they can. */
  asked?: Case['asked'];
  flags?: Flag[];
  /** Dates said only roughly, as they stand with this message (see Case.roughDates). */
  roughDates?: Case['roughDates'];
}

/**
 * A draft (or a completion cut short) told more but not yet enough: its facts and the rules' answer (still need_info),
 * and the message to answer in its thread. It stays a draft.
 */
export async function updateDraft(store: CaseDeps['store'], rma: string, update: Pick<DraftCompletion, 'facts' | 'decision' | 'replyTo'>): Promise<Case> {
  const { facts, decision, replyTo } = update;
  return (
    (await updateWithRetry(store, rma, (c) => (c.status === 'draft' || c.status === 'submitted' ? { ...c, facts, decision, replyTo } : undefined))) ??
    ((await store.get(rma)) as Case)
  );
}

export async function completeDraft(deps: CaseDeps, rma: string, completion: DraftCompletion): Promise<Case> {
  const { facts, decision, replyTo, sender, asked, flags = [], roughDates } = completion;
  const at = deps.clock.now();
  const token = deps.ids.token();
  const to = statusForDecision(decision.outcome as Exclude<Decision['outcome'], 'need_info'>);
  await updateWithRetry(deps.store, rma, (c) => (c.status === 'draft' ? withStatus(c, 'submitted', at, 'customer') : undefined));
  const ready = (await updateWithRetry(deps.store, rma, (c) => {
    const told = { ...c, facts, decision, tokenHash: deps.ids.hash(token), replyTo, ...(asked ? { asked } : {}), ...(roughDates ? { roughDates } : {}) };
    const decided = withStatus(told, to, at, 'system', { note: decision.clauses[0] });
    return withEmailClaim(withFlags(decided, ...flags, ...flagsForDecision(policyOf(deps.policies, c), decision)), CONFIRMATION, at);
  })) as Case;
  return sendClaimedConfirmation(deps, await holdIfOverLimit(deps, ready, sender), token);
}
