// The staff desk's Cognito sign-in in a real browser, against a stand-in for Cognito's hosted
// sign-in: the page sends the staff member to /oauth2/authorize with a PKCE challenge, exchanges the
// code (with the verifier that matches it) for tokens, and calls the staff API with the ID token.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { makePagesHandler } from '../../functions/web/pages';
import { dispatch, type LambdaHttpHandler } from '../../local/gateway';
import { capturingLogger } from '../support/events';
import { launchChromium } from '../support/browser';
import { testApp } from '../support/fakes';

jest.setTimeout(60_000);

let server: Server;
let origin: string;
let browser: Browser;
const seen = { challenge: '', verifier: '', apiAuth: '' };

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const pages = makePagesHandler(testApp().app, {
    logger: capturingLogger().logger,
    corsOrigins: [],
    siteOrigin: undefined,
    chat: false,
    staffSignIn: { mode: 'cognito', domain: origin, clientId: 'staff-client' },
  });
  const routes = ['/staff', '/assets/{file}'].map((path) => ({ method: 'GET', path, handler: pages as unknown as LambdaHttpHandler }));
  server.on('request', (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === '/oauth2/authorize') {
        // Cognito signs the person in, then sends them back with a code and the same state.
        seen.challenge = url.searchParams.get('code_challenge') ?? '';
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        back.search = new URLSearchParams({ code: 'the-code', state: url.searchParams.get('state') ?? '' }).toString();
        res.writeHead(302, { location: back.toString() }).end();
        return;
      }
      if (url.pathname === '/oauth2/token') {
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const form = new URLSearchParams(Buffer.concat(chunks).toString());
        seen.verifier = form.get('code_verifier') ?? '';
        const ok =
          form.get('code') === 'the-code' &&
          form.get('client_id') === 'staff-client' &&
          createHash('sha256').update(seen.verifier).digest('base64url') === seen.challenge;
        res
          .writeHead(ok ? 200 : 400, { 'content-type': 'application/json' })
          .end(JSON.stringify(ok ? { id_token: 'id.token.value', access_token: 'access.token.value' } : { error: 'invalid_grant' }));
        return;
      }
      if (url.pathname === '/api/staff/cases') {
        seen.apiAuth = req.headers.authorization ?? '';
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ cases: [], more: false }));
        return;
      }
      if (!(await dispatch(routes, req, res))) res.writeHead(404).end();
    })();
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('the staff desk signing in with Cognito', () => {
  it('goes through the hosted sign-in with PKCE and calls the staff API with the ID token', async () => {
    // Prepare
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Act
    await page.goto(`${origin}/staff`);
    await page.locator('#staff .staff-toolbar').waitFor();
    // Assess
    expect(seen.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createHash('sha256').update(seen.verifier).digest('base64url')).toBe(seen.challenge);
    expect(seen.apiAuth).toBe('Bearer id.token.value');
    expect(page.url()).toBe(`${origin}/staff`);
    expect(errors).toEqual([]);
  });
});
