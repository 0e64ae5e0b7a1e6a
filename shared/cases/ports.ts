// What the case core needs from the outside world. Adapters (shared/adapters) implement these.
import type { Case } from './case';
import type { CaseFilter } from './case-filter';
import type { CaseStatus } from './status';

export interface IdempotencyRecord {
  /** Hash of the client's key (the key itself is not stored). */
  keyHash: string;
  /** Hash of the request, to tell a retry from a different request with the same key. */
  requestHash: string;
  /** The case's link token, encrypted with a key derived from the client's idempotency key. */
  sealedToken: string;
  /** Seconds since the epoch after which the record may be deleted. */
  expiresAt: number;
}

export interface ListOptions {
  /** At most this many cases (a page); the store may cap it. */
  limit?: number;
  /** Where the previous page ended: its `cursor`. */
  cursor?: string;
}

export interface CasePage {
  cases: Case[];
  /** Present when there may be more: pass it back for the next page. */
  cursor?: string;
}

export type CreateResult = { created: true } | { created: false; existing: Case; record: IdempotencyRecord };

export interface CaseStore {
  /**
   * Stores a new case if its RMA number is free (else RmaCollisionError). With an idempotency
   * record, stores both atomically — or, when a record with that key exists, returns it and its case.
   */
  create(c: Case, idempotency?: IdempotencyRecord): Promise<CreateResult>;
  get(rma: string): Promise<Case | undefined>;
  /** Writes `c` (with version + 1) if the stored version is still `c.version`; else ConcurrentUpdateError. */
  update(c: Case): Promise<Case>;
  /**
   * The cases in one status, least recently changed first (by `updatedAt`, then RMA): a query on an
   * index, never a scan. May lag a moment behind writes; read a case with `get` before acting on it.
   */
  listByStatus(status: CaseStatus, options?: ListOptions): Promise<CasePage>;
  /**
   * All the cases the filter matches (case-filter.ts), most recently changed first, a page at a time
   * (a page may hold fewer than `limit` and still have a cursor). An index over every case; may lag a
   * moment behind writes.
   */
  findCases(filter: CaseFilter, options?: ListOptions): Promise<CasePage & { total?: number }>;
  /** How many cases the filter matches. (The first page of a filtered search may say it already: `total`.) */
  countCases(filter: CaseFilter): Promise<number>;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers; names and values are fixed or validated by the caller, never raw input. */
  headers?: { name: string; value: string }[];
  /** The case it is about: tagged on the message, so a bounce or complaint finds its case. */
  rma?: string;
}

export interface Mailer {
  /** Sends one message. MailRejectedError when refused for good; UnavailableError after retries. */
  send(message: OutgoingEmail): Promise<{ messageId: string }>;
}

export interface Clock {
  /** The current instant, ISO 8601 in UTC. */
  now(): string;
  /** The current calendar day where the desk operates, YYYY-MM-DD. */
  today(): string;
}

export interface Ids {
  randomBytes(n: number): Uint8Array;
  /** An unguessable token for a customer's link (at least 128 bits, URL-safe). */
  token(): string;
  /** A one-way hash (hex SHA-256). */
  hash(text: string): string;
  /** Whether `text` hashes to `hash`, compared in constant time. */
  matches(text: string, hash: string): boolean;
  /** Encrypts `text` under a key derived from `secret`; `open` returns undefined on any mismatch. */
  seal(secret: string, text: string): string;
  open(secret: string, sealed: string): string | undefined;
}

/** Who an automatic email is for and who caused it: a recipient, and the sender of the request. */
export interface MailQuotaRequest {
  /** The address the email goes to. */
  recipient: string;
  /**
   * Who asked for it, as the channel knows them: `clientSender` for the form and for a chat opened
   * through the desk's token endpoint, `chat:…` for other chat channels, `mail:…`; none for staff.
   */
  sender?: string;
  /** The desk's calendar day (YYYY-MM-DD): the limits are per day. */
  day: string;
}

/**
 * Limits on the automatic mail strangers can make the desk send: per recipient and per sender per
 * day. Taking counts one email against both; false when either is used up (then neither is counted).
 */
export interface MailQuota {
  take(request: MailQuotaRequest): Promise<boolean>;
}

/** Why mail to an address stopped: it bounced for good, or its owner marked our mail as spam. */
export type SuppressionReason = 'bounce' | 'complaint';

/**
 * The addresses the desk no longer mails (by mailbox, see mailboxOf): a permanent bounce or a
 * complaint adds one; every send is checked against it (SuppressingMailer).
 */
export interface SuppressionList {
  suppress(mailbox: string, reason: SuppressionReason, at: string): Promise<void>;
  reasonFor(mailbox: string): Promise<SuppressionReason | undefined>;
}

/** The daily limits: generous for a customer (a few returns a day), useless for a mail relay. */
export interface MailLimits {
  perRecipientPerDay: number;
  perSenderPerDay: number;
}

export const DEFAULT_MAIL_LIMITS: MailLimits = { perRecipientPerDay: 5, perSenderPerDay: 20 };

/**
 * Who opened each chat conversation, and for which merchant: recorded when the desk hands out the
 * conversation's token, so that the chat's automatic mail counts against the same sender as the
 * form's from that client, and the chat starts under the policy of the merchant whose page opened it.
 * Senders are stored as given: give them already hashed (`clientSender`).
 */
export interface ConversationOrigins {
  /** `policy`: the merchant the page named (a policy id the desk has), if it named one. */
  record(conversationId: string, sender: string, policy?: string): Promise<void>;
  /** The sender recorded for the conversation; none for conversations the desk did not open (Teams). */
  senderOf(conversationId: string): Promise<string | undefined>;
  /** The merchant recorded for the conversation; none when the page named none, or the desk did not open it. */
  policyOf(conversationId: string): Promise<string | undefined>;
}
