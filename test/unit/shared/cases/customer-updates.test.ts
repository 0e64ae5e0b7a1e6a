import {
  availableActions,
  CaseNotFoundError,
  CUSTOMER_VISIBLE,
  MailRejectedError,
  NotCancellableError,
  statusEmailKey,
  UnavailableError,
} from '../../../../shared/cases';
import { EMAIL_TEXT, UPDATE_TEXT } from '../../../../shared/notify/email-text';
import { act, newCase, PLC_DEFECTIVE, PLC_LATE_UNWANTED, staffApp } from '../../../support/staff';

type Step = Parameters<typeof act>[2];

describe('one email per customer-visible change', () => {
  it('a repair from parcel to close: received, repairing (with the promise), resolved — nothing for inspecting or closed', async () => {
    // Prepare
    const { app, mailer } = staffApp();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    const steps: [Step, string | undefined][] = [
      [{ action: 'received' }, UPDATE_TEXT.received],
      [{ action: 'inspecting' }, undefined],
      [{ action: 'repairing' }, UPDATE_TEXT.promise(21, '2026-04-10')],
      [{ action: 'resolved', resolution: 'repaired' }, UPDATE_TEXT.resolved.repaired],
      [{ action: 'closed' }, undefined],
    ];
    for (const [step, says] of steps) {
      const before = mailer.sent.length;
      // Act
      const after = await act(app, rma, step);
      // Assess
      const sent = mailer.sent.slice(before);
      expect([step.action, sent.length]).toEqual([step.action, says ? 1 : 0]);
      if (says) {
        expect(sent[0]?.to).toBe(PLC_DEFECTIVE.contact.email);
        expect(sent[0]?.text).toContain(says);
        // each update carries a status link of its own, which opens the case
        expect(sent[0]?.text).not.toContain(EMAIL_TEXT.statusLinkInConfirmation);
        const token = /\/status\/RMA-[0-9A-Z]+\?token=([^\s"&]+)/.exec(sent[0]?.text ?? '')?.[1];
        expect(token).toBeDefined();
        await expect(app.getCase(rma, decodeURIComponent(token ?? ''))).resolves.toMatchObject({ rma, status: after.status });
        expect(after.emails[statusEmailKey(after.status)]).toMatchObject({ state: 'sent', messageId: `msg-${mailer.sent.length}` });
      }
      expect(CUSTOMER_VISIBLE.includes(after.status)).toBe(Boolean(says));
    }
  });

  it('a rejected address: the change stands, the email is recorded rejected and the case flagged', async () => {
    const { app, mailer } = staffApp();
    const { c, rma } = await newCase(app, PLC_DEFECTIVE);
    mailer.failWith = new MailRejectedError('MessageRejected');
    const after = await app.applyAction(rma, { action: 'received', expectedVersion: c.version });
    expect(after.status).toBe('received');
    expect(after.emails[statusEmailKey('received')]?.state).toBe('rejected');
    expect(after.flags).toContain('email_rejected');
  });

  it('mail unavailable: recorded failed and flagged for staff', async () => {
    const { app, mailer } = staffApp();
    const { c, rma } = await newCase(app, PLC_DEFECTIVE);
    mailer.failWith = new UnavailableError('SES down');
    const after = await app.applyAction(rma, { action: 'received', expectedVersion: c.version });
    expect(after.emails[statusEmailKey('received')]?.state).toBe('failed');
    expect(after.flags).toContain('email_failed');
  });

  it.each([
    ['the mail fails', { failWith: new UnavailableError('SES down') }, 'failed'],
    ['its mail checks held it', { flags: ['no_auto_reply'] }, 'held'],
  ] as const)('a review approved when %s: the case still moves on to wait for the parcel', async (_, how, state) => {
    // Prepare
    const { app, mailer } = staffApp();
    const { c, rma } = await newCase(app, PLC_LATE_UNWANTED, 'flags' in how ? { flags: [...how.flags] } : {});
    if ('failWith' in how) mailer.failWith = how.failWith;
    // Act
    const after = await app.applyAction(rma, { action: 'approve', expectedVersion: c.version });
    // Assess
    expect(after.status).toBe('awaiting_parcel');
    expect(after.emails[statusEmailKey('approved')]?.state).toBe(state);
    expect(availableActions(after)).toContain('received');
  });

  it('a case opened by email: the update answers in the same thread', async () => {
    const { app, mailer } = staffApp();
    const replyTo = { messageId: '<m1@example.com>', references: [], subject: 'My drive' };
    const { rma } = await newCase(app, PLC_DEFECTIVE, { replyTo });
    await act(app, rma, { action: 'received' });
    expect(mailer.sent.at(-1)?.headers).toContainEqual({ name: 'In-Reply-To', value: '<m1@example.com>' });
    expect(mailer.sent.at(-1)?.subject).toContain(rma);
  });

  it('the customer’s view lists the changes and how it was resolved, without staff notes or reassessments', async () => {
    // Prepare
    const { app } = staffApp();
    const { rma, token } = await newCase(app, PLC_DEFECTIVE);
    await act(
      app,
      rma,
      { action: 'received', note: 'internal: box dented' },
      { action: 'inspecting' },
      { action: 'reassess', facts: { invoiceCopy: true } },
      { action: 'resolved', resolution: 'credited' },
    );
    // Act
    const view = await app.getCase(rma, token);
    // Assess
    // "Approved" went on to "waiting for your parcel" at once: one step (customerView).
    expect(view.history.map((h) => h.status)).toEqual(['submitted', 'awaiting_parcel', 'received', 'inspecting', 'resolved']);
    expect(view.history.at(-1)?.resolution).toBe('credited');
    expect(JSON.stringify(view)).not.toContain('box dented');
  });
});

describe('customerCancel', () => {
  it.each<[string, object, Step[]]>([
    ['waiting for the parcel', PLC_DEFECTIVE, []],
    ['in review', PLC_LATE_UNWANTED, []],
  ])('%s: cancelled by the customer, confirmed in one email', async (_name, request, before) => {
    // Prepare
    const { app, mailer } = staffApp();
    const { rma, token } = await newCase(app, request);
    await act(app, rma, ...before);
    const sent = mailer.sent.length;
    // Act
    const view = await app.customerCancel(rma, token);
    const again = await app.customerCancel(rma, token);
    // Assess
    expect(view.status).toBe('cancelled');
    expect(again).toEqual(view);
    expect(mailer.sent.length - sent).toBe(1);
    expect(mailer.sent.at(-1)?.text).toContain(UPDATE_TEXT.cancelled.customer);
    expect((await app.getCaseForStaff(rma)).history.at(-1)).toMatchObject({ to: 'cancelled', by: 'customer' });
  });

  it('two cancels at once (a double tap): one cancellation, one email', async () => {
    const { app, mailer } = staffApp();
    const { rma, token } = await newCase(app, PLC_DEFECTIVE);
    const sent = mailer.sent.length;
    const views = await Promise.all([app.customerCancel(rma, token), app.customerCancel(rma, token)]);
    expect(views.map((v) => v.status)).toEqual(['cancelled', 'cancelled']);
    expect(mailer.sent.length - sent).toBe(1);
  });

  it('cancelled by staff, the email says so', async () => {
    const { app, mailer } = staffApp();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    await act(app, rma, { action: 'cancelled' });
    expect(mailer.sent.at(-1)?.text).toContain(UPDATE_TEXT.cancelled.staff);
  });

  it('once the parcel is received: NotCancellableError, nothing changes', async () => {
    const { app, mailer } = staffApp();
    const { rma, token } = await newCase(app, PLC_DEFECTIVE);
    const seen = await act(app, rma, { action: 'received' });
    const sent = mailer.sent.length;
    const error = await app.customerCancel(rma, token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotCancellableError);
    expect((error as NotCancellableError).status).toBe('received');
    expect(await app.getCaseForStaff(rma)).toEqual(seen);
    expect(mailer.sent).toHaveLength(sent);
  });

  it('a wrong token and an unknown RMA look the same', async () => {
    const { app } = staffApp();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    const errors = await Promise.all([
      app.customerCancel(rma, 'wrong').catch((e: unknown) => e),
      app.customerCancel('RMA-000000000', 'x').catch((e: unknown) => e),
    ]);
    expect(errors.map((e) => [(e as Error).name, (e as Error).message])).toEqual(Array(2).fill([CaseNotFoundError.name, 'no case for this link']));
    expect((await app.getCaseForStaff(rma)).status).toBe('awaiting_parcel');
  });

  it('racing staff who mark the parcel received: one of the two wins, never both', async () => {
    const { app, mailer } = staffApp();
    const { c, rma, token } = await newCase(app, PLC_DEFECTIVE);
    const sent = mailer.sent.length;
    const [cancel, received] = await Promise.allSettled([
      app.customerCancel(rma, token),
      app.applyAction(rma, { action: 'received', expectedVersion: c.version }),
    ]);
    const status = (await app.getCaseForStaff(rma)).status;
    expect([cancel.status, received.status].filter((s) => s === 'fulfilled')).toHaveLength(1);
    expect(status).toBe(cancel.status === 'fulfilled' ? 'cancelled' : 'received');
    expect(mailer.sent.length - sent).toBe(1);
  });
});
