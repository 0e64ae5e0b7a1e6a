// Who a request came from, as the daily mail limits count senders (MailQuotaRequest.sender).
import type { Ids } from './ports';

/**
 * A client of the form or of the chat, by its IP: one string for one client whichever channel it
 * used, so both count against one per-sender limit. Hashed here, so nothing stores the address.
 */
export function clientSender(ip: string, ids: Pick<Ids, 'hash'>): string {
  // IPv6 text may come in either case; one client must make one sender.
  return `ip:${ids.hash(ip.trim().toLowerCase())}`;
}
