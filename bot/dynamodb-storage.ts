// The bot's state on DynamoDB (the desk's one table). As a ChatStore (what the bot uses): writes
// conditioned on the version read, so overlapping turns cannot overwrite each other. As an Agents SDK
// Storage: the same eTag behaviour as the SDK's MemoryStorage, made atomic by conditional writes.
// Throttling, 5xx and network errors are retried by the SDK (the client's standard retry, see
// shared/adapters/dynamodb/README.md); what outlasts it becomes UnavailableError here.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from '@microsoft/agents-hosting';
import { TABLE } from '../shared/adapters/dynamodb/table';
import { asUnavailable, unlessUnavailable } from '../shared/adapters/retry';
import { EtagConflictError, type ChatStore, type Versioned } from './chat-store';
import { failedWith, type DynamoDbError, type DocumentTable } from '../shared/adapters/dynamodb/dynamodb-http';

export { EtagConflictError } from './chat-store';

const STATE_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface DynamoDbStorageOptions {
  client: DocumentTable;
  tableName: string;
  /** Seconds since the epoch; the state expires 30 days after its last write. */
  now?: () => number;
}

const keyOf = (key: string) => ({ [TABLE.partitionKey]: `BOT#${key}`, [TABLE.sortKey]: 'STATE' });

/** The eTag of the item a failed condition found, as the document client leaves it (marshalled). */
function foundETag(error: DynamoDbError): string | undefined {
  const tag = (error.Item as Record<string, unknown> | undefined)?.eTag;
  return typeof tag === 'string' ? tag : ((tag as { S?: string } | undefined)?.S ?? undefined);
}

export class DynamoDbStorage implements Storage, ChatStore {
  constructor(private readonly options: DynamoDbStorageOptions) {}

  private send<T>(what: string, call: () => Promise<T>): Promise<T> {
    return unlessUnavailable(`DynamoDB ${what} bot state`, call);
  }

  async load(key: string): Promise<Versioned | undefined> {
    const { Item } = await this.send('get', () => this.options.client.get({ TableName: this.options.tableName, Key: keyOf(key), ConsistentRead: true }));
    return Item ? { doc: JSON.parse(Item.doc as string) as Record<string, unknown>, eTag: Item.eTag as string } : undefined;
  }

  async save(key: string, doc: Record<string, unknown>, eTag: string | undefined): Promise<void> {
    await this.put(
      key,
      doc,
      eTag === undefined
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: 'eTag = :etag', ExpressionAttributeValues: { ':etag': eTag } },
    );
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const out: StoreItems = {};
    for (let i = 0; i < keys.length; i += 100) {
      const batch = [...new Set(keys.slice(i, i + 100))];
      let request: Record<string, { Keys: Record<string, string>[]; ConsistentRead: boolean }> | undefined = {
        [this.options.tableName]: { Keys: batch.map(keyOf), ConsistentRead: true },
      };
      while (request && Object.keys(request).length > 0) {
        const items = request;
        const res = await this.send('batch get', () => this.options.client.batchGet({ RequestItems: items }));
        for (const item of res.Responses?.[this.options.tableName] ?? []) {
          const key = (item[TABLE.partitionKey] as string).slice('BOT#'.length);
          out[key] = { ...(JSON.parse(item.doc as string) as object), eTag: item.eTag as string };
        }
        request = res.UnprocessedKeys as typeof request;
      }
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    for (const [key, change] of Object.entries(changes)) {
      const { eTag, ...doc } = (change ?? {}) as { eTag?: string };
      // As MemoryStorage: no eTag or '*' writes regardless; a new key is written whatever its eTag.
      const conditional = eTag !== undefined && eTag !== '*';
      await this.put(
        key,
        doc,
        conditional ? { ConditionExpression: 'attribute_not_exists(pk) OR eTag = :etag', ExpressionAttributeValues: { ':etag': eTag } } : {},
      );
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.send('delete', () => this.options.client.delete({ TableName: this.options.tableName, Key: keyOf(key) }));
  }

  private async put(key: string, doc: object, condition: { ConditionExpression?: string; ExpressionAttributeValues?: Record<string, string> }): Promise<void> {
    const now = this.options.now?.() ?? Math.floor(Date.now() / 1000);
    const eTag = randomUUID();
    const item = { ...keyOf(key), type: 'bot-state', doc: JSON.stringify(doc), eTag, [TABLE.ttlAttribute]: now + STATE_TTL_SECONDS };
    try {
      await this.options.client.put({
        TableName: this.options.tableName,
        Item: item,
        ...condition,
        ...(condition.ConditionExpression ? { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } : {}),
      });
    } catch (error) {
      if (!failedWith(error, 'ConditionalCheckFailedException')) throw asUnavailable('DynamoDB put bot state', error);
      // The SDK sends a put again when its answer was lost; if the first one had landed, the retry
      // finds this write's own new eTag: that is our write, not someone else's.
      if (foundETag(error) === eTag) return;
      throw new EtagConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
    }
  }
}
