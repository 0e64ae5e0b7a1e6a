// MailLog in memory, for unit tests of the email channel.
import { MESSAGE_CLAIM_STALE_SECONDS, type MailLog, type MessageClaim } from '../../email/inbound';

export class InMemoryMailLog implements MailLog {
  /** Each message's claim: being handled (since when), done, or failed. */
  readonly seen = new Map<string, { state: 'handling' | 'done' | 'failed'; at: number }>();
  /** What time it is, in seconds (tests move it to see a stale claim taken over). */
  now = () => Math.floor(Date.now() / 1000);
  readonly replies = new Set<string>();
  readonly threads = new Map<string, string>();

  async claimMessage(key: string): Promise<MessageClaim> {
    const claim = this.seen.get(key);
    const free = !claim || claim.state === 'failed' || (claim.state === 'handling' && claim.at < this.now() - MESSAGE_CLAIM_STALE_SECONDS);
    if (free) this.seen.set(key, { state: 'handling', at: this.now() });
    return free ? 'claimed' : claim?.state === 'done' ? 'done' : 'busy';
  }

  async settleMessage(key: string, outcome: 'done' | 'failed'): Promise<void> {
    this.seen.set(key, { state: outcome, at: this.now() });
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
