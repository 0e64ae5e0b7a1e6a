// The mail-events function as SNS calls it: each record read and recorded; the log names the kind,
// the outcome and the case, never the address.
import { makeMailEventsHandler } from '../../../../functions/email/mail-events';
import { readSesFeedback } from '../../../../shared/adapters/ses/ses-feedback';
import type { MailFeedback } from '../../../../shared/cases';
import { capturingLogger } from '../../../support/events';

const sns = (...messages: string[]) => ({
  Records: messages.map((Message) => ({ EventSource: 'aws:sns', Sns: { Message, Timestamp: '2026-04-01T10:00:00.000Z', Type: 'Notification' } })),
});

const BOUNCE = JSON.stringify({
  eventType: 'Bounce',
  bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'ann@example.com' }] },
  mail: { tags: { rma: ['RMA-9EW5QWH84'] } },
});

describe('the mail-events handler', () => {
  it('records each bounce and logs it without the address', async () => {
    const { logger, lines } = capturingLogger();
    const recorded: MailFeedback[] = [];
    const handler = makeMailEventsHandler({
      read: readSesFeedback,
      record: async (f) => {
        recorded.push(f);
        return { outcome: 'suppressed', mailboxes: 1, flagged: 'RMA-9EW5QWH84' };
      },
      logger,
    });
    await expect(handler(sns(BOUNCE, '{"eventType":"Delivery"}'))).resolves.toEqual([
      { outcome: 'suppressed', mailboxes: 1, flagged: 'RMA-9EW5QWH84' },
      { outcome: 'ignored' },
    ]);
    expect(recorded.map((f) => f.recipients)).toEqual([['ann@example.com']]);
    expect(lines.join('\n')).toContain('RMA-9EW5QWH84');
    expect(lines.join('\n')).not.toContain('ann@example.com');
  });

  it('an event that is not SNS is refused (Lambda retries it, then the failure queue keeps it)', async () => {
    const { logger } = capturingLogger();
    const handler = makeMailEventsHandler({ read: readSesFeedback, record: async () => ({ outcome: 'ignored' }), logger });
    await expect(handler({ Records: [{ eventSource: 'aws:s3' }] })).rejects.toThrow();
  });
});
