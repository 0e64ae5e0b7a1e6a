// A stand-in AWS endpoint on 127.0.0.1 that fails on cue, below the desk's AWS clients: the clients
// under test are built by the production factories, so their retries, timeouts and signing are the
// real ones (a mock of the client's methods would skip all three).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Case } from '../../../../shared/cases';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** What one attempt meets: the connection dropped, no answer at all, or this reply. */
export type Fault = 'reset' | 'hang' | Reply;

export interface Attempt {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FlakyEndpoint {
  url: string;
  /** Every request that reached the endpoint, in order. */
  attempts: Attempt[];
  /** The next requests meet these, one each; after them the endpoint answers. */
  fail(...faults: Fault[]): void;
  /** How the endpoint answers once the faults are used up. */
  answer(reply: (attempt: Attempt) => Reply): void;
  reset(): void;
  close(): Promise<void>;
}

export async function flakyEndpoint(): Promise<FlakyEndpoint> {
  let faults: Fault[] = [];
  let answer: (attempt: Attempt) => Reply = () => ({ status: 500, body: 'no answer set' });
  const attempts: Attempt[] = [];
  const hung: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const attempt = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      attempts.push(attempt);
      const fault = faults.shift();
      if (fault === 'reset') return void req.socket.destroy();
      if (fault === 'hang') return void hung.push(res);
      const reply = fault ?? answer(attempt);
      const body = reply.body ?? '';
      res.writeHead(reply.status, { 'content-length': String(Buffer.byteLength(body)), ...reply.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    attempts,
    fail: (...next) => void faults.push(...next),
    answer: (reply) => void (answer = reply),
    reset() {
      faults = [];
      attempts.length = 0;
    },
    close: async () => {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The endpoint's attempts at one DynamoDB operation (JSON 1.0: the operation is in X-Amz-Target). */
export const dynamoDbOperations = (attempts: readonly Attempt[]) => attempts.map((a) => String(a.headers['x-amz-target']).replace('DynamoDB_20120810.', ''));

/** A DynamoDB answer: JSON 1.0, with the error type in `__type` as the service sends it. */
export function dynamoDbReply(status: number, body: object): Reply {
  return { status, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: JSON.stringify(body) };
}

/** An HTTP 502 from a load balancer in front of the service: HTML, no service error in it. */
export const badGateway: Reply = { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body>502 Bad Gateway</body></html>' };
export const unavailable503: Reply = { status: 503, headers: { 'content-type': 'text/html' }, body: '<html><body>503 Service Unavailable</body></html>' };

/** The least of a case the DynamoDB store's write paths read (its keys, its version, what it is found by). */
export const BARE_CASE = {
  rma: 'RMA-000000000',
  status: 'approved',
  updatedAt: '2026-03-20T00:00:00Z',
  version: 3,
  contact: { email: 'ann@example.com', name: 'Ann' },
} as unknown as Case;
