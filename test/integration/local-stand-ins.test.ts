// The local stand-ins are as strict as AWS where it matters: no DNS rebinding into the helper
// services, S3's POST policy enforced on uploads, no anonymous access to the private buckets, and
// the security headers on the local router's own answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { BASE_HEADERS } from '../../functions/http/responses';
import { freePort, LOCAL_PHOTO_BUCKET, startStack } from '../../local/stack';
import { daysAgo, useDesk } from '../support/local-desk';

jest.setTimeout(120_000);

const desk = useDesk();

/** fetch() will not send a Host header of our choosing; node:http will. */
function ask(endpoint: string, host: string, options: { method?: string; path?: string; headers?: Record<string, string> } = {}) {
  const { port } = new URL(endpoint);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: Number(port), method: options.method ?? 'GET', path: options.path ?? '/', headers: { ...options.headers, host } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode as number, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the helper services answer only to their own host names (no DNS rebinding)', () => {
  it.each([
    ['the local SES (its /store shows every email)', 'ses', '/store'],
    ['DynamoDB Local', 'dynamodb', '/'],
    ['s3rver', 's3', `/${LOCAL_PHOTO_BUCKET}`],
  ] as const)('%s', async (_name, service, path) => {
    // Prepare
    const endpoint = desk().stack.endpoints[service];
    const { port } = new URL(endpoint);
    // Act
    const foreign = await Promise.all(['evil.example', `evil.example:${port}`, `127.0.0.1:${Number(port) + 1}`].map((host) => ask(endpoint, host, { path })));
    // Assess
    expect(foreign.map((a) => a.status)).toEqual([421, 421, 421]);
    expect(foreign[0]?.body).not.toContain('@');
  });

  it('their own names still work: the outbox, the SDK clients', async () => {
    const ses = await ask(desk().stack.endpoints.ses, `127.0.0.1:${new URL(desk().stack.endpoints.ses).port}`, { path: '/store' });
    expect(ses.status).toBe(200);
    const tables = await desk().table.send(new ListTablesCommand({}));
    expect(tables.TableNames?.length).toBeGreaterThan(0);
    const listed = await s3().send(new ListObjectsV2Command({ Bucket: LOCAL_PHOTO_BUCKET }));
    expect(listed.$metadata.httpStatusCode).toBe(200);
  });
});

function s3(): S3Client {
  return new S3Client({
    endpoint: desk().stack.endpoints.s3,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}

async function newCase(): Promise<{ rma: string; token: string }> {
  const res = await fetch(`${desk().desk.url}/api/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      policy: 'plc-technologies',
      contact: { email: 'policy@example.com', name: 'Polly Policy' },
      reason: 'damaged_on_delivery',
      deliveryDate: daysAgo(1),
    }),
  });
  const body = (await res.json()) as { rma: string; statusUrl: string };
  return { rma: body.rma, token: new URL(body.statusUrl).searchParams.get('token') as string };
}

async function uploadForm(rma: string, token: string): Promise<{ url: string; fields: Record<string, string> }> {
  const res = await fetch(`${desk().desk.url}/api/cases/${rma}/photos`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ contentType: 'image/jpeg' }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { upload: { url: string; fields: Record<string, string> } }).upload;
}

async function postForm(
  form: { url: string; fields: Record<string, string> },
  bytes: Uint8Array,
  extra: [string, string][] = [],
  headers: Record<string, string> = {},
) {
  const data = new FormData();
  for (const [k, v] of [...Object.entries(form.fields), ...extra]) data.append(k, v);
  data.append('file', new Blob([Buffer.from(bytes)], { type: 'image/jpeg' }), 'IMG_0001.jpg');
  const res = await fetch(form.url, { method: 'POST', body: data, headers: { origin: desk().desk.url, ...headers } });
  return { status: res.status, body: await res.text() };
}

async function keysUnder(...prefixes: string[]): Promise<string[]> {
  const client = s3();
  const keys: string[] = [];
  for (const Prefix of prefixes)
    keys.push(...((await client.send(new ListObjectsV2Command({ Bucket: LOCAL_PHOTO_BUCKET, Prefix }))).Contents ?? []).map((o) => o.Key as string));
  client.destroy();
  return keys;
}

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

describe('s3rver enforces the presigned POST policy, as S3 does', () => {
  it('another key, another case, too large, another type, a tampered policy, an extra field, a side door: refused, nothing stored', async () => {
    // Prepare
    const { rma, token } = await newCase();
    const other = await newCase();
    const form = await uploadForm(rma, token);
    const policy = JSON.parse(Buffer.from(form.fields.Policy as string, 'base64').toString('utf8')) as { conditions: unknown[] };
    const widened = {
      ...policy,
      conditions: policy.conditions.map((c) => (Array.isArray(c) && c[0] === 'content-length-range' ? ['content-length-range', 0, 1e9] : c)),
    };
    const tampered = { ...form, fields: { ...form.fields, Policy: Buffer.from(JSON.stringify(widened)).toString('base64') } };
    const now = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
    // Act
    const answers = {
      ownKey: await postForm({ ...form, fields: { ...form.fields, key: `photos/${rma}/evil` } }, JPEG),
      otherCase: await postForm({ ...form, fields: { ...form.fields, key: `uploads/${other.rma}/evil` } }, JPEG),
      tooLarge: await postForm(form, new Uint8Array(11 * 1024 * 1024)),
      html: await postForm({ ...form, fields: { ...form.fields, 'Content-Type': 'text/html' } }, JPEG),
      tampered: await postForm(tampered, new Uint8Array(11 * 1024 * 1024)),
      extraField: await postForm(form, JPEG, [['success_action_redirect', 'https://evil.example/']]),
      unsigned: await postForm({ ...form, fields: { key: form.fields.key as string, 'Content-Type': 'image/jpeg' } }, JPEG),
      // s3rver takes any Authorization header as signed, and a POST with a query as a form post too
      sideDoor: await postForm({ url: `${form.url}?x=1`, fields: { ...form.fields, key: `photos/${rma}/evil` } }, JPEG, [], {
        authorization: `AWS4-HMAC-SHA256 Credential=S3RVER/${now.slice(0, 8)}/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${'0'.repeat(64)}`,
        'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
        'x-amz-date': now,
      }),
    };
    // Assess: S3's own answers (a size outside content-length-range is its 400 EntityTooLarge)
    const codes = Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, `${a.status} ${/<Code>(\w+)<\/Code>/.exec(a.body)?.[1]}`]));
    expect(codes).toEqual({
      ownKey: '403 AccessDenied',
      otherCase: '403 AccessDenied',
      tooLarge: '400 EntityTooLarge',
      html: '403 AccessDenied',
      tampered: '403 SignatureDoesNotMatch',
      extraField: '403 AccessDenied',
      unsigned: '403 AccessDenied',
      sideDoor: '403 AccessDenied',
    });
    expect(await keysUnder(`uploads/${rma}/`, `photos/${rma}/`, `uploads/${other.rma}/`, `photos/${other.rma}/`)).toEqual([]);
    // …and the genuine form still uploads
    expect((await postForm(form, JPEG)).status).toBe(204);
  });

  it('refuses anonymous requests to the private buckets', async () => {
    // Act
    const put = await fetch(`${desk().stack.endpoints.s3}/${LOCAL_PHOTO_BUCKET}/uploads/RMA-000000000/anon`, {
      method: 'PUT',
      body: 'x',
      headers: { 'content-type': 'image/jpeg' },
    });
    const list = await fetch(`${desk().stack.endpoints.s3}/${LOCAL_PHOTO_BUCKET}`);
    // Assess
    expect([put.status, list.status]).toEqual([403, 403]);
    expect(await keysUnder('uploads/RMA-000000000/')).toEqual([]);
  });
});

describe('the local router’s own answers carry the security headers', () => {
  it.each(['/nope', '/api/nope', '/directline/v3/directline/conversations/x/activities', '/_local/outbox', '/api/staff/cases'])('%s', async (path) => {
    const res = await fetch(`${desk().desk.url}${path}`);
    if (path.startsWith('/api/staff')) expect(res.status).toBe(401); // the authorizer's refusal, without a token
    expect(res.headers.get('strict-transport-security')).toBe(BASE_HEADERS['strict-transport-security']);
    expect(res.headers.get('permissions-policy')).toBe(BASE_HEADERS['permissions-policy']);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('a stand-in that fails to start', () => {
  it('stops the ones that did start: their ports are free again', async () => {
    // Prepare: DynamoDB Local's port taken by someone else
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    const dynamodb = (taken.address() as AddressInfo).port;
    const [ses, s3] = [await freePort(), await freePort()];
    const dataDir = mkdtempSync(join(tmpdir(), 'stack-fails-'));
    try {
      // Act
      const started = startStack({ dataDir, ports: { dynamodb, ses, s3 }, persist: false });
      // Assess: refused, and the SES stand-in and the S3 gate that had started are gone
      await expect(started).rejects.toThrow();
      for (const port of [ses, s3]) {
        const probe = createServer();
        await expect(new Promise<void>((resolve, reject) => probe.once('error', reject).listen(port, '127.0.0.1', () => resolve()))).resolves.toBeUndefined();
        await new Promise<void>((resolve) => probe.close(() => resolve()));
      }
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
