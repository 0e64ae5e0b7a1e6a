// What stands in front of s3rver on the advertised S3 port, so that the local bucket is as strict
// as S3 where s3rver is not: it answers only to its own host names (DNS rebinding), it refuses
// anonymous requests (the buckets are private), and a browser's POST upload must satisfy its signed
// policy (signature, expiration, every condition), which s3rver ignores. Everything else is passed
// on unchanged, Host included, so presigned URLs and the SDK's signatures still match.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isOwnHost, misdirected } from './host-guard';

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface S3GateOptions {
  /** The advertised port; 0 picks a free one. */
  port: number;
  /** Where s3rver listens (on 127.0.0.1). */
  upstreamPort: number;
  credentials: S3Credentials;
  region: string;
}

export interface S3Gate {
  port: number;
  /** A fault drill's switch: while set, every connection is dropped as a crashed service's would be. */
  down: boolean;
  close(): Promise<void>;
}

export interface S3Failure {
  status: number;
  code: string;
  message: string;
}

/** A POST upload's body is read whole to check it; S3's own ceiling for our forms is 10 MiB. */
const MAX_POST_BYTES = 32 * 1024 * 1024;
/** Form fields S3 does not require a condition for. */
const UNCONDITIONED = new Set(['x-amz-signature', 'file', 'policy']);

const denied = (message: string): S3Failure => ({ status: 403, code: 'AccessDenied', message });
const badPolicy = (message: string): S3Failure => ({ status: 400, code: 'InvalidPolicyDocument', message });

/**
 * S3's checks of a browser POST upload signed with SigV4: `fields` are the form's fields before the
 * file (names in any case), `fileSize` the file's bytes. Undefined when S3 would take it.
 */
export function checkPostPolicy(input: {
  bucket: string;
  fields: ReadonlyMap<string, string>;
  fileSize: number;
  now: Date;
  credentials: S3Credentials;
  region: string;
}): S3Failure | undefined {
  const fields = new Map<string, string>();
  for (const [name, value] of input.fields) fields.set(name.toLowerCase(), value);
  const sent = [...fields.keys()];
  // The bucket a policy names is the one in the URL, whatever a field says.
  fields.set('bucket', input.bucket);
  const policyB64 = fields.get('policy');
  if (policyB64 === undefined) return denied('Access Denied');
  if (fields.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256')
    return { status: 400, code: 'InvalidArgument', message: 'POST requires the x-amz-algorithm AWS4-HMAC-SHA256' };
  const credential = /^([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request$/.exec(fields.get('x-amz-credential') ?? '');
  if (!credential) return { status: 400, code: 'InvalidArgument', message: 'x-amz-credential is malformed' };
  const [, accessKeyId, day, region] = credential as unknown as [string, string, string, string];
  if (accessKeyId !== input.credentials.accessKeyId) return denied('The AWS Access Key Id you provided does not exist in our records.');
  if (region !== input.region)
    return { status: 400, code: 'AuthorizationQueryParametersError', message: `the region '${region}' is wrong; expecting '${input.region}'` };
  if (!(fields.get('x-amz-date') ?? '').startsWith(day))
    return { status: 400, code: 'InvalidArgument', message: 'x-amz-date does not match the credential scope' };
  const key = [day, region, 's3', 'aws4_request'].reduce<Buffer>(
    (k, part) => createHmac('sha256', k).update(part).digest(),
    Buffer.from(`AWS4${input.credentials.secretAccessKey}`),
  );
  const expected = createHmac('sha256', key).update(policyB64).digest();
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(fields.get('x-amz-signature') ?? '') ? (fields.get('x-amz-signature') as string) : '', 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    };
  }

  let policy: { expiration?: unknown; conditions?: unknown };
  try {
    policy = JSON.parse(Buffer.from(policyB64, 'base64').toString('utf8')) as typeof policy;
  } catch {
    return badPolicy('Invalid Policy: Invalid JSON.');
  }
  const expires = typeof policy.expiration === 'string' ? Date.parse(policy.expiration) : NaN;
  if (Number.isNaN(expires)) return badPolicy('Invalid Policy: Invalid expiration.');
  if (input.now.getTime() > expires) return denied('Invalid according to Policy: Policy expired.');
  if (!Array.isArray(policy.conditions)) return badPolicy('Invalid Policy: Invalid conditions.');

  const covered = new Set<string>();
  const failed = (condition: unknown) => denied(`Invalid according to Policy: Policy Condition failed: ${JSON.stringify(condition)}`);
  for (const condition of policy.conditions as unknown[]) {
    if (Array.isArray(condition) && condition[0] === 'content-length-range') {
      const [, min, max] = condition as [string, unknown, unknown];
      if (typeof min !== 'number' || typeof max !== 'number') return badPolicy('Invalid Policy: Invalid content-length-range.');
      if (input.fileSize > max) return { status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size' };
      if (input.fileSize < min) return { status: 400, code: 'EntityTooSmall', message: 'Your proposed upload is smaller than the minimum allowed size' };
      continue;
    }
    let op: string;
    let name: string;
    let value: unknown;
    if (Array.isArray(condition) && condition.length === 3 && typeof condition[1] === 'string' && condition[1].startsWith('$')) {
      [op, name, value] = [String(condition[0]).toLowerCase(), condition[1].slice(1).toLowerCase(), condition[2]];
    } else if (condition !== null && typeof condition === 'object' && !Array.isArray(condition) && Object.keys(condition).length === 1) {
      const [[k, v]] = Object.entries(condition) as [[string, unknown]];
      [op, name, value] = ['eq', k.toLowerCase(), v];
    } else {
      return badPolicy(`Invalid Policy: Invalid Condition: ${JSON.stringify(condition)}`);
    }
    if (typeof value !== 'string' || (op !== 'eq' && op !== 'starts-with')) return badPolicy(`Invalid Policy: Invalid Condition: ${JSON.stringify(condition)}`);
    covered.add(name);
    const actual = fields.get(name);
    if (actual === undefined || (op === 'eq' ? actual !== value : !actual.startsWith(value))) return failed(condition);
  }
  for (const name of sent) {
    if (UNCONDITIONED.has(name) || name.startsWith('x-ignore-') || covered.has(name)) continue;
    return denied(`Invalid according to Policy: Extra input fields: ${name}`);
  }
  return undefined;
}

function sendFailure(req: IncomingMessage, res: ServerResponse, failure: S3Failure): void {
  const escape = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
  res.statusCode = failure.status;
  res.setHeader('content-type', 'application/xml');
  res.setHeader('x-amz-request-id', randomBytes(8).toString('hex').toUpperCase());
  // The bucket's CORS rule (desk pages on loopback) applies to refusals too, so a page can say why.
  const origin = req.headers.origin;
  if (origin && /^http:\/\/127\.0\.0\.1:\d+$/.test(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
  }
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${failure.code}</Code><Message>${escape(failure.message)}</Message></Error>`);
}

function isSigned(req: IncomingMessage, url: URL): boolean {
  return req.headers.authorization !== undefined || url.searchParams.has('X-Amz-Signature') || url.searchParams.has('Signature');
}

/** POST /{bucket} but DeleteObjects (?delete): what s3rver takes as a browser-based upload. */
function bucketOfFormPost(req: IncomingMessage, url: URL): string | undefined {
  if (req.method !== 'POST' || url.searchParams.has('delete')) return undefined;
  return /^\/([^/]+)\/?$/.exec(url.pathname)?.[1];
}

async function readCapped(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function forward(upstreamPort: number, req: IncomingMessage, res: ServerResponse, body?: { bytes: Buffer; contentType: string }): void {
  const headers: IncomingHttpHeaders = { ...req.headers };
  if (body) {
    headers['content-type'] = body.contentType;
    headers['content-length'] = String(body.bytes.length);
    delete headers['transfer-encoding'];
  }
  const upstream = httpRequest({ host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) res.statusCode = 502;
    res.end();
  });
  if (body) upstream.end(body.bytes);
  else req.pipe(upstream);
}

/** A checked form upload goes on as the form that was checked: s3rver never parses other bytes. */
async function handleFormPost(options: S3GateOptions, bucket: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const contentType = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return sendFailure(req, res, { status: 412, code: 'PreconditionFailed', message: 'Bucket POST must be of the enclosure-type multipart/form-data' });
  }
  const bytes = await readCapped(req, MAX_POST_BYTES);
  if (!bytes) return sendFailure(req, res, { status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size' });
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData();
  } catch {
    return sendFailure(req, res, {
      status: 400,
      code: 'MalformedPOSTRequest',
      message: 'The body of your POST request is not well-formed multipart/form-data.',
    });
  }
  // As S3: the fields before the file count, anything after it is ignored; one file only.
  const fields = new Map<string, string>();
  const checked = new FormData();
  const entries: [string, FormDataEntryValue][] = [];
  form.forEach((value, name) => entries.push([name, value]));
  let file: Blob | undefined;
  for (const [name, value] of entries) {
    if (name.toLowerCase() === 'file') {
      file = typeof value === 'string' ? new Blob([value]) : value;
      checked.append('file', file, typeof value === 'string' ? 'file' : value.name);
      break;
    }
    if (typeof value !== 'string') continue;
    fields.set(name, value);
    checked.append(name, value);
  }
  if (!file) return sendFailure(req, res, { status: 400, code: 'InvalidArgument', message: 'POST requires exactly one file upload per request.' });
  const failure = checkPostPolicy({ bucket, fields, fileSize: file.size, now: new Date(), credentials: options.credentials, region: options.region });
  if (failure) return sendFailure(req, res, failure);
  const encoded = new Request('http://127.0.0.1/', { method: 'POST', body: checked });
  forward(options.upstreamPort, req, res, { bytes: Buffer.from(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') as string });
}

export async function startS3Gate(options: S3GateOptions): Promise<S3Gate> {
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  const gate: S3Gate = {
    port,
    down: false,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (gate.down) return req.socket.destroy();
    if (!isOwnHost(req.headers.host, port)) return misdirected(res, port, 'The local S3');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const bucket = bucketOfFormPost(req, url);
    // Checked whatever else the request carries: s3rver would take the upload on any Authorization.
    if (bucket !== undefined) {
      handleFormPost(options, bucket, req, res).catch(() => {
        if (!res.headersSent) sendFailure(req, res, { status: 500, code: 'InternalError', message: 'We encountered an internal error. Please try again.' });
        else res.end();
      });
      return;
    }
    // The buckets are private: a request that is not signed (a CORS preflight aside) is anonymous.
    if (req.method !== 'OPTIONS' && !isSigned(req, url)) return sendFailure(req, res, denied('Access Denied'));
    forward(options.upstreamPort, req, res);
  });
  return gate;
}
