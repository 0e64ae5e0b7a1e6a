// What any CaseStore must do for the staff queue and the 21-day check: cases by status, oldest
// change first, in pages. Run against the in-memory store (unit) and DynamoDB Local (integration).
import { ConcurrentUpdateError, type Case, type CaseStatus, type CaseStore } from '../../shared/cases';
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
}
