// The use cases of the case core, as factories over their ports.
import { renderConfirmation } from '../notify/confirmation';
import { renderHandoff } from '../notify/handoff';
import { evaluate, parseFacts, type Decision, type Policy } from '../rules';
import { customerView, statusForDecision, type Case, type CustomerCaseView, type TranscriptLine } from './case';
import { CONFIRMATION, emailClaimable, holdIfOverLimit, replyHeaders, sendClaimedEmail, withEmailClaim } from './emails';
import { canonical } from './canonical';
import { CaseNotFoundError, IdempotencyMismatchError } from './errors';
import { SEND_ADDRESS, WANTS_PERSON, type Flag } from './flags';
import { openCase, type NewCase } from './open-case';
import type { CaseStore, Clock, Ids, Mailer, MailQuota } from './ports';
import type { AssessRequest, CreateCaseRequest } from './request.schema';
import { parseRma } from './rma';
import { updateWithRetry, withStatus } from './write';

// Kept importable from here, where they were first (the photo and email use cases import them).
export { canonical, replyHeaders, updateWithRetry };

export interface CaseDeps {
  store: CaseStore;
  mailer: Mailer;
  clock: Clock;
  ids: Ids;
  /** Daily limits on the automatic mail a stranger's request can make the desk send. */
  mailQuota: MailQuota;
  policies: ReadonlyMap<string, Policy>;
  /** Where customers open the desk, e.g. https://returns.example.com (status links start here). */
  publicBaseUrl: string;
}


export function statusUrl(baseUrl: string, rma: string, token: string): string {
  return `${baseUrl.replace(/\/$/, '')}/status/${rma}?token=${encodeURIComponent(token)}`;
}

/** Facts in, decision out; nothing is stored or sent. */
export function makeAssess(deps: Pick<CaseDeps, 'clock' | 'policies'>) {
  return function assess(request: AssessRequest): Decision {
    const { policy, facts } = parseFacts(request, { today: deps.clock.today(), policies: deps.policies });
    return evaluate(policy, facts);
  };
}

export type CreateCaseResult =
  | { kind: 'need_info'; decision: Decision }
  | { kind: 'created' | 'replayed'; case: Case; statusUrl: string };

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
      /** Who sent the request (`ip:…`, `chat:…`, `mail:…`), for the daily limits on automatic mail. */
      sender?: string;
    } = {},
  ): Promise<CreateCaseResult> {
    const { contact, policy: policyId, ...factFields } = request;
    const { policy, facts } = parseFacts({ policy: policyId, ...factFields }, { today: deps.clock.today(), policies: deps.policies });
    const decision = evaluate(policy, facts);
    if (decision.outcome === 'need_info') return { kind: 'need_info', decision };

    const now = deps.clock.now();
    const status = statusForDecision(decision.outcome);
    const draft: NewCase = {
      policy: policy.id,
      policyVersion: policy.version,
      channel: options.channel ?? 'form',
      contact,
      facts,
      decision,
      status,
      history: [
        { at: now, to: 'submitted', by: 'customer' },
        { at: now, from: 'submitted', to: status, by: 'system', note: decision.clauses[0] },
      ],
      // Whoever creates the case holds the claim to send its confirmation.
      emails: { [CONFIRMATION]: { state: 'sending', at: now } },
      // The customer posts it and the policy names no address: staff send it (the customer is told to wait for it).
      flags: [...(options.flags ?? []), ...(decision.outcome === 'approved' && decision.transport === 'send' && !policy.merchant.returnAddress ? [SEND_ADDRESS] : [])],
      ...(options.replyTo ? { replyTo: options.replyTo } : {}),
      ...(options.attachments?.length ? { attachments: options.attachments } : {}),
    };

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

export { SEND_ADDRESS, WANTS_PERSON } from './flags';
/** The email key of the note that a colleague has the request. */
export const HANDOFF = 'handoff';

/**
 * The conversation lines a case keeps (not counting email replies, kept apart): a customer who asks
 * for a person again and again adds only what is new each time, but a long enough conversation would
 * still outgrow the item (DynamoDB: 400 KB), so the oldest conversation lines go first.
 */
export const CASE_CONVERSATION_LIMITS = { lines: 300, bytes: 160 * 1024 } as const;

const lineKey = (l: TranscriptLine) => JSON.stringify([l.from, l.via ?? '', l.at, l.text]);

/**
 * The lines of `given` (the conversation as the chat has it now) that staff do not have yet: those
 * after the last one already on the case. A line with an id (the chat's activity, an email's
 * Message-ID) is known by it, so a message handled again (a channel's retry, a turn redone after a
 * conflict: new timestamps) is not added twice; others by who said what, when, each counted once.
 * Lines before the last known one that the case lacks are earlier lines reworded (the chat's note
 * of how many lines it no longer keeps), not news.
 */
export function unseenLines(have: readonly TranscriptLine[], given: readonly TranscriptLine[]): TranscriptLine[] {
  const ids = new Set(have.flatMap((l) => (l.messageId ? [`${l.from}|${l.via ?? ''}|${l.messageId}`] : [])));
  const pool = new Map<string, number>();
  for (const l of have) pool.set(lineKey(l), (pool.get(lineKey(l)) ?? 0) + 1);
  let last = -1;
  given.forEach((l, i) => {
    if (l.messageId && ids.has(`${l.from}|${l.via ?? ''}|${l.messageId}`)) {
      last = i;
      return;
    }
    const left = pool.get(lineKey(l)) ?? 0;
    if (left > 0) {
      pool.set(lineKey(l), left - 1);
      last = i;
    }
  });
  return given.slice(last + 1);
}

const utf8Bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** The transcript with its oldest conversation lines dropped beyond CASE_CONVERSATION_LIMITS (email replies stay). */
function withinConversationLimits(transcript: TranscriptLine[]): TranscriptLine[] {
  const chat = transcript.filter((l) => l.via !== 'email');
  let drop = Math.max(0, chat.length - CASE_CONVERSATION_LIMITS.lines);
  while (drop < chat.length - 1 && utf8Bytes(chat.slice(drop)) > CASE_CONVERSATION_LIMITS.bytes) drop++;
  if (drop === 0) return transcript;
  const gone = new Set(chat.slice(0, drop));
  return transcript.filter((l) => !gone.has(l));
}

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
  return async function requestHuman(request: HumanRequest | HumanRequestOnCase, options: { idempotencyKey: string; sender?: string }): Promise<{ case: Case; statusUrl?: string }> {
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
    const told = policy ? await sendClaimedEmail(deps, await holdIfOverLimit(deps, opened.case, options.sender), HANDOFF, renderHandoff(opened.case, policy, url)) : opened.case;
    return { case: told, statusUrl: url };
  };
}

/** The case behind a customer's link. An unknown RMA and a wrong token both give CaseNotFoundError. */
export async function caseByLink(deps: Pick<CaseDeps, 'store' | 'ids'>, rmaText: string, token: string): Promise<Case> {
  const rma = parseRma(rmaText);
  const c = rma ? await deps.store.get(rma) : undefined;
  // Hash even when there is no case, so both paths take the same time.
  const ok = deps.ids.matches(token, c?.tokenHash ?? '0'.repeat(64));
  if (!c || !ok) throw new CaseNotFoundError('no case for this link');
  return c;
}

export function merchantName(policies: CaseDeps['policies'], c: Case): string {
  return policies.get(c.policy)?.merchant.name ?? c.policy;
}

/** The customer's view of their case. Unknown RMA and wrong token both give CaseNotFoundError. */
export function makeGetCase(deps: Pick<CaseDeps, 'store' | 'ids' | 'policies'>) {
  return async function getCase(rmaText: string, token: string): Promise<CustomerCaseView> {
    const c = await caseByLink(deps, rmaText, token);
    return customerView(c, merchantName(deps.policies, c), deps.policies.get(c.policy)?.merchant.returnAddress);
  };
}
