// botbuilder Storage on DynamoDB (the desk's one table): conversation and user state, with the
// same eTag behaviour as botbuilder's MemoryStorage, made atomic by conditional writes.
import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Storage, StoreItems } from 'botbuilder-core';
import { TABLE } from '../shared/adapters/dynamodb/table';

const STATE_TTL_SECONDS = 30 * 24 * 60 * 60;

export class EtagConflictError extends Error {
  override name = 'EtagConflictError';
}

export interface DynamoDbStorageOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Seconds since the epoch; the state expires 30 days after its last write. */
  now?: () => number;
}

const keyOf = (key: string) => ({ [TABLE.partitionKey]: `BOT#${key}`, [TABLE.sortKey]: 'STATE' });

export class DynamoDbStorage implements Storage {
  constructor(private readonly options: DynamoDbStorageOptions) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const out: StoreItems = {};
    for (let i = 0; i < keys.length; i += 100) {
      const batch = [...new Set(keys.slice(i, i + 100))];
      let request: Record<string, { Keys: Record<string, string>[]; ConsistentRead: boolean }> | undefined = {
        [this.options.tableName]: { Keys: batch.map(keyOf), ConsistentRead: true },
      };
      while (request && Object.keys(request).length > 0) {
        const res = await this.options.client.send(new BatchGetCommand({ RequestItems: request }));
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
      const now = this.options.now?.() ?? Math.floor(Date.now() / 1000);
      const item = { ...keyOf(key), type: 'bot-state', doc: JSON.stringify(doc), eTag: randomUUID(), [TABLE.ttlAttribute]: now + STATE_TTL_SECONDS };
      // As MemoryStorage: no eTag or '*' writes regardless; a new key is written whatever its eTag.
      const conditional = eTag !== undefined && eTag !== '*';
      try {
        await this.options.client.send(
          new PutCommand({
            TableName: this.options.tableName,
            Item: item,
            ...(conditional ? { ConditionExpression: 'attribute_not_exists(pk) OR eTag = :etag', ExpressionAttributeValues: { ':etag': eTag } } : {}),
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) throw new EtagConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
        throw error;
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.options.client.send(new DeleteCommand({ TableName: this.options.tableName, Key: keyOf(key) }));
  }
}
