import { MemoryStorage } from '@microsoft/agents-hosting';
import { EtagConflictError, MemoryChatStore } from '../../../bot/chat-store';
import { DynamoDbStorage } from '../../../bot/dynamodb-storage';
import { UnavailableError } from '../../../shared/cases';
import type { AwsConfig } from '../../../shared/wiring/aws-config';
import { awsCaseStore } from '../../../shared/wiring/aws-store';
import { chatStoreBehaviour, storageBehaviour } from '../../support/storage-behaviour';
import { dynamoDbOperations, dynamoDbReply, flakyEndpoint, unavailable503, type FlakyEndpoint } from '../shared/adapters/flaky-endpoint';

// The reference the DynamoDB storage is held to (test/integration/bot-storage.test.ts).
storageBehaviour('MemoryStorage', () => new MemoryStorage());
chatStoreBehaviour('MemoryChatStore', () => new MemoryChatStore());

// Failure injection below the SDK, with the client the production composition root builds (the
// bot keeps its state through the desk's document client): its retry is the one that runs.
describe('DynamoDbStorage when DynamoDB falters', () => {
  const TYPE = 'com.amazonaws.dynamodb.v20120810#';
  const ITEM = { pk: { S: 'BOT#k' }, sk: { S: 'STATE' }, doc: { S: JSON.stringify({ chat: { n: 1 } }) }, eTag: { S: 'e1' } };
  let endpoint: FlakyEndpoint;
  let parts: ReturnType<typeof awsCaseStore>;
  let storage: DynamoDbStorage;
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
    storage = new DynamoDbStorage({ client: parts.documents, tableName: 't' });
  });
  afterAll(async () => {
    parts.documents.destroy();
    await endpoint.close();
  });
  beforeEach(() => {
    endpoint.reset();
    endpoint.answer((a) => dynamoDbReply(200, String(a.headers['x-amz-target']).endsWith('GetItem') ? { Item: ITEM } : {}));
  });

  it('a dropped connection on the first read is retried', async () => {
    endpoint.fail('reset');
    expect(await storage.load('k')).toEqual({ doc: { chat: { n: 1 } }, eTag: 'e1' });
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['GetItem', 'GetItem']);
  });

  it('throttling on the first write is retried', async () => {
    endpoint.fail(dynamoDbReply(400, { __type: `${TYPE}ProvisionedThroughputExceededException`, message: 'slow down' }));
    await storage.save('k', { chat: { n: 2 } }, 'e1');
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['PutItem', 'PutItem']);
  });

  it('a save that landed but whose answer was lost is ours when the retry meets it, not a conflict', async () => {
    // The first put is stored and its connection then dropped: the retry fails the condition on it.
    endpoint.fail('reset');
    endpoint.answer((a) => {
      const first = JSON.parse(endpoint.attempts[0]?.body ?? '{}') as { Item: Record<string, unknown> };
      expect(JSON.parse(a.body)).toMatchObject({ ReturnValuesOnConditionCheckFailure: 'ALL_OLD' });
      return dynamoDbReply(400, { __type: `${TYPE}ConditionalCheckFailedException`, message: 'The conditional request failed', Item: first.Item });
    });
    await expect(storage.save('k', { chat: { n: 2 } }, 'e1')).resolves.toBeUndefined();
    expect(dynamoDbOperations(endpoint.attempts)).toEqual(['PutItem', 'PutItem']);
  });

  it('a condition failing on someone else’s save is a conflict, not retried', async () => {
    endpoint.fail(
      dynamoDbReply(400, { __type: `${TYPE}ConditionalCheckFailedException`, message: 'The conditional request failed', Item: { ...ITEM, eTag: { S: 'e2' } } }),
    );
    await expect(storage.save('k', { chat: { n: 2 } }, 'e1')).rejects.toThrow(EtagConflictError);
    expect(endpoint.attempts).toHaveLength(1);
  });

  it('once the SDK gives up, the failure is UnavailableError with its cause: no second layer of retries', async () => {
    endpoint.fail(unavailable503, unavailable503, unavailable503, unavailable503);
    const error = await storage.load('k').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect(endpoint.attempts).toHaveLength(3);
  });
});
