// MailLog in memory, for unit tests of the email channel.
import type { MailLog } from '../../email/inbound';

export class InMemoryMailLog implements MailLog {
  readonly seen = new Set<string>();
  readonly replies = new Set<string>();
  readonly threads = new Map<string, string>();

  async claimMessage(key: string): Promise<boolean> {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  async claimDailyReply(sender: string, day: string): Promise<boolean> {
    const key = `${sender.toLowerCase()}|${day}`;
    if (this.replies.has(key)) return false;
    this.replies.add(key);
    return true;
  }

  async linkThread(messageIds: readonly string[], rma: string): Promise<void> {
    for (const id of messageIds) this.threads.set(id, rma);
  }

  async findThread(messageIds: readonly string[]): Promise<string | undefined> {
    for (const id of messageIds) {
      const rma = this.threads.get(id);
      if (rma) return rma;
    }
    return undefined;
  }
}
