// The secrets extension's HTTP interface, as AWS documents it: GET /secretsmanager/get?secretId=…
// with the function's session token in X-Aws-Parameters-Secrets-Token; the body is GetSecretValue's.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SecretUnavailableError, secretsExtension } from '../../../../../shared/adapters/secrets-extension/secrets-extension';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:rma/direct-line-AbCdEf';
let server: Server;
let port: number;
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.headers['x-aws-parameters-secrets-token'] !== 'session-token') {
      res.statusCode = 401;
      return void res.end('unauthorized');
    }
    if (url.pathname !== '/secretsmanager/get') {
      res.statusCode = 404;
      return void res.end();
    }
    const id = url.searchParams.get('secretId');
    if (id === ARN) return void res.end(JSON.stringify({ ARN, Name: 'rma/direct-line', SecretString: 'the-secret', VersionStages: ['AWSCURRENT'] }));
    if (id === 'binary') return void res.end(JSON.stringify({ ARN: 'binary', SecretBinary: 'AAEC' }));
    if (id === 'garbled') return void res.end('<html>');
    res.statusCode = 400;
    res.end(JSON.stringify({ message: 'ResourceNotFoundException' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => (seen.length = 0));

describe('secretsExtension', () => {
  it('reads the secret string, showing the session token, with the ARN in the query', async () => {
    // Prepare
    const secretString = secretsExtension({ sessionToken: 'session-token', port });
    // Act
    const value = await secretString(ARN);
    // Assess
    expect(value).toBe('the-secret');
    expect(seen).toHaveLength(1);
    expect(new URL(seen[0]?.url ?? '', 'http://localhost').searchParams.get('secretId')).toBe(ARN);
  });

  it.each([
    ['a wrong session token', 'other-token', ARN, /answered 401/],
    ['an unknown secret', 'session-token', 'rma/none', /answered 400/],
    ['a binary secret', 'session-token', 'binary', /no string value/],
    ['a body that is not JSON', 'session-token', 'garbled', /no string value/],
  ])('refuses %s with an error that names no secret', async (_case, sessionToken, id, message) => {
    // Prepare
    const secretString = secretsExtension({ sessionToken, port });
    // Act
    const read = secretString(id);
    // Assess
    await expect(read).rejects.toThrow(SecretUnavailableError);
    await expect(secretString(id)).rejects.toThrow(message);
    await expect(secretString(id)).rejects.not.toThrow(/the-secret/);
  });

  it('says the extension did not answer when nothing listens on its port', async () => {
    // Prepare
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const secretString = secretsExtension({ sessionToken: 'session-token', port: freePort });
    // Act / Assess
    await expect(secretString(ARN)).rejects.toThrow(/did not answer/);
  });
});
