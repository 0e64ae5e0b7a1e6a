// CaseStore on DynamoDB (SDK v3 document client, one table). Key design: README.md beside this file.
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Case } from '../../cases/case';
import { ConcurrentUpdateError, RmaCollisionError } from '../../cases/errors';
import type { CasePage, CaseStore, CreateResult, IdempotencyRecord, ListOptions } from '../../cases/ports';
import type { CaseStatus } from '../../cases/status';
import { errorName, withRetry, type RetryOptions } from '../retry';
import { TABLE } from './table';

const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionInProgressException',
]);

function transient(error: unknown): boolean {
  if (TRANSIENT.has(errorName(error))) return true;
  // A transaction that lost a race with another writer: try again, then look at what won.
  return error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict' || r.Code === 'ThrottlingError');
}

const caseKey = (rma: string) => ({ [TABLE.partitionKey]: `CASE#${rma}`, [TABLE.sortKey]: 'CASE' });
const idempotencyKey = (keyHash: string) => ({ [TABLE.partitionKey]: `IDEM#${keyHash}`, [TABLE.sortKey]: 'IDEM' });

const statusKey = (status: CaseStatus) => `STATUS#${status}`;
/** A case's place in the byStatus index; also the cursor of a page that ends with it. */
const statusSortKey = (c: Pick<Case, 'updatedAt' | 'rma'>) => `${c.updatedAt}#${c.rma}`;
const MAX_PAGE = 100;

function caseItem(c: Case) {
  const { byStatusIndex: gsi } = TABLE;
  return { ...caseKey(c.rma), type: 'case', [gsi.partitionKey]: statusKey(c.status), [gsi.sortKey]: statusSortKey(c), ...c };
}

/** The index position after which a page starts: the index keys and the table keys of its last case. */
function startKey(status: CaseStatus, cursor: string) {
  const { byStatusIndex: gsi } = TABLE;
  const rma = cursor.slice(cursor.lastIndexOf('#') + 1);
  return { [gsi.partitionKey]: statusKey(status), [gsi.sortKey]: cursor, ...caseKey(rma) };
}

function fromItem(item: Record<string, unknown>): Case {
  const { pk: _pk, sk: _sk, type: _type, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  const c = rest as unknown as Case;
  // Decisions stored before the rules listed photos to send have no list: they asked for none.
  const decision = c.decision as (Case['decision'] & { photos?: Case['decision']['photos'] }) | undefined;
  return !decision || decision.photos ? c : { ...c, decision: { ...decision, photos: [] } };
}

export interface DynamoDbCaseStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  retry?: Partial<RetryOptions>;
}

export class DynamoDbCaseStore implements CaseStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly retry: RetryOptions;

  constructor(options: DynamoDbCaseStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.retry = { attempts: 6, baseDelayMs: 25, maxDelayMs: 1000, retryable: transient, ...options.retry };
  }

  async create(c: Case, idempotency?: IdempotencyRecord): Promise<CreateResult> {
    const put = { TableName: this.tableName, Item: caseItem(c), ConditionExpression: 'attribute_not_exists(pk)' };
    if (!idempotency) {
      try {
        await withRetry('DynamoDB put case', () => this.client.send(new PutCommand(put)), this.retry);
        return { created: true };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new RmaCollisionError(`RMA ${c.rma} is taken`);
        throw error;
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
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [caseReason, keyReason] = error.CancellationReasons ?? [];
      if (keyReason?.Code === 'ConditionalCheckFailed') return this.replay(idempotency.keyHash);
      if (caseReason?.Code === 'ConditionalCheckFailed') throw new RmaCollisionError(`RMA ${c.rma} is taken`);
      throw error;
    }
  }

  private async replay(keyHash: string): Promise<CreateResult> {
    const { Item } = await withRetry(
      'DynamoDB get idempotency record',
      () => this.client.send(new GetCommand({ TableName: this.tableName, Key: idempotencyKey(keyHash), ConsistentRead: true })),
      this.retry,
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
    const { Item } = await withRetry(
      'DynamoDB get case',
      () => this.client.send(new GetCommand({ TableName: this.tableName, Key: caseKey(rma), ConsistentRead: true })),
      this.retry,
    );
    return Item ? fromItem(Item) : undefined;
  }

  async update(c: Case): Promise<Case> {
    const next = { ...c, version: c.version + 1 };
    try {
      await withRetry(
        'DynamoDB update case',
        () =>
          this.client.send(
            new PutCommand({
              TableName: this.tableName,
              Item: caseItem(next),
              ConditionExpression: 'attribute_exists(pk) AND version = :expected',
              ExpressionAttributeValues: { ':expected': c.version },
            }),
          ),
        this.retry,
      );
      return next;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new ConcurrentUpdateError(`case ${c.rma} changed since version ${c.version}`);
      throw error;
    }
  }

  async listByStatus(status: CaseStatus, options: ListOptions = {}): Promise<CasePage> {
    const { byStatusIndex: gsi } = TABLE;
    const { Items = [], LastEvaluatedKey } = await withRetry(
      'DynamoDB query cases by status',
      () =>
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
      this.retry,
    );
    const cursor = LastEvaluatedKey?.[gsi.sortKey] as string | undefined;
    return { cases: Items.map(fromItem), ...(cursor ? { cursor } : {}) };
  }
}
