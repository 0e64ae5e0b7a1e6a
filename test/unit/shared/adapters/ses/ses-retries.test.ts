// Failure injection below the SES client (ses-http.ts) for the mailer, with the client the production
// composition root builds: network failures, 5xx and throttling are retried by it; a rejection is final.
import { MailRejectedError, UnavailableError } from '../../../../../shared/cases';
import { dynamoDbTable, type AwsConfig } from '../../../../../shared/wiring/aws-config';
import { awsMailer } from '../../../../../shared/wiring/aws-mailer';
import { badGateway, flakyEndpoint, unavailable503, type FlakyEndpoint, type Reply } from '../flaky-endpoint';

const MESSAGE = { to: 'ann@example.com', subject: 'Your return', text: 't', html: '<p>h</p>' };
/** SES v2 (REST JSON) names the error in a header. */
const sesError = (status: number, type: string, message: string): Reply => ({
  status,
  headers: { 'content-type': 'application/json', 'x-amzn-errortype': type },
  body: JSON.stringify({ message }),
});

let endpoint: FlakyEndpoint;
let parts: ReturnType<typeof awsMailer>;

beforeAll(async () => {
  endpoint = await flakyEndpoint();
  const config: AwsConfig = {
    tableName: 't',
    mailFrom: 'returns@example.com',
    timeZone: 'UTC',
    publicBaseUrl: 'http://127.0.0.1',
    corsOrigins: [],
    endpoints: { dynamodb: endpoint.url, ses: endpoint.url },
  };
  // The SES sender itself (the composition root wraps it in the suppression check, tested elsewhere).
  parts = awsMailer(config, dynamoDbTable(config));
});

afterAll(async () => {
  await parts.destroy();
  await endpoint.close();
});

beforeEach(() => {
  endpoint.reset();
  endpoint.answer(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ MessageId: 'm-1' }) }));
});

describe('SesMailer over a failing network', () => {
  it('a dropped connection (ECONNRESET) is retried, and the message goes out once answered', async () => {
    endpoint.fail('reset');
    await expect(parts.sender.send(MESSAGE)).resolves.toEqual({ messageId: 'm-1' });
    expect(endpoint.attempts.map((a) => `${a.method} ${a.path}`)).toEqual(['POST /v2/email/outbound-emails', 'POST /v2/email/outbound-emails']);
  });

  it('a 502 is retried', async () => {
    endpoint.fail(badGateway);
    await expect(parts.sender.send(MESSAGE)).resolves.toEqual({ messageId: 'm-1' });
    expect(endpoint.attempts).toHaveLength(2);
  });

  it('throttling (TooManyRequestsException) is retried', async () => {
    endpoint.fail(sesError(429, 'TooManyRequestsException', 'Maximum sending rate exceeded.'));
    await expect(parts.sender.send(MESSAGE)).resolves.toEqual({ messageId: 'm-1' });
    expect(endpoint.attempts).toHaveLength(2);
  });

  it('signs for SES in the region and sends the message as SendEmail’s JSON', async () => {
    await parts.sender.send({ ...MESSAGE, rma: 'RMA-000000001' });
    const [attempt] = endpoint.attempts;
    expect(attempt?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=local\/\d{8}\/us-east-1\/ses\/aws4_request, /);
    expect(JSON.parse(attempt?.body ?? '{}')).toEqual({
      FromEmailAddress: 'returns@example.com',
      Destination: { ToAddresses: ['ann@example.com'] },
      EmailTags: [{ Name: 'rma', Value: 'RMA-000000001' }],
      Content: {
        Simple: {
          Subject: { Data: 'Your return', Charset: 'UTF-8' },
          Body: { Text: { Data: 't', Charset: 'UTF-8' }, Html: { Data: '<p>h</p>', Charset: 'UTF-8' } },
        },
      },
    });
  });

  it('MessageRejected is final: one attempt, MailRejectedError', async () => {
    endpoint.fail(sesError(400, 'MessageRejected', 'Email address is not verified.'));
    await expect(parts.sender.send(MESSAGE)).rejects.toThrow(MailRejectedError);
    expect(endpoint.attempts).toHaveLength(1);
  });

  it('SES down through every attempt: UnavailableError after three, keeping the cause', async () => {
    endpoint.fail(unavailable503, unavailable503, unavailable503, unavailable503);
    const error = await parts.sender.send(MESSAGE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as Error).cause).toMatchObject({ $metadata: { httpStatusCode: 503, attempts: 3 } });
    expect(endpoint.attempts).toHaveLength(3);
  });
});
