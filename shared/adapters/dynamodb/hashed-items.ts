// What the adapters of the desk's own bookkeeping items (the mail quota counters, the conversation
// origins, the inbound mail log, …) are built from: the table, a hash for what their keys are made
// of, and a clock for the time-to-live DynamoDB deletes them by.
import { type DocumentTable } from './dynamodb-http';

export const DAY_SECONDS = 24 * 60 * 60;

export interface HashedItemsOptions {
  client: DocumentTable;
  tableName: string;
  /** Hashes keys: addresses, IPs, conversation ids and Message-IDs are not stored as they are. */
  hash: (text: string) => string;
  /** Now, in seconds since the epoch (the TTL attribute's unit); the system clock by default. */
  now?: () => number;
}

/** Now, in seconds since the epoch: the options' clock, or the system's. */
export function nowSeconds(options: Pick<HashedItemsOptions, 'now'>): number {
  return options.now?.() ?? Math.floor(Date.now() / 1000);
}

/** The TTL attribute's value for an item kept `seconds` from now. */
export function expiresIn(options: Pick<HashedItemsOptions, 'now'>, seconds: number): number {
  return nowSeconds(options) + seconds;
}
