// What any CaseStore must do for the staff queue and the 21-day check: cases by status, oldest
// change first, in pages. Run against the in-memory store (unit) and DynamoDB Local (integration).
import { ConcurrentUpdateError, type Case, type CaseStatus, type CaseStore } from '../../shared/cases';
import type { CaseFilter } from '../../shared/cases/case-filter';
import { evaluate, POLICIES, type Policy } from '../../shared/rules';

const plc = POLICIES.get('plc-technologies') as Policy;
const FACTS = { policy: plc.id, asOf: '2026-03-20', reason: 'wrong_item' } as const;
const DECISION = evaluate(plc, FACTS);

/** A minimal stored case; `n` makes the RMA number (not check-digit valid: stores do not care). */
export function storedCase(n: number, status: CaseStatus, updatedAt: string): Case {
  return {
    rma: `RMA-${String(n).padStart(9, '0')}`,
    policy: plc.id,
    policyVersion: plc.version,
    channel: 'form',
    contact: { email: 'ann@example.com', name: 'Ann' },
    facts: FACTS,
    decision: DECISION,
    status,
    history: [{ at: updatedAt, to: status, by: 'system' }],
    emails: {},
    flags: [],
    tokenHash: '0'.repeat(64),
    createdAt: updatedAt,
    updatedAt,
    version: 1,
  };
}

export function caseStoreBehaviour(name: string, make: () => CaseStore | Promise<CaseStore>): void {
  describe(`${name}: cases by status`, () => {
    let store: CaseStore;
    beforeAll(async () => {
      store = await make();
      // Prepare (shared): five repairs made out of order, and cases in other statuses
      for (const [n, status, at] of [
        [13, 'repairing', '2026-03-03T00:00:00.000Z'],
        [11, 'repairing', '2026-03-01T00:00:00.000Z'],
        [15, 'repairing', '2026-03-05T00:00:00.000Z'],
        [12, 'repairing', '2026-03-02T00:00:00.000Z'],
        [14, 'repairing', '2026-03-02T00:00:00.000Z'],
        [21, 'in_review', '2026-03-01T00:00:00.000Z'],
        [31, 'received', '2026-03-01T00:00:00.000Z'],
      ] as const) {
        await store.create(storedCase(n, status, at));
      }
    });

    const rmas = (cases: Case[]) => cases.map((c) => c.rma);

    it('lists one status, least recently changed first (then by RMA), as stored', async () => {
      const page = await store.listByStatus('repairing');
      expect(rmas(page.cases)).toEqual(['RMA-000000011', 'RMA-000000012', 'RMA-000000014', 'RMA-000000013', 'RMA-000000015']);
      expect(page.cursor).toBeUndefined();
      expect(page.cases[0]).toEqual(storedCase(11, 'repairing', '2026-03-01T00:00:00.000Z'));
    });

    it('pages with the cursor: every case once, in order, and no cursor after the last', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.listByStatus('repairing', { limit: 2, ...(cursor ? { cursor } : {}) });
        expect(page.cases.length).toBeLessThanOrEqual(2);
        seen.push(...rmas(page.cases));
        cursor = page.cursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(seen).toEqual(['RMA-000000011', 'RMA-000000012', 'RMA-000000014', 'RMA-000000013', 'RMA-000000015']);
    });

    it('a status with no cases is an empty page', async () => {
      await expect(store.listByStatus('closed')).resolves.toEqual({ cases: [] });
    });

    it('a write moves the case to its new status, at the end of its queue', async () => {
      // Act
      const c = (await store.get('RMA-000000031')) as Case;
      await store.update({ ...c, status: 'inspecting', updatedAt: '2026-03-09T00:00:00.000Z' });
      // Assess
      expect(rmas((await store.listByStatus('received')).cases)).toEqual([]);
      expect((await store.listByStatus('inspecting')).cases.map((x) => [x.rma, x.version])).toEqual([['RMA-000000031', 2]]);
      await expect(store.update(c)).rejects.toThrow(ConcurrentUpdateError);
    });
  });

  describe(`${name}: finding cases (the staff desk's search and filters)`, () => {
    let store: CaseStore;
    const people = [
      ['Ann Example', 'ann@example.com'],
      ['Bea Berg', 'bea.berg@example.de'],
      ['Carl Dupont', 'carl@example.fr'],
    ] as const;
    beforeAll(async () => {
      store = await make();
      // Prepare: 30 cases over three customers, statuses and days; a flag on some.
      const statuses: CaseStatus[] = ['awaiting_parcel', 'in_review', 'resolved'];
      for (let n = 1; n <= 30; n++) {
        const [name, email] = people[n % 3] as (typeof people)[number];
        const base = storedCase(100 + n, statuses[n % 3] as CaseStatus, `2026-04-${String(n).padStart(2, '0')}T08:00:00.000Z`);
        await store.create({ ...base, contact: { name, email }, flags: n % 5 === 0 ? ['wants_person'] : [] });
      }
    });
    const all = async (filter: CaseFilter, limit = 7): Promise<string[]> => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.findCases(filter, { limit, ...(cursor ? { cursor } : {}) });
        expect(page.cases.length).toBeLessThanOrEqual(limit);
        seen.push(...page.cases.map((c) => c.rma));
        cursor = page.cursor;
        pages += 1;
      } while (cursor && pages < 20);
      return seen;
    };

    it('pages through every case once, most recently changed first, and counts them', async () => {
      const rmas = await all({});
      expect(rmas).toHaveLength(30);
      expect(rmas[0]).toBe('RMA-000000130');
      expect(rmas.at(-1)).toBe('RMA-000000101');
      expect(new Set(rmas).size).toBe(30);
      expect(await store.countCases({})).toBe(30);
    });

    it('finds by part of an email address or a name, in any case, and by the RMA number', async () => {
      const byEmail = await all({ text: 'BEA.BERG@example' });
      expect(byEmail).toHaveLength(10);
      expect(await store.countCases({ text: 'bea.berg@example.de' })).toBe(10);
      expect(await all({ text: 'carl dupont' })).toHaveLength(10);
      expect(await all({ text: 'RMA-000000117' })).toEqual(['RMA-000000117']);
      expect(await all({ text: 'nobody@example.com' })).toEqual([]);
    });

    it('filters by status, flag and age, together with words', async () => {
      const filter: CaseFilter = { statuses: ['in_review'], flag: 'wants_person', changedBefore: '2026-04-26T00:00:00.000Z' };
      const expected = Array.from({ length: 30 }, (_, i) => i + 1)
        .filter((n) => n % 3 === 1 && n % 5 === 0 && n < 26)
        .reverse()
        .map((n) => `RMA-${String(100 + n).padStart(9, '0')}`);
      expect(await all(filter, 2)).toEqual(expected);
      expect(await store.countCases(filter)).toBe(expected.length);
      expect(await all({ ...filter, text: 'bea' })).toEqual(expected);
      expect(await all({ ...filter, text: 'ann' })).toEqual([]);
    });
  });
}
