// CaseStore on DynamoDB (the desk's table client, one table). Key design: README.md beside this file.
import { randomUUID } from 'node:crypto';
import type { Case } from '../../cases/case';
import { ConcurrentUpdateError, RmaCollisionError } from '../../cases/errors';
import { searchText, searchWords, type CaseFilter } from '../../cases/case-filter';
import type { CasePage, CaseStore, CreateResult, IdempotencyRecord, ListOptions } from '../../cases/ports';
import type { CaseStatus } from '../../cases/status';
import { asUnavailable, unlessUnavailable, withRetry, type RetryOptions } from '../retry';
import { TABLE } from './table';
import { failedWith, type DynamoDbError, type DocumentTable } from './dynamodb-http';

/**
 * A transaction cancelled because another writer touched one of its items at the same time (or one
 * item was throttled): the client sees a 400 and does not retry it, but another try usually commits.
 */
function conflict(error: unknown): boolean {
  return (
    failedWith(error, 'TransactionCanceledException') &&
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
  const { byStatusIndex: gsi, byChangeIndex: all } = TABLE;
  return {
    ...caseKey(c.rma),
    type: 'case',
    [gsi.partitionKey]: statusKey(c.status),
    [gsi.sortKey]: statusSortKey(c),
    [all.partitionKey]: ALL_CASES,
    [all.sortKey]: statusSortKey(c),
    searchText: searchText(c),
    ...c,
    writeId,
  };
}

/** How many items one counting read reads (the filter applies after): a bounded request. */
const COUNT_PAGE = 1000;

/** The byChange index's one partition: every case. */
const ALL_CASES = 'CASES';

/**
 * The filter (case-filter.ts, `matches`) as a DynamoDB filter expression over the stored case: the
 * same tests, attribute by attribute. Undefined when the filter is empty.
 */
export function filterExpression(filter: CaseFilter): {
  FilterExpression?: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
} {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  searchWords(filter.text).forEach((word, i) => {
    names['#search'] = 'searchText';
    values[`:w${i}`] = word;
    parts.push(`contains(#search, :w${i})`);
  });
  if (filter.statuses) {
    names['#st'] = 'status';
    filter.statuses.forEach((s, i) => (values[`:s${i}`] = s));
    parts.push(`#st IN (${filter.statuses.map((_, i) => `:s${i}`).join(', ')})`);
  }
  if (filter.policy) {
    names['#policy'] = 'policy';
    values[':policy'] = filter.policy;
    parts.push('#policy = :policy');
  }
  if (filter.track) {
    Object.assign(names, { '#decision': 'decision', '#track': 'track' });
    values[':track'] = filter.track;
    parts.push('#decision.#track = :track');
  }
  if (filter.flag) {
    names['#flags'] = 'flags';
    values[':flag'] = filter.flag;
    parts.push('contains(#flags, :flag)');
  }
  if (filter.changedBefore) {
    names['#updated'] = 'updatedAt';
    values[':before'] = filter.changedBefore;
    parts.push('#updated < :before');
  }
  if (filter.toCollect) {
    Object.assign(names, {
      '#decision': 'decision',
      '#outcome': 'outcome',
      '#transport': 'transport',
      '#st': 'status',
      '#collection': 'collection',
      '#collectedAt': 'collectedAt',
    });
    Object.assign(values, { ':approved': 'approved', ':collect': 'collection', ':awaiting': 'awaiting_parcel' });
    parts.push(
      '#decision.#outcome = :approved AND #decision.#transport = :collect AND #st IN (:approved, :awaiting) AND attribute_not_exists(#collection.#collectedAt)',
    );
  }
  return { ...(parts.length ? { FilterExpression: parts.join(' AND ') } : {}), ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}

const ownWrite = (error: DynamoDbError, writeId: string) => error.Item?.writeId?.S === writeId;

/** The index position after which a page starts: the index keys and the table keys of its last case. */
function startKey(status: CaseStatus, cursor: string) {
  const { byStatusIndex: gsi } = TABLE;
  const rma = cursor.slice(cursor.lastIndexOf('#') + 1);
  return { [gsi.partitionKey]: statusKey(status), [gsi.sortKey]: cursor, ...caseKey(rma) };
}

function fromItem(item: Record<string, unknown>): Case {
  const { pk: _pk, sk: _sk, type: _type, gsi1pk: _g1, gsi1sk: _g2, gsi2pk: _g3, gsi2sk: _g4, searchText: _s, writeId: _w, ...rest } = item;
  const c = rest as unknown as Case;
  // Decisions stored before the rules listed photos to send have no list: they asked for none.
  const decision = c.decision as (Case['decision'] & { photos?: Case['decision']['photos'] }) | undefined;
  return !decision || decision.photos ? c : { ...c, decision: { ...decision, photos: [] } };
}

export interface DynamoDbCaseStoreOptions {
  client: DocumentTable;
  tableName: string;
  /** The retry of transaction conflicts (throttling and network failures are the client's). */
  retry?: Partial<RetryOptions>;
}

export class DynamoDbCaseStore implements CaseStore {
  private readonly client: DocumentTable;
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
        await this.client.put({ ...put, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' });
        return { created: true };
      } catch (error) {
        if (failedWith(error, 'ConditionalCheckFailedException') && ownWrite(error, writeId)) return { created: true };
        if (failedWith(error, 'ConditionalCheckFailedException')) throw new RmaCollisionError(`RMA ${c.rma} is taken`);
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
          this.client.transactWrite({
            TransactItems: [{ Put: put }, { Put: { TableName: this.tableName, Item: record, ConditionExpression: 'attribute_not_exists(pk)' } }],
          }),
        this.retry,
      );
      return { created: true };
    } catch (error) {
      if (!failedWith(error, 'TransactionCanceledException')) throw asUnavailable('DynamoDB create case', error);
      const [caseReason, keyReason] = error.CancellationReasons ?? [];
      if (keyReason?.Code === 'ConditionalCheckFailed') return this.replay(idempotency.keyHash);
      if (caseReason?.Code === 'ConditionalCheckFailed') throw new RmaCollisionError(`RMA ${c.rma} is taken`);
      throw asUnavailable('DynamoDB create case', error);
    }
  }

  private async replay(keyHash: string): Promise<CreateResult> {
    const { Item } = await unlessUnavailable('DynamoDB get idempotency record', () =>
      this.client.get({ TableName: this.tableName, Key: idempotencyKey(keyHash), ConsistentRead: true }),
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
      this.client.get({ TableName: this.tableName, Key: caseKey(rma), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async update(c: Case): Promise<Case> {
    const next = { ...c, version: c.version + 1 };
    const writeId = randomUUID();
    try {
      await this.client.put({
        TableName: this.tableName,
        Item: caseItem(next, writeId),
        ConditionExpression: 'attribute_exists(pk) AND version = :expected',
        ExpressionAttributeValues: { ':expected': c.version },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      });
      return next;
    } catch (error) {
      if (failedWith(error, 'ConditionalCheckFailedException') && ownWrite(error, writeId)) return next;
      if (failedWith(error, 'ConditionalCheckFailedException')) throw new ConcurrentUpdateError(`case ${c.rma} changed since version ${c.version}`);
      throw asUnavailable('DynamoDB update case', error);
    }
  }

  async listByStatus(status: CaseStatus, options: ListOptions = {}): Promise<CasePage> {
    const { byStatusIndex: gsi } = TABLE;
    const { Items = [], LastEvaluatedKey } = await unlessUnavailable('DynamoDB query cases by status', () =>
      this.client.query({
        TableName: this.tableName,
        IndexName: gsi.name,
        KeyConditionExpression: '#status = :status',
        ExpressionAttributeNames: { '#status': gsi.partitionKey },
        ExpressionAttributeValues: { ':status': statusKey(status) },
        ScanIndexForward: true,
        Limit: Math.min(options.limit ?? MAX_PAGE, MAX_PAGE),
        ...(options.cursor ? { ExclusiveStartKey: startKey(status, options.cursor) } : {}),
      }),
    );
    const cursor = LastEvaluatedKey?.[gsi.sortKey] as string | undefined;
    return { cases: Items.map(fromItem), ...(cursor ? { cursor } : {}) };
  }

  /** One query of the byChange index, newest change first, from where `cursor` left off. */
  private queryAll(filter: CaseFilter, options: { limit?: number; cursor?: string; keysOnly?: boolean; startKey?: Record<string, unknown> }) {
    const { byChangeIndex: all } = TABLE;
    const f = filterExpression(filter);
    const cursor = options.cursor;
    const rma = cursor?.slice(cursor.lastIndexOf('#') + 1);
    return unlessUnavailable('DynamoDB query all cases', () =>
      this.client.query({
        TableName: this.tableName,
        IndexName: all.name,
        KeyConditionExpression: '#all = :all',
        ...(f.FilterExpression ? { FilterExpression: f.FilterExpression } : {}),
        ExpressionAttributeNames: {
          '#all': all.partitionKey,
          ...f.ExpressionAttributeNames,
          ...(options.keysOnly ? { '#rma': 'rma', '#sort': all.sortKey } : {}),
        },
        // Reading through many cases to find a few: their RMA numbers only; the page's cases are read whole after.
        ...(options.keysOnly ? { ProjectionExpression: '#rma, #sort' } : {}),
        ExpressionAttributeValues: { ':all': ALL_CASES, ...f.ExpressionAttributeValues },
        ScanIndexForward: false,
        ...(options.limit ? { Limit: options.limit } : {}),
        ...(options.startKey
          ? { ExclusiveStartKey: options.startKey }
          : cursor && rma
            ? { ExclusiveStartKey: { [all.partitionKey]: ALL_CASES, [all.sortKey]: cursor, ...caseKey(rma) } }
            : {}),
      }),
    );
  }

  async findCases(filter: CaseFilter, options: ListOptions = {}): Promise<CasePage & { total?: number }> {
    const { byChangeIndex: all } = TABLE;
    const limit = Math.min(options.limit ?? MAX_PAGE, MAX_PAGE);
    const filtered = filterExpression(filter).FilterExpression !== undefined;
    if (filtered && !options.cursor) return this.firstFilteredPage(filter, limit);
    const found: Case[] = [];
    let cursor = options.cursor;
    // A filter leaves fewer items than were read: read on (1,000 at a time, their RMA numbers only) until the page is full or
    // the index ends. A page ends with the last case it returns, so what a read found beyond it is read again.
    for (;;) {
      const want = limit - found.length;
      const { Items = [], LastEvaluatedKey } = await this.queryAll(filter, {
        limit: filtered ? Math.max(want, 1000) : want,
        keysOnly: filtered,
        ...(cursor ? { cursor } : {}),
      });
      const page = Items.slice(0, want);
      const taken = filtered ? (await Promise.all(page.map((i) => this.get(i.rma as string)))).filter((c): c is Case => c !== undefined) : page.map(fromItem);
      found.push(...taken);
      const lastRead = LastEvaluatedKey?.[all.sortKey] as string | undefined;
      if (found.length >= limit) {
        const more = Items.length > taken.length || lastRead !== undefined;
        return { cases: found, ...(more ? { cursor: statusSortKey(found.at(-1) as Case) } : {}) };
      }
      if (!lastRead) return { cases: found };
      cursor = lastRead;
    }
  }

  /**
   * A filtered search's first page: one pass over every case's RMA number (1,000 a read), which finds
   * the page and counts the matches at once; the page's cases are then read whole.
   */
  private async firstFilteredPage(filter: CaseFilter, limit: number): Promise<CasePage & { total: number }> {
    const { byChangeIndex: all } = TABLE;
    const matches: { rma: string; sort: string }[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.queryAll(filter, { limit: COUNT_PAGE, keysOnly: true, ...(startKey ? { startKey } : {}) });
      for (const i of out.Items ?? []) matches.push({ rma: i.rma as string, sort: i[all.sortKey] as string });
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    const page = matches.slice(0, limit);
    const cases = (await Promise.all(page.map((m) => this.get(m.rma)))).filter((c): c is Case => c !== undefined);
    const last = page.at(-1);
    return { cases, total: matches.length, ...(matches.length > limit && last ? { cursor: last.sort } : {}) };
  }

  async countCases(filter: CaseFilter): Promise<number> {
    let total = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      // A read at most COUNT_PAGE items long: each request stays well inside the client's timeout.
      // RMA numbers only: on DynamoDB Local this reads faster than Select COUNT (same read units on AWS).
      const out = await this.queryAll(filter, { keysOnly: true, limit: COUNT_PAGE, ...(startKey ? { startKey } : {}) });
      total += out.Items?.length ?? 0;
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return total;
  }
}
