// "Send me my link again": the same answer for any address; a new working link only to the address
// on the case; the daily limit on automatic mail applies.
import { makeCancelCaseHandler } from '../../../../functions/api/cancel-case';
import { makePagesHandler } from '../../../../functions/web/pages';
import { createCaseRequestSchema } from '../../../../shared/cases';
import { AFTER_TEXT } from '../../../../shared/notify/after-text';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { PLC_UNWANTED, testApp } from '../../../support/fakes';

function setup() {
  const t = testApp({ mailLimits: { perRecipientPerDay: 3, perSenderPerDay: 20 } });
  const { logger } = capturingLogger();
  const options = { logger, corsOrigins: t.app.config.corsOrigins, siteOrigin: 'https://returns.example.com' };
  const handler = makeCancelCaseHandler(t.app, options);
  const ask = (email: string) =>
    handler(
      {
        ...apiEvent({
          method: 'POST',
          path: '/api/link',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: Buffer.from(new URLSearchParams({ email }).toString()).toString('base64'),
        }),
        isBase64Encoded: true,
      },
      context,
    );
  const pages = makePagesHandler(t.app, { ...options, chat: false });
  return { ...t, ask, pages };
}

describe('send me my link again', () => {
  it('sends a new link that opens the return, to the address on the case only; an unknown address gets the same answer and no email', async () => {
    const { app, ask, mailer } = setup();
    const created = await app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED));
    if (created.kind !== 'created') throw new Error('not created');
    const sentBefore = mailer.sent.length;
    const known = await ask('ANN@example.com');
    const unknown = await ask('nobody@example.com');
    expect([known.statusCode, known.headers?.location]).toEqual([303, '/link?sent=1']);
    expect([unknown.statusCode, unknown.headers?.location]).toEqual([303, '/link?sent=1']);
    expect(mailer.sent.length).toBe(sentBefore + 1);
    const mail = mailer.sent.at(-1);
    expect(mail?.to).toBe('ann@example.com');
    const link = /https:\/\/returns\.example\.com\/status\/\S+/.exec(mail?.text ?? '')?.[0] as string;
    const view = await app.getCase(created.case.rma, new URL(link).searchParams.get('token') as string);
    expect(view.rma).toBe(created.case.rma);
    // The first link still works.
    await app.getCase(created.case.rma, new URL(created.statusUrl).searchParams.get('token') as string);
  });

  it('the daily limit holds: asking again and again sends no more than it allows', async () => {
    const { app, ask, mailer } = setup();
    await app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED));
    for (let i = 0; i < 6; i++) await ask('ann@example.com');
    // The confirmation and two links: three a day to one address.
    expect(mailer.sent.filter((m) => m.to === 'ann@example.com')).toHaveLength(3);
  });

  it('the page asks for the address and says the same thing after; a mistyped address is said beside the field', async () => {
    const { ask, pages } = setup();
    const page = await pages(apiEvent({ method: 'GET', path: '/link' }), context);
    expect(page.body).toContain(AFTER_TEXT.links.pageIntro);
    const sent = await pages(apiEvent({ method: 'GET', path: '/link', query: { sent: '1' } }), context);
    expect(sent.body).toContain(AFTER_TEXT.links.sent);
    const bad = await ask('ann@');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(AFTER_TEXT.links.badEmail);
    expect(bad.body).toContain('value="ann@"');
  });
});
