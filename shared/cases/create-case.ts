// Opening a case from a complete request (the form, the chat, a complete first email): decided by
// the rules, confirmed by email once, and idempotent by the request's key.
import { aboutOf } from './about';
import { awaitsCollection, collectionOf, type CollectionDetails } from './collection';
import { renderConfirmation } from '../notify/confirmation';
import { evaluate, parseFacts, type Decision, type Policy } from '../rules';
import { statusForDecision, type Case } from './case';
import { statusUrl, type CaseDeps } from './case-deps';
import { CONFIRMATION, emailClaimable, holdIfOverLimit, sendClaimedEmail, withEmailClaim } from './emails';
import { IdempotencyMismatchError } from './errors';
import { CANCEL_CODE, SEND_ADDRESS, type Flag } from './flags';
import { openCase, type NewCase } from './open-case';
import type { CreateCaseRequest } from './request.schema';
import { updateWithRetry, withStatus } from './write';

/** What a decision asks of staff: the customer posts it and the policy names no address, so staff send it (the customer is told to wait for it). */
export function flagsForDecision(policy: Policy, decision: Decision): Flag[] {
  if (decision.outcome !== 'approved') return [];
  if (decision.transport === 'none') return [CANCEL_CODE];
  return decision.transport === 'send' && !policy.merchant.returnAddress ? [SEND_ADDRESS] : [];
}

export type CreateCaseResult = { kind: 'need_info'; decision: Decision } | { kind: 'created' | 'replayed'; case: Case; statusUrl: string };

/** Sends the confirmation of a case whose claim the caller holds, and records how it went. */
export function sendClaimedConfirmation(deps: CaseDeps, claimed: Case, token: string): Promise<Case> {
  const policy = deps.policies.get(claimed.policy) as Policy;
  const message = renderConfirmation(claimed, policy, statusUrl(deps.publicBaseUrl, claimed.rma, token));
  return sendClaimedEmail(deps, claimed, CONFIRMATION, message, awaitParcel);
}

/** Approved, and the email with the packing instructions settled (sent, or held or failed for staff): now we wait for the parcel. */
export function awaitParcel(c: Case, at: string): Case {
  return c.status === 'approved' ? withStatus(c, 'awaiting_parcel', at, 'system') : c;
}

/**
 * Sends the confirmation of an existing case once (for a retried request). The claim is a
 * version-checked write, so of any number of concurrent callers exactly one sends; a failed
 * attempt, or a claim abandoned mid-send, may be tried again.
 */
async function sendConfirmationOnce(deps: CaseDeps, existing: Case, token: string): Promise<Case> {
  const claimed = await updateWithRetry(
    deps.store,
    existing.rma,
    (c) => (emailClaimable(c, CONFIRMATION, deps.clock.now()) ? withEmailClaim(c, CONFIRMATION, deps.clock.now()) : undefined),
    existing,
  );
  if (!claimed) return (await deps.store.get(existing.rma)) as Case;
  return sendClaimedConfirmation(deps, claimed, token);
}

export function makeCreateCase(deps: CaseDeps) {
  return async function createCase(
    request: CreateCaseRequest,
    options: {
      idempotencyKey?: string;
      /** The channel the request came by: the server's to say (the form's handler says nothing). */
      channel?: Case['channel'];
      replyTo?: Case['replyTo'];
      flags?: Flag[];
      attachments?: Case['attachments'];
      /** What the request asked beside it, for the confirmation to answer. */
      asked?: Case['asked'];
      /** Who sent the request (`ip:…`, `chat:…`, `mail:…`), for the daily limits on automatic mail. */
      sender?: string;
      /** The language the customer wrote in, kept on the case (English when absent). */
      language?: Case['language'];
      /** Where to collect it, when the request said so already (kept if the merchant collects this return). */
      collection?: CollectionDetails;
      /** A phone number the request gave without an address (an email's signature): see Contact.phone. */
      phone?: string;
      /** Dates the request gave only roughly (see Case.roughDates). */
      roughDates?: Case['roughDates'];
    } = {},
  ): Promise<CreateCaseResult> {
    const { contact, policy: policyId, about: described, ...factFields } = request;
    const about = aboutOf(described);
    const { policy, facts } = parseFacts({ policy: policyId, ...factFields }, { today: deps.clock.today(), policies: deps.policies });
    const decision = evaluate(policy, facts);
    if (decision.outcome === 'need_info') return { kind: 'need_info', decision };

    const now = deps.clock.now();
    const status = statusForDecision(decision.outcome);
    const draft: NewCase = {
      policy: policy.id,
      policyVersion: policy.version,
      channel: options.channel ?? 'form',
      contact: options.phone ? { ...contact, phone: options.phone } : contact,
      facts,
      decision,
      status,
      history: [
        { at: now, to: 'submitted', by: 'customer' },
        { at: now, from: 'submitted', to: status, by: 'system', note: decision.clauses[0] },
      ],
      // Whoever creates the case holds the claim to send its confirmation.
      emails: { [CONFIRMATION]: { state: 'sending', at: now } },
      flags: [...(options.flags ?? []), ...flagsForDecision(policy, decision)],
      ...(options.replyTo ? { replyTo: options.replyTo } : {}),
      ...(options.attachments?.length ? { attachments: options.attachments } : {}),
      ...(options.asked ? { asked: options.asked } : {}),
      ...(options.roughDates && Object.keys(options.roughDates).length > 0 ? { roughDates: options.roughDates } : {}),
      ...(options.language && options.language !== 'en' ? { language: options.language } : {}),
      ...(about ? { about } : {}),
    };
    // Said with the request ("my address is …"): not asked again once the decision is a collection.
    if (options.collection && awaitsCollection({ status, decision })) draft.collection = collectionOf(options.collection, now, draft.channel);

    const key = options.idempotencyKey;
    const opened = await openCase(deps, draft, now, key ? { key, request } : undefined);
    if (opened.created) {
      const stored = await sendClaimedConfirmation(deps, await holdIfOverLimit(deps, opened.case, options.sender), opened.token);
      return { kind: 'created', case: stored, statusUrl: statusUrl(deps.publicBaseUrl, opened.case.rma, opened.token) };
    }
    // The same key was seen before: answer as the first time, if it is the same request.
    if (!opened.sameRequest) throw new IdempotencyMismatchError('this Idempotency-Key was used for a different request');
    const existing = await sendConfirmationOnce(deps, opened.case, opened.token);
    return { kind: 'replayed', case: existing, statusUrl: statusUrl(deps.publicBaseUrl, existing.rma, opened.token) };
  };
}
