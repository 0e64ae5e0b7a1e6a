import { SLA_BREACHED, SLA_OFFER, UnavailableError } from '../../../../shared/cases';
import { UPDATE_TEXT } from '../../../../shared/notify/email-text';
import { FixedClock, PLC_UNWANTED } from '../../../support/fakes';
import { act, newCase, PLC_DEFECTIVE, PLEXTOR_DEFECTIVE, staffApp } from '../../../support/staff';

/** Noon on the day `n` days after the parcel arrived (2026-03-20, the fixed clock's day). */
const dayAfterArrival = (n: number) => new Date(Date.parse('2026-03-20T12:00:00.000Z') + n * 86_400_000).toISOString();

/** A PLC warranty repair (or replacement) whose parcel arrived on 2026-03-20, under way since `startedOn` days later. */
async function underWay(work: 'repairing' | 'replacing' = 'repairing', startedOn = 0) {
  const clock = new FixedClock();
  const desk = staffApp({ clock });
  const { rma } = await newCase(desk.app, PLC_DEFECTIVE);
  await act(desk.app, rma, { action: 'received' }, { action: 'inspecting' });
  clock.instant = dayAfterArrival(startedOn);
  await act(desk.app, rma, { action: work });
  desk.mailer.sent.length = 0;
  return { ...desk, rma };
}

const offers = (sent: { subject: string }[]) => sent.filter((m) => m.subject.includes(UPDATE_TEXT.subjects.slaOffer));

describe('runSlaCheck: the 21-day promise', () => {
  it.each(['repairing', 'replacing'] as const)('%s: day 21 is within the promise, day 22 brings one offer and a flag', async (work) => {
    // Prepare
    const { app, mailer, clock, rma } = await underWay(work);

    // Act: day 21
    clock.instant = dayAfterArrival(21);
    const day21 = await app.runSlaCheck();
    // Assess
    expect(day21).toEqual({ checked: 1, offered: 0, failed: 0, settled: 0, creditsLate: 0 });
    expect(mailer.sent).toHaveLength(0);
    expect((await app.getCaseForStaff(rma)).flags).not.toContain(SLA_BREACHED);

    // Act: day 22
    clock.instant = dayAfterArrival(22);
    const day22 = await app.runSlaCheck();
    // Assess
    expect(day22).toEqual({ checked: 1, offered: 1, failed: 0, settled: 0, creditsLate: 0 });
    expect(offers(mailer.sent)).toHaveLength(1);
    expect(mailer.sent[0]?.to).toBe(PLC_DEFECTIVE.contact.email);
    const work_ = work === 'repairing' ? 'repair' : 'replacement';
    expect(mailer.sent[0]?.text).toContain(UPDATE_TEXT.slaLate(work_, 21, '2026-03-20'));
    expect(mailer.sent[0]?.text).toContain(UPDATE_TEXT.slaChoice);
    const c = await app.getCaseForStaff(rma);
    expect(c.flags).toContain(SLA_BREACHED);
    expect(c.emails[SLA_OFFER]?.state).toBe('sent');
    expect(c.status).toBe(work);
  });

  it('run twice, or twice at once: one email', async () => {
    // Prepare
    const { app, mailer, clock } = await underWay();
    clock.instant = dayAfterArrival(30);
    // Act
    const results = [await app.runSlaCheck(), ...(await Promise.all([app.runSlaCheck(), app.runSlaCheck()]))];
    // Assess
    expect(results.map((r) => r.offered)).toEqual([1, 0, 0]);
    expect(mailer.sent).toHaveLength(1);
  });

  it('counts from the parcel’s arrival, not from the start of the repair', async () => {
    // Prepare: inspection took 15 days; the repair started on day 15
    const { app, mailer, clock } = await underWay('repairing', 15);
    // Act
    clock.instant = dayAfterArrival(22);
    const result = await app.runSlaCheck();
    // Assess
    expect(result.offered).toBe(1);
    expect(offers(mailer.sent)).toHaveLength(1);
  });

  it('a send that fails is flagged, and the next run sends it', async () => {
    // Prepare
    const { app, mailer, clock, rma } = await underWay();
    clock.instant = dayAfterArrival(22);
    mailer.failWith = new UnavailableError('SES down');
    // Act
    const first = await app.runSlaCheck();
    mailer.failWith = undefined;
    const second = await app.runSlaCheck();
    // Assess
    expect(first).toEqual({ checked: 1, offered: 0, failed: 1, settled: 0, creditsLate: 0 });
    expect(second).toEqual({ checked: 1, offered: 1, failed: 0, settled: 0, creditsLate: 0 });
    expect(mailer.sent).toHaveLength(1);
    expect((await app.getCaseForStaff(rma)).flags).toEqual(expect.arrayContaining([SLA_BREACHED, 'email_failed']));
  });

  it('leaves alone what the promise does not cover: Plextor repairs, finished repairs, parcels not yet inspected', async () => {
    // Prepare: a Plextor repair, a PLC repair resolved in time, a PLC unwanted return just received
    const clock = new FixedClock();
    const { app, mailer, store } = staffApp({ clock });
    const plextor = (await newCase(app, PLEXTOR_DEFECTIVE)).rma;
    await act(app, plextor, { action: 'received' }, { action: 'inspecting' }, { action: 'repairing' });
    const done = (await newCase(app, PLC_DEFECTIVE)).rma;
    await act(app, done, { action: 'received' }, { action: 'inspecting' }, { action: 'repairing' }, { action: 'resolved', resolution: 'repaired' });
    const unwanted = (await newCase(app, PLC_UNWANTED)).rma;
    await act(app, unwanted, { action: 'received' });
    mailer.sent.length = 0;
    const listed = jest.spyOn(store, 'listByStatus');
    // Act
    clock.instant = dayAfterArrival(60);
    const result = await app.runSlaCheck();
    // Assess
    expect(result).toEqual({ checked: 0, offered: 0, failed: 0, settled: 0, creditsLate: 0 });
    expect(mailer.sent).toHaveLength(0);
    // The promises under way, the credits chosen and not yet paid, and the approvals whose email may have stalled.
    expect(listed.mock.calls.map(([status]) => status)).toEqual(['repairing', 'replacing', 'received', 'inspecting', 'approved']);
  });

  it('pages through the index', async () => {
    // Prepare: more repairs than one page of the store holds
    const clock = new FixedClock();
    const { app, mailer } = staffApp({ clock });
    for (let i = 0; i < 101; i++) {
      // 101 customers (one customer's 101 returns in a day would be held by the daily mail limit)
      const { rma } = await newCase(app, { ...PLC_DEFECTIVE, contact: { ...PLC_DEFECTIVE.contact, email: `bea${i}@example.com` } });
      await act(app, rma, { action: 'received' }, { action: 'inspecting' }, { action: 'repairing' });
    }
    mailer.sent.length = 0;
    clock.instant = dayAfterArrival(22);
    // Act
    const result = await app.runSlaCheck();
    // Assess
    expect(result).toEqual({ checked: 101, offered: 101, failed: 0, settled: 0, creditsLate: 0 });
    expect(new Set(mailer.sent.map((m) => m.subject)).size).toBe(101);
  });

  it('settles an approval whose email sender died mid-send: after two minutes, once, flagged for staff', async () => {
    // Prepare: the case was approved and its confirmation claimed, then the sender vanished
    const clock = new FixedClock();
    const { app, store, mailer } = staffApp({ clock });
    const { rma } = await newCase(app, PLC_UNWANTED);
    const created = (await store.get(rma))!;
    await store.update({
      ...created,
      status: 'approved',
      history: created.history.slice(0, 2),
      emails: { confirmation: { state: 'sending', at: clock.now() } },
    });
    mailer.sent.length = 0;
    // Act: a minute later the claim may still be a live sender's; three minutes later it is not
    clock.instant = '2026-03-20T09:31:00.000Z';
    const early = await app.runSlaCheck();
    const stillApproved = (await store.get(rma))?.status;
    clock.instant = '2026-03-20T09:33:00.000Z';
    const late = await app.runSlaCheck();
    const again = await app.runSlaCheck();
    // Assess
    expect(stillApproved).toBe('approved');
    expect([early.settled, late.settled, again.settled]).toEqual([0, 1, 0]);
    const c = await app.getCaseForStaff(rma);
    expect(c.status).toBe('awaiting_parcel');
    expect(c.emails.confirmation?.state).toBe('failed');
    expect(c.flags).toContain('email_failed');
    expect(mailer.sent).toHaveLength(0);
  });
});
