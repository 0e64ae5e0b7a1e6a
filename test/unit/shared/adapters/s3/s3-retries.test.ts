// Failure injection below the S3 client (s3-http.ts) for the S3 adapters (photo store, attachments, raw
// mail), with the client the production composition root builds: network failures and 5xx are retried
// by it; a refusal (403) is not.
import { S3Attachments } from '../../../../../shared/adapters/s3/s3-attachments';
import { S3PhotoStore } from '../../../../../shared/adapters/s3/s3-photo-store';
import { s3RawMailReader } from '../../../../../shared/adapters/s3/s3-raw-mail';
import { UnavailableError } from '../../../../../shared/cases';
import { awsS3 } from '../../../../../shared/wiring/aws-s3';
import { badGateway, flakyEndpoint, unavailable503, type FlakyEndpoint, type Reply } from '../flaky-endpoint';

const accessDenied: Reply = {
  status: 403,
  headers: { 'content-type': 'application/xml' },
  body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
};

let endpoint: FlakyEndpoint;
let s3: ReturnType<typeof awsS3>;

beforeAll(async () => {
  endpoint = await flakyEndpoint();
  // As the local desk does: its stand-ins' endpoints (and so a region and local keys).
  s3 = awsS3({ endpoints: { dynamodb: endpoint.url, ses: endpoint.url } }, endpoint.url);
});

afterAll(async () => {
  s3.destroy();
  await endpoint.close();
});

beforeEach(() => {
  endpoint.reset();
  endpoint.answer((a): Reply => {
    if (a.method === 'GET') return { status: 200, headers: { 'content-type': 'image/jpeg', etag: '"e"' }, body: 'jpeg' };
    return a.method === 'DELETE' ? { status: 204 } : { status: 200, headers: { etag: '"e"' } };
  });
});

const calls = () => endpoint.attempts.map((a) => `${a.method} ${a.path.split('?')[0]}`);

describe('S3 adapters over a failing network', () => {
  it('photo store: a read whose connection dropped is retried', async () => {
    endpoint.fail('reset');
    const bytes = await new S3PhotoStore(s3, 'photos').get('photos/RMA-0000000AB/a-web.jpg');
    expect(Buffer.from(bytes as Uint8Array).toString()).toBe('jpeg');
    expect(calls()).toEqual(['GET /photos/photos/RMA-0000000AB/a-web.jpg', 'GET /photos/photos/RMA-0000000AB/a-web.jpg']);
  });

  it('photo store: a write behind a 502 is retried, with its whole body again', async () => {
    endpoint.fail(badGateway);
    await new S3PhotoStore(s3, 'photos').put('photos/RMA-0000000AB/a-web.jpg', new Uint8Array(Buffer.from('processed')), 'image/jpeg');
    expect(calls()).toEqual(['PUT /photos/photos/RMA-0000000AB/a-web.jpg', 'PUT /photos/photos/RMA-0000000AB/a-web.jpg']);
    expect(endpoint.attempts.map((a) => a.body)).toEqual(['processed', 'processed']);
  });

  it('photo store: a refusal (403) is not retried', async () => {
    endpoint.fail(accessDenied);
    await expect(new S3PhotoStore(s3, 'photos').delete('uploads/RMA-0000000AB/x')).rejects.toMatchObject({ name: 'AccessDenied' });
    expect(endpoint.attempts).toHaveLength(1);
  });

  it('attachments: a dropped connection is retried', async () => {
    endpoint.fail('reset');
    await expect(
      new S3Attachments(s3, 'inbox').put('RMA-0000000AB', 1, {
        filename: 'receipt.pdf',
        contentType: 'application/pdf',
        content: new Uint8Array([37, 80, 68, 70]),
      }),
    ).resolves.toBe('attachments/RMA-0000000AB/1-receipt.pdf');
    expect(calls()).toEqual(['PUT /inbox/attachments/RMA-0000000AB/1-receipt.pdf', 'PUT /inbox/attachments/RMA-0000000AB/1-receipt.pdf']);
  });

  it('raw mail: a 503 is retried; S3 down through every attempt is UnavailableError after three', async () => {
    const read = s3RawMailReader(s3, 'inbox', 'mail/');
    endpoint.fail(unavailable503);
    await expect(read('abc123')).resolves.toEqual(new Uint8Array(Buffer.from('jpeg')));
    expect(endpoint.attempts).toHaveLength(2);

    endpoint.reset();
    endpoint.fail(unavailable503, unavailable503, unavailable503, unavailable503);
    await expect(read('abc123')).rejects.toThrow(UnavailableError);
    expect(endpoint.attempts).toHaveLength(3);
  });
});
