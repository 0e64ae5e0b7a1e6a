// MailLog on DynamoDB: every claim is a conditional put, so a redelivered event or two Lambdas
// racing on the same message agree on who handles it.
import { randomUUID } from 'node:crypto';
import { MESSAGE_CLAIM_STALE_SECONDS, type MailLog, type MessageClaim } from '../../email/inbound';

const CLAIMED = '\u0000claimed';
import { asUnavailable, unlessUnavailable } from '../retry';
import { DAY_SECONDS, expiresIn, nowSeconds, type HashedItemsOptions } from './hashed-items';
import { TABLE } from './table';
import { failedWith } from './dynamodb-http';

export class DynamoDbMailLog implements MailLog {
  // No retry of its own: throttling and network failures are retried by the table client (dynamodb-http.ts).
  constructor(
    private readonly options: HashedItemsOptions & {
      /** After how long an unsettled claim is taken over (MESSAGE_CLAIM_STALE_SECONDS; the local fault drills shorten it). */
      claimStaleSeconds?: number;
    },
  ) {}

  /** An item of the log: `pk` (sort key MAIL), kept `ttlSeconds` from now, with `fields`. */
  private item(pk: string, ttlSeconds: number, fields: Record<string, unknown> = {}): Record<string, unknown> {
    return { [TABLE.partitionKey]: pk, [TABLE.sortKey]: 'MAIL', [TABLE.ttlAttribute]: expiresIn(this.options, ttlSeconds), ...fields };
  }

  /** An unconditional put: a resent one writes the same thing. */
  private async put(what: string, item: Record<string, unknown>): Promise<void> {
    await unlessUnavailable(what, () => this.options.client.put({ TableName: this.options.tableName, Item: item }));
  }

  /** CLAIMED, or the state of the claim someone else holds. */
  private async claimOrState(
    pk: string,
    ttlSeconds: number,
    extra: Record<string, unknown> = {},
    takeOver?: { condition: string; values: Record<string, unknown> },
  ): Promise<string> {
    // The SDK resends a put whose answer was lost; if the first one had landed, the resend fails the
    // condition on our own claim. The claimant id, sent back with the failure, tells the two apart.
    const claimant = randomUUID();
    try {
      await this.options.client.put({
        TableName: this.options.tableName,
        Item: this.item(pk, ttlSeconds, { claimant, ...extra }),
        ConditionExpression: takeOver ? `attribute_not_exists(pk) OR ${takeOver.condition}` : 'attribute_not_exists(pk)',
        ...(takeOver ? { ExpressionAttributeNames: { '#state': 'state' }, ExpressionAttributeValues: takeOver.values } : {}),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      });
      return CLAIMED;
    } catch (error) {
      if (failedWith(error, 'ConditionalCheckFailedException')) return error.Item?.claimant?.S === claimant ? CLAIMED : (error.Item?.state?.S ?? 'unknown');
      throw asUnavailable('DynamoDB claim', error);
    }
  }

  /**
   * A message is claimed while it is handled, and settled after. A claim whose handling failed, or
   * that is older than a handler can run (it died mid-way), may be taken over by the redelivery.
   * Claims from before handling was settled carry no state and count as done.
   */
  async claimMessage(key: string): Promise<MessageClaim> {
    const now = nowSeconds(this.options);
    const outcome = await this.claimOrState(
      `MSG#${this.options.hash(key)}`,
      30 * DAY_SECONDS,
      { state: 'handling', claimedAt: now },
      {
        condition: '(#state = :failed OR (#state = :handling AND claimedAt < :stale))',
        values: { ':failed': 'failed', ':handling': 'handling', ':stale': now - (this.options.claimStaleSeconds ?? MESSAGE_CLAIM_STALE_SECONDS) },
      },
    );
    return outcome === CLAIMED ? 'claimed' : outcome === 'done' ? 'done' : 'busy';
  }

  async settleMessage(key: string, outcome: 'done' | 'failed'): Promise<void> {
    await this.put(
      'DynamoDB settle message',
      this.item(`MSG#${this.options.hash(key)}`, 30 * DAY_SECONDS, { state: outcome, settledAt: nowSeconds(this.options) }),
    );
  }

  async claimDailyReply(sender: string, day: string): Promise<boolean> {
    return (await this.claimOrState(`REPLY#${this.options.hash(sender.toLowerCase())}#${day}`, 2 * DAY_SECONDS)) === CLAIMED;
  }

  async linkThread(messageIds: readonly string[], rma: string): Promise<void> {
    for (const id of messageIds) await this.put('DynamoDB link thread', this.item(`THREAD#${this.options.hash(id)}`, 365 * DAY_SECONDS, { rma }));
  }

  async findThread(messageIds: readonly string[]): Promise<string | undefined> {
    const ids = [...new Set(messageIds)].slice(0, 100);
    if (ids.length === 0) return undefined;
    const keys = ids.map((id) => ({ [TABLE.partitionKey]: `THREAD#${this.options.hash(id)}`, [TABLE.sortKey]: 'MAIL' }));
    const res = await unlessUnavailable('DynamoDB find thread', () =>
      this.options.client.batchGet({ RequestItems: { [this.options.tableName]: { Keys: keys, ConsistentRead: true } } }),
    );
    const found = new Map((res.Responses?.[this.options.tableName] ?? []).map((item) => [item[TABLE.partitionKey] as string, item.rma as string]));
    // The nearest message in the thread wins.
    for (const key of keys) {
      const rma = found.get(key[TABLE.partitionKey] as string);
      if (rma) return rma;
    }
    return undefined;
  }
}
