// The form cannot be used as a mail relay: past the daily limits per recipient and per sender, the
// case is kept and decided, its email is held for staff, and the API answers 429 saying so.
import { makeCreateCaseHandler } from '../../../../functions/api/create-case';
import { MAIL_LIMIT, NO_AUTO_REPLY } from '../../../../shared/cases';
import { WEB_TEXT } from '../../../../web/text';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { PLC_UNWANTED, testApp } from '../../../support/fakes';

function setup() {
  const t = testApp({ mailLimits: { perRecipientPerDay: 2, perSenderPerDay: 3 } });
  const { logger } = capturingLogger();
  return { ...t, create: makeCreateCaseHandler(t.app, { logger, corsOrigins: [], siteOrigin: undefined }) };
}

const post = (body: unknown, sourceIp = '203.0.113.9', headers: Record<string, string> = { 'content-type': 'application/json' }) => {
  const event = apiEvent({ method: 'POST', path: '/api/cases', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, sourceIp } } };
};
const to = (email: string) => ({ ...PLC_UNWANTED, contact: { ...PLC_UNWANTED.contact, email } });

describe('POST /api/cases past the daily mail limits', () => {
  it('per recipient: the third request for one address is kept and decided, its email held, 429 with the link', async () => {
    // Prepare
    const { create, mailer, store } = setup();
    // Act: three requests for one address, each from a different sender
    const answers = [];
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) answers.push(await create(post(to('victim@example.com'), ip), context));
    // Assess
    expect(answers.map((r) => r.statusCode)).toEqual([201, 201, 429]);
    expect(mailer.sent).toHaveLength(2);
    const body = JSON.parse(answers[2]?.body as string);
    expect(body.error).toEqual({ code: 'mail_limit', message: WEB_TEXT.mailLimit.api(body.rma) });
    expect(body.statusUrl).toContain(`/status/${body.rma}?token=`);
    const kept = await store.get(body.rma);
    expect({ status: kept?.status, held: kept?.emails.confirmation?.state }).toEqual({ status: 'awaiting_parcel', held: 'held' });
    expect(kept?.flags).toEqual(expect.arrayContaining([MAIL_LIMIT, NO_AUTO_REPLY]));
  });

  it('per sender: one sender writing to many addresses gets three emails sent, then none', async () => {
    const { create, mailer } = setup();
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await create(post(to(`someone${i}@example.com`)), context)).statusCode);
    expect(codes).toEqual([201, 201, 201, 429, 429, 429]);
    expect(mailer.sent.map((m) => m.to)).toEqual(['someone0@example.com', 'someone1@example.com', 'someone2@example.com']);
  });

  it('a browser without JavaScript goes to the status page, which says the email waits', async () => {
    const { create } = setup();
    const form = (email: string) =>
      new URLSearchParams({ policy: 'plc-technologies', reason: 'wrong_item', 'contact.email': email, 'contact.name': 'Ann' }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };
    for (let i = 0; i < 2; i++) expect((await create(post(form('ann@example.com'), '198.51.100.7', headers), context)).statusCode).toBe(303);
    const third = await create(post(form('ann@example.com'), '198.51.100.8', headers), context);
    expect(third.statusCode).toBe(303);
    expect(third.headers?.location).toMatch(/^\/status\/RMA-[0-9A-Z-]+\?token=[^&]+&notice=mail_held$/);
  });

  it('a retried request is answered as the first time and counts once', async () => {
    const { create, mailer } = setup();
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'retry-1' };
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await create(post(to('ann@example.com'), '198.51.100.9', headers), context)).statusCode);
    expect(codes).toEqual([201, 200, 200, 200]);
    expect(mailer.sent).toHaveLength(1);
  });
});

describe('what counts as one recipient', () => {
  it('sub-addresses and capitals reach one mailbox, and are counted as one', async () => {
    const { create, mailer } = setup();
    const codes = [];
    for (const [i, email] of ['ann+1@example.com', 'ANN+returns@Example.com', 'ann@example.com'].entries())
      codes.push((await create(post(to(email), `198.51.100.${20 + i}`), context)).statusCode);
    expect(codes).toEqual([201, 201, 429]);
    expect(mailer.sent).toHaveLength(2);
  });
});
