// Web Chat's bundle (and any file served the same to everyone): named by its content, compressed,
// sent in the encoding the browser takes, cached a year.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { makePagesHandler } from '../../../../functions/web/pages';
import { serveStatic, staticAsset } from '../../../../functions/web/static-asset';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { testApp } from '../../../support/fakes';

const BODY = Buffer.from('window.WebChat = {};\n'.repeat(2000));

describe('a static asset', () => {
  it('is named by its content: the same bytes the same name, other bytes another', () => {
    const a = staticAsset('webchat-minimal', 'js', 'text/javascript; charset=utf-8', BODY);
    expect(a.path).toMatch(/^\/assets\/webchat-minimal\.[0-9a-f]{12}\.js$/);
    expect(staticAsset('webchat-minimal', 'js', 'text/javascript', Buffer.from(BODY)).path).toBe(a.path);
    expect(staticAsset('webchat-minimal', 'js', 'text/javascript', Buffer.concat([BODY, Buffer.from('x')])).path).not.toBe(a.path);
  });

  it.each([
    ['br, gzip, deflate', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['', undefined],
    [undefined, undefined],
  ])('Accept-Encoding %j is answered %j, the same bytes once decoded, for a year', (accept, encoding) => {
    const a = staticAsset('webchat-minimal', 'js', 'text/javascript; charset=utf-8', BODY);
    const res = serveStatic(a, accept);
    const sent = Buffer.from(res.body as string, 'base64');
    const decoded = encoding === 'br' ? brotliDecompressSync(sent) : encoding === 'gzip' ? gunzipSync(sent) : sent;
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(decoded.equals(BODY)).toBe(true);
    if (encoding) expect(sent.length).toBeLessThan(BODY.length / 10);
    expect(res.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'accept-encoding',
      'content-type': 'text/javascript; charset=utf-8',
    });
    expect(res.isBase64Encoded).toBe(true);
  });
});

describe('the chat page and Web Chat\u2019s bundle', () => {
  it('the page loads the bundle by its content name; that name serves it compressed; the old name is gone', async () => {
    // Prepare
    const { app } = testApp();
    const bundle = Buffer.from('window.WebChat = { renderWebChat() {} };\n'.repeat(500));
    let reads = 0;
    const pages = makePagesHandler(app, {
      logger: capturingLogger().logger,
      corsOrigins: [],
      siteOrigin: undefined,
      chat: true,
      directLine: 'https://directline.botframework.com/v3/directline',
      webchatBundle: () => (reads++, bundle),
    });
    const get = (path: string, headers: Record<string, string> = {}) => pages(apiEvent({ method: 'GET', path, route: '/assets/{file}', headers }), context);
    // Act
    const page = (await pages(apiEvent({ method: 'GET', path: '/chat', route: '/chat' }), context)).body as string;
    const script = /<script src="(\/assets\/webchat-minimal\.[0-9a-f]{12}\.js)"/.exec(page)?.[1] as string;
    const served = await get(script, { 'accept-encoding': 'gzip, br' });
    const old = await get('/assets/webchat.js');
    const other = await get(script.replace(/\.[0-9a-f]{12}\./, '.000000000000.'));
    // Assess
    expect(script).toBe(staticAsset('webchat-minimal', 'js', 'text/javascript', bundle).path);
    expect(served.statusCode).toBe(200);
    expect(served.headers?.['content-encoding']).toBe('br');
    expect(brotliDecompressSync(Buffer.from(served.body as string, 'base64')).equals(bundle)).toBe(true);
    expect([old.statusCode, other.statusCode]).toEqual([404, 404]);
    // Read and compressed once, however often it is asked for.
    expect(reads).toBe(1);
  });
});
