// What the mail service tells the desk after a send: an address bounced or its owner complained.
// A permanent bounce or a complaint suppresses the mailbox (nothing more is sent to it: the
// sender's reputation depends on it) and flags the case the message was about, so staff see why
// the customer hears nothing. A transient bounce changes nothing: the service retried it already.
import type { Case } from './case';
import { mailboxOf } from './emails';
import { MailSuppressedError } from './errors';
import { FEEDBACK_FLAG } from './flags';
import type { CaseStore, Clock, Mailer, OutgoingEmail, SuppressionList, SuppressionReason } from './ports';
import { parseRma } from './rma';
import { updateWithRetry, withFlag } from './write';

/** One bounce or complaint, as the mail service reported it (adapters/ses/ses-feedback.ts reads SES's). */
export interface MailFeedback {
  kind: SuppressionReason;
  /** For a bounce: whether the service gave up on the address for good. A complaint is always final. */
  permanent: boolean;
  recipients: readonly string[];
  /** The case the message was tagged with, if any. */
  rma?: string;
  /** When the service reported it (ISO 8601). */
  at: string;
}

export type FeedbackResult = { outcome: 'ignored' } | { outcome: 'suppressed'; mailboxes: number; flagged?: string };

/** Records one report; safe to repeat (a redelivered event suppresses and flags nothing twice). */
export function makeRecordMailFeedback(deps: { store: CaseStore; clock: Clock; suppressions: SuppressionList }) {
  return async function recordMailFeedback(feedback: MailFeedback): Promise<FeedbackResult> {
    if (feedback.kind === 'bounce' && !feedback.permanent) return { outcome: 'ignored' };
    const mailboxes = [...new Set(feedback.recipients.map(mailboxOf))];
    for (const mailbox of mailboxes) await deps.suppressions.suppress(mailbox, feedback.kind, feedback.at);
    const rma = feedback.rma ? parseRma(feedback.rma) : undefined;
    const c = rma ? await deps.store.get(rma) : undefined;
    // Only the case whose address it was: a tag is ours, but the case is what decides.
    if (!c || !mailboxes.includes(mailboxOf(c.contact.email))) return { outcome: 'suppressed', mailboxes: mailboxes.length };
    await updateWithRetry(
      deps.store,
      c.rma,
      (x: Case) => (x.flags.includes(FEEDBACK_FLAG[feedback.kind]) ? undefined : withFlag(x, FEEDBACK_FLAG[feedback.kind])),
      c,
    );
    return { outcome: 'suppressed', mailboxes: mailboxes.length, flagged: c.rma };
  };
}

/**
 * A Mailer that sends nothing to a suppressed mailbox: MailSuppressedError instead (a rejection,
 * so the email is recorded rejected and its case flagged with the reason, never retried).
 */
export class SuppressingMailer implements Mailer {
  constructor(
    private readonly inner: Mailer,
    private readonly suppressions: SuppressionList,
  ) {}

  async send(message: OutgoingEmail): Promise<{ messageId: string }> {
    const reason = await this.suppressions.reasonFor(mailboxOf(message.to));
    if (reason) throw new MailSuppressedError(reason);
    return this.inner.send(message);
  }
}
