// MailQuota on DynamoDB: one counter item per recipient and per sender per day, both raised in one
// transaction under the condition that neither is at its limit. Addresses and IPs are stored hashed.
import { DEFAULT_MAIL_LIMITS, type MailLimits, type MailQuota, type MailQuotaRequest } from '../../cases/ports';
import { withRetry, type RetryOptions } from '../retry';
import { DAY_SECONDS, expiresIn, type HashedItemsOptions } from './hashed-items';
import { TABLE } from './table';
import { failedWith } from './dynamodb-http';

export interface DynamoDbMailQuotaOptions extends HashedItemsOptions {
  limits?: MailLimits;
  retry?: Partial<RetryOptions>;
}

const reasons = (error: unknown) => (failedWith(error, 'TransactionCanceledException') ? (error.CancellationReasons ?? []).map((r) => r.Code) : []);

export class DynamoDbMailQuota implements MailQuota {
  private readonly limits: MailLimits;
  private readonly retry: RetryOptions;

  constructor(private readonly options: DynamoDbMailQuotaOptions) {
    this.limits = options.limits ?? DEFAULT_MAIL_LIMITS;
    // Two requests raising the same counter at once conflict; the table client retries the rest.
    this.retry = { attempts: 6, baseDelayMs: 20, maxDelayMs: 500, retryable: (e) => reasons(e).includes('TransactionConflict'), ...options.retry };
  }

  async take(request: MailQuotaRequest): Promise<boolean> {
    const expires = expiresIn(this.options, 2 * DAY_SECONDS);
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
      await withRetry('DynamoDB mail quota', () => this.options.client.transactWrite({ TransactItems: items }), this.retry);
      return true;
    } catch (error) {
      if (reasons(error).includes('ConditionalCheckFailed')) return false;
      throw error;
    }
  }
}
