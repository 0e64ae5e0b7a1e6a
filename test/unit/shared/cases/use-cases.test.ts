import {
  CaseNotFoundError,
  createCaseRequestSchema,
  IdempotencyMismatchError,
  InvalidTransitionError,
  MailRejectedError,
  UnavailableError,
  updateWithRetry,
  type CreateCaseRequest,
} from '../../../../shared/cases';
import { InvalidFactsError } from '../../../../shared/rules';
import { PLC_UNWANTED, PLEXTOR_DOA, testApp } from '../../../support/fakes';

const request = (r: unknown): CreateCaseRequest => createCaseRequestSchema.parse(r);

describe('createCase', () => {
  it('an approved return: a case with an RMA number, waiting for the parcel, one confirmation with the packing list', async () => {
    // Prepare
    const { app, store, mailer } = testApp();
    // Act
    const result = await app.createCase(request(PLC_UNWANTED));
    // Assess
    if (result.kind !== 'created') throw new Error(result.kind);
    const stored = await store.get(result.case.rma);
    expect(stored?.status).toBe('awaiting_parcel');
    expect(stored?.history.map((h) => h.to)).toEqual(['submitted', 'approved', 'awaiting_parcel']);
    expect(stored?.decision.outcome).toBe('approved');
    expect(stored?.facts.asOf).toBe('2026-03-20');
    expect(stored?.emails.confirmation?.state).toBe('sent');
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.to).toBe('ann@example.com');
    expect(mailer.sent[0]?.text).toContain(result.case.rma);
    expect(mailer.sent[0]?.text).toContain('Clearly mark your return reference (the RMA number) on the outside of the parcel.');
    expect(result.statusUrl).toMatch(new RegExp(`^https://returns\\.example\\.com/status/${result.case.rma}\\?token=[A-Za-z0-9_-]{43}$`));
  });

  it('stores the token hashed: the link opens the case, the stored hash does not', async () => {
    const { app, store } = testApp();
    const result = await app.createCase(request(PLC_UNWANTED));
    if (result.kind !== 'created') throw new Error(result.kind);
    const token = new URL(result.statusUrl).searchParams.get('token') as string;
    const stored = await store.get(result.case.rma);
    expect(JSON.stringify(stored)).not.toContain(token);
    await expect(app.getCase(result.case.rma, token)).resolves.toMatchObject({ rma: result.case.rma, status: 'awaiting_parcel' });
    await expect(app.getCase(result.case.rma, stored!.tokenHash)).rejects.toThrow(CaseNotFoundError);
  });

  it('a Plextor DOA: the invoice copy is on the list of documents', async () => {
    const { app, mailer } = testApp();
    const result = await app.createCase(request(PLEXTOR_DOA));
    expect(result.kind).toBe('created');
    expect(mailer.sent[0]?.text).toContain('a copy of the purchase invoice');
  });

  it('a declined request is still a case, answered in writing', async () => {
    const { app, mailer } = testApp();
    const result = await app.createCase(request({ ...PLC_UNWANTED, product: { customOrder: true } }));
    if (result.kind === 'need_info') throw new Error('need_info');
    expect(result.case.status).toBe('declined');
    expect(mailer.sent[0]?.subject).toContain('our answer');
    expect(mailer.sent[0]?.text).toContain('All custom orders are non-returnable and non-cancelable.');
  });

  it('need_info makes no case and sends nothing', async () => {
    const { app, store, mailer } = testApp();
    const result = await app.createCase(request({ policy: 'plc-technologies', contact: PLC_UNWANTED.contact, reason: 'unwanted' }));
    expect(result.kind).toBe('need_info');
    expect(store.cases.size).toBe(0);
    expect(mailer.sent).toHaveLength(0);
  });

  it('refuses a date after today, naming the field', async () => {
    const { app } = testApp();
    await expect(app.createCase(request({ ...PLC_UNWANTED, deliveryDate: '2026-03-21' }))).rejects.toThrow(InvalidFactsError);
  });

  it('draws another RMA number when one is taken', async () => {
    const { app, store, ids } = testApp();
    const same = new Uint8Array([1, 2, 3, 4, 5]);
    ids.script.push(same, same);
    const first = await app.createCase(request(PLC_UNWANTED));
    const second = await app.createCase(request(PLC_UNWANTED));
    if (first.kind === 'need_info' || second.kind === 'need_info') throw new Error('need_info');
    expect(second.case.rma).not.toBe(first.case.rma);
    expect(store.cases.size).toBe(2);
  });
});

describe('createCase with an Idempotency-Key', () => {
  it('a retry returns the first answer (same RMA, same link) and sends no second email', async () => {
    const { app, store, mailer } = testApp();
    const first = await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-1' });
    const again = await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-1' });
    if (first.kind === 'need_info' || again.kind === 'need_info') throw new Error('need_info');
    expect(again.kind).toBe('replayed');
    expect(again.case.rma).toBe(first.case.rma);
    expect(again.statusUrl).toBe(first.statusUrl);
    expect(store.cases.size).toBe(1);
    expect(mailer.sent).toHaveLength(1);
  });

  it('refuses the same key with a different request', async () => {
    const { app } = testApp();
    await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-2' });
    await expect(app.createCase(request({ ...PLC_UNWANTED, reason: 'wrong_item' }), { idempotencyKey: 'k-2' })).rejects.toThrow(IdempotencyMismatchError);
  });

  it('concurrent submits with one key: one case, one email', async () => {
    const { app, store, mailer } = testApp();
    const results = await Promise.all(Array.from({ length: 50 }, () => app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-3' })));
    const rmas = new Set(results.map((r) => (r.kind === 'need_info' ? '' : r.case.rma)));
    expect(rmas.size).toBe(1);
    expect(store.cases.size).toBe(1);
    expect(mailer.sent).toHaveLength(1);
  });
});

describe('when the mail does not go', () => {
  it('a rejected address: the case goes on, flagged for staff, and the email is not retried', async () => {
    const { app, mailer, store } = testApp();
    mailer.failWith = new MailRejectedError('MessageRejected');
    const result = await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-4' });
    if (result.kind === 'need_info') throw new Error('need_info');
    const stored = await store.get(result.case.rma);
    expect(stored?.flags).toEqual(['email_rejected']);
    expect(stored?.emails.confirmation?.state).toBe('rejected');
    expect(stored?.status).toBe('awaiting_parcel');
    mailer.failWith = undefined;
    await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-4' });
    expect(mailer.sent).toHaveLength(0);
  });

  it('a message whose mail checks failed: held for staff, nothing sent, and the case still waits for the parcel', async () => {
    // Prepare
    const { app, mailer, store } = testApp();
    // Act
    const result = await app.createCase(request(PLC_UNWANTED), { flags: ['no_auto_reply'] });
    // Assess
    if (result.kind === 'need_info') throw new Error('need_info');
    const stored = await store.get(result.case.rma);
    expect(mailer.sent).toHaveLength(0);
    expect(stored?.emails.confirmation?.state).toBe('held');
    expect(stored?.status).toBe('awaiting_parcel');
    expect(stored?.history.map((h) => h.to)).toEqual(['submitted', 'approved', 'awaiting_parcel']);
  });

  it('mail unavailable: flagged, and the client’s retry sends it', async () => {
    const { app, mailer, store } = testApp();
    mailer.failWith = new UnavailableError('SES down');
    const result = await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-5' });
    if (result.kind === 'need_info') throw new Error('need_info');
    const failed = await store.get(result.case.rma);
    expect(failed?.emails.confirmation?.state).toBe('failed');
    expect(failed?.status).toBe('awaiting_parcel');
    mailer.failWith = undefined;
    await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-5' });
    const stored = await store.get(result.case.rma);
    expect(mailer.sent).toHaveLength(1);
    expect(stored?.emails.confirmation?.state).toBe('sent');
    expect(stored?.status).toBe('awaiting_parcel');
  });
});

describe('a sender that died mid-send', () => {
  it('leaves a claim that a retry takes over after two minutes, not before', async () => {
    // Prepare: the first attempt claimed the email, then vanished before sending
    const { app, store, mailer, clock } = testApp();
    const first = await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-6' });
    if (first.kind === 'need_info') throw new Error('need_info');
    const stored = (await store.get(first.case.rma))!;
    await store.update({ ...stored, status: 'approved', emails: { confirmation: { state: 'sending', at: clock.now() } } });
    mailer.sent.length = 0;
    // Act / Assess: a minute later, the claim still stands
    clock.instant = '2026-03-20T09:31:00.000Z';
    await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-6' });
    expect(mailer.sent).toHaveLength(0);
    // three minutes later, the retry sends it
    clock.instant = '2026-03-20T09:33:00.000Z';
    const again = await app.createCase(request(PLC_UNWANTED), { idempotencyKey: 'k-6' });
    expect(mailer.sent).toHaveLength(1);
    if (again.kind === 'need_info') throw new Error('need_info');
    expect(again.case.emails.confirmation?.state).toBe('sent');
  });
});

describe('getCase', () => {
  it('an unknown RMA, a malformed one and a wrong token look the same', async () => {
    const { app } = testApp();
    const result = await app.createCase(request(PLC_UNWANTED));
    if (result.kind === 'need_info') throw new Error('need_info');
    const errors = await Promise.all([
      app.getCase('RMA-000000000', 'x').catch((e: unknown) => e),
      app.getCase('not an rma', 'x').catch((e: unknown) => e),
      app.getCase(result.case.rma, 'wrong').catch((e: unknown) => e),
    ]);
    expect(errors.map((e) => [(e as Error).name, (e as Error).message])).toEqual(Array(3).fill(['CaseNotFoundError', 'no case for this link']));
  });

  it('shows the customer no contact details and no trace', async () => {
    const { app } = testApp();
    const result = await app.createCase(request(PLC_UNWANTED));
    if (result.kind === 'need_info') throw new Error('need_info');
    const view = await app.getCase(result.case.rma.toLowerCase(), new URL(result.statusUrl).searchParams.get('token') as string);
    expect(JSON.stringify(view)).not.toContain('ann@example.com');
    expect(view).not.toHaveProperty('decision.trace');
    expect(view.merchant).toBe('PLC Technologies');
  });
});

describe('updateWithRetry', () => {
  it('refuses a transition the lifecycle does not allow', async () => {
    const { app, store } = testApp();
    const result = await app.createCase(request(PLC_UNWANTED));
    if (result.kind === 'need_info') throw new Error('need_info');
    await expect(updateWithRetry(store, result.case.rma, (c) => ({ ...c, status: 'closed' }))).rejects.toThrow(InvalidTransitionError);
  });

  it('re-reads and re-applies after a concurrent write', async () => {
    const { app, store } = testApp();
    const result = await app.createCase(request(PLC_UNWANTED));
    if (result.kind === 'need_info') throw new Error('need_info');
    let calls = 0;
    const updated = await updateWithRetry(store, result.case.rma, (c) => {
      calls += 1;
      if (calls === 1) void store.update({ ...c, flags: ['customer_replied'] });
      return { ...c, flags: [...c.flags, 'wants_person'] };
    });
    expect(calls).toBe(2);
    expect(updated?.flags).toEqual(['customer_replied', 'wants_person']);
  });
});

describe('requestHuman on a case already registered', () => {
  const line = (text: string) => ({ from: 'customer' as const, text, at: '2026-03-20T09:30:00.000Z' });
  async function registered() {
    const t = testApp();
    const result = await t.app.createCase(request(PLC_UNWANTED), { channel: 'chat' });
    if (result.kind === 'need_info') throw new Error('need_info');
    return { ...t, rma: result.case.rma };
  }

  it('flags that case for staff with the conversation, and makes no other case', async () => {
    // Prepare: a registered case that already holds an email reply
    const { app, store, rma } = await registered();
    const emailed = { ...line('Re: my return'), via: 'email' as const, messageId: '<m1@example.com>' };
    await updateWithRetry(store, rma, (c) => ({ ...c, transcript: [emailed] }));
    const before = await store.get(rma);
    // Act
    const result = await app.requestHuman({ rma, transcript: [line('where do I send it?'), line('talk to a person')] }, { idempotencyKey: 'k1' });
    // Assess
    const after = await store.get(rma);
    expect(result.case.rma).toBe(rma);
    expect(store.cases.size).toBe(1);
    expect(after?.flags).toEqual(['wants_person']);
    expect(after?.transcript?.map((l) => l.text)).toEqual(['Re: my return', 'where do I send it?', 'talk to a person']);
    expect({ status: after?.status, updatedAt: after?.updatedAt, history: after?.history }).toEqual({
      status: before?.status,
      updatedAt: before?.updatedAt,
      history: before?.history,
    });
  });

  it('asking again, or twice at once, flags it once; the same conversation again adds nothing', async () => {
    const { app, store, rma } = await registered();
    const ask = (...texts: string[]) => app.requestHuman({ rma, transcript: texts.map(line) }, { idempotencyKey: 'k' });
    await Promise.all([ask('a person please'), ask('a person please')]);
    const version = (await store.get(rma))?.version;
    await ask('a person please');
    expect((await store.get(rma))?.version).toBe(version);
    // Asked again after saying more: only what is new (see human-again.test.ts).
    await ask('a person please', 'still a person');
    const after = await store.get(rma);
    expect(after?.flags).toEqual(['wants_person']);
    expect(after?.transcript?.map((l) => l.text)).toEqual(['a person please', 'still a person']);
  });

  it('an unknown case is an error, not a new case', async () => {
    const { app, store } = await registered();
    await expect(app.requestHuman({ rma: 'RMA-000000000', transcript: [line('a person')] }, { idempotencyKey: 'k' })).rejects.toThrow(CaseNotFoundError);
    expect(store.cases.size).toBe(1);
  });
});
