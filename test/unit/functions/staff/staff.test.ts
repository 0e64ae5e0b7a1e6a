// The staff API and the customer's cancel, called as Lambda would call them, over the in-memory store.
import { makeCancelCaseHandler } from '../../../../functions/api/cancel-case';
import { makeStaffHandler, staffMember } from '../../../../functions/staff/staff';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { PLC_UNWANTED } from '../../../support/fakes';
import { newCase, PLC_LATE_UNWANTED, staffApp } from '../../../support/staff';
import { WEB_TEXT } from '../../../../web/text';

const CLAIMS = { jwt: { claims: { sub: 'u-1', email: 'kim@shop.example', email_verified: 'true' }, scopes: [] } };

function setup() {
  const t = staffApp();
  const { logger, lines } = capturingLogger();
  const options = { logger, corsOrigins: [], siteOrigin: undefined };
  const photos = { readPhoto: async () => new Uint8Array([0xff, 0xd8, 0xff]) };
  return { ...t, logs: lines, staff: makeStaffHandler(t.app, photos, options), cancel: makeCancelCaseHandler(t.app, options) };
}

/** A staff request as API Gateway passes it on after its authorizer (or without one: `claims: false`). */
function staffEvent(
  method: string,
  path: string,
  options: { body?: unknown; query?: Record<string, string>; pathParameters?: Record<string, string>; claims?: boolean } = {},
) {
  const event = apiEvent({
    method,
    path,
    headers: { 'content-type': 'application/json' },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    ...(options.query ? { query: options.query } : {}),
    ...(options.pathParameters ? { pathParameters: options.pathParameters } : {}),
  });
  return options.claims === false ? event : { ...event, requestContext: { ...event.requestContext, authorizer: CLAIMS } };
}

const body = (res: { body?: string }) => JSON.parse(res.body as string) as Record<string, unknown>;

describe('the staff API', () => {
  it('refuses a request no authorizer vouched for (fail closed)', async () => {
    // Prepare
    const { staff } = setup();
    // Act
    const res = await staff(staffEvent('GET', '/api/staff/cases', { claims: false }), context);
    // Assess
    expect(res.statusCode).toBe(401);
    expect(() => staffMember(apiEvent({ method: 'GET', path: '/' }))).toThrow();
  });

  it('names the staff member by a verified email, else by the user name they cannot change', () => {
    const as = (claims: Record<string, string>) =>
      staffMember({
        ...apiEvent({ method: 'GET', path: '/' }),
        requestContext: { ...apiEvent({ method: 'GET', path: '/' }).requestContext, authorizer: { jwt: { claims, scopes: [] } } },
      } as never);
    expect(as({ sub: 'u-1', email: 'kim@shop.example', email_verified: 'true', 'cognito:username': 'kim' })).toBe('kim@shop.example');
    expect(as({ sub: 'u-1', email: 'boss@shop.example', email_verified: 'false', 'cognito:username': 'kim' })).toBe('kim');
    expect(as({ sub: 'u-2', email: 'x@shop.example' })).toBe('u-2');
  });

  it('lists the queue with the review case first, and filters by status', async () => {
    // Prepare
    const { staff, app } = setup();
    const first = await newCase(app, PLC_UNWANTED);
    const review = await newCase(app, PLC_LATE_UNWANTED);
    // Act
    const all = body(await staff(staffEvent('GET', '/api/staff/cases'), context)) as { cases: { rma: string }[] };
    const onlyReview = body(await staff(staffEvent('GET', '/api/staff/cases', { query: { status: 'in_review' } }), context)) as { cases: { rma: string }[] };
    const bad = await staff(staffEvent('GET', '/api/staff/cases', { query: { status: 'lost' } }), context);
    // Assess
    expect(all.cases.map((c) => c.rma)).toEqual([review.rma, first.rma]);
    expect(onlyReview.cases.map((c) => c.rma)).toEqual([review.rma]);
    expect(bad.statusCode).toBe(400);
  });

  it('shows a case with the actions it allows, applies one with the version seen, and records who did it', async () => {
    // Prepare
    const { staff, app } = setup();
    const { rma } = await newCase(app, PLC_LATE_UNWANTED);
    const get = () => staff(staffEvent('GET', `/api/staff/cases/${rma}`, { pathParameters: { rma } }), context);
    const seen = body(await get()) as { version: number; actions: string[]; decision: { trace: unknown[] } };
    // Act
    const res = await staff(
      staffEvent('POST', `/api/staff/cases/${rma}/actions`, {
        pathParameters: { rma },
        body: { action: 'approve', expectedVersion: seen.version, note: 'ok' },
      }),
      context,
    );
    // Assess
    expect(seen.actions).toEqual(['approve', 'decline', 'cancelled', 'message', 'reassess']);
    expect(seen.decision.trace.length).toBeGreaterThan(0);
    expect(res.statusCode).toBe(200);
    const after = body(res) as { status: string; actions: string[]; history: { staffMember?: string; note?: string }[] };
    expect(after.status).toBe('awaiting_parcel');
    expect(after.actions).toEqual(['received', 'cancelled', 'message', 'reassess']);
    expect(after.history).toContainEqual(expect.objectContaining({ staffMember: 'kim@shop.example', note: 'ok' }));
  });

  it('409 for a stale version and for an illegal action, 400 for a bad body', async () => {
    // Prepare
    const { staff, app } = setup();
    const { rma, c } = await newCase(app, PLC_UNWANTED);
    const post = (b: unknown) => staff(staffEvent('POST', `/api/staff/cases/${rma}/actions`, { pathParameters: { rma }, body: b }), context);
    // Act
    const stale = await post({ action: 'received', expectedVersion: c.version - 1 });
    const illegal = await post({ action: 'repairing', expectedVersion: c.version });
    const noResolution = await post({ action: 'resolved', expectedVersion: c.version });
    const extra = await post({ action: 'received', expectedVersion: c.version, status: 'closed' });
    // Assess
    expect([stale.statusCode, body(stale).error]).toEqual([409, expect.objectContaining({ code: 'conflict' })]);
    expect([illegal.statusCode, body(illegal).error]).toEqual([409, expect.objectContaining({ code: 'invalid_transition' })]);
    expect(noResolution.statusCode).toBe(400);
    expect(extra.statusCode).toBe(400);
  });

  it('serves a photo and runs the 21-day check on request', async () => {
    // Prepare
    const { staff, app } = setup();
    const { rma } = await newCase(app, PLC_UNWANTED);
    // Act
    const photo = await staff(staffEvent('GET', `/api/staff/cases/${rma}/photos/abcdefgh`, { pathParameters: { rma, id: 'abcdefgh' } }), context);
    const badId = await staff(staffEvent('GET', `/api/staff/cases/${rma}/photos/x`, { pathParameters: { rma, id: 'x' } }), context);
    const sla = await staff(staffEvent('POST', '/api/staff/sla/run'), context);
    // Assess
    expect(photo).toMatchObject({ statusCode: 200, isBase64Encoded: true, headers: { 'content-type': 'image/jpeg' } });
    expect(badId.statusCode).toBe(404);
    expect(body(sla)).toEqual({ checked: 0, offered: 0, failed: 0, settled: 0, creditsLate: 0 });
  });
});

describe('the customer cancels', () => {
  it('with the link token: JSON for the API, the status page for a form post; a wrong token is a 404', async () => {
    // Prepare
    const { cancel, app, mailer } = setup();
    const a = await newCase(app, PLC_UNWANTED);
    const b = await newCase(app, { ...PLC_UNWANTED, contact: { email: 'b@example.com', name: 'B' } });
    const sentBefore = mailer.sent.length;
    // Act
    const api = await cancel(
      apiEvent({ method: 'POST', path: `/api/cases/${a.rma}/cancel`, pathParameters: { rma: a.rma }, headers: { authorization: `Bearer ${a.token}` } }),
      context,
    );
    const form = await cancel(
      apiEvent({
        method: 'POST',
        path: `/api/cases/${b.rma}/cancel`,
        pathParameters: { rma: b.rma },
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: `token=${encodeURIComponent(b.token)}`,
      }),
      context,
    );
    const wrong = await cancel(
      apiEvent({ method: 'POST', path: `/api/cases/${a.rma}/cancel`, pathParameters: { rma: a.rma }, headers: { authorization: 'Bearer nope' } }),
      context,
    );
    // Assess
    expect([api.statusCode, body(api).status]).toEqual([200, 'cancelled']);
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe(`/status/${b.rma}?token=${encodeURIComponent(b.token)}&notice=cancelled`);
    expect(wrong.statusCode).toBe(404);
    expect(mailer.sent.length - sentBefore).toBe(2);
  });

  it('409 once the parcel has arrived', async () => {
    // Prepare
    const { cancel, app } = setup();
    const { rma, token, c } = await newCase(app, PLC_UNWANTED);
    await app.applyAction(rma, { action: 'received', expectedVersion: c.version });
    // Act
    const res = await cancel(
      apiEvent({ method: 'POST', path: `/api/cases/${rma}/cancel`, pathParameters: { rma }, headers: { authorization: `Bearer ${token}` } }),
      context,
    );
    // Assess
    expect([res.statusCode, body(res).error]).toEqual([409, expect.objectContaining({ code: 'not_cancellable' })]);
  });

  it('from the status page: a refusal goes back to the page saying why; a wrong link gets the not-found page, not JSON', async () => {
    // Prepare: a parcel that arrived while the customer had the confirmation open
    const { cancel, app } = setup();
    const { rma, token, c } = await newCase(app, PLC_UNWANTED);
    await app.applyAction(rma, { action: 'received', expectedVersion: c.version });
    const formPost = (t: string) =>
      apiEvent({
        method: 'POST',
        path: `/api/cases/${rma}/cancel`,
        pathParameters: { rma },
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: `token=${encodeURIComponent(t)}`,
      });
    // Act
    const late = await cancel(formPost(token), context);
    const wrong = await cancel(formPost('nope'), context);
    // Assess
    expect([late.statusCode, late.headers.location]).toEqual([303, `/status/${rma}?token=${encodeURIComponent(token)}&notice=not_cancellable`]);
    expect([wrong.statusCode, wrong.headers['content-type']]).toEqual([404, expect.stringContaining('text/html')]);
    expect(wrong.body).toContain(WEB_TEXT.status.notFound);
  });
});
