// CaseStore in memory, with the same conditions as DynamoDB: for unit tests of the use cases.
import type { Case } from '../../cases/case';
import { ConcurrentUpdateError, RmaCollisionError } from '../../cases/errors';
import { matches, type CaseFilter } from '../../cases/case-filter';
import type { CasePage, CaseStore, CreateResult, IdempotencyRecord, ListOptions } from '../../cases/ports';
import type { CaseStatus } from '../../cases/status';

/** The order of DynamoDB's byStatus index: its sort key (also the cursor, as there). */
const sortKey = (c: Case) => `${c.updatedAt}#${c.rma}`;
/** The largest page, as in the DynamoDB store. */
const MAX_PAGE = 100;

export class InMemoryCaseStore implements CaseStore {
  readonly cases = new Map<string, Case>();
  readonly records = new Map<string, IdempotencyRecord & { rma: string }>();

  async create(c: Case, idempotency?: IdempotencyRecord): Promise<CreateResult> {
    const known = idempotency && this.records.get(idempotency.keyHash);
    if (known) return { created: false, existing: structuredClone(this.cases.get(known.rma) as Case), record: known };
    if (this.cases.has(c.rma)) throw new RmaCollisionError(`RMA ${c.rma} is taken`);
    this.cases.set(c.rma, structuredClone(c));
    if (idempotency) this.records.set(idempotency.keyHash, { ...idempotency, rma: c.rma });
    return { created: true };
  }

  async get(rma: string): Promise<Case | undefined> {
    const c = this.cases.get(rma);
    return c && structuredClone(c);
  }

  async update(c: Case): Promise<Case> {
    const stored = this.cases.get(c.rma);
    if (!stored || stored.version !== c.version) throw new ConcurrentUpdateError(`case ${c.rma} changed since version ${c.version}`);
    const next = { ...structuredClone(c), version: c.version + 1 };
    this.cases.set(c.rma, next);
    return structuredClone(next);
  }

  async listByStatus(status: CaseStatus, options: ListOptions = {}): Promise<CasePage> {
    const limit = Math.min(options.limit ?? MAX_PAGE, MAX_PAGE);
    const after = options.cursor ?? '';
    const matching = [...this.cases.values()].filter((c) => c.status === status && sortKey(c) > after).sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
    const page = matching.slice(0, limit);
    const last = page.at(-1);
    return { cases: structuredClone(page), ...(matching.length > limit && last ? { cursor: sortKey(last) } : {}) };
  }

  async findCases(filter: CaseFilter, options: ListOptions = {}): Promise<CasePage> {
    const limit = Math.min(options.limit ?? MAX_PAGE, MAX_PAGE);
    const before = options.cursor;
    const matching = [...this.cases.values()]
      .filter((c) => matches(c, filter) && (before === undefined || sortKey(c) < before))
      .sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : -1));
    const page = matching.slice(0, limit);
    const last = page.at(-1);
    return { cases: structuredClone(page), ...(matching.length > limit && last ? { cursor: sortKey(last) } : {}) };
  }

  async countCases(filter: CaseFilter): Promise<number> {
    return [...this.cases.values()].filter((c) => matches(c, filter)).length;
  }
}
