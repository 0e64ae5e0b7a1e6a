// Mail that must never get an automatic reply (RFC 3834 §2, and the conventions around it):
// auto-replies, bounces, list and bulk mail, a null return path, mailer daemons, and ourselves.
export interface HeaderView {
  get(name: string): string | undefined;
}

export type AutomaticReason = 'auto_submitted' | 'bulk_or_list' | 'bounce' | 'null_return_path' | 'daemon_sender' | 'own_address' | 'suppressed';

const DAEMONS = /^(?:mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?|nobody)(?:[+-][^@]*)?@/i;

export function automaticReason(headers: HeaderView, from: string | undefined, ownDomains: readonly string[]): AutomaticReason | undefined {
  const autoSubmitted = headers.get('auto-submitted');
  if (autoSubmitted && autoSubmitted.trim().toLowerCase() !== 'no') return 'auto_submitted';
  const precedence = headers.get('precedence')?.trim().toLowerCase();
  if (precedence === 'bulk' || precedence === 'list' || precedence === 'junk' || headers.get('list-id') || headers.get('list-unsubscribe'))
    return 'bulk_or_list';
  if (
    /multipart\/report/i.test(headers.get('content-type') ?? '') ||
    /delivery-status|^(?:undeliver|returned mail|delivery status notification|failure notice)/i.test(headers.get('subject') ?? '')
  )
    return 'bounce';
  const returnPath = headers.get('return-path');
  if (returnPath !== undefined && /^<?\s*>?$/.test(returnPath.trim())) return 'null_return_path';
  if (from && DAEMONS.test(from)) return 'daemon_sender';
  const domain = from?.split('@')[1]?.toLowerCase();
  if (domain && ownDomains.some((d) => domain === d.toLowerCase())) return 'own_address';
  if (/\b(?:all|autoreply|oof)\b/i.test(headers.get('x-auto-response-suppress') ?? '') || headers.get('x-autoreply') || headers.get('x-autorespond'))
    return 'suppressed';
  return undefined;
}
