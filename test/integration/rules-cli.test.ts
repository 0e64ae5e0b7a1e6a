// The rules CLI as other tools run it: `npm run --silent rules -- evaluate|explain`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadScenarios, unmet } from '../support/scenarios';

const ROOT = join(__dirname, '..', '..');

function rules(command: string, input: string) {
  const res = spawnSync('npm', ['run', '--silent', 'rules', '--', command], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('npm run --silent rules', () => {
  it('decides every shared scenario in one run, one decision per case in order', () => {
    // Prepare
    const scenarios = loadScenarios();
    // Act
    const { code, stdout, stderr } = rules('evaluate', JSON.stringify(scenarios.map((s) => s.facts)));
    // Assess
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const decisions = JSON.parse(stdout) as Parameters<typeof unmet>[0][];
    expect(decisions).toHaveLength(scenarios.length);
    const failures = scenarios.flatMap((s, i) => unmet(decisions[i]!, s.expect).map((m) => `${s.name}: ${m}`));
    expect(failures).toEqual([]);
  });

  it('answers bad input with exit 2, one line on stderr naming the field, and nothing on stdout', () => {
    const { code, stdout, stderr } = rules('evaluate', JSON.stringify({ policy: 'plc-technologies', product: { condition: 'mint' } }));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('product.condition');
  });

  it('explains a decision in words, quoting the clauses', () => {
    const facts = {
      policy: 'plextor-eu',
      reason: 'dead_on_arrival',
      country: 'DE',
      asOf: '2026-05-11',
      purchaseDate: '2026-05-01',
      item: { damaged: false },
      invoiceCopy: true,
    };
    const { code, stdout } = rules('explain', JSON.stringify(facts));
    expect(code).toBe(0);
    expect(stdout).toContain('within 15 days after the purchase date');
    expect(stdout).toContain('[plextor.doa.conditions]');
  });
});
