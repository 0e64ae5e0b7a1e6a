// CaseStore on DynamoDB (SDK v3 document client, one table). Key design: README.md beside this file.
import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../cases/case';
import { ConcurrentUpdateError, RmaCollisionError } from '../../cases/errors';
import type { CasePage, CaseStore, CreateResult, IdempotencyRecord, ListOptions } from '../../cases/ports';
import type { CaseStatus } from '../../cases/status';
import { asUnavailable, unlessUnavailable, withRetry, type RetryOptions } from '../retry';
import { TABLE } from './table';

/**
 * A transaction cancelled because another writer touched one of its items at the same time (or one
 * item was throttled): the SDK sees a 400 and does not retry it, but another try usually commits.
 */
function conflict(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict' || r.Code === 'ThrottlingError')
  );
}

const caseKey = (rma: string) => ({ [TABLE.partitionKey]: `CASE#${rma}`, [TABLE.sortKey]: 'CASE' });
const idempotencyKey = (keyHash: string) => ({ [TABLE.partitionKey]: `IDEM#${keyHash}`, [TABLE.sortKey]: 'IDEM' });

const statusKey = (status: CaseStatus) => `STATUS#${status}`;
/** A case's place in the byStatus index; also the cursor of a page that ends with it. */
const statusSortKey = (c: Pick<Case, 'updatedAt' | 'rma'>) => `${c.updatedAt}#${c.rma}`;
const MAX_PAGE = 100;

/**
 * `writeId` names the write that stored the item. The SDK resends a put whose answer was lost; if the
 * first one had landed, the resend fails its condition on our own write, which the id, returned with
 * the failure (ALL_OLD), tells apart from someone else's.
 */
function caseItem(c: Case, writeId: string) {
  const { byStatusIndex: gsi } = TABLE;
  return { ...caseKey(c.rma), type: 'case', [gsi.partitionKey]: statusKey(c.status), [gsi.sortKey]: statusSortKey(c), ...c, writeId };
}

const ownWrite = (error: ConditionalCheckFailedException, writeId: string) => error.Item?.writeId?.S === writeId;

/** The index position after which a page starts: the index keys and the table keys of its last case. */
function startKey(status: CaseStatus, cursor: string) {
  const { byStatusIndex: gsi } = TABLE;
  const rma = cursor.slice(cursor.lastIndexOf('#') + 1);
  return { [gsi.partitionKey]: statusKey(status), [gsi.sortKey]: cursor, ...caseKey(rma) };
}

function fromItem(item: Record<string, unknown>): Case {
  const { pk: _pk, sk: _sk, type: _type, gsi1pk: _g1, gsi1sk: _g2, writeId: _w, ...rest } = item;
  const c = rest as unknown as Case;
  // Decisions stored before the rules listed photos to send have no list: they asked for none.
  const decision = c.decision as (Case['decision'] & { photos?: Case['decision']['photos'] }) | undefined;
  return !decision || decision.photos ? c : { ...c, decision: { ...decision, photos: [] } };
}

export interface DynamoDbCaseStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** The retry of transaction conflicts (throttling and network failures are the SDK's). */
  retry?: Partial<RetryOptions>;
}

export class DynamoDbCaseStore implements CaseStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly retry: RetryOptions;

  constructor(options: DynamoDbCaseStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.retry = { attempts: 6, baseDelayMs: 25, maxDelayMs: 1000, retryable: conflict, ...options.retry };
  }

  async create(c: Case, idempotency?: IdempotencyRecord): Promise<CreateResult> {
    const writeId = randomUUID();
    const put = { TableName: this.tableName, Item: caseItem(c, writeId), ConditionExpression: 'attribute_not_exists(pk)' };
    if (!idempotency) {
      try {
        await this.client.send(new PutCommand({ ...put, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
        return { created: true };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException && ownWrite(error, writeId)) return { created: true };
        if (error instanceof ConditionalCheckFailedException) throw new RmaCollisionError(`RMA ${c.rma} is taken`);
        throw asUnavailable('DynamoDB put case', error);
      }
    }
    const record = {
      ...idempotencyKey(idempotency.keyHash),
      type: 'idempotency',
      rma: c.rma,
      requestHash: idempotency.requestHash,
      sealedToken: idempotency.sealedToken,
      [TABLE.ttlAttribute]: idempotency.expiresAt,
    };
    try {
      await withRetry(
        'DynamoDB create case',
        () =>
          this.client.send(
            new TransactWriteCommand({
              TransactItems: [{ Put: put }, { Put: { TableName: this.tableName, Item: record, ConditionExpression: 'attribute_not_exists(pk)' } }],
            }),
          ),
        this.retry,
      );
      return { created: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw asUnavailable('DynamoDB create case', error);
      const [caseReason, keyReason] = error.CancellationReasons ?? [];
      if (keyReason?.Code === 'ConditionalCheckFailed') return this.replay(idempotency.keyHash);
      if (caseReason?.Code === 'ConditionalCheckFailed') throw new RmaCollisionError(`RMA ${c.rma} is taken`);
      throw asUnavailable('DynamoDB create case', error);
    }
  }

  private async replay(keyHash: string): Promise<CreateResult> {
    const { Item } = await unlessUnavailable('DynamoDB get idempotency record', () =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: idempotencyKey(keyHash), ConsistentRead: true })),
    );
    const item = Item as { rma: string; requestHash: string; sealedToken: string; ttl: number };
    const existing = (await this.get(item.rma)) as Case;
    return {
      created: false,
      existing,
      record: { keyHash, requestHash: item.requestHash, sealedToken: item.sealedToken, expiresAt: item.ttl },
    };
  }

  async get(rma: string): Promise<Case | undefined> {
    const { Item } = await unlessUnavailable('DynamoDB get case', () =>
      this.client.send(new GetCommand({ TableName: this.tableName, Key: caseKey(rma), ConsistentRead: true })),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async update(c: Case): Promise<Case> {
    const next = { ...c, version: c.version + 1 };
    const writeId = randomUUID();
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: caseItem(next, writeId),
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeValues: { ':expected': c.version },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return next;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException && ownWrite(error, writeId)) return next;
      if (error instanceof ConditionalCheckFailedException) throw new ConcurrentUpdateError(`case ${c.rma} changed since version ${c.version}`);
      throw asUnavailable('DynamoDB update case', error);
    }
  }

  async listByStatus(status: CaseStatus, options: ListOptions = {}): Promise<CasePage> {
    const { byStatusIndex: gsi } = TABLE;
    const { Items = [], LastEvaluatedKey } = await unlessUnavailable('DynamoDB query cases by status', () =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: gsi.name,
          KeyConditionExpression: '#status = :status',
          ExpressionAttributeNames: { '#status': gsi.partitionKey },
          ExpressionAttributeValues: { ':status': statusKey(status) },
          ScanIndexForward: true,
          Limit: Math.min(options.limit ?? MAX_PAGE, MAX_PAGE),
          ...(options.cursor ? { ExclusiveStartKey: startKey(status, options.cursor) } : {}),
        }),
      ),
    );
    const cursor = LastEvaluatedKey?.[gsi.sortKey] as string | undefined;
    return { cases: Items.map(fromItem), ...(cursor ? { cursor } : {}) };
  }
}
