// MailLog on DynamoDB: every claim is a conditional put, so a redelivered event or two Lambdas
// racing on the same message agree on who handles it.
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MailLog } from '../../email/inbound';
import { withRetry, errorName, type RetryOptions } from '../retry';
import { TABLE } from './table';

const DAY = 24 * 60 * 60;
const TRANSIENT = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'InternalServerError', 'ServiceUnavailable']);

export interface DynamoDbMailLogOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  /** Hashes keys: Message-IDs and addresses are not stored as they are. */
  hash: (text: string) => string;
  now?: () => number;
  retry?: Partial<RetryOptions>;
}

export class DynamoDbMailLog implements MailLog {
  private readonly retry: RetryOptions;

  constructor(private readonly options: DynamoDbMailLogOptions) {
    this.retry = { attempts: 6, baseDelayMs: 25, maxDelayMs: 1000, retryable: (e) => TRANSIENT.has(errorName(e)), ...options.retry };
  }

  private now(): number {
    return this.options.now?.() ?? Math.floor(Date.now() / 1000);
  }

  private async claim(pk: string, ttlSeconds: number, extra: Record<string, unknown> = {}): Promise<boolean> {
    try {
      await withRetry(
        'DynamoDB claim',
        () =>
          this.options.client.send(
            new PutCommand({
              TableName: this.options.tableName,
              Item: { [TABLE.partitionKey]: pk, [TABLE.sortKey]: 'MAIL', [TABLE.ttlAttribute]: this.now() + ttlSeconds, ...extra },
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          ),
        this.retry,
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  claimMessage(key: string): Promise<boolean> {
    return this.claim(`MSG#${this.options.hash(key)}`, 30 * DAY);
  }

  claimDailyReply(sender: string, day: string): Promise<boolean> {
    return this.claim(`REPLY#${this.options.hash(sender.toLowerCase())}#${day}`, 2 * DAY);
  }

  async linkThread(messageIds: readonly string[], rma: string): Promise<void> {
    for (const id of messageIds) {
      await withRetry(
        'DynamoDB link thread',
        () =>
          this.options.client.send(
            new PutCommand({ TableName: this.options.tableName, Item: { [TABLE.partitionKey]: `THREAD#${this.options.hash(id)}`, [TABLE.sortKey]: 'MAIL', rma, [TABLE.ttlAttribute]: this.now() + 365 * DAY } }),
          ),
        this.retry,
      );
    }
  }

  async findThread(messageIds: readonly string[]): Promise<string | undefined> {
    const ids = [...new Set(messageIds)].slice(0, 100);
    if (ids.length === 0) return undefined;
    const keys = ids.map((id) => ({ [TABLE.partitionKey]: `THREAD#${this.options.hash(id)}`, [TABLE.sortKey]: 'MAIL' }));
    const res = await withRetry('DynamoDB find thread', () => this.options.client.send(new BatchGetCommand({ RequestItems: { [this.options.tableName]: { Keys: keys, ConsistentRead: true } } })), this.retry);
    const found = new Map((res.Responses?.[this.options.tableName] ?? []).map((item) => [item[TABLE.partitionKey] as string, item.rma as string]));
    // The nearest message in the thread wins.
    for (const key of keys) {
      const rma = found.get(key[TABLE.partitionKey] as string);
      if (rma) return rma;
    }
    return undefined;
  }
}
