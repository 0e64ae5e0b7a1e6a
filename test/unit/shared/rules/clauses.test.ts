import { decide, POLICIES } from '../../../../shared/rules';
import { CLAUSE_CASES } from './clauses.cases';

const TODAY = '2030-01-01';

describe('each deciding clause, both sides of its boundaries', () => {
  it.each(CLAUSE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const decision = decide(c.facts, TODAY);
    expect({ outcome: decision.outcome, track: decision.track, decidedBy: decision.clauses[0] }).toEqual({
      outcome: c.outcome,
      track: c.track,
      decidedBy: c.clause,
    });
  });

  it('covers every deciding clause of both policies', () => {
    const deciding = [...POLICIES.values()].flatMap((p) => p.clauses.filter((c) => c.decides).map((c) => c.id));
    const covered = new Set(CLAUSE_CASES.map((c) => c.clause));
    expect(deciding.filter((id) => !covered.has(id))).toEqual([]);
  });
});
