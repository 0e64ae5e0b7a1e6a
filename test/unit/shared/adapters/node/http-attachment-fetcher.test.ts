// Fetching a chat attachment: only from the channel's hosts, no redirects, never more than the cap.
import { createServer, type Server } from 'node:http';
import { httpAttachmentFetcher } from '../../../../../shared/adapters/node/http-attachment-fetcher';

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/small') return void res.end(Buffer.alloc(100, 1));
    if (req.url === '/big') return void res.end(Buffer.alloc(5000, 1));
    if (req.url === '/chunked-big') {
      res.write(Buffer.alloc(3000, 1));
      return void res.end(Buffer.alloc(3000, 1));
    }
    if (req.url === '/redirect') {
      res.writeHead(302, { location: '/small' });
      return void res.end();
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('the chat attachment fetcher', () => {
  it('fetches from an allowed origin, up to the cap', async () => {
    // Prepare
    const fetchAttachment = httpAttachmentFetcher({ origins: [origin], maxBytes: 4096 });
    // Act
    const small = await fetchAttachment(`${origin}/small`);
    const big = await fetchAttachment(`${origin}/big`);
    const chunkedBig = await fetchAttachment(`${origin}/chunked-big`);
    const missing = await fetchAttachment(`${origin}/missing`);
    // Assess
    expect(small?.length).toBe(100);
    expect(big).toBeUndefined();
    expect(chunkedBig).toBeUndefined();
    expect(missing).toBeUndefined();
  });

  it('refuses other hosts, credentials in the URL, non-HTTPS suffix hosts, redirects and junk', async () => {
    // Prepare
    const fetchAttachment = httpAttachmentFetcher({ origins: [origin], httpsHostSuffixes: ['.botframework.com'], maxBytes: 4096 });
    // Act & Assess
    expect(await fetchAttachment('http://169.254.169.254/latest/meta-data/')).toBeUndefined();
    expect(await fetchAttachment(`http://user:pw@${origin.slice('http://'.length)}/small`)).toBeUndefined();
    expect(await fetchAttachment('http://directline.botframework.com/attachments/x')).toBeUndefined();
    expect(await fetchAttachment(`${origin}/redirect`)).toBeUndefined();
    expect(await fetchAttachment('not a url')).toBeUndefined();
  });
});
