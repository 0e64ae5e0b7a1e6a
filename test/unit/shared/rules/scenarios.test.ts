import { decide } from '../../../../shared/rules';
import { loadScenarios, unmet } from '../../../support/scenarios';

const TODAY = '2026-11-22';
const scenarios = loadScenarios();

describe('the shared rule scenarios', () => {
  it('are all here (29)', () => {
    expect(scenarios).toHaveLength(29);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    // Act
    const decision = decide(scenario.facts, TODAY);
    // Assess
    expect(unmet(decision, scenario.expect)).toEqual([]);
  });
});

describe('the scenario checker', () => {
  it('reports a decision that does not meet the expectation', () => {
    const [first] = scenarios;
    const decision = decide(first!.facts, TODAY);
    expect(unmet({ ...decision, outcome: 'declined', clauses: [] }, first!.expect)).toEqual(['outcome "declined" != "approved"', 'no clauses cited']);
    expect(unmet(decision, { remediesExclude: ['refund'], missingFirst: 'reason', packingMin: 9, outcomeIn: ['review'], outcomeNot: 'approved' })).toHaveLength(
      5,
    );
  });
});
