// SuppressionList on DynamoDB: one item per suppressed mailbox, its key the mailbox's hash (the
// address is not stored). The first report is kept (a repeat does not overwrite it); nothing expires:
// an address that bounced for good stays unmailed until staff remove it by hand.
import type { SuppressionList, SuppressionReason } from '../../cases/ports';
import { asUnavailable, unlessUnavailable } from '../retry';
import type { HashedItemsOptions } from './hashed-items';
import { TABLE } from './table';
import { failedWith } from './dynamodb-http';

export const SUPPRESSED_PREFIX = 'SUPPRESSED#';

export class DynamoDbSuppressionList implements SuppressionList {
  constructor(private readonly options: Omit<HashedItemsOptions, 'now'>) {}

  private key(mailbox: string): Record<string, string> {
    return { [TABLE.partitionKey]: `${SUPPRESSED_PREFIX}${this.options.hash(mailbox)}`, [TABLE.sortKey]: 'MAIL' };
  }

  async suppress(mailbox: string, reason: SuppressionReason, at: string): Promise<void> {
    try {
      await this.options.client.put({
        TableName: this.options.tableName,
        Item: { ...this.key(mailbox), reason, at },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
    } catch (error) {
      if (failedWith(error, 'ConditionalCheckFailedException')) return;
      throw asUnavailable('DynamoDB suppression', error);
    }
  }

  async reasonFor(mailbox: string): Promise<SuppressionReason | undefined> {
    const out = await unlessUnavailable('DynamoDB suppression', () =>
      this.options.client.get({ TableName: this.options.tableName, Key: this.key(mailbox), ConsistentRead: true }),
    );
    const reason = out.Item?.reason as unknown;
    return reason === 'bounce' || reason === 'complaint' ? reason : undefined;
  }
}
