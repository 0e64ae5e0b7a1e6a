// What the case use cases work with (their ports and the desk's settings), and how a customer's link
// finds its case.
import type { Policy } from '../rules';
import type { Case } from './case';
import { CaseNotFoundError } from './errors';
import type { CaseStore, Clock, Ids, Mailer, MailQuota } from './ports';
import { parseRma } from './rma';

export interface CaseDeps {
  store: CaseStore;
  mailer: Mailer;
  clock: Clock;
  ids: Ids;
  /** Daily limits on the automatic mail a stranger's request can make the desk send. */
  mailQuota: MailQuota;
  policies: ReadonlyMap<string, Policy>;
  /** Where customers open the desk, e.g. https://returns.example.com (status links start here). */
  publicBaseUrl: string;
}

/** The page that emails a customer the links to their returns again ("Get your link again"). */
export function linkPageUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/$/, '')}/link`;
}

export function statusUrl(baseUrl: string, rma: string, token: string): string {
  return `${baseUrl.replace(/\/$/, '')}/status/${rma}?token=${encodeURIComponent(token)}`;
}

/** The most further links a case keeps (one per later email that carries one); older ones stop working. */
export const LINK_LIMIT = 20;

/**
 * Whether `token` is one of the case's links: the first, or one a later email carried. Hashes even
 * when there is no case, so both paths take the same time.
 */
export function linkMatches(ids: Pick<Ids, 'matches'>, c: Pick<Case, 'tokenHash' | 'linkHashes'> | undefined, token: string): boolean {
  const hashes = [c?.tokenHash ?? '0'.repeat(64), ...(c?.linkHashes ?? [])];
  return hashes.map((h) => ids.matches(token, h)).some(Boolean);
}

/** The case with one more link for an email to carry: [the case, the link's token]. */
export function withNewLink(c: Case, ids: Pick<Ids, 'token' | 'hash'>): [Case, string] {
  const token = ids.token();
  return [{ ...c, linkHashes: [...(c.linkHashes ?? []), ids.hash(token)].slice(-LINK_LIMIT) }, token];
}

/** The case behind a customer's link. An unknown RMA and a wrong token both give CaseNotFoundError. */
export async function caseByLink(deps: Pick<CaseDeps, 'store' | 'ids'>, rmaText: string, token: string): Promise<Case> {
  const rma = parseRma(rmaText);
  const c = rma ? await deps.store.get(rma) : undefined;
  // Hash even when there is no case, so both paths take the same time.
  const ok = linkMatches(deps.ids, c, token);
  if (!c || !ok) throw new CaseNotFoundError('no case for this link');
  return c;
}

export function merchantName(policies: CaseDeps['policies'], c: Case): string {
  return policies.get(c.policy)?.merchant.name ?? c.policy;
}
