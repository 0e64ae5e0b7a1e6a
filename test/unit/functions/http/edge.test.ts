// The HTTP edge against what an attacker sends: other channels' idempotency keys, AWS's base64
// bodies, duplicate keys, forms posted from other sites, a chosen channel, oversized or foreign
// input echoed back, names that are not names; and the headers every answer carries.
import { makeAssessHandler } from '../../../../functions/api/assess';
import { makeCancelCaseHandler } from '../../../../functions/api/cancel-case';
import { makeCreateCaseHandler } from '../../../../functions/api/create-case';
import { makePagesHandler } from '../../../../functions/web/pages';
import { duplicateKey } from '../../../../functions/http/request';
import { NAME_MESSAGES, createCaseRequestSchema } from '../../../../shared/cases';
import { WEB_TEXT } from '../../../../web/text';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { PLC_UNWANTED, testApp } from '../../../support/fakes';

function setup() {
  const t = testApp();
  const { logger } = capturingLogger();
  const options = { logger, corsOrigins: t.app.config.corsOrigins, siteOrigin: 'https://returns.example.com' };
  return {
    ...t,
    assess: makeAssessHandler(t.app, options),
    create: makeCreateCaseHandler(t.app, options),
    cancel: makeCancelCaseHandler(t.app, options),
    pages: makePagesHandler(t.app, { ...options, chat: false }),
  };
}

const post = (path: string, body: string, headers: Record<string, string>) => apiEvent({ method: 'POST', path, headers, body });
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  post(path, typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json', ...headers });
const errorOf = (res: { body?: string }) => (JSON.parse(res.body as string) as { error: { code: string; message: string; field?: string } }).error;
const tokenOf = (statusUrl: string) => new URL(statusUrl).searchParams.get('token') as string;

describe('client Idempotency-Keys live in their own namespace', () => {
  const attacks = [
    ['the email channel’s', 'mail:<CAFEbabe.1234@mail.example.com>', 'email'],
    ['the chat’s', 'chat:conv-7:0', 'chat'],
  ] as const;

  it.each(attacks)('a POST of the same request with %s internal key gets a new case, never the other customer’s', async (_which, internalKey, channel) => {
    // Prepare: another customer's case, made by that channel under its own key
    const { app, create, mailer } = setup();
    const theirs = await app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED), { idempotencyKey: internalKey, channel });
    if (theirs.kind === 'need_info') throw new Error('the fixture must make a case');
    // Act
    const res = await create(postJson('/api/cases', PLC_UNWANTED, { 'Idempotency-Key': internalKey }), context);
    // Assess
    expect(res.statusCode).toBe(201);
    const body = JSON.parse(res.body as string) as { rma: string; statusUrl: string };
    expect(body.rma).not.toBe(theirs.case.rma);
    expect(tokenOf(body.statusUrl)).not.toBe(tokenOf(theirs.statusUrl));
    expect(mailer.sent).toHaveLength(2);
  });

  it.each(attacks)('a wrong guess with %s internal key does not confirm that the key exists', async (_which, internalKey, channel) => {
    const { app, create } = setup();
    await app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED), { idempotencyKey: internalKey, channel });
    const res = await create(postJson('/api/cases', { ...PLC_UNWANTED, reason: 'wrong_item' }, { 'Idempotency-Key': internalKey }), context);
    expect(res.statusCode).toBe(201);
  });

  it('the channel a use case is told is the case’s', async () => {
    const { app } = setup();
    const told = await app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED), { channel: 'chat' });
    const untold = await app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED));
    expect([told.kind === 'created' && told.case.channel, untold.kind === 'created' && untold.case.channel]).toEqual(['chat', 'form']);
  });

  it('a client’s own key still replays its first answer', async () => {
    const { create } = setup();
    const first = await create(postJson('/api/cases', PLC_UNWANTED, { 'Idempotency-Key': 'mail:looks-internal' }), context);
    const again = await create(postJson('/api/cases', PLC_UNWANTED, { 'Idempotency-Key': 'mail:looks-internal' }), context);
    expect([first.statusCode, again.statusCode]).toEqual([201, 200]);
    expect(again.body).toBe(first.body);
  });
});

describe('bodies as API Gateway hands them over (form posts base64-encoded)', () => {
  const base64Form = (path: string, fields: Record<string, string>, pathParameters?: Record<string, string>) => ({
    ...apiEvent({
      method: 'POST',
      path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: Buffer.from(new URLSearchParams(fields).toString()).toString('base64'),
      ...(pathParameters ? { route: '/api/cases/{rma}/cancel', pathParameters } : {}),
    }),
    isBase64Encoded: true,
  });

  it('the status page’s cancel form cancels the return', async () => {
    // Prepare
    const { create, cancel, store } = setup();
    const { rma, statusUrl } = JSON.parse((await create(postJson('/api/cases', PLC_UNWANTED), context)).body as string) as { rma: string; statusUrl: string };
    // Act
    const res = await cancel(base64Form(`/api/cases/${rma}/cancel`, { token: tokenOf(statusUrl) }, { rma }), context);
    // Assess
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/status/${rma}?token=${encodeURIComponent(tokenOf(statusUrl))}&notice=cancelled`);
    expect((await store.get(rma))?.status).toBe('cancelled');
  });

  it('the form page’s post creates the case', async () => {
    const { create, store } = setup();
    const res = await create(
      base64Form('/api/cases', { policy: 'plc-technologies', reason: 'wrong_item', 'contact.name': 'Ann', 'contact.email': 'ann@example.com' }),
      context,
    );
    expect(res.statusCode).toBe(303);
    expect(store.cases.size).toBe(1);
  });
});

describe('duplicate keys', () => {
  it.each([
    ['at the top', '{"policy":"plc-technologies","reason":"unwanted","reason":"wrong_item"}', 'reason'],
    ['in a nested object', '{"policy":"plc-technologies","contact":{"name":"Ann","email":"a@example.com","name":"Bob"}}', 'contact.name'],
    ['spelt with an escape', '{"policy":"plc-technologies","reason":"unwanted","re\\u0061son":"wrong_item"}', 'reason'],
  ])('refused %s: 400 invalid_json naming the field, nothing created', async (_where, body, field) => {
    const { create, store } = setup();
    const res = await create(postJson('/api/cases', body), context);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toEqual({ code: 'invalid_json', message: WEB_TEXT.api.duplicateKey(field), field });
    expect(store.cases.size).toBe(0);
  });

  it('refused in an HTML form post too', async () => {
    const { create } = setup();
    const res = await create(
      post('/api/cases', 'policy=plc-technologies&reason=unwanted&reason=wrong_item', {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      }),
      context,
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ message: WEB_TEXT.api.duplicateKey('reason'), field: 'reason' });
  });

  it('a form post that names no Accept (a plain client) gets the page, not raw JSON', async () => {
    const { create } = setup();
    const res = await create(
      post('/api/cases', 'policy=plc-technologies&reason=unwanted&reason=wrong_item', { 'content-type': 'application/x-www-form-urlencoded', accept: '*/*' }),
      context,
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers?.['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<!doctype');
  });

  it('a duplicate whose name is not one of ours is refused without repeating it', async () => {
    const { assess } = setup();
    const key = 'Your account is locked, log in at https://evil.example';
    const res = await assess(postJson('/api/assess', `{"policy":"plc-technologies",${JSON.stringify(key)}:1,${JSON.stringify(key)}:2}`), context);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toEqual({ code: 'invalid_json', message: WEB_TEXT.api.duplicateKeyUnnamed });
  });

  it.each([
    ['strings holding brackets, quotes and escapes', '{"a":"}\\"{,\\\\","b":"[\\"a\\"]","c":1}'],
    ['equal keys in different objects', '{"a":{"a":1},"b":[{"a":1},{"a":2}],"c":{"a":{},"b":[]}}'],
    ['an empty object before a key', '{"a":{},"b":1}'],
    ['scalars and arrays', '[1,"a",null,true,[{}]]'],
  ])('lets through %s', (_what, text) => {
    expect(duplicateKey(text)).toBeUndefined();
  });

  it.each([
    ['in an array of objects', '[{"a":1},{"a":1,"b":2,"a":3}]', 'a'],
    ['after an emptied object', '{"a":{},"b":1,"a":2}', 'a'],
    ['deep down', '{"x":{"y":[{"z":{"k":1,"k":2}}]}}', 'x.y.z.k'],
  ])('finds one %s', (_what, text, path) => {
    expect(duplicateKey(text)).toBe(path);
  });
});

describe('the Content-Type must be named', () => {
  it.each([
    ['text/plain (what a cross-site form can send without a preflight)', { 'content-type': 'text/plain' }],
    ['no Content-Type at all', {}],
    ['multipart/form-data', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['a type that only starts like JSON', { 'content-type': 'application/jsonp' }],
  ])('415 for %s, and nothing created', async (_what, headers) => {
    const { create, store, mailer } = setup();
    const res = await create(post('/api/cases', JSON.stringify(PLC_UNWANTED), headers), context);
    expect(res.statusCode).toBe(415);
    expect(errorOf(res)).toEqual({ code: 'unsupported_media_type', message: WEB_TEXT.api.unsupportedMediaType });
    expect([store.cases.size, mailer.sent.length]).toEqual([0, 0]);
  });

  it('JSON with a charset, as browsers send it, is JSON', async () => {
    const { create } = setup();
    const res = await create(post('/api/cases', JSON.stringify(PLC_UNWANTED), { 'content-type': 'Application/JSON; charset=utf-8' }), context);
    expect(res.statusCode).toBe(201);
  });
});

describe('fields the client does not choose', () => {
  it('`channel` is refused: the server says which channel a case came by', async () => {
    const { create, store } = setup();
    const res = await create(postJson('/api/cases', { ...PLC_UNWANTED, channel: 'email' }), context);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'invalid_request', field: 'channel' });
    expect(store.cases.size).toBe(0);
  });

  it('a case from the API is a form case', async () => {
    const { create, store } = setup();
    const { rma } = JSON.parse((await create(postJson('/api/cases', PLC_UNWANTED), context)).body as string) as { rma: string };
    expect((await store.get(rma))?.channel).toBe('form');
  });
});

describe('no client input echoed in errors', () => {
  it('a 60 KB policy is refused in a few words that do not repeat it', async () => {
    const { create, assess } = setup();
    const policy = 'p'.repeat(60_000);
    for (const res of [
      await create(postJson('/api/cases', { ...PLC_UNWANTED, policy }), context),
      await assess(postJson('/api/assess', { policy }), context),
    ]) {
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).field).toBe('policy');
      expect((res.body as string).length).toBeLessThan(300);
      expect(res.body).not.toContain('ppppp');
    }
  });

  it('an unknown policy is named as unknown, not repeated', async () => {
    const { create } = setup();
    const res = await create(postJson('/api/cases', { ...PLC_UNWANTED, policy: 'evil-example-com' }), context);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).field).toBe('policy');
    expect(res.body).not.toContain('evil');
  });

  it('an unknown field whose name is a sentence is refused without repeating it', async () => {
    const { assess } = setup();
    const res = await assess(postJson('/api/assess', { policy: 'plc-technologies', 'Your account is locked, log in at https://evil.example': true }), context);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toEqual({ code: 'invalid_request', message: WEB_TEXT.api.unknownField });
  });
});

describe('names are names', () => {
  it('the mail-relay example is refused with 400 saying what a name may contain', async () => {
    const { create, store, mailer } = setup();
    const name = 'Your account is locked, log in at https://evil.example';
    const res = await create(postJson('/api/cases', { ...PLC_UNWANTED, contact: { ...PLC_UNWANTED.contact, name } }), context);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toEqual({ code: 'invalid_request', field: 'contact.name', message: `contact.name: ${NAME_MESSAGES.characters}` });
    expect([store.cases.size, mailer.sent.length]).toEqual([0, 0]);
  });

  it('a look-alike name is refused; a name in any script is kept as NFC', async () => {
    const { create, store } = setup();
    const lookAlike = await create(postJson('/api/cases', { ...PLC_UNWANTED, contact: { ...PLC_UNWANTED.contact, name: 'P\u0430yPal Support' } }), context);
    const greek = await create(postJson('/api/cases', { ...PLC_UNWANTED, contact: { ...PLC_UNWANTED.contact, name: 'Nikos Papado\u0301poulos' } }), context);
    expect(errorOf(lookAlike).message).toBe(`contact.name: ${NAME_MESSAGES.mixedScripts}`);
    expect(greek.statusCode).toBe(201);
    const [c] = [...store.cases.values()];
    expect(c?.contact.name).toBe('Nikos Papadópoulos');
  });
});

describe('security headers on every answer', () => {
  it('JSON, errors, pages, redirects and preflights all carry HSTS and a Permissions-Policy, and keep the rest', async () => {
    // Prepare
    const { create, pages } = setup();
    // Act
    const answers = {
      created: await create(postJson('/api/cases', PLC_UNWANTED), context),
      refused: await create(postJson('/api/cases', '{'), context),
      page: await pages(apiEvent({ method: 'GET', path: '/form' }), context),
      redirect: await create(
        post('/api/cases', 'policy=plc-technologies&reason=wrong_item&contact.name=Ann&contact.email=ann%40example.com', {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'text/html',
        }),
        context,
      ),
      preflight: await create(
        apiEvent({ method: 'OPTIONS', path: '/api/cases', headers: { origin: 'https://shop.example.com', 'access-control-request-method': 'POST' } }),
        context,
      ),
    };
    // Assess
    for (const [what, res] of Object.entries(answers)) {
      expect({ what, hsts: res.headers['strict-transport-security'], nosniff: res.headers['x-content-type-options'] }).toEqual({
        what,
        hsts: 'max-age=63072000; includeSubDomains',
        nosniff: 'nosniff',
      });
      const policy = res.headers['permissions-policy'] ?? '';
      for (const directive of ['camera=(self)', 'geolocation=()', 'microphone=()', 'payment=()', 'usb=()']) expect(policy.split(', ')).toContain(directive);
    }
    expect(answers.page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answers.redirect.statusCode).toBe(303);
  });
});

describe('requests that change something, sent from another website (CSRF)', () => {
  const form = new URLSearchParams({ policy: 'plc-technologies', reason: 'wrong_item', 'contact.email': 'ann@example.com', 'contact.name': 'Ann' }).toString();
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' };

  it.each([
    ['another site', { origin: 'https://evil.example' }],
    ['a sandboxed page (Origin: null)', { origin: 'null' }],
    ['a look-alike of our origin', { origin: 'https://returns.example.com.evil.example' }],
    ['a browser that names no origin but says cross-site', { 'sec-fetch-site': 'cross-site' }],
  ])('from %s: 403, and no case is made', async (_from, headers) => {
    const { create, store, mailer } = setup();
    const res = await create(post('/api/cases', form, { ...formHeaders, ...headers }), context);
    expect(res.statusCode).toBe(403);
    // A browser gets the form back saying why; nothing was made or sent.
    expect(res.body).toContain(WEB_TEXT.api.crossSite);
    expect([store.cases.size, mailer.sent.length]).toEqual([0, 0]);
    const json = await create(postJson('/api/cases', PLC_UNWANTED, headers), context);
    expect([json.statusCode, errorOf(json)]).toEqual([403, { code: 'cross_site', message: WEB_TEXT.api.crossSite }]);
  });

  it('a cancel posted from another site is refused before the link is even looked at', async () => {
    const { create, cancel, store } = setup();
    const made = JSON.parse((await create(postJson('/api/cases', PLC_UNWANTED), context)).body as string) as { rma: string; statusUrl: string };
    const body = new URLSearchParams({ token: tokenOf(made.statusUrl) }).toString();
    const event = { ...post(`/api/cases/${made.rma}/cancel`, body, { ...formHeaders, origin: 'https://evil.example' }), pathParameters: { rma: made.rma } };
    expect((await cancel(event, context)).statusCode).toBe(403);
    expect((await store.get(made.rma))?.status).toBe('awaiting_parcel');
  });

  it.each([
    ['our own pages', { origin: 'https://returns.example.com' }],
    ['a site allowed by corsOrigins', { origin: 'https://shop.example.com' }],
    ['a client that is not a browser (no Origin)', {}],
  ])('from %s: accepted', async (_from, headers) => {
    const { create, store } = setup();
    const res = await create(post('/api/cases', form, { ...formHeaders, ...headers }), context);
    expect(res.statusCode).toBe(303);
    expect(store.cases.size).toBe(1);
  });
});

describe('the contact email', () => {
  it('a space around it is not part of it, as on the HTML form', async () => {
    const { create, store } = setup();
    const res = await create(postJson('/api/cases', { ...PLC_UNWANTED, contact: { ...PLC_UNWANTED.contact, email: ' ann@example.com ' } }), context);
    expect(res.statusCode).toBe(201);
    expect([...store.cases.values()][0]?.contact.email).toBe('ann@example.com');
  });
});
