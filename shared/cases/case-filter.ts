// What staff look for among all cases: words (an RMA number, an email address, a name, an order or
// serial number, the product), a status, a policy, a track, a flag, an age, and the collections still
// to arrange. One definition, read by every store: the in-memory store applies `matches`, DynamoDB's
// builds the same test as a filter expression (adapters/dynamodb), and a shared test holds both to it.
import type { Case } from './case';
import { awaitsCollection } from './collection';
import type { Flag } from './flags';
import type { CaseStatus } from './status';

export interface CaseFilter {
  /** Every word must be found in the case's search text (searchText), ignoring case. */
  text?: string;
  statuses?: readonly CaseStatus[];
  policy?: string;
  track?: string;
  flag?: Flag;
  /** Last changed before this instant (ISO 8601): cases waiting at least so long. */
  changedBefore?: string;
  /** Collected returns whose courier is still to be booked or to come: approved, not picked up. */
  toCollect?: boolean;
}

/** The lowercased words a case is found by: its RMA number, the customer's email and name, the product, serial and order number. */
export function searchText(c: Pick<Case, 'rma' | 'contact' | 'about'>): string {
  return [c.rma, c.contact.email, c.contact.name, c.about?.product, c.about?.serial, c.about?.order].filter(Boolean).join(' ').toLowerCase();
}

/** The words of a search, lowercased, at most eight (each must match). */
export function searchWords(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
}

/** Whether a case is one the filter asks for. */
export function matches(c: Case, filter: CaseFilter): boolean {
  const text = searchText(c);
  return (
    searchWords(filter.text).every((w) => text.includes(w)) &&
    (!filter.statuses || filter.statuses.includes(c.status)) &&
    (!filter.policy || c.policy === filter.policy) &&
    (!filter.track || c.decision.track === filter.track) &&
    (!filter.flag || c.flags.includes(filter.flag)) &&
    (!filter.changedBefore || c.updatedAt < filter.changedBefore) &&
    (!filter.toCollect || (awaitsCollection(c) && !c.collection?.collectedAt))
  );
}
