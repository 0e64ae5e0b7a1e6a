// SuppressionList in memory, for unit tests and the in-memory desk.
import type { SuppressionList, SuppressionReason } from '../../cases/ports';

export class InMemorySuppressionList implements SuppressionList {
  readonly entries = new Map<string, { reason: SuppressionReason; at: string }>();

  async suppress(mailbox: string, reason: SuppressionReason, at: string): Promise<void> {
    if (!this.entries.has(mailbox)) this.entries.set(mailbox, { reason, at });
  }

  async reasonFor(mailbox: string): Promise<SuppressionReason | undefined> {
    return this.entries.get(mailbox)?.reason;
  }
}
