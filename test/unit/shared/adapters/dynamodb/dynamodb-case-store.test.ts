// Fault injection for the DynamoDB adapter at the table's operations: conditional-check failures and
// transactions. (Network failures, throttling and 5xx are the client's to retry: dynamodb-retries.test.ts.)
import { BARE_CASE } from '../flaky-endpoint';
import { DynamoDbCaseStore } from '../../../../../shared/adapters/dynamodb/dynamodb-case-store';
import { ConcurrentUpdateError, RmaCollisionError, UnavailableError } from '../../../../../shared/cases';
import { dynamoDbError, ScriptedTable } from '../../../../support/scripted-table';

const ddb = new ScriptedTable();
const sleeps: number[] = [];
const store = new DynamoDbCaseStore({ client: ddb, tableName: 't', retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 1 } });

const CASE = BARE_CASE;
const IDEM = { keyHash: 'k', requestHash: 'r', sealedToken: 's', expiresAt: 1 };
const throttled = () => dynamoDbError('ProvisionedThroughputExceededException');
const ccf = () => dynamoDbError('ConditionalCheckFailedException');
const cancelled = (codes: string[]) => dynamoDbError('TransactionCanceledException', { CancellationReasons: codes.map((Code) => ({ Code })) });

beforeEach(() => {
  ddb.reset();
  sleeps.length = 0;
});

describe('DynamoDbCaseStore', () => {
  it('does not retry throttling on top of the client: what outlasted its retries is UnavailableError, keeping the cause', async () => {
    // Prepare
    ddb.on('get', throttled());
    // Act
    const error = await store.get('RMA-000000000').catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(UnavailableError);
    expect(((error as Error).cause as Error).name).toBe('ProvisionedThroughputExceededException');
    expect(ddb.callsOf('get')).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('a taken RMA number is a collision, not retried', async () => {
    ddb.on('put', ccf());
    await expect(store.create(CASE)).rejects.toThrow(RmaCollisionError);
    expect(ddb.callsOf('put')).toHaveLength(1);
  });

  it('a stale version is a concurrent update, not retried', async () => {
    ddb.on('put', ccf());
    await expect(store.update(CASE)).rejects.toThrow(ConcurrentUpdateError);
    const input = ddb.callsOf('put')[0];
    expect(input?.ConditionExpression).toBe('attribute_exists(pk) AND version = :expected');
    expect(input?.ExpressionAttributeValues).toEqual({ ':expected': 3 });
    expect(input?.Item).toMatchObject({ version: 4, gsi1pk: 'STATUS#approved' });
  });

  it('with a key: case and record in one conditional transaction', async () => {
    ddb.on('transactWrite', {});
    await expect(store.create(CASE, IDEM)).resolves.toEqual({ created: true });
    const items =
      ddb.callsOf<{ TransactItems: { Put?: { Item: Record<string, unknown>; ConditionExpression?: string } }[] }>('transactWrite')[0]?.TransactItems ?? [];
    expect(items.map((i) => i.Put?.Item?.pk)).toEqual(['CASE#RMA-000000000', 'IDEM#k']);
    expect(items.every((i) => i.Put?.ConditionExpression === 'attribute_not_exists(pk)')).toBe(true);
  });

  it('with a key seen before: returns the first case', async () => {
    ddb.on('transactWrite', cancelled(['None', 'ConditionalCheckFailed']));
    const items: Record<string, object> = {
      'IDEM#k': { rma: 'RMA-111111111', requestHash: 'r', sealedToken: 's', ttl: 9 },
      'CASE#RMA-111111111': { pk: 'CASE#RMA-111111111', sk: 'CASE', rma: 'RMA-111111111', version: 2 },
    };
    ddb.on('get', (input: { Key: { pk: string } }) => ({ Item: items[input.Key.pk] }));
    const result = await store.create(CASE, IDEM);
    expect(result).toEqual({
      created: false,
      existing: { rma: 'RMA-111111111', version: 2 },
      record: { keyHash: 'k', requestHash: 'r', sealedToken: 's', expiresAt: 9 },
    });
  });

  it('a transaction that lost a race is retried, with growing backoff', async () => {
    ddb
      .next('transactWrite', cancelled(['TransactionConflict', 'None']))
      .next('transactWrite', cancelled(['None', 'TransactionConflict']))
      .on('transactWrite', {});
    await expect(store.create(CASE, IDEM)).resolves.toEqual({ created: true });
    expect(ddb.callsOf('transactWrite')).toHaveLength(3);
    expect(sleeps).toEqual([25, 50]);
  });

  it('a transaction that keeps losing races gives up with UnavailableError', async () => {
    ddb.on('transactWrite', cancelled(['TransactionConflict', 'None']));
    await expect(store.create(CASE, IDEM)).rejects.toThrow(UnavailableError);
    expect(ddb.callsOf('transactWrite')).toHaveLength(6);
  });

  it('a taken RMA number inside the transaction is a collision', async () => {
    ddb.on('transactWrite', cancelled(['ConditionalCheckFailed', 'None']));
    await expect(store.create(CASE, IDEM)).rejects.toThrow(RmaCollisionError);
  });

  it('reads consistently and strips its keys from the case', async () => {
    ddb.on('get', { Item: { pk: 'CASE#RMA-000000000', sk: 'CASE', type: 'case', gsi1pk: 'x', gsi1sk: 'y', rma: 'RMA-000000000' } });
    await expect(store.get('RMA-000000000')).resolves.toEqual({ rma: 'RMA-000000000' });
    expect(ddb.callsOf('get')[0]?.ConsistentRead).toBe(true);
  });

  describe('listByStatus', () => {
    const item = (rma: string, updatedAt: string) => ({
      pk: `CASE#${rma}`,
      sk: 'CASE',
      type: 'case',
      gsi1pk: 'STATUS#repairing',
      gsi1sk: `${updatedAt}#${rma}`,
      rma,
      updatedAt,
    });

    it('queries the byStatus index, oldest first, and pages with the last sort key as the cursor', async () => {
      // Prepare
      ddb
        .next('query', {
          Items: [item('RMA-111111111', '2026-03-01T00:00:00Z')],
          LastEvaluatedKey: { gsi1pk: 'STATUS#repairing', gsi1sk: '2026-03-01T00:00:00Z#RMA-111111111', pk: 'CASE#RMA-111111111', sk: 'CASE' },
        })
        .next('query', { Items: [item('RMA-222222222', '2026-03-02T00:00:00Z')] });
      // Act
      const first = await store.listByStatus('repairing', { limit: 1 });
      const second = await store.listByStatus('repairing', { limit: 1, ...(first.cursor ? { cursor: first.cursor } : {}) });
      // Assess
      expect(first).toEqual({ cases: [{ rma: 'RMA-111111111', updatedAt: '2026-03-01T00:00:00Z' }], cursor: '2026-03-01T00:00:00Z#RMA-111111111' });
      expect(second).toEqual({ cases: [{ rma: 'RMA-222222222', updatedAt: '2026-03-02T00:00:00Z' }] });
      const [q1, q2] = ddb.callsOf('query');
      expect(q1).toEqual({
        TableName: 't',
        IndexName: 'byStatus',
        KeyConditionExpression: '#status = :status',
        ExpressionAttributeNames: { '#status': 'gsi1pk' },
        ExpressionAttributeValues: { ':status': 'STATUS#repairing' },
        ScanIndexForward: true,
        Limit: 1,
      });
      expect(q2?.ExclusiveStartKey).toEqual({ gsi1pk: 'STATUS#repairing', gsi1sk: '2026-03-01T00:00:00Z#RMA-111111111', pk: 'CASE#RMA-111111111', sk: 'CASE' });
    });

    it('caps a page at 100', async () => {
      ddb.on('query', { Items: [] });
      await expect(store.listByStatus('in_review', { limit: 5000 })).resolves.toEqual({ cases: [] });
      expect(ddb.callsOf('query').map((input) => input.Limit)).toEqual([100]);
    });
  });
});
