// After inspection the customer chooses the remedy on the status page (no JavaScript: a form posted
// base64-encoded, as API Gateway hands it over), and staff resolve it as chosen.
import { makeCancelCaseHandler } from '../../../../functions/api/cancel-case';
import { makePagesHandler } from '../../../../functions/web/pages';
import { availableActions, InvalidTransitionError } from '../../../../shared/cases';
import { AFTER_TEXT } from '../../../../shared/notify/after-text';
import { POLICIES, REMEDY_LABELS } from '../../../../shared/rules';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { act, newCase, PLC_DEFECTIVE, PLEXTOR_DEFECTIVE, staffApp } from '../../../support/staff';

async function setup(request: object = PLC_DEFECTIVE) {
  const desk = staffApp();
  const { logger } = capturingLogger();
  const options = { logger, corsOrigins: desk.app.config.corsOrigins, siteOrigin: 'https://returns.example.com' };
  const { rma, token } = await newCase(desk.app, request);
  const choose = (remedy: string, link = token) =>
    makeCancelCaseHandler(desk.app, options)(
      {
        ...apiEvent({
          method: 'POST',
          path: `/api/cases/${rma}/choice`,
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: Buffer.from(new URLSearchParams({ token: link, remedy }).toString()).toString('base64'),
          route: '/api/cases/{rma}/choice',
          pathParameters: { rma },
        }),
        isBase64Encoded: true,
      },
      context,
    );
  const page = async (link = token) =>
    (await makePagesHandler(desk.app, { ...options, chat: false })(apiEvent({ method: 'GET', path: `/status/${rma}`, query: { token: link } }), context))
      .body as string;
  return { ...desk, rma, token, choose, page };
}

describe('the customer’s choice of remedy', () => {
  it('preselects what the customer asked for in their own words, until they choose (blind run BI)', async () => {
    const { app, rma, page } = await setup({ ...PLC_DEFECTIVE, about: { wish: 'refund' } });
    await act(app, rma, { action: 'received' }, { action: 'inspecting' }, { action: 'ask_choice' });
    const asked = await page();
    expect(asked).toMatch(/value="refund" checked/);
    expect(asked).not.toMatch(/value="repair" checked/);
    expect(asked).toContain(`${AFTER_TEXT.about.wish}: ${REMEDY_LABELS.refund}`);
  });

  it('asked once the return is validated, chosen on the status page from the email’s link, and resolved as chosen', async () => {
    const { app, mailer, rma, choose, page } = await setup();
    const merchant = POLICIES.get('plc-technologies')?.merchant;
    let c = await act(app, rma, { action: 'received' }, { action: 'inspecting' });
    expect(availableActions(c, merchant)).toContain('ask_choice');
    c = await act(app, rma, { action: 'ask_choice' });
    expect(availableActions(c, merchant)).not.toContain('ask_choice');
    const email = mailer.sent.at(-1);
    expect(email?.text).toContain(AFTER_TEXT.choice.ask('PLC Technologies'));
    expect(email?.text).toContain(REMEDY_LABELS.refund);
    const link = new URL(/https:\/\/returns\.example\.com\/status\/\S+/.exec(email?.text ?? '')?.[0] as string).searchParams.get('token') as string;

    const asked = await page(link);
    expect(asked).toContain(`action="/api/cases/${rma}/choice"`);
    expect(asked).toContain('value="refund"');

    const res = await choose('refund', link);
    expect(res.statusCode).toBe(303);
    expect(res.headers?.location).toContain('notice=choice_saved');
    expect((await app.getCaseForStaff(rma)).choice?.remedy).toBe('refund');
    expect(await page(link)).toContain(AFTER_TEXT.choice.chosen(REMEDY_LABELS.refund));

    // A remedy the decision does not offer is refused, and changes nothing.
    const odd = await choose('replace_new', link);
    expect(odd.headers?.location).toContain('notice=choice_closed');
    expect((await app.getCaseForStaff(rma)).choice?.remedy).toBe('refund');

    const resolved = await act(app, rma, { action: 'resolved', resolution: 'refunded' });
    expect([resolved.status, resolved.resolution]).toEqual(['resolved', 'refunded']);
    // Resolved: the choice is closed.
    expect((await choose('credit', link)).headers?.location).toContain('notice=choice_closed');
  });

  it('is not asked where the merchant decides (Plextor), and is refused before validation', async () => {
    const plextor = await setup(PLEXTOR_DEFECTIVE);
    const c = await act(plextor.app, plextor.rma, { action: 'received' }, { action: 'inspecting' });
    expect(availableActions(c, POLICIES.get('plextor-eu')?.merchant)).not.toContain('ask_choice');
    await expect(act(plextor.app, plextor.rma, { action: 'ask_choice' })).rejects.toBeInstanceOf(InvalidTransitionError);
    const plc = await setup();
    expect((await plc.choose('refund')).headers?.location).toContain('notice=choice_closed');
  });
});

describe('a chosen credit paid late (PLC: "within 10 days of the return")', () => {
  it('the daily check flags it and tells the customer once, on day 11 after the parcel arrived, not before', async () => {
    const desk = staffApp();
    const { rma, token } = await newCase(desk.app, { ...PLC_DEFECTIVE, reason: 'wrong_item' });
    await act(desk.app, rma, { action: 'received' }, { action: 'inspecting' }, { action: 'ask_choice' });
    await desk.app.chooseRemedy(rma, token, 'credit');
    const sent = desk.mailer.sent.length;
    desk.clock.instant = '2026-03-30T09:30:00.000Z'; // day 10: still in time
    expect((await desk.app.runSlaCheck()).creditsLate).toBe(0);
    desk.clock.instant = '2026-03-31T09:30:00.000Z'; // day 11
    expect((await desk.app.runSlaCheck()).creditsLate).toBe(1);
    expect((await desk.app.runSlaCheck()).creditsLate).toBe(0);
    const c = await desk.app.getCaseForStaff(rma);
    expect(c.flags).toContain('credit_late');
    expect(desk.mailer.sent.length).toBe(sent + 1);
    expect(desk.mailer.sent.at(-1)?.text).toContain(AFTER_TEXT.choice.late(REMEDY_LABELS.credit, 10, '20 March 2026'));
  });
});
