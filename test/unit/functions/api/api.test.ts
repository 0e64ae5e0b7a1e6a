// The form API's handlers called as Lambda would call them, over the in-memory store.
import { makeAssessHandler } from '../../../../functions/api/assess';
import { makeCreateCaseHandler } from '../../../../functions/api/create-case';
import { makeGetCaseHandler } from '../../../../functions/api/get-case';
import { makePagesHandler, STAFF_JS } from '../../../../functions/web/pages';
import { staffPage } from '../../../../web/pages/staff';
import { NOT_FOUND_MESSAGE } from '../../../../functions/http/handler';
import { WEB_TEXT } from '../../../../web/text';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { PLC_UNWANTED, testApp } from '../../../support/fakes';

function setup() {
  const t = testApp();
  const { logger, lines } = capturingLogger();
  const options = { logger, corsOrigins: t.app.config.corsOrigins, siteOrigin: undefined };
  return {
    ...t,
    logs: lines,
    assess: makeAssessHandler(t.app, options),
    create: makeCreateCaseHandler(t.app, options),
    get: makeGetCaseHandler(t.app, options),
    pages: makePagesHandler(t.app, { ...options, chat: false }),
  };
}

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  apiEvent({ method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('POST /api/assess', () => {
  it('facts in, decision out, nothing created', async () => {
    const { assess, store } = setup();
    const res = await assess(postJson('/api/assess', { policy: 'plc-technologies', reason: 'wrong_item' }), context);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body as string)).toMatchObject({ outcome: 'approved', track: 'wrong_item' });
    expect(store.cases.size).toBe(0);
  });

  it('400 naming the bad field', async () => {
    const { assess } = setup();
    const res = await assess(postJson('/api/assess', { policy: 'plc-technologies', item: { scratched: true } }), context);
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body as string)).toEqual({ error: { code: 'invalid_request', field: 'item.scratched', message: 'item.scratched: unknown field' } });
  });

  it('400 for a body that is not JSON; 415 for another media type', async () => {
    const { assess } = setup();
    expect((await assess(postJson('/api/assess', '{"policy":'), context)).statusCode).toBe(400);
    const xml = apiEvent({ method: 'POST', path: '/api/assess', headers: { 'content-type': 'application/xml' }, body: '<x/>' });
    expect((await assess(xml, context)).statusCode).toBe(415);
  });
});

describe('POST /api/cases', () => {
  it('201 with the RMA number, the status, the decision and the status link', async () => {
    const { create } = setup();
    const res = await create(postJson('/api/cases', PLC_UNWANTED), context);
    expect(res.statusCode).toBe(201);
    const body = JSON.parse(res.body as string);
    expect(Object.keys(body)).toEqual(['rma', 'status', 'decision', 'statusUrl']);
    expect(body.status).toBe('awaiting_parcel');
  });

  it('422 with the decision when facts are missing', async () => {
    const { create, mailer } = setup();
    const res = await create(postJson('/api/cases', { policy: 'plc-technologies', contact: PLC_UNWANTED.contact, reason: 'unwanted' }), context);
    expect(res.statusCode).toBe(422);
    expect(JSON.parse(res.body as string).decision.missing[0]).toBe('deliveryDate');
    expect(mailer.sent).toHaveLength(0);
  });

  it.each([
    ['an unknown field', 'colour', { ...PLC_UNWANTED, colour: 'red' }],
    ['a bad email', 'contact.email', { ...PLC_UNWANTED, contact: { name: 'Ann', email: 'ann@' } }],
    ['a missing name', 'contact.name', { ...PLC_UNWANTED, contact: { email: 'ann@example.com' } }],
    ['a day chosen by the client', 'asOf', { ...PLC_UNWANTED, asOf: '2026-01-01' }],
    ['an unknown policy', 'policy', { ...PLC_UNWANTED, policy: 'acme' }],
  ])('400 for %s, naming %s', async (_name, field, body) => {
    const { create } = setup();
    const res = await create(postJson('/api/cases', body), context);
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body as string).error.field).toBe(field);
  });

  it('413 for a body over 64 KB', async () => {
    const { create } = setup();
    const res = await create(postJson('/api/cases', { ...PLC_UNWANTED, contact: { ...PLC_UNWANTED.contact, name: 'x'.repeat(70_000) } }), context);
    expect(res.statusCode).toBe(413);
  });

  it('the same Idempotency-Key returns the first answer', async () => {
    const { create, mailer } = setup();
    const first = await create(postJson('/api/cases', PLC_UNWANTED, { 'Idempotency-Key': 'abc' }), context);
    const again = await create(postJson('/api/cases', PLC_UNWANTED, { 'idempotency-key': 'abc' }), context);
    expect(again.statusCode).toBe(200);
    expect(JSON.parse(again.body as string)).toEqual(JSON.parse(first.body as string));
    expect(mailer.sent).toHaveLength(1);
    const bad = await create(postJson('/api/cases', PLC_UNWANTED, { 'idempotency-key': 'has space' }), context);
    expect(bad.statusCode).toBe(400);
  });

  it('an HTML form post from a browser: 303 to the status page', async () => {
    const { create, store } = setup();
    const form = new URLSearchParams({
      policy: 'plc-technologies',
      reason: 'unwanted',
      deliveryDate: '2026-03-10',
      'product.category': 'hardware',
      'product.condition': 'new',
      'product.customOrder': 'no',
      'item.used': 'no',
      'item.damaged': 'no',
      'item.labelsAttached': 'yes',
      'item.originalPackaging': 'yes',
      'item.packagingUndamaged': 'yes',
      'item.sealsIntact': 'yes',
      'item.accessoriesComplete': 'yes',
      'item.modified': 'unknown',
      'contact.name': 'Ann',
      'contact.email': 'ann@example.com',
      country: '',
      defectCause: '',
    });
    const event = apiEvent({
      method: 'POST',
      path: '/api/cases',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html,*/*' },
      body: form.toString(),
    });
    const res = await create(event, context);
    expect(res.statusCode).toBe(303);
    const [rma] = [...store.cases.keys()];
    expect(res.headers.location).toMatch(new RegExp(`^/status/${rma}\\?token=`));
  });

  it('an HTML form post with a mistake: the form again, with the answers kept and the field named', async () => {
    const { create } = setup();
    const form = new URLSearchParams({ policy: 'plc-technologies', reason: 'unwanted', 'contact.name': 'Ann <b>', 'contact.email': 'not-an-email' });
    const res = await create(
      apiEvent({
        method: 'POST',
        path: '/api/cases',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: form.toString(),
      }),
      context,
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('value="Ann &lt;b&gt;"');
    expect(res.body).toContain('contact.email');
    expect(res.body).not.toContain('<b>');
  });

  it('logs no personal data', async () => {
    const { create, logs } = setup();
    await create(postJson('/api/cases', PLC_UNWANTED), context);
    await create(postJson('/api/cases', { ...PLC_UNWANTED, contact: { name: 'Ann', email: 'bad' } }), context);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toMatch(/ann@example\.com|Ann Example|token=/);
  });
});

describe('GET /api/cases/{rma}', () => {
  async function created() {
    const s = setup();
    const res = await s.create(postJson('/api/cases', PLC_UNWANTED), context);
    const { rma, statusUrl } = JSON.parse(res.body as string);
    return { ...s, rma: rma as string, token: new URL(statusUrl).searchParams.get('token') as string };
  }
  const getEvent = (rma: string, auth: { query?: string; bearer?: string }) =>
    apiEvent({
      method: 'GET',
      path: `/api/cases/${rma}`,
      route: '/api/cases/{rma}',
      pathParameters: { rma },
      ...(auth.query ? { query: { token: auth.query } } : {}),
      ...(auth.bearer ? { headers: { authorization: `Bearer ${auth.bearer}` } } : {}),
    });

  it('the customer view with ?token= or a Bearer token', async () => {
    const { get, rma, token } = await created();
    for (const auth of [{ query: token }, { bearer: token }]) {
      const res = await get(getEvent(rma, auth), context);
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(res.body as string)).toMatchObject({ rma, status: 'awaiting_parcel' });
    }
  });

  it('a wrong token and an unknown RMA give the same 404 body', async () => {
    const { get, rma } = await created();
    const wrong = await get(getEvent(rma, { query: 'nope' }), context);
    const unknown = await get(getEvent('RMA-000000000', { query: 'nope' }), context);
    const none = await get(getEvent(rma, {}), context);
    expect([wrong.statusCode, unknown.statusCode, none.statusCode]).toEqual([404, 404, 404]);
    expect(unknown.body).toBe(wrong.body);
    expect(none.body).toBe(wrong.body);
    expect(JSON.parse(wrong.body as string).error.message).toBe(NOT_FOUND_MESSAGE);
  });
});

describe('CORS and errors', () => {
  it('allows only the configured origins', async () => {
    const { assess } = setup();
    const from = (origin: string) =>
      assess({ ...postJson('/api/assess', { policy: 'plc-technologies' }), headers: { 'content-type': 'application/json', origin } }, context);
    expect((await from('https://shop.example.com')).headers['Access-Control-Allow-Origin']).toBe('https://shop.example.com');
    expect((await from('https://evil.example.net')).headers['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('answers a preflight', async () => {
    const { create } = setup();
    const res = await create(
      apiEvent({ method: 'OPTIONS', path: '/api/cases', headers: { origin: 'https://shop.example.com', 'access-control-request-method': 'POST' } }),
      context,
    );
    expect(res.statusCode).toBe(204);
    expect(res.headers['Access-Control-Allow-Headers']).toBe('content-type,idempotency-key,authorization');
  });

  it('never leaks internals: an unexpected failure is a bare 500', async () => {
    const { create, store } = setup();
    store.create = async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:8000 at secret/stack.ts:12');
    };
    const res = await create(postJson('/api/cases', PLC_UNWANTED), context);
    expect(res.statusCode).toBe(500);
    expect(res.body).toBe(JSON.stringify({ error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } }));
  });
});

describe('pages', () => {
  it('the form works without JavaScript: a real form posting to /api/cases', async () => {
    const { pages } = setup();
    const res = await pages(apiEvent({ method: 'GET', path: '/form' }), context);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<form id="rma-form" method="post" action="/api/cases"');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('the status page, and the same not-found page for a wrong link', async () => {
    const { pages, create } = setup();
    const { rma, statusUrl } = JSON.parse((await create(postJson('/api/cases', PLC_UNWANTED), context)).body as string);
    const token = new URL(statusUrl).searchParams.get('token') as string;
    const ok = await pages(apiEvent({ method: 'GET', path: `/status/${rma}`, route: '/status/{rma}', query: { token } }), context);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain(rma);
    const wrong = await pages(apiEvent({ method: 'GET', path: `/status/${rma}`, route: '/status/{rma}', query: { token: 'x' } }), context);
    const unknown = await pages(apiEvent({ method: 'GET', path: '/status/RMA-000000000', route: '/status/{rma}', query: { token: 'x' } }), context);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toBe(unknown.body);
  });

  it('cancelling asks first: the button is a link to the question, and only the question posts the cancellation', async () => {
    // Prepare
    const { pages, create } = setup();
    const { rma, statusUrl } = JSON.parse((await create(postJson('/api/cases', PLC_UNWANTED), context)).body as string);
    const token = new URL(statusUrl).searchParams.get('token') as string;
    const open = (query: Record<string, string>) =>
      pages(apiEvent({ method: 'GET', path: `/status/${rma}`, route: '/status/{rma}', query: { token, ...query } }), context);
    // Act
    const plain = (await open({})).body as string;
    const asking = (await open({ cancel: '1' })).body as string;
    const told = (await open({ notice: 'not_cancellable' })).body as string;
    const made = (await open({ notice: '<script>' })).body as string;
    // Assess
    expect(plain).toContain(`href="/status/${rma}?token=${encodeURIComponent(token)}&amp;cancel=1#cancel-confirm"`);
    expect(plain).not.toContain('/cancel"');
    expect(asking).toContain(WEB_TEXT.cancel.confirmTitle);
    expect(asking).toContain(`<form method="post" action="/api/cases/${rma}/cancel">`);
    expect(told).toContain(WEB_TEXT.cancel.tooLate);
    expect(made).not.toContain('id="notice"');
  });

  it('an ended case’s page: no packing instructions, no photo buttons, no cancel', async () => {
    // Prepare: a return that asks for photos (damage on delivery)
    const { pages, create, app } = setup();
    const damaged = { ...PLC_UNWANTED, reason: 'damaged_on_delivery', deliveryDate: '2026-03-18' };
    const { rma, statusUrl } = JSON.parse((await create(postJson('/api/cases', damaged), context)).body as string);
    const token = new URL(statusUrl).searchParams.get('token') as string;
    const open = async () =>
      (await pages(apiEvent({ method: 'GET', path: `/status/${rma}`, route: '/status/{rma}', query: { token } }), context)).body as string;
    const before = await open();
    // Act
    await app.customerCancel(rma, token);
    const after = await open();
    // Assess
    expect([before.includes(WEB_TEXT.status.packing), before.includes('photo-actions'), before.includes('cancel-return')]).toEqual([true, true, true]);
    expect([after.includes(WEB_TEXT.status.packing), after.includes('photo-actions'), after.includes('cancel-return')]).toEqual([false, false, false]);
  });

  it('a return that needs no photos has no photo section; one with photos asked for has it', async () => {
    // Prepare
    const { pages, create } = setup();
    const page = async (request: object) => {
      const { rma, statusUrl } = JSON.parse((await create(postJson('/api/cases', request), context)).body as string);
      const token = new URL(statusUrl).searchParams.get('token') as string;
      return (await pages(apiEvent({ method: 'GET', path: `/status/${rma}`, route: '/status/{rma}', query: { token } }), context)).body as string;
    };
    // Act
    const unwanted = await page(PLC_UNWANTED);
    const damaged = await page({
      ...PLC_UNWANTED,
      contact: { ...PLC_UNWANTED.contact, email: 'dan@example.com' },
      reason: 'damaged_on_delivery',
      deliveryDate: '2026-03-18',
    });
    // Assess
    expect([unwanted.includes('id="photos"'), damaged.includes('id="photos"')]).toEqual([false, true]);
  });

  it('lets the chat page reach the Direct Line service (and its picked files), the form the photos bucket, and nothing else', async () => {
    const t = testApp();
    const { logger } = capturingLogger();
    const pages = makePagesHandler(t.app, {
      logger,
      corsOrigins: [],
      siteOrigin: undefined,
      chat: true,
      directLine: 'https://directline.botframework.com/v3/directline',
      photoUploadOrigin: 'https://photos.s3.eu-west-1.amazonaws.com',
    });
    const res = await pages(apiEvent({ method: 'GET', path: '/chat' }), context);
    expect(res.statusCode).toBe(200);
    // …and its WebSocket (Web Chat streams over it from Bot Service).
    expect(res.headers['content-security-policy']).toContain("connect-src 'self' blob: https://directline.botframework.com wss://directline.botframework.com;");
    expect(res.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    const form = await pages(apiEvent({ method: 'GET', path: '/form' }), context);
    expect(form.headers['content-security-policy']).toContain("connect-src 'self' https://photos.s3.eu-west-1.amazonaws.com;");
    expect(form.headers['content-security-policy']).toContain("style-src 'self';");
    const landing = await pages(apiEvent({ method: 'GET', path: '/' }), context);
    expect(landing.headers['content-security-policy']).toContain("connect-src 'self';");
  });

  it('serves the staff desk only where it signs in: Cognito’s domain allowed for the token exchange', async () => {
    // Prepare
    const t = testApp();
    const { logger } = capturingLogger();
    const signIn = { mode: 'cognito' as const, domain: 'https://desk.auth.eu-west-1.amazoncognito.com', clientId: 'abc123' };
    const withStaff = makePagesHandler(t.app, { logger, corsOrigins: [], siteOrigin: undefined, chat: false, staffSignIn: signIn });
    const without = makePagesHandler(t.app, { logger, corsOrigins: [], siteOrigin: undefined, chat: false });
    // Act
    const page = await withStaff(apiEvent({ method: 'GET', path: '/staff' }), context);
    const script = await withStaff(apiEvent({ method: 'GET', path: '/assets/staff.js' }), context);
    const none = await without(apiEvent({ method: 'GET', path: '/staff' }), context);
    // Assess
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ${signIn.domain};`);
    expect(page.body).toContain('abc123');
    expect(script.body).toContain('oauth2/authorize');
    expect(none.statusCode).toBe(404);
  });

  it('the staff page as static files points its script at the API it names', () => {
    const html = staffPage({ mode: 'cognito', domain: 'https://desk.auth.eu-west-1.amazoncognito.com', clientId: 'abc123' }, 'https://api.example.com/');
    const config = JSON.parse(
      /data-config="([^"]*)"/
        .exec(html)?.[1]
        ?.replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&') ?? '{}',
    ) as { apiBase: string; signIn: { clientId: string } };
    expect(config.apiBase).toBe('https://api.example.com');
    expect(config.signIn.clientId).toBe('abc123');
    expect(STAFF_JS).toContain('config.apiBase');
  });

  it('serves its script and stylesheet', async () => {
    const { pages } = setup();
    const js = await pages(apiEvent({ method: 'GET', path: '/assets/form.js' }), context);
    expect(js.headers['content-type']).toContain('javascript');
    expect(() => new Function(js.body as string)).not.toThrow();
    const css = await pages(apiEvent({ method: 'GET', path: '/assets/style.css' }), context);
    expect(css.body).toContain('.assessment');
  });
});
