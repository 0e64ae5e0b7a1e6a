// The 21-day promise of PLC Technologies' policy: clause plc.warranty.21-day-promise ("If the
// repair / replacement takes longer than 21 days, we will get in touch with you to see if you would
// rather receive a credit / refund.") and, for supplier repairs, plc.warranty.supplier-21-days.
//
// From when the 21 days count: from the day the parcel was received (slaPromise in updates.ts).
// The text does not say. The repair / replacement it speaks of is the remedy of the paragraph
// before: "we will arrange to collect the product from you … Once we have inspected the product and
// validated your return, we will … repair / replace the product". From the customer's side that
// remedy takes its time from the day the merchant has the product; inspecting and validating are
// the merchant's steps, in the merchant's hands, and a promise that started only once they were done
// could be put off without limit. Of the readings the words allow, the customer's is the one a
// consumer promise is held to. So: day 0 is the day of `received`; day 21 is still within the
// promise, day 22 is not.
//
// Which cases: those in repairing or replacing whose decision carries `slaDays` (policies are data:
// today only PLC's warranty clauses set it), found with one query per status on the status index.
//
// The same daily run also settles approvals whose email a sender claimed and then died before
// recording (a Lambda timed out mid-send): such a case would wait in `approved` for ever. It is
// marked failed, flagged for staff and moved on to awaiting_parcel, as a failed send is.
import { addDays, REMEDY_LABELS, type Policy } from '../rules';
import { sentenceIn } from '../i18n/policy-text';
import type { Flag } from './flags';
import { renderStatusUpdate } from '../notify/status-update';
import type { Case } from './case';
import { emailClaimable, sendLinkedEmail, SLA_OFFER, staleClaims, withEmailClaim } from './emails';
import type { CaseStatus } from './status';
import { slaPromise, type UpdateDeps } from './updates';
import { awaitParcel } from './use-cases';
import { updateWithRetry, withFlag } from './write';

import { SLA_BREACHED } from './flags';
export { SLA_BREACHED };
const UNDER_WAY = ['repairing', 'replacing'] as const;
const PAGE = 100;

export interface SlaCheckResult {
  /** Cases in repair or replacement under a promise. */
  checked: number;
  /** Offers sent by this run. */
  offered: number;
  /** Offers this run could not send (flagged on the case; a failed send is tried again next run). */
  failed: number;
  /** Approved cases whose email sender died mid-send: flagged email_failed and moved to awaiting_parcel. */
  settled: number;
  /** Chosen credits or refunds past the policy's days from the return: flagged, the customer told (once). */
  creditsLate: number;
}

/** The email and flag for a chosen credit or refund paid late (PLC: "within 10 days of the return"). */
export const CREDIT_LATE_EMAIL = 'credit_late';
const CREDIT_LATE: Flag = 'credit_late';
/** Received, or being inspected: the chosen credit is not paid yet (resolved as credited or refunded, it is). */
const CREDIT_WAITS = ['received', 'inspecting'] as const;

/** When a chosen credit or refund is due: its days from the day the parcel was received. */
export function creditDue(c: Case): { days: number; since: string; lastDay: string } | undefined {
  const days = c.decision.creditDays;
  const remedy = c.choice?.remedy;
  const received = c.history.findLast((h) => h.to === 'received' && h.from !== h.to);
  if (days === undefined || (remedy !== 'credit' && remedy !== 'refund') || !received) return undefined;
  const since = received.day ?? received.at.slice(0, 10);
  return { days, since, lastDay: addDays(since, days) };
}

/** Flags the late credit and tells the customer, once. */
async function creditLateOnce(deps: UpdateDeps, listed: Case, policy: Policy): Promise<boolean> {
  const claimed = await claimOnce(deps, listed, CREDIT_WAITS, CREDIT_LATE_EMAIL, CREDIT_LATE);
  const due = claimed && creditDue(claimed);
  if (!claimed || !due) return false;
  const remedy = sentenceIn(claimed.language, REMEDY_LABELS[claimed.choice?.remedy as 'credit' | 'refund']);
  await sendLinkedEmail(deps, claimed, CREDIT_LATE_EMAIL, (url) =>
    renderStatusUpdate(claimed, policy, { kind: 'credit_late', remedy, days: due.days, since: due.since }, url),
  );
  return true;
}

/**
 * Claims `key` on the case (with `flag`), if it is still in one of `statuses` and the email is not
 * sent or being sent: the index may lag, so the claim is made on the case as it is now.
 */
function claimOnce(deps: UpdateDeps, listed: Case, statuses: readonly CaseStatus[], key: string, flag: Flag): Promise<Case | undefined> {
  const now = deps.clock.now();
  return updateWithRetry(
    deps.store,
    listed.rma,
    (c) => (statuses.includes(c.status) && emailClaimable(c, key, now) ? withEmailClaim(withFlag(c, flag), key, now) : undefined),
    listed,
  );
}

/** Flags the case and sends the offer, unless it was sent (or is being sent) already. */
async function offerOnce(deps: UpdateDeps, listed: Case, policy: Policy): Promise<'sent' | 'not_sent' | 'already'> {
  const claimed = await claimOnce(deps, listed, UNDER_WAY, SLA_OFFER, SLA_BREACHED);
  const promise = claimed && slaPromise(claimed);
  if (!claimed || !promise) return 'already';
  const work = claimed.status as (typeof UNDER_WAY)[number];
  const done = await sendLinkedEmail(deps, claimed, SLA_OFFER, (url) => renderStatusUpdate(claimed, policy, { kind: 'sla_offer', work, promise }, url));
  return done.emails[SLA_OFFER]?.state === 'sent' ? 'sent' : 'not_sent';
}

async function forEachWithStatus(deps: UpdateDeps, status: CaseStatus, visit: (c: Case) => Promise<void>): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await deps.store.listByStatus(status, { limit: PAGE, ...(cursor ? { cursor } : {}) });
    for (const c of page.cases) await visit(c);
    cursor = page.cursor;
  } while (cursor);
}

/** Settles the stale claims of an approved case; true if this run did. */
async function settleStaleApproval(deps: UpdateDeps, listed: Case): Promise<boolean> {
  const now = deps.clock.now();
  const settled = await updateWithRetry(
    deps.store,
    listed.rma,
    (c) => {
      const stale = staleClaims(c, now);
      if (c.status !== 'approved' || stale.length === 0) return undefined;
      const emails = { ...c.emails, ...Object.fromEntries(stale.map((key) => [key, { state: 'failed' as const, at: now }])) };
      return awaitParcel(withFlag({ ...c, emails }, 'email_failed'), now);
    },
    listed,
  );
  return settled !== undefined;
}

/**
 * Finds the repairs and replacements that have run past their promise, sends each customer the
 * offer of a credit or refund once, and flags the case for staff. Safe to run any number of times
 * (and at once): the offer is claimed on the case before it is sent.
 */
export function makeRunSlaCheck(deps: UpdateDeps) {
  return async function runSlaCheck(): Promise<SlaCheckResult> {
    const today = deps.clock.today();
    const result: SlaCheckResult = { checked: 0, offered: 0, failed: 0, settled: 0, creditsLate: 0 };
    for (const status of UNDER_WAY) {
      await forEachWithStatus(deps, status, async (c) => {
        const promise = slaPromise(c);
        const policy = deps.policies.get(c.policy);
        if (!promise || !policy) return;
        result.checked += 1;
        if (today <= promise.lastDay) return;
        const outcome = await offerOnce(deps, c, policy);
        if (outcome === 'sent') result.offered += 1;
        if (outcome === 'not_sent') result.failed += 1;
      });
    }
    for (const status of CREDIT_WAITS) {
      await forEachWithStatus(deps, status, async (c) => {
        const due = creditDue(c);
        const policy = deps.policies.get(c.policy);
        if (!due || !policy || today <= due.lastDay) return;
        if (await creditLateOnce(deps, c, policy)) result.creditsLate += 1;
      });
    }
    await forEachWithStatus(deps, 'approved', async (c) => {
      if (staleClaims(c, deps.clock.now()).length > 0 && (await settleStaleApproval(deps, c))) result.settled += 1;
    });
    return result;
  };
}
