// Bounces and complaints: a permanent one suppresses the mailbox and flags its case; nothing more
// goes to it, and each later email is recorded refused for that reason.
import { InMemorySuppressionList } from '../../../../shared/adapters/memory/in-memory-suppression-list';
import { InMemoryMailQuota } from '../../../../shared/adapters/memory/in-memory-mail-quota';
import { makeRecordMailFeedback, SuppressingMailer, type MailFeedback } from '../../../../shared/cases';
import { makeApp } from '../../../../shared/wiring/app';
import { FixedClock, RecordingMailer, ScriptedIds } from '../../../support/fakes';
import { newCase, PLC_DEFECTIVE, WriteLogCaseStore } from '../../../support/staff';

function desk() {
  const store = new WriteLogCaseStore();
  const sent = new RecordingMailer();
  const suppressions = new InMemorySuppressionList();
  const clock = new FixedClock();
  const app = makeApp(
    { store, mailer: new SuppressingMailer(sent, suppressions), clock, ids: new ScriptedIds(), mailQuota: new InMemoryMailQuota() },
    { publicBaseUrl: 'https://returns.example.com', corsOrigins: [] },
  );
  const record = makeRecordMailFeedback({ store, clock, suppressions });
  return { app, store, sent, suppressions, record };
}

const bounce = (over: Partial<MailFeedback> = {}): MailFeedback => ({
  kind: 'bounce',
  permanent: true,
  recipients: [PLC_DEFECTIVE.contact.email],
  at: '2026-04-01T10:00:00.000Z',
  ...over,
});

describe('recordMailFeedback', () => {
  it('a permanent bounce suppresses the mailbox and flags the case the message was about', async () => {
    const { app, record, suppressions, store } = desk();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    await expect(record(bounce({ rma }))).resolves.toEqual({ outcome: 'suppressed', mailboxes: 1, flagged: rma });
    await expect(suppressions.reasonFor(PLC_DEFECTIVE.contact.email.toLowerCase())).resolves.toBe('bounce');
    expect((await store.get(rma))?.flags).toContain('email_bounced');
  });

  it('a repeated report changes nothing more (one flag, no new version)', async () => {
    const { app, record, store } = desk();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    await record(bounce({ rma }));
    const once = await store.get(rma);
    await record(bounce({ rma }));
    const twice = await store.get(rma);
    expect(twice?.version).toBe(once?.version);
    expect(twice?.flags.filter((f) => f === 'email_bounced')).toHaveLength(1);
  });

  it('a transient bounce is ignored: SES retried it already, the address may work tomorrow', async () => {
    const { app, record, suppressions, store } = desk();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    await expect(record(bounce({ rma, permanent: false }))).resolves.toEqual({ outcome: 'ignored' });
    expect(suppressions.entries.size).toBe(0);
    expect((await store.get(rma))?.flags).not.toContain('email_bounced');
  });

  it('a complaint suppresses and flags as a complaint; a +tag reaches the same mailbox', async () => {
    const { app, record, suppressions, store } = desk();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    const [local, domain] = PLC_DEFECTIVE.contact.email.split('@');
    await record({ kind: 'complaint', permanent: true, recipients: [`${local}+shop@${domain}`], rma, at: '2026-04-01T10:00:00.000Z' });
    expect([...suppressions.entries.values()].map((e) => e.reason)).toEqual(['complaint']);
    expect((await store.get(rma))?.flags).toContain('email_complaint');
  });

  it('a tag naming another customer’s case flags nothing there (the case’s address decides)', async () => {
    const { app, record, store } = desk();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    await expect(record(bounce({ rma, recipients: ['someone.else@example.com'] }))).resolves.toEqual({ outcome: 'suppressed', mailboxes: 1 });
    expect((await store.get(rma))?.flags).not.toContain('email_bounced');
  });

  it('an unreadable or unknown RMA tag still suppresses the address', async () => {
    const { record, suppressions } = desk();
    await expect(record(bounce({ rma: 'not-an-rma' }))).resolves.toEqual({ outcome: 'suppressed', mailboxes: 1 });
    expect(suppressions.entries.size).toBe(1);
  });
});

describe('SuppressingMailer, as the case emails meet it', () => {
  it('after a bounce, the next update is not sent: recorded rejected, the case flagged with the reason', async () => {
    const { app, record, sent } = desk();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    expect(sent.sent).toHaveLength(1);
    await record(bounce());
    const c = await app.getCaseForStaff(rma);
    const after = await app.applyAction(rma, { action: 'received', expectedVersion: c.version });
    expect(sent.sent).toHaveLength(1);
    expect(after.emails['status:received']?.state).toBe('rejected');
    expect(after.flags).toContain('email_bounced');
    expect(after.flags).not.toContain('email_rejected');
  });

  it('other addresses are sent to as before', async () => {
    const { record, sent, suppressions } = desk();
    await record(bounce({ recipients: ['gone@example.com'] }));
    const mailer = new SuppressingMailer(sent, suppressions);
    await expect(mailer.send({ to: 'here@example.com', subject: 's', text: 't', html: 'h' })).resolves.toEqual({ messageId: 'msg-1' });
    await expect(mailer.send({ to: 'GONE@example.com', subject: 's', text: 't', html: 'h' })).rejects.toThrow('suppressed (bounce)');
  });
});
