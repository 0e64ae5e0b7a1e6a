// Emails a case sends at most once each, keyed in `case.emails`. The claim ("sending") is a
// version-checked write, usually the same write as the change the email reports, so of any number
// of callers (a retried Lambda, a repeated request, two schedulers) exactly one sends.
import { replySubject } from '../email/headers';
import type { Case, EmailState } from './case';
import { MailRejectedError, MailSuppressedError } from './errors';
import type { CaseStore, Clock, Mailer, MailQuota, OutgoingEmail } from './ports';
import type { CaseStatus } from './status';
import { updateWithRetry, withFlag } from './write';
import { statusUrl, withNewLink, type CaseDeps } from './case-deps';

/** The first answer to a request: decision, why, packing. */
export const CONFIRMATION = 'confirmation';
/** The 21-day promise: the offer of a credit or refund when a repair or replacement runs late. */
export const SLA_OFFER = 'sla_offer';
/** The update for a customer-visible change of status; the lifecycle visits each status at most once. */
export const statusEmailKey = (status: CaseStatus): string => `status:${status}`;
/** The collection's booking and its pick-up, each told once (issue 16). */
export const COLLECTION_BOOKED = 'collection:booked';
export const COLLECTION_COLLECTED = 'collection:collected';
/** The request to choose a remedy, once the return is validated. */
export const CHOICE_ASKED = 'choice:asked';
/** A staff member's message to the customer; keyed by the version that wrote it. */
export const messageEmailKey = (version: number): string => `message:${version}`;
/** The email staff send when they release a case's held mail; keyed by the version that wrote it. */
export const releaseEmailKey = (version: number): string => `released:${version}`;
import { FEEDBACK_FLAG, MAIL_LIMIT, NO_AUTO_REPLY } from './flags';
export { MAIL_LIMIT, NO_AUTO_REPLY };
/** The update after a reassessment changed what the customer gets or pays; keyed by the version that wrote it. */
export const reassessEmailKey = (version: number): string => `reassessed:${version}`;

/** A claim older than this is from a sender that died mid-send: it may be taken over. */
const STALE_CLAIM_MS = 2 * 60 * 1000;

export function emailClaimable(c: Case, key: string, now: string): boolean {
  const record = c.emails[key];
  if (!record || record.state === 'failed') return true;
  return record.state === 'sending' && Date.parse(now) - Date.parse(record.at) > STALE_CLAIM_MS;
}

/** The keys of emails claimed by a sender that died mid-send (claims older than two minutes). */
export function staleClaims(c: Case, now: string): string[] {
  return Object.keys(c.emails).filter((key) => c.emails[key]?.state === 'sending' && emailClaimable(c, key, now));
}

export function withEmailClaim(c: Case, key: string, at: string): Case {
  return { ...c, emails: { ...c.emails, [key]: { state: 'sending', at } } };
}

/**
 * The email `key` claimed for the message handled at `at`, if nobody else holds it: a retry of the same
 * message finds its own claim and keeps it; the caller sends only when the claim is `at`'s.
 */
export function withClaimOnce(c: Case, key: string, at: string): Case {
  if (c.emails[key]?.at === at) return c;
  return emailClaimable(c, key, at) ? withEmailClaim(c, key, at) : c;
}

/** Headers that keep an answer to an email in its thread, marked as automatic (RFC 3834). */
export function replyHeaders(replyTo: Case['replyTo']): OutgoingEmail['headers'] {
  if (!replyTo) return undefined;
  const references = [...replyTo.references, replyTo.messageId].slice(-10).join(' ');
  return [
    { name: 'In-Reply-To', value: replyTo.messageId },
    { name: 'References', value: references },
    { name: 'Auto-Submitted', value: 'auto-replied' },
  ];
}

export interface MailDeps {
  store: CaseStore;
  mailer: Mailer;
  clock: Clock;
}

/**
 * Sends `message` for a case whose claim on `key` the caller holds, and records how it went:
 * sent, rejected for good (flagged, not retried) or failed (flagged; the next claim may try
 * again). A case whose mail checks said not to answer automatically (`no_auto_reply`) has it held
 * for staff instead. Whatever happened to the email, `then` moves the case on in the same write:
 * the case's life does not wait on its mail (the flags tell staff the customer was not told).
 */
export async function sendClaimedEmail(
  deps: MailDeps,
  claimed: Case,
  key: string,
  message: OutgoingEmail,
  then?: (c: Case, at: string) => Case,
  /** A person wrote it (a staff member's message): sent even where automatic mail is held, and not marked automatic. */
  personal = false,
): Promise<Case> {
  const record =
    (state: EmailState, extra: { messageId?: string } = {}) =>
    (c: Case) => {
      const at = deps.clock.now();
      const recorded = { ...c, emails: { ...c.emails, [key]: { state, at, ...extra } } };
      return then ? then(recorded, at) : recorded;
    };
  if (claimed.flags.includes(NO_AUTO_REPLY) && !personal) {
    return (await updateWithRetry(deps.store, claimed.rma, record('held'), claimed)) as Case;
  }
  const headers = replyHeaders(claimed.replyTo)?.filter((h) => !personal || h.name !== 'Auto-Submitted');
  const threaded = headers ? { ...message, subject: replySubject(claimed.replyTo?.subject, claimed.rma), headers } : message;
  let outcome: (c: Case) => Case;
  try {
    const { messageId } = await deps.mailer.send(threaded);
    outcome = record('sent', { messageId });
  } catch (error) {
    const rejected = error instanceof MailRejectedError;
    // A suppressed address (bounced or complained before) is a rejection with its own reason for staff.
    const flag = error instanceof MailSuppressedError ? FEEDBACK_FLAG[error.reason] : rejected ? 'email_rejected' : 'email_failed';
    outcome = (c) => withFlag(record(rejected ? 'rejected' : 'failed')(c), flag);
  }
  return (await updateWithRetry(deps.store, claimed.rma, outcome, claimed)) as Case;
}

/**
 * As sendClaimedEmail, for an email that carries the status link (every email after the confirmation
 * does): a new link is written to the case first, so it works by the time the email arrives. Mail
 * held for staff gets none (staff's release sends the confirmation with its own new link). `answer`:
 * the desk's answer to the customer's reply, kept on the case with the link.
 */
export async function sendLinkedEmail(
  deps: MailDeps & Pick<CaseDeps, 'ids' | 'publicBaseUrl'>,
  claimed: Case,
  key: string,
  render: (statusUrl: string | undefined) => OutgoingEmail,
  then?: (c: Case, at: string) => Case,
  answer?: string,
): Promise<Case> {
  if (claimed.flags.includes(NO_AUTO_REPLY) || claimed.status === 'draft') return sendClaimedEmail(deps, claimed, key, render(undefined), then);
  let token = '';
  const linked = (await updateWithRetry(
    deps.store,
    claimed.rma,
    (c) => {
      const [next, t] = withNewLink(c, deps.ids);
      token = t;
      // The desk's own answer to a reply shows on the status page beside the reply (once, however often this runs).
      const messageId = `desk:${key}`;
      if (!answer || (next.transcript ?? []).some((l) => l.messageId === messageId)) return next;
      return { ...next, transcript: [...(next.transcript ?? []), { from: 'assistant', via: 'email', text: answer, at: deps.clock.now(), messageId }] };
    },
    claimed,
  )) as Case;
  return sendClaimedEmail(deps, linked, key, render(statusUrl(deps.publicBaseUrl, linked.rma, token)), then);
}

/**
 * The mailbox an address delivers to, as the limits count it: case does not matter, and a `+tag`
 * (ann+1@…, ann+2@… all reach ann@…) does not make another mailbox.
 */
export function mailboxOf(address: string): string {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).split('+')[0] || address.slice(0, at);
  return `${local}${address.slice(at)}`.toLowerCase();
}

/**
 * Counts one automatic email a stranger's request makes the desk send (to the case's address, on
 * behalf of `sender`). Over a daily limit the case is kept, flagged, and its mail held for staff
 * (`no_auto_reply`), so the desk cannot be used to mail anyone at volume. Mail already held is not counted.
 */
export async function holdIfOverLimit(deps: { store: CaseStore; clock: Clock; mailQuota: MailQuota }, c: Case, sender?: string): Promise<Case> {
  if (c.flags.includes(NO_AUTO_REPLY)) return c;
  if (await deps.mailQuota.take({ recipient: mailboxOf(c.contact.email), ...(sender ? { sender } : {}), day: deps.clock.today() })) return c;
  return (await updateWithRetry(deps.store, c.rma, (x) => withFlag(withFlag(x, NO_AUTO_REPLY), MAIL_LIMIT), c)) as Case;
}
