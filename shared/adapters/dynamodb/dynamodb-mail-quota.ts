// MailQuota on DynamoDB: one counter item per recipient and per sender per day, both raised in one
// transaction under the condition that neither is at its limit. Addresses and IPs are stored hashed.
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_MAIL_LIMITS, type MailLimits, type MailQuota, type MailQuotaRequest } from '../../cases/ports';
import { withRetry, type RetryOptions } from '../retry';
import { TABLE } from './table';

const DAY = 24 * 60 * 60;

export interface DynamoDbMailQuotaOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  hash: (text: string) => string;
  limits?: MailLimits;
  now?: () => number;
  retry?: Partial<RetryOptions>;
}

const reasons = (error: unknown) => (error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []).map((r) => r.Code) : []);

export class DynamoDbMailQuota implements MailQuota {
  private readonly limits: MailLimits;
  private readonly retry: RetryOptions;

  constructor(private readonly options: DynamoDbMailQuotaOptions) {
    this.limits = options.limits ?? DEFAULT_MAIL_LIMITS;
    // Two requests raising the same counter at once conflict; the SDK retries the rest.
    this.retry = { attempts: 6, baseDelayMs: 20, maxDelayMs: 500, retryable: (e) => reasons(e).includes('TransactionConflict'), ...options.retry };
  }

  async take(request: MailQuotaRequest): Promise<boolean> {
    const expires = (this.options.now?.() ?? Math.floor(Date.now() / 1000)) + 2 * DAY;
    const counter = (kind: string, who: string, limit: number) => ({
      Update: {
        TableName: this.options.tableName,
        Key: { [TABLE.partitionKey]: `QUOTA#${kind}#${this.options.hash(who)}`, [TABLE.sortKey]: `DAY#${request.day}` },
        UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
        ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
        ExpressionAttributeNames: { '#n': 'sent', '#ttl': TABLE.ttlAttribute },
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': expires },
      },
    });
    const items = [counter('R', request.recipient.toLowerCase(), this.limits.perRecipientPerDay)];
    if (request.sender) items.push(counter('S', request.sender, this.limits.perSenderPerDay));
    try {
      await withRetry('DynamoDB mail quota', () => this.options.client.send(new TransactWriteCommand({ TransactItems: items })), this.retry);
      return true;
    } catch (error) {
      if (reasons(error).includes('ConditionalCheckFailed')) return false;
      throw error;
    }
  }
}
