// The status page says when things happened in the desk's time zone, and how to reach the merchant.
import { createCaseRequestSchema } from '../../../shared/cases';
import { afterTextIn } from '../../../shared/notify/after-text';
import { emailTextIn } from '../../../shared/notify/email-text';
import { statusPage } from '../../../web/pages/status';
import { WEB_TEXT } from '../../../web/text';
import { PLC_UNWANTED, testApp } from '../../support/fakes';

/** A PLC return of an unwanted product, as its customer sees it. */
async function plcUnwanted() {
  const t = testApp();
  const created = await t.app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED));
  if (created.kind !== 'created') throw new Error('not created');
  const token = new URL(created.statusUrl).searchParams.get('token') as string;
  return { t, token, view: await t.app.getCase(created.case.rma, token) };
}

describe('the status page', () => {
  it('shows times in the desk’s time zone (named), and the merchant’s contact details', async () => {
    const { t, token, view } = await plcUnwanted();
    const policy = t.app.policies.get(view.policy);
    const page = statusPage(view, token, { ...(policy ? { policy } : {}), timeZone: 'Africa/Johannesburg' });
    // The fixed clock's 09:30 UTC is 11:30 in Johannesburg.
    expect(page).toMatch(/11:30\s*(?:SAST|GMT\+2)/);
    expect(page).not.toContain('UTC');
    const T = emailTextIn(undefined);
    expect(page).toContain(T.contactLine('PLC Technologies', `${policy?.merchant.email ?? ''} ${T.contactOr} ${policy?.merchant.phone ?? ''}`));
  });

  it('a request with a colleague says so, not "Draft", which is staff\'s word (blind run BH)', async () => {
    const t = testApp();
    const { statusUrl, case: c } = await t.app.requestHuman(
      {
        policy: 'plc-technologies',
        contact: { email: 'siobhan@example.com', name: 'Siobhan Kelly' },
        facts: { policy: 'plc-technologies' },
        transcript: [{ from: 'customer', text: 'talk to a person', at: '2026-05-10T09:30:00.000Z' }],
        channel: 'chat',
      },
      { idempotencyKey: 'k1' },
    );
    const token = new URL(statusUrl as string).searchParams.get('token') as string;
    const view = await t.app.getCase(c.rma, token);
    expect(view.status).toBe('draft');
    const page = statusPage(view, token, {});
    expect(page).toContain(`<p class="status" id="status">${WEB_TEXT.withColleague}</p>`);
    expect(page).not.toContain(WEB_TEXT.statuses.draft);
  });

  it('a draft that went on (the email asked what was missing) is "Request received" in the history, not "with a colleague" (blind run BK)', async () => {
    // Prepare
    const { token, view } = await plcUnwanted();
    const first = view.history[0] as (typeof view.history)[number];
    // Act
    const page = statusPage({ ...view, history: [{ ...first, status: 'draft' }, ...view.history] }, token, {});
    // Assess
    expect(page).toContain(WEB_TEXT.draftReceived);
    expect(page).not.toContain(WEB_TEXT.withColleague);
  });

  it('"Approved" that went on to "waiting for…" in the same instant is one step in the history (blind runs BN, BO: read as repetition)', async () => {
    const { t, view } = await plcUnwanted();
    const stored = (await t.store.get(view.rma))?.history.map((h) => h.to) ?? [];
    expect(stored).toContain('approved');
    expect(view.history.map((h) => h.status)).toEqual(stored.filter((s) => s !== 'approved'));
  });

  it('says a colleague will write while the customer wrote last to a flagged case, and not once staff have written (blind runs BK, BL)', async () => {
    // Prepare
    const t = testApp();
    const created = await t.app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED));
    if (created.kind !== 'created') throw new Error('not created');
    const token = new URL(created.statusUrl).searchParams.get('token') as string;
    const stored = t.store.cases.get(created.case.rma);
    if (!stored) throw new Error('not stored');
    const page = async () => statusPage(await t.app.getCase(created.case.rma, token), token, {});
    const before = await page();
    // Act
    stored.flags = [...stored.flags, 'customer_replied'];
    stored.transcript = [
      ...(stored.transcript ?? []),
      { from: 'customer', via: 'email', text: 'Must I cancel this if I go to the shop?', at: '2026-05-10T10:00:00.000Z' },
    ];
    const waiting = await page();
    stored.transcript = [...stored.transcript, { from: 'staff', text: 'No need to cancel: tell us if you do.', at: '2026-05-10T11:00:00.000Z' }];
    const answered = await page();
    // Assess
    expect(before).not.toContain(WEB_TEXT.status.colleagueWrites);
    expect(waiting).toContain(WEB_TEXT.status.colleagueWrites);
    expect(answered).not.toContain(WEB_TEXT.status.colleagueWrites);
  });

  it('for a merchant with no address or phone, says to reply to the email the customer has, not to "this email" (blind run BG)', async () => {
    const t = testApp();
    const created = await t.app.createCase(
      createCaseRequestSchema.parse({ policy: 'plextor-eu', reason: 'defective', purchaseDate: '2026-03-02', country: 'DE', contact: PLC_UNWANTED.contact }),
    );
    if (created.kind !== 'created') throw new Error('not created');
    const token = new URL(created.statusUrl).searchParams.get('token') as string;
    const view = await t.app.getCase(created.case.rma, token);
    const policy = t.app.policies.get(view.policy);
    expect(policy?.merchant.email ?? policy?.merchant.phone).toBeUndefined();
    const page = statusPage(view, token, { ...(policy ? { policy } : {}) });
    expect(page).toContain(emailTextIn(undefined).contactReplyPage);
    expect(page).not.toContain(emailTextIn(undefined).contactReply);
  });

  it('collection details given are shown once; the form to change them is folded away, and open while it has errors (blind run BR)', async () => {
    // Prepare
    const { token, view } = await plcUnwanted();
    expect(view.decision.transport).toBe('collection');
    const A = afterTextIn(undefined).collection;
    // Act
    const before = statusPage(view, token, {});
    const given = { ...view, collection: { address: '12 Jacaranda Street, Pretoria', phone: '072 455 1980', days: 'Saturday morning' } } as typeof view;
    const after = statusPage(given, token, {});
    const correcting = statusPage(given, token, { collection: { values: { address: '', phone: '', days: '' }, errors: { address: A.missingAddress } } });
    // Assess
    expect(before).toContain('id="collection-save"');
    expect(before).not.toContain('<details class="collection-change"');
    expect(after).toContain(`<details class="collection-change"><summary>${A.change}</summary><form`);
    expect(after).toContain('<dd id="collection-address-given">12 Jacaranda Street, Pretoria</dd>');
    expect(correcting).toContain(`<details class="collection-change" open><summary>${A.change}</summary>`);
  });
});
