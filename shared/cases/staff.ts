// What staff do with cases: the queue, one case in full, and the actions that move a case on.
// Every action is written conditional on the version the staff member saw: if the case changed
// meanwhile, they get ConcurrentUpdateError and look again — never a silent retry on top of a
// colleague's change.
import { renderConfirmation, renderDecisionUpdate } from '../notify/confirmation';
import type { Decision } from '../rules';
import { statusForDecision, type Case, type Contact, type Resolution, type StaffActionName, type StatusChange, type TranscriptLine } from './case';
import { policyOf, reassessedDecision, reviewedDecision, termsChanged } from './decisions';
import {
  CHOICE_ASKED,
  COLLECTION_BOOKED,
  COLLECTION_COLLECTED,
  emailClaimable,
  messageEmailKey,
  NO_AUTO_REPLY,
  reassessEmailKey,
  releaseEmailKey,
  sendClaimedEmail,
  sendLinkedEmail,
  withEmailClaim,
} from './emails';
import { CaseNotFoundError, InvalidTransitionError } from './errors';
import type { Flag } from './flags';
import { matches, type CaseFilter } from './case-filter';
import type { CaseStore } from './ports';
import { parseRma } from './rma';
import { heldMail, REASSESSABLE, STAFF_ACTIONS, staffActionSpec, type ActionsCarrying, type OfferedMerchant, type OfferedOn } from './staff-actions';
import { awaitsPickUp, bookable } from './collection';
import { renderStatusUpdate } from '../notify/status-update';
import { renderStaffMessage } from '../notify/staff-message';
import { renderChoiceRequest } from '../notify/choice-request';
import { allowedResolutions, choiceAskable } from './choice';
import { canTransition, CASE_STATUSES, type CaseStatus } from './status';
import { claimStatusEmail, sendStatusEmail, slaPromise, type UpdateDeps } from './updates';
import { statusUrl, withNewLink, type CaseDeps } from './use-cases';
import { updateAtVersion, withStatus } from './write';

interface ActionBase {
  /** The case's version as the staff member saw it; the action is refused if it has changed. */
  expectedVersion: number;
  /** Kept in the case's history for staff; never shown to the customer. */
  note?: string;
  /** Who acted, as the staff API's sign-in names them; kept in the history for staff. */
  staffMember?: string;
}

/** A staff action as requested: what it carries is its table entry's (staff-actions.ts). */
export type StaffAction =
  | (ActionBase & { action: ActionsCarrying<'resolution'>; resolution: Resolution })
  /** Staff's own words to the customer. */
  | (ActionBase & { action: ActionsCarrying<'message'>; message: string })
  /** The courier's booking for a collected return. */
  | (ActionBase & { action: ActionsCarrying<'booking'>; booking: { day: string; courier: string; reference: string } })
  /** Facts learned on inspection (facts as in shared/rules, nested), merged into the case's. */
  | (ActionBase & { action: ActionsCarrying<'facts'>; facts: Record<string, unknown> })
  | (ActionBase & { action: ActionsCarrying<'nothing'> });

/** What staff may do to this case (the staff page offers exactly these). */
export function availableActions(c: OfferedOn, merchant?: OfferedMerchant): StaffActionName[] {
  return STAFF_ACTIONS.filter((a) => {
    const spec = staffActionSpec(a);
    return (spec.to === undefined || canTransition(c.status, spec.to)) && (spec.offered?.(c, merchant) ?? true);
  });
}

/** Everything on the case, for staff (contact details included); only the token's hash is left out. */
export type StaffCaseView = Omit<Case, 'tokenHash' | 'linkHashes'>;

/** One line of the staff queue. */
export interface StaffCaseSummary {
  rma: string;
  policy: string;
  policyVersion: string;
  channel: Case['channel'];
  status: CaseStatus;
  outcome: Decision['outcome'];
  reason?: string;
  flags: Flag[];
  contact: Contact;
  createdAt: string;
  /** When the case last changed: the queue's age. */
  updatedAt: string;
  version: number;
  /** The last day of the 21-day promise, for a repair or replacement under one. */
  slaLastDay?: string;
  track?: string;
  /** A collected return: where (the town line), and the booked day once booked. */
  collection?: { address: string; day?: string; collected: boolean };
}

/** One page of a search over all cases, with how many match in all. */
export interface CaseSearch {
  cases: StaffCaseSummary[];
  total: number;
  /** Where the next page starts: pass it back. */
  cursor?: string;
}

export interface CaseQueue {
  cases: StaffCaseSummary[];
  /** More cases match than `limit`. */
  more: boolean;
}

/** Every status but the two ends. */
export const OPEN_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter((s) => s !== 'closed' && s !== 'cancelled');
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

export function staffView(c: Case): StaffCaseView {
  const { tokenHash: _hash, linkHashes: _links, ...rest } = c;
  return rest;
}

function summary(c: Case): StaffCaseSummary {
  const promise = c.status === 'repairing' || c.status === 'replacing' ? slaPromise(c) : undefined;
  return {
    rma: c.rma,
    policy: c.policy,
    policyVersion: c.policyVersion,
    channel: c.channel,
    status: c.status,
    outcome: c.decision.outcome,
    ...(c.facts.reason ? { reason: c.facts.reason } : {}),
    flags: c.flags,
    contact: c.contact,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version,
    ...(promise ? { slaLastDay: promise.lastDay } : {}),
    ...(c.decision.track ? { track: c.decision.track } : {}),
    ...(c.collection
      ? {
          collection: {
            address: c.collection.address,
            ...(c.collection.booking ? { day: c.collection.booking.day } : {}),
            collected: c.collection.collectedAt !== undefined,
          },
        }
      : {}),
  };
}

/** The first `n` cases in a status, oldest change first, over as many pages as it takes. */
async function oldest(store: CaseStore, status: CaseStatus, n: number): Promise<Case[]> {
  const out: Case[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listByStatus(status, { limit: n - out.length, ...(cursor ? { cursor } : {}) });
    out.push(...page.cases);
    cursor = page.cursor;
  } while (cursor && out.length < n);
  return out;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The review queue first (someone must decide those), then the longest waiting. */
const queueOrder = (a: Case, b: Case) =>
  Number(a.status !== 'in_review') - Number(b.status !== 'in_review') || compare(a.updatedAt, b.updatedAt) || compare(a.rma, b.rma);

/** Cases by status and age, for the staff queue: a query per status on the store's status index. */
export function makeListCases(deps: { store: CaseStore }) {
  return async function listCases(options: { statuses?: readonly CaseStatus[]; limit?: number } = {}): Promise<CaseQueue> {
    const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, MAX_LIMIT));
    const statuses = [...new Set(options.statuses ?? OPEN_STATUSES)];
    // One more than asked for, per status: whether there are more is then known without counting.
    const all = (await Promise.all(statuses.map((s) => oldest(deps.store, s, limit + 1)))).flat().sort(queueOrder);
    return { cases: all.slice(0, limit).map(summary), more: all.length > limit };
  };
}

/**
 * Every case the filter matches, most recently changed first, a page at a time, with the count: the
 * staff desk's search (an RMA number, an email address, a name…) and filters. An RMA number typed
 * whole is read straight from the table.
 */
export function makeFindCases(deps: { store: CaseStore }) {
  return async function findCases(filter: CaseFilter, options: { limit?: number; cursor?: string } = {}): Promise<CaseSearch> {
    const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_LIMIT, MAX_LIMIT));
    const rma = filter.text ? parseRma(filter.text.trim()) : undefined;
    if (rma && !options.cursor) {
      const c = await deps.store.get(rma);
      const found = c && matches(c, { ...filter, text: undefined }) ? [summary(c)] : [];
      return { cases: found, total: found.length };
    }
    const page = await deps.store.findCases(filter, { limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
    // A filtered first page read every case on its way, and counted them; otherwise count now.
    const total = page.total ?? (await deps.store.countCases(filter));
    return { cases: page.cases.map(summary), total, ...(page.cursor ? { cursor: page.cursor } : {}) };
  };
}

function rmaOf(rmaText: string): string {
  const rma = parseRma(rmaText);
  if (!rma) throw new CaseNotFoundError(`no case ${rmaText}`);
  return rma;
}

/** One case in full: decision with its trace, transcript, photos, attachments, history with notes, flags, version. */
export function makeGetCaseForStaff(deps: { store: CaseStore }) {
  return async function getCaseForStaff(rmaText: string): Promise<StaffCaseView> {
    const rma = rmaOf(rmaText);
    const c = await deps.store.get(rma);
    if (!c) throw new CaseNotFoundError(`no case ${rma}`);
    return staffView(c);
  };
}

/** The case with a new decision; the one it replaces is kept, as it was made. */
function withDecision(c: Case, decision: Decision): Case {
  return { ...c, decision, policyVersion: decision.policyVersion, previousDecisions: [...(c.previousDecisions ?? []), c.decision] };
}

type ApplyDeps = UpdateDeps & Pick<CaseDeps, 'ids' | 'publicBaseUrl'>;

interface Plan {
  next: Case;
  /** Sends the email `next` claims, once the write has landed. */
  email?: (written: Case) => Promise<Case>;
}

function planReassess(deps: UpdateDeps, c: Case, input: StaffAction & { action: 'reassess' }, at: string, entry: Omit<StatusChange, 'at' | 'by' | 'to'>): Plan {
  if (!REASSESSABLE.includes(c.status)) throw new InvalidTransitionError(c.status, 'reassessed');
  const policy = policyOf(deps.policies, c);
  const { facts, decision } = reassessedDecision(policy, c, input.facts);
  // Before the parcel is sent, a refusal (or a referral elsewhere) ends the wait: the customer must
  // not send it. Later the parcel is in the merchant's hands, and staff's actions settle the case.
  const ends = c.status === 'awaiting_parcel' && (decision.outcome === 'declined' || decision.outcome === 'referred');
  const to: CaseStatus = ends ? statusForDecision(decision.outcome as 'declined' | 'referred') : c.status;
  const change: StatusChange = { at, from: c.status, to, by: 'staff', ...entry, policyVersion: decision.policyVersion };
  const next = withDecision({ ...c, facts, status: to, updatedAt: at, history: [...c.history, change] }, decision);
  // The customer hears of it when what they get or pay has changed — unless the case is still in
  // review, where staff's approval or refusal is the answer they will get.
  if (c.status === 'in_review' || !termsChanged(c.decision, decision)) return { next };
  const key = reassessEmailKey(c.version + 1);
  const message = (w: Case, url: string | undefined) =>
    renderDecisionUpdate(w, policy, 'reassessed', { packing: w.status === 'awaiting_parcel', ...(url ? { statusUrl: url } : {}) });
  return { next: withEmailClaim(next, key, at), email: (w) => sendLinkedEmail(deps, w, key, (url) => message(w, url)) };
}

/**
 * Staff have looked at a case whose mail the inbound checks held back (a sender that failed or
 * could not pass SPF, DKIM or the spam check) and vouch for the sender: one email goes now — the
 * confirmation as the case stands, with a new status link (the first one was never sent, and only
 * its hash is kept) — the held records are marked released, and later updates go out as usual.
 */
function planRelease(deps: ApplyDeps, c: Case, at: string, entry: Omit<StatusChange, 'at' | 'by' | 'to'>): Plan {
  if (!heldMail(c)) throw new InvalidTransitionError(c.status, 'release of held mail (none is held)');
  const token = deps.ids.token();
  const key = releaseEmailKey(c.version + 1);
  const emails = Object.fromEntries(Object.entries(c.emails).map(([k, e]) => [k, e.state === 'held' ? { state: 'released' as const, at } : e]));
  const next: Case = {
    ...c,
    tokenHash: deps.ids.hash(token),
    flags: c.flags.filter((f) => f !== NO_AUTO_REPLY),
    emails,
    updatedAt: at,
    history: [...c.history, { at, from: c.status, to: c.status, by: 'staff', ...entry }],
  };
  const message = (w: Case) => renderConfirmation(w, policyOf(deps.policies, w), statusUrl(deps.publicBaseUrl, w.rma, token));
  return { next: withEmailClaim(next, key, at), email: (w) => sendClaimedEmail(deps, w, key, message(w)) };
}

/** The collection booked (day, courier, reference) or picked up: the status stays, the customer is told each step once. */
function planCollection(
  deps: ApplyDeps,
  c: Case,
  input: Extract<StaffAction, { action: 'book_collection' }> | (ActionBase & { action: 'collected' }),
  at: string,
  entry: Omit<StatusChange, 'at' | 'by' | 'to'>,
): Plan {
  const collection = c.collection;
  const booking = input.action === 'book_collection' ? input.booking : undefined;
  if (!collection || !(booking ? bookable(c) : awaitsPickUp(c))) throw new InvalidTransitionError(c.status, booking ? 'a collection booking' : 'collected');
  const changed: Case = {
    ...c,
    collection: booking
      ? { ...collection, booking: { ...booking, at, ...(input.staffMember ? { by: input.staffMember } : {}) } }
      : { ...collection, collectedAt: at },
    updatedAt: at,
    history: [...c.history, { at, from: c.status, to: c.status, by: 'staff', ...entry }],
  };
  const key = booking ? COLLECTION_BOOKED : COLLECTION_COLLECTED;
  if (!emailClaimable(changed, key, at)) return { next: changed };
  const policy = policyOf(deps.policies, c);
  const message = (w: Case, url: string | undefined) =>
    renderStatusUpdate(
      w,
      policy,
      booking
        ? { kind: 'collection_booked', booking: w.collection?.booking as NonNullable<NonNullable<Case['collection']>['booking']> }
        : { kind: 'collected' },
      url,
    );
  return { next: withEmailClaim(changed, key, at), email: (w) => sendLinkedEmail(deps, w, key, (url) => message(w, url)) };
}

/**
 * Staff's own message: kept on the case (the status page shows it) and emailed in the case's thread
 * with a new status link — even where the mail checks hold automatic mail: a person wrote it.
 */
function planMessage(deps: ApplyDeps, c: Case, text: string, at: string, entry: Omit<StatusChange, 'at' | 'by' | 'to'>, staffMember?: string): Plan {
  const [linked, token] = withNewLink(c, deps.ids);
  const line: TranscriptLine = { from: 'staff', text, at, ...(staffMember ? { staffMember } : {}) };
  const { note: _note, ...kept } = entry;
  const next: Case = {
    ...linked,
    transcript: [...(c.transcript ?? []), line],
    updatedAt: at,
    history: [...c.history, { at, from: c.status, to: c.status, by: 'staff', ...kept }],
  };
  const key = messageEmailKey(c.version + 1);
  const policy = policyOf(deps.policies, c);
  const message = (w: Case) => renderStaffMessage(w, policy, text, statusUrl(deps.publicBaseUrl, w.rma, token));
  return { next: withEmailClaim(next, key, at), email: (w) => sendClaimedEmail(deps, w, key, message(w), undefined, true) };
}

/** The return validated: the customer is asked to choose among the remedies, by email (with a new status link) and on the status page. */
function planAskChoice(deps: ApplyDeps, c: Case, at: string, entry: Omit<StatusChange, 'at' | 'by' | 'to'>): Plan {
  const policy = policyOf(deps.policies, c);
  if (!choiceAskable(c, policy.merchant)) throw new InvalidTransitionError(c.status, 'asking the customer to choose');
  const [linked, token] = withNewLink(c, deps.ids);
  const next: Case = {
    ...linked,
    choice: { askedAt: at },
    updatedAt: at,
    history: [...c.history, { at, from: c.status, to: c.status, by: 'staff', ...entry }],
  };
  const key = CHOICE_ASKED;
  const message = (w: Case) => renderChoiceRequest(w, policy, statusUrl(deps.publicBaseUrl, w.rma, token));
  return { next: withEmailClaim(next, key, at), email: (w) => sendClaimedEmail(deps, w, key, message(w)) };
}

function plan(deps: ApplyDeps, c: Case, input: StaffAction, at: string, day: string): Plan {
  const entry = { action: input.action, day, ...(input.note ? { note: input.note } : {}), ...(input.staffMember ? { staffMember: input.staffMember } : {}) };
  if (input.action === 'reassess') return planReassess(deps, c, input, at, entry);
  if (input.action === 'release') return planRelease(deps, c, at, entry);
  if (input.action === 'ask_choice') return planAskChoice(deps, c, at, entry);
  if (input.action === 'message') return planMessage(deps, c, input.message, at, entry, input.staffMember);
  if (input.action === 'book_collection') return planCollection(deps, c, input, at, entry);
  if (input.action === 'collected') return planCollection(deps, c, { ...input, action: 'collected' }, at, entry);
  const spec = staffActionSpec(input.action);
  // Every action here changes the status (a parcel is not received twice).
  const to = spec.to as CaseStatus;
  if (!canTransition(c.status, to) || !(spec.offered?.(c) ?? true)) throw new InvalidTransitionError(c.status, to);
  const review = input.action === 'approve' || input.action === 'decline';
  let base = c;
  let details: Omit<StatusChange, 'at' | 'from' | 'to' | 'by'> = entry;
  if (review) {
    base = withDecision(c, reviewedDecision(policyOf(deps.policies, c), c, input.action === 'approve' ? 'approved' : 'declined'));
    details = { ...entry, policyVersion: base.policyVersion };
  }
  if (input.action === 'resolved') {
    // Only an end the decision (and the policy) allows: a Plextor drive is never "refunded".
    if (!allowedResolutions(c, policyOf(deps.policies, c).merchant).includes(input.resolution))
      throw new InvalidTransitionError(c.status, `resolved as ${input.resolution}`);
    base = { ...c, resolution: input.resolution };
    details = { ...entry, resolution: input.resolution };
  }
  const [next, key] = claimStatusEmail(deps, c, withStatus(base, to, at, 'staff', details), at);
  return key ? { next, email: (w) => sendStatusEmail(deps, w, key) } : { next };
}

/**
 * Applies one staff action: approve / decline a review case, received, inspecting, repairing,
 * replacing, resolved (with the resolution), closed, cancelled, or reassess (facts learned on
 * inspection: the rules re-run under the current policy; the decision and the history record its
 * version). InvalidTransitionError when the lifecycle does not allow it from the case's status;
 * ConcurrentUpdateError when the case is no longer at `expectedVersion`. A customer-visible change
 * sends its one email (updates.ts); what is returned is the case after that, at its latest version.
 */
export function makeApplyAction(deps: ApplyDeps) {
  return async function applyAction(rmaText: string, input: StaffAction): Promise<StaffCaseView> {
    const rma = rmaOf(rmaText);
    const at = deps.clock.now();
    const day = deps.clock.today();
    let email: Plan['email'];
    const { after } = await updateAtVersion(deps.store, rma, input.expectedVersion, (c) => {
      const planned = plan(deps, c, input, at, day);
      email = planned.email;
      return planned.next;
    });
    return staffView(email ? await email(after) : after);
  };
}
