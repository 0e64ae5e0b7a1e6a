// Failure injection below the DynamoDB client (dynamodb-http.ts) for the adapters (case store, mail
// log), with the client the production composition root builds: dropped connections, hung requests,
// 5xx and throttling are retried by the client; a request DynamoDB refuses is not; transaction
// conflicts are the store's to retry.
import { createHash } from 'node:crypto';
import { DynamoDbHttp } from '../../../../../shared/adapters/dynamodb/dynamodb-http';
import { DynamoDbMailLog } from '../../../../../shared/adapters/dynamodb/dynamodb-mail-log';
import { ConcurrentUpdateError, UnavailableError } from '../../../../../shared/cases';
import type { AwsConfig } from '../../../../../shared/wiring/aws-config';
import { awsCaseStore } from '../../../../../shared/wiring/aws-store';
import { BARE_CASE, badGateway, dynamoDbOperations, dynamoDbReply, flakyEndpoint, unavailable503, type FlakyEndpoint } from '../flaky-endpoint';

const TYPE = 'com.amazonaws.dynamodb.v20120810#';
const CASE = BARE_CASE;
const IDEM = { keyHash: 'k', requestHash: 'r', sealedToken: 's', expiresAt: 1 };
const STORED = { pk: { S: 'CASE#RMA-000000000' }, sk: { S: 'CASE' }, rma: { S: 'RMA-000000000' }, version: { N: '3' } };

let endpoint: FlakyEndpoint;
let parts: ReturnType<typeof awsCaseStore>;

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
  parts = awsCaseStore(config);
});

afterAll(async () => {
  parts.documents.destroy();
  await endpoint.close();
});

beforeEach(() => {
  endpoint.reset();
  endpoint.answer((a) => dynamoDbReply(200, String(a.headers['x-amz-target']).endsWith('GetItem') ? { Item: STORED } : {}));
});

describe('the DynamoDB client on the wire', () => {
  it('signs each request (SigV4, for dynamodb in the region) and names the operation; items go as typed JSON, undefined left out', async () => {
    // Act
    await parts.store.update({ ...CASE, note: undefined } as typeof CASE);
    // Assess
    const [attempt] = endpoint.attempts;
    expect(attempt?.headers['x-amz-target']).toBe('DynamoDB_20120810.PutItem');
    expect(attempt?.headers['content-type']).toBe('application/x-amz-json-1.0');
    expect(attempt?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=local\/\d{8}\/us-east-1\/dynamodb\/aws4_request, SignedHeaders=[^,]*x-amz-target[^,]*, Signature=[0-9a-f]{64}$/,
    );
    const body = JSON.parse(attempt?.body ?? '{}') as { Item: Record<string, unknown>; ExpressionAttributeValues: Record<string, unknown> };
    expect(body.Item).toMatchObject({ pk: { S: 'CASE#RMA-000000000' }, version: { N: '4' } });
    expect(body.Item).not.toHaveProperty('note');
    expect(body.ExpressionAttributeValues).toEqual({ ':expected': { N: '3' } });
  });

  it('on AWS (no credentials given) it signs with the role credentials Lambda puts in the environment, session token included', async () => {
    // Prepare
    const saved = { ...process.env };
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'ASIAROLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'session-token' });
    const table = new DynamoDbHttp({
      region: 'eu-west-1',
      endpoint: endpoint.url,
      timeouts: { connectionTimeout: 1_000, requestTimeout: 2_000 },
      maxAttempts: 3,
    });
    try {
      // Act
      await table.get({ TableName: 't', Key: { pk: 'CASE#RMA-000000000', sk: 'CASE' } });
    } finally {
      table.destroy();
      process.env = saved;
    }
    // Assess
    const [attempt] = endpoint.attempts;
    expect(attempt?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=ASIAROLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, /);
    expect(attempt?.headers['x-amz-security-token']).toBe('session-token');
  });

  it('a retry is signed afresh and sends the very same body', async () => {
    endpoint.fail('reset');
    await parts.store.update(CASE);
    const [first, second] = endpoint.attempts;
    expect(second?.body).toBe(first?.body);
    expect(second?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
  });

  it('reads typed JSON back as plain values', async () => {
    endpoint.answer(() => dynamoDbReply(200, { Item: { ...STORED, flags: { L: [{ S: 'a' }] }, decision: { M: { outcome: { S: 'approved' } } } } }));
    await expect(parts.store.get('RMA-000000000')).resolves.toEqual({
      rma: 'RMA-000000000',
      version: 3,
      flags: ['a'],
      decision: { outcome: 'approved', photos: [] },
    });
  });
});

describe('DynamoDbCaseStore over a failing network', () => {
  it('a dropped connection (ECONNRESET) is retried, and the read succeeds', async () => {
    endpoint.fail('reset');
    await expect(parts.store.get('RMA-000000000')).resolves.toEqual({ rma: 'RMA-000000000', version: 3 });
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['GetItem', 'GetItem']);
  });

  it('a 502 from in front of DynamoDB is retried', async () => {
    endpoint.fail(badGateway);
    await expect(parts.store.update(CASE)).resolves.toMatchObject({ version: 4 });
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['PutItem', 'PutItem']);
  });

  it('a request that hangs times out and is retried', async () => {
    endpoint.fail('hang');
    await expect(parts.store.listByStatus('approved')).resolves.toEqual({ cases: [] });
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['Query', 'Query']);
  });

  it('throttling is retried by the client', async () => {
    endpoint.fail(dynamoDbReply(400, { __type: `${TYPE}ProvisionedThroughputExceededException`, message: 'slow down' }));
    await expect(parts.store.create(CASE)).resolves.toEqual({ created: true });
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['PutItem', 'PutItem']);
  });

  it('after three attempts it gives up with UnavailableError, keeping the cause: no second layer of retries', async () => {
    endpoint.fail(unavailable503, unavailable503, unavailable503, unavailable503);
    const error = await parts.store.get('RMA-000000000').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as Error).cause).toMatchObject({ $metadata: { httpStatusCode: 503, attempts: 3 } });
    expect(endpoint.attempts).toHaveLength(3);
  });

  it('a request DynamoDB refuses (ValidationException) is not retried', async () => {
    endpoint.fail(dynamoDbReply(400, { __type: `${TYPE}ValidationException`, message: 'One or more parameter values were invalid' }));
    const error = await parts.store.get('RMA-000000000').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationException' });
    expect(endpoint.attempts).toHaveLength(1);
  });

  it.each([
    ['create', () => parts.store.create(CASE), { created: true }],
    ['update', () => parts.store.update(CASE), { version: 4 }],
  ])('%s: a write that landed but whose answer was lost is ours when the retry meets it, not a collision', async (_name, write, result) => {
    // The first put is stored and its connection then dropped: the retry fails the condition on it.
    endpoint.fail('reset');
    endpoint.answer((a) => {
      const first = JSON.parse(endpoint.attempts[0]?.body ?? '{}') as { Item: Record<string, unknown> };
      expect(JSON.parse(a.body)).toMatchObject({ ReturnValuesOnConditionCheckFailure: 'ALL_OLD' });
      return dynamoDbReply(400, { __type: `${TYPE}ConditionalCheckFailedException`, message: 'The conditional request failed', Item: first.Item });
    });
    await expect(write()).resolves.toMatchObject(result);
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['PutItem', 'PutItem']);
  });

  it('a condition failing on someone else’s write is still a concurrent update', async () => {
    endpoint.fail(
      dynamoDbReply(400, {
        __type: `${TYPE}ConditionalCheckFailedException`,
        message: 'The conditional request failed',
        Item: { ...STORED, version: { N: '4' }, writeId: { S: 'theirs' } },
      }),
    );
    await expect(parts.store.update(CASE)).rejects.toThrow(ConcurrentUpdateError);
    expect(endpoint.attempts).toHaveLength(1);
  });

  it('a transaction retried after a dropped connection carries the same ClientRequestToken, so it cannot commit twice', async () => {
    endpoint.fail('reset');
    await expect(parts.store.create(CASE, IDEM)).resolves.toEqual({ created: true });
    const tokens = endpoint.attempts.map((a) => (JSON.parse(a.body) as { ClientRequestToken?: string }).ClientRequestToken);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toEqual(expect.any(String));
    expect(tokens[1]).toBe(tokens[0]);
  });

  it('a transaction that lost a race to another writer is retried by the store (the client does not)', async () => {
    endpoint.fail(
      dynamoDbReply(400, {
        __type: `${TYPE}TransactionCanceledException`,
        Message: 'Transaction cancelled',
        CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }],
      }),
    );
    await expect(parts.store.create(CASE, IDEM)).resolves.toEqual({ created: true });
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['TransactWriteItems', 'TransactWriteItems']);
  });
});

describe('DynamoDbMailLog over a failing network', () => {
  const log = () => new DynamoDbMailLog({ client: parts.documents, tableName: 't', hash: (s) => createHash('sha256').update(s).digest('hex') });

  it('a claim whose connection dropped is retried and wins', async () => {
    endpoint.fail('reset');
    await expect(log().claimMessage('<m1@example.com>')).resolves.toBe('claimed');
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['PutItem', 'PutItem']);
  });

  it('a thread lookup behind a 502 is retried', async () => {
    endpoint.fail(badGateway);
    endpoint.answer(() =>
      dynamoDbReply(200, {
        Responses: { t: [{ pk: { S: `THREAD#${createHash('sha256').update('<a@x>').digest('hex')}` }, sk: { S: 'MAIL' }, rma: { S: 'RMA-000000001' } }] },
      }),
    );
    await expect(log().findThread(['<a@x>'])).resolves.toBe('RMA-000000001');
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['BatchGetItem', 'BatchGetItem']);
  });

  it('a claim that landed but whose answer was lost is still ours when the retry meets it', async () => {
    // The first put is stored and its connection then dropped: the retry fails the condition on it.
    endpoint.fail('reset');
    endpoint.answer((a) => {
      const first = JSON.parse(endpoint.attempts[0]?.body ?? '{}') as { Item: Record<string, unknown> };
      expect(JSON.parse(a.body)).toMatchObject({ ReturnValuesOnConditionCheckFailure: 'ALL_OLD' });
      return dynamoDbReply(400, { __type: `${TYPE}ConditionalCheckFailedException`, message: 'The conditional request failed', Item: first.Item });
    });
    await expect(log().claimMessage('<m2@example.com>')).resolves.toBe('claimed');
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['PutItem', 'PutItem']);
  });

  it('a claim someone else holds (ConditionalCheckFailed) is an answer, not retried', async () => {
    endpoint.fail(
      dynamoDbReply(400, {
        __type: `${TYPE}ConditionalCheckFailedException`,
        message: 'The conditional request failed',
        Item: { pk: { S: 'REPLY#x' }, claimant: { S: 'another' } },
      }),
    );
    await expect(log().claimDailyReply('ann@example.com', '2026-03-20')).resolves.toBe(false);
    expect(endpoint.attempts).toHaveLength(1);
  });

  it('endless 5xx end in UnavailableError after the client’s three attempts', async () => {
    endpoint.fail(badGateway, badGateway, badGateway);
    await expect(log().linkThread(['<a@x>'], 'RMA-000000001')).rejects.toThrow(UnavailableError);
    expect(endpoint.attempts).toHaveLength(3);
  });
});
