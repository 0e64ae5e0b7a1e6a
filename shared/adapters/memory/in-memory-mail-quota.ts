// MailQuota in memory, for tests and single-process use: the same counting as the DynamoDB adapter.
import { DEFAULT_MAIL_LIMITS, type MailLimits, type MailQuota, type MailQuotaRequest } from '../../cases/ports';

export class InMemoryMailQuota implements MailQuota {
  readonly counts = new Map<string, number>();

  constructor(private readonly limits: MailLimits = DEFAULT_MAIL_LIMITS) {}

  async take(request: MailQuotaRequest): Promise<boolean> {
    const keys: [string, number][] = [[`recipient|${request.recipient.toLowerCase()}|${request.day}`, this.limits.perRecipientPerDay]];
    if (request.sender) keys.push([`sender|${request.sender}|${request.day}`, this.limits.perSenderPerDay]);
    if (keys.some(([key, limit]) => (this.counts.get(key) ?? 0) >= limit)) return false;
    for (const [key] of keys) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return true;
  }
}
