// What the customer hears after the decision: one email per customer-visible change of status,
// claimed in the same write as the change (so a repeated request or a retried Lambda, which cannot
// make the change again, cannot send it again), and their own cancellation.
import { renderDecisionUpdate } from '../notify/confirmation';
import { renderStatusUpdate, type SlaPromise } from '../notify/status-update';
import { addDays } from '../rules';
import { customerView, type Case, type CustomerCaseView, type Resolution } from './case';
import { policyOf } from './decisions';
import { emailClaimable, sendLinkedEmail, statusEmailKey, withEmailClaim, type MailDeps } from './emails';
import { CaseError, InvalidTransitionError, NotCancellableError } from './errors';
import type { OutgoingEmail } from './ports';
import type { CaseStatus } from './status';
import { awaitParcel, caseByLink, merchantName, type CaseDeps } from './use-cases';
import { updateWithRetry, withStatus } from './write';

/**
 * The changes of status the customer is told of by email (every change shows on the status page):
 * - approved, declined — staff decided a review: the decision written again, with the packing
 *   instructions when approved (then the case waits for the parcel, as a direct approval does);
 * - received — the parcel is in the merchant's hands;
 * - repairing, replacing — the remedy is under way, with the 21-day promise where there is one;
 * - resolved — how it ended;
 * - cancelled — by staff, or the customer's own cancellation confirmed.
 * Not emailed: draft, submitted, in_review and referred (the confirmation said so already),
 * awaiting_parcel (follows the approval email at once), inspecting (mostly the same day as
 * received: the received email says an inspection comes next), closed (bookkeeping after an end).
 * A reassessment that changes what the customer gets or pays is emailed too (see staff.ts).
 */
export const CUSTOMER_VISIBLE: readonly CaseStatus[] = ['approved', 'declined', 'received', 'repairing', 'replacing', 'resolved', 'cancelled'];

export type UpdateDeps = MailDeps & Pick<CaseDeps, 'policies' | 'ids' | 'publicBaseUrl'>;

/** Counted from the parcel's arrival (see sla.ts for why), when the decision makes a promise. */
export function slaPromise(c: Case): SlaPromise | undefined {
  const days = c.decision.slaDays;
  const received = c.history.findLast((h) => h.to === 'received' && h.from !== h.to);
  if (days === undefined || !received) return undefined;
  const since = received.day ?? received.at.slice(0, 10);
  return { days, since, lastDay: addDays(since, days) };
}

/** `next` with the claim on the email its change of status calls for, if any: [case, key]. */
export function claimStatusEmail(deps: Pick<UpdateDeps, 'policies'>, before: Case, next: Case, at: string): [Case, string | undefined] {
  const key = statusEmailKey(next.status);
  const tell = next.status !== before.status && CUSTOMER_VISIBLE.includes(next.status) && deps.policies.has(next.policy) && emailClaimable(next, key, at);
  return tell ? [withEmailClaim(next, key, at), key] : [next, undefined];
}

function statusMessage(c: Case, deps: Pick<UpdateDeps, 'policies'>, statusUrl: string | undefined): OutgoingEmail {
  const policy = policyOf(deps.policies, c);
  const last = c.history.at(-1);
  switch (c.status) {
    case 'approved':
    case 'declined':
      return renderDecisionUpdate(c, policy, 'reviewed', { packing: c.status === 'approved', ...(statusUrl ? { statusUrl } : {}) });
    case 'repairing':
    case 'replacing': {
      const promise = slaPromise(c);
      return renderStatusUpdate(c, policy, { kind: c.status, ...(promise ? { promise } : {}) }, statusUrl);
    }
    case 'resolved':
      return renderStatusUpdate(c, policy, { kind: 'resolved', resolution: c.resolution as Resolution }, statusUrl);
    case 'cancelled':
      return renderStatusUpdate(c, policy, { kind: 'cancelled', by: last?.by === 'customer' ? 'customer' : 'staff' }, statusUrl);
    case 'received':
      return renderStatusUpdate(c, policy, { kind: 'received' }, statusUrl);
    default:
      throw new CaseError(`no email tells of a case becoming ${c.status}`);
  }
}

/** Sends the status email whose claim `written` holds. */
export function sendStatusEmail(deps: UpdateDeps, written: Case, key: string): Promise<Case> {
  return sendLinkedEmail(deps, written, key, (url) => statusMessage(written, deps, url), awaitParcel);
}

/**
 * The customer cancels through their link, before the parcel is received. A wrong token and an
 * unknown RMA give the same CaseNotFoundError; a case past cancelling gives NotCancellableError;
 * cancelling a cancelled case again changes nothing. The customer has no version to hold on to, so
 * a concurrent change is re-read and the lifecycle checked again on it.
 */
export function makeCustomerCancel(deps: UpdateDeps & Pick<CaseDeps, 'ids'>) {
  return async function customerCancel(rmaText: string, token: string): Promise<CustomerCaseView> {
    const c = await caseByLink(deps, rmaText, token);
    const at = deps.clock.now();
    const day = deps.clock.today();
    let key: string | undefined;
    let written: Case | undefined;
    try {
      written = await updateWithRetry(
        deps.store,
        c.rma,
        (x) => {
          if (x.status === 'cancelled') return undefined;
          let next: Case;
          [next, key] = claimStatusEmail(deps, x, withStatus(x, 'cancelled', at, 'customer', { day }), at);
          return next;
        },
        c,
      );
    } catch (error) {
      if (error instanceof InvalidTransitionError) throw new NotCancellableError(error.from);
      throw error;
    }
    const final = written && key ? await sendStatusEmail(deps, written, key) : (written ?? ((await deps.store.get(c.rma)) as Case));
    return customerView(final, merchantName(deps.policies, final), deps.policies.get(final.policy)?.merchant);
  };
}
