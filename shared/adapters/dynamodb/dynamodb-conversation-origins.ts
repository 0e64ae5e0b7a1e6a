// ConversationOrigins on DynamoDB: one item per conversation the desk opened, keyed by the
// conversation id hashed, holding the sender as given (already hashed by the caller).
import type { ConversationOrigins } from '../../cases/ports';
import { unlessUnavailable } from '../retry';
import { DAY_SECONDS, expiresIn, type HashedItemsOptions } from './hashed-items';
import { TABLE } from './table';

const SORT_KEY = 'ORIGIN';

export interface DynamoDbConversationOriginsOptions extends HashedItemsOptions {
  /**
   * How long an origin is kept: as long as the conversation's own state (30 days), since Direct
   * Line tokens can be refreshed for as long; a conversation that outlived its origin would count
   * as a sender of its own.
   */
  ttlSeconds?: number;
}

export class DynamoDbConversationOrigins implements ConversationOrigins {
  // No retry of its own: throttling and network failures are retried by the table client (dynamodb-http.ts).
  constructor(private readonly options: DynamoDbConversationOriginsOptions) {}

  private key(conversationId: string) {
    return { [TABLE.partitionKey]: `CONV#${this.options.hash(conversationId)}`, [TABLE.sortKey]: SORT_KEY };
  }

  async record(conversationId: string, sender: string, policy?: string): Promise<void> {
    const expires = expiresIn(this.options, this.options.ttlSeconds ?? 30 * DAY_SECONDS);
    // Unconditional: each token names a new conversation, and a resent put writes the same thing.
    const item = { ...this.key(conversationId), sender, ...(policy ? { policy } : {}), [TABLE.ttlAttribute]: expires };
    await unlessUnavailable('DynamoDB record conversation origin', () => this.options.client.put({ TableName: this.options.tableName, Item: item }));
  }

  private async item(conversationId: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await unlessUnavailable('DynamoDB get conversation origin', () =>
      // Consistent: the customer may register (or the chat start) within moments of opening it.
      this.options.client.get({ TableName: this.options.tableName, Key: this.key(conversationId), ConsistentRead: true }),
    );
    return Item;
  }

  async senderOf(conversationId: string): Promise<string | undefined> {
    const item = await this.item(conversationId);
    return typeof item?.sender === 'string' ? item.sender : undefined;
  }

  async policyOf(conversationId: string): Promise<string | undefined> {
    const item = await this.item(conversationId);
    return typeof item?.policy === 'string' ? item.policy : undefined;
  }
}
