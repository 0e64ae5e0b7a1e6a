// The business metrics, as the store decorator counts them from the writes of real use cases: a case
// created and decided, its emails' outcomes, mail feedback, nothing counted twice, and nothing counted
// from a write whose previous state the decorator never saw.
import { InMemoryMailQuota } from '../../../../shared/adapters/memory/in-memory-mail-quota';
import { InMemorySuppressionList } from '../../../../shared/adapters/memory/in-memory-suppression-list';
import { CountingMeter, MeteredCaseStore, makeRecordMailFeedback, SuppressingMailer } from '../../../../shared/cases';
import { makeApp } from '../../../../shared/wiring/app';
import { FixedClock, RecordingMailer, ScriptedIds } from '../../../support/fakes';
import { newCase, PLC_DEFECTIVE, WriteLogCaseStore } from '../../../support/staff';

function metered() {
  const inner = new WriteLogCaseStore();
  const meter = new CountingMeter();
  const store = new MeteredCaseStore(inner, meter);
  const suppressions = new InMemorySuppressionList();
  const mailer = new RecordingMailer();
  const clock = new FixedClock();
  const app = makeApp(
    { store, mailer: new SuppressingMailer(mailer, suppressions), clock, ids: new ScriptedIds(), mailQuota: new InMemoryMailQuota() },
    { publicBaseUrl: 'https://returns.example.com', corsOrigins: [] },
  );
  return { app, meter, store, inner, mailer, record: makeRecordMailFeedback({ store, clock, suppressions }) };
}

describe('MeteredCaseStore', () => {
  it('a form return: created, decided in one turn, its confirmation sent — each counted once', async () => {
    const { app, meter } = metered();
    await newCase(app, PLC_DEFECTIVE);
    expect(Object.fromEntries(meter.counts)).toEqual({
      'CasesCreated policy=plc-technologies channel=form track=standard_warranty': 1,
      'CasesDecided policy=plc-technologies channel=form outcome=approved': 1,
      'TurnsToDecision channel=form': 1,
      'Emails state=sent': 1,
    });
  });

  it('staff actions add their emails; a bounce adds its feedback and the refused email', async () => {
    const { app, meter, record } = metered();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    const c = await app.getCaseForStaff(rma);
    await app.applyAction(rma, { action: 'received', expectedVersion: c.version });
    expect(meter.counts.get('Emails state=sent')).toBe(2);
    await record({ kind: 'bounce', permanent: true, recipients: [PLC_DEFECTIVE.contact.email], rma, at: '2026-04-02T10:00:00.000Z' });
    const again = await app.getCaseForStaff(rma);
    await app.applyAction(rma, { action: 'inspecting', expectedVersion: again.version });
    await app.applyAction(rma, { action: 'repairing', expectedVersion: (await app.getCaseForStaff(rma)).version });
    expect(meter.counts.get('MailFeedback kind=bounce')).toBe(1);
    expect(meter.counts.get('Emails state=rejected')).toBe(1);
    // nothing decided or created twice
    expect(meter.counts.get('CasesDecided policy=plc-technologies channel=form outcome=approved')).toBe(1);
  });

  it('a write whose earlier state this instance never read counts nothing (no guess)', async () => {
    const { app, inner } = metered();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    const other = new CountingMeter();
    const cold = new MeteredCaseStore(inner, other);
    const c = (await inner.get(rma))!;
    await cold.update({ ...c, flags: [...c.flags, 'email_bounced'] });
    expect(other.counts.size).toBe(0);
  });
});
