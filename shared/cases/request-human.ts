// A customer asks for a person: a draft case flagged for staff, or (with a case already registered)
// that case flagged, with the conversation added once.
import { renderHandoff } from '../notify/handoff';
import { evaluate, parseFacts, type Decision } from '../rules';
import type { Case, TranscriptLine } from './case';
import { statusUrl, type CaseDeps } from './case-deps';
import { holdIfOverLimit, sendClaimedEmail } from './emails';
import { WANTS_PERSON } from './flags';
import { openCase, type NewCase } from './open-case';
import { unseenLines, withinConversationLimits } from './transcript';
import { updateWithRetry } from './write';

export interface HumanRequest {
  policy?: string;
  contact: { email: string; name: string };
  facts: Record<string, unknown>;
  transcript: TranscriptLine[];
  channel: Case['channel'];
}

/** A person asked for about a case the conversation already registered: no new case, that one flagged. */
export interface HumanRequestOnCase {
  rma: string;
  /** The conversation so far, added to what staff already have on the case. */
  transcript: TranscriptLine[];
}

/** The email key of the note that a colleague has the request. */
export const HANDOFF = 'handoff';

/**
 * The customer of an existing case asks for a person: the case is flagged for staff (once), with
 * the conversation added. Asking again adds only the lines staff do not have yet; the same request
 * handled twice (a retry) adds nothing and writes nothing.
 */
export function makeRequestHumanOnCase(deps: Pick<CaseDeps, 'store'>) {
  return async function requestHumanOnCase(request: HumanRequestOnCase): Promise<Case> {
    const flagged = await updateWithRetry(deps.store, request.rma, (c) => {
      const have = c.transcript ?? [];
      const fresh = unseenLines(have, request.transcript);
      const wanted = c.flags.includes(WANTS_PERSON);
      if (wanted && fresh.length === 0) return undefined;
      // updatedAt stays: the staff queue serves the longest waiting first by it, and asking for a
      // person (again) must not send the case to the back. Lines already there (email replies) are kept.
      return { ...c, flags: wanted ? c.flags : [...c.flags, WANTS_PERSON], transcript: withinConversationLimits([...have, ...fresh]) };
    });
    return flagged ?? ((await deps.store.get(request.rma)) as Case);
  };
}

/**
 * A customer asks for a person: a draft case flagged for staff, with what we know and the
 * conversation so far; idempotent by key, like createCase. With the case already registered
 * (`rma`), that case is flagged instead, and no second case (nor RMA number) is made.
 */
export function makeRequestHuman(deps: CaseDeps) {
  const onCase = makeRequestHumanOnCase(deps);
  return async function requestHuman(
    request: HumanRequest | HumanRequestOnCase,
    options: { idempotencyKey: string; sender?: string },
  ): Promise<{ case: Case; statusUrl?: string }> {
    // The link token of an existing case is stored only hashed: its status link cannot be made again.
    if ('rma' in request) return { case: await onCase(request) };
    const now = deps.clock.now();
    const policy = request.policy ? deps.policies.get(request.policy) : undefined;
    let facts = { asOf: deps.clock.today() } as Case['facts'];
    let decision: Decision = {
      policy: request.policy ?? 'unknown',
      policyVersion: policy?.version ?? '',
      outcome: 'need_info',
      missing: [],
      remedies: [],
      customerPays: [],
      documents: [],
      photos: [],
      packing: [],
      clauses: [],
      deadlines: {},
      notes: ['The customer asked for a person before the rules could decide.'],
      presumed: [],
      trace: [],
    };
    if (policy) {
      try {
        const parsed = parseFacts({ ...request.facts, policy: policy.id }, { today: deps.clock.today(), policies: deps.policies });
        facts = parsed.facts;
        decision = evaluate(policy, facts);
      } catch {
        // What the customer said did not validate: staff read the transcript instead.
      }
    }
    const fields: NewCase = {
      policy: request.policy ?? 'unknown',
      policyVersion: policy?.version ?? '',
      channel: request.channel,
      contact: request.contact,
      facts,
      decision,
      status: 'draft',
      history: [{ at: now, to: 'draft', by: 'customer', note: 'asked for a person' }],
      // The customer is told by email that a colleague has it (under a merchant's name: none without one).
      emails: policy ? { [HANDOFF]: { state: 'sending', at: now } } : {},
      flags: [WANTS_PERSON],
      transcript: request.transcript,
    };
    const opened = await openCase(deps, fields, now, { key: options.idempotencyKey, request: { kind: 'human', key: options.idempotencyKey } });
    const url = statusUrl(deps.publicBaseUrl, opened.case.rma, opened.token);
    if (!opened.created) return { case: opened.case, statusUrl: url };
    const told = policy
      ? await sendClaimedEmail(deps, await holdIfOverLimit(deps, opened.case, options.sender), HANDOFF, renderHandoff(opened.case, policy, url))
      : opened.case;
    return { case: told, statusUrl: url };
  };
}
