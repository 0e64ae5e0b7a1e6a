// The shared scenario format (test/fixtures/rules-scenarios.json) and its expectation semantics,
// the same as ../shared/tools/check-rules.py applies to the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Decision } from '../../shared/rules';

export interface Scenario {
  name: string;
  facts: Record<string, unknown>;
  expect: Record<string, unknown>;
}

export function loadScenarios(): Scenario[] {
  return JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'rules-scenarios.json'), 'utf8')) as Scenario[];
}

/** What differs from the expectation, one line per difference; empty when it holds. */
export function unmet(decision: Decision, expect: Record<string, unknown>): string[] {
  const bad: string[] = [];
  const d = decision as unknown as Record<string, unknown>;
  for (const [key, want] of Object.entries(expect)) {
    if ((key === 'outcome' || key === 'track' || key === 'restockingFeeMaxPercent' || key === 'slaDays') && d[key] !== want) {
      bad.push(`${key} ${JSON.stringify(d[key])} != ${JSON.stringify(want)}`);
    } else if (key.endsWith('Include') || key.endsWith('Exclude')) {
      const field = key.slice(0, -7);
      const have = (d[field] ?? []) as unknown[];
      for (const item of want as unknown[]) {
        if (key.endsWith('Include') && !have.includes(item)) bad.push(`${field} lacks ${JSON.stringify(item)}`);
        if (key.endsWith('Exclude') && have.includes(item)) bad.push(`${field} must not contain ${JSON.stringify(item)}`);
      }
    } else if (key === 'missingFirst' && decision.missing[0] !== want) {
      bad.push(`missing[0] ${String(decision.missing[0])} != ${JSON.stringify(want)}`);
    } else if (key === 'missingSubset') {
      const extra = decision.missing.filter((m) => !(want as string[]).includes(m));
      if (extra.length > 0) bad.push(`missing asks ${JSON.stringify(extra)}, which only may be ${JSON.stringify(want)}`);
    } else if (key === 'packingMin' && decision.packing.length < (want as number)) {
      bad.push(`packing has fewer than ${String(want)} lines`);
    } else if (key === 'outcomeIn' && !(want as string[]).includes(decision.outcome)) {
      bad.push(`outcome ${decision.outcome} not in ${JSON.stringify(want)}`);
    } else if (key === 'outcomeNot' && decision.outcome === want) {
      bad.push(`outcome must not be ${JSON.stringify(want)}`);
    }
  }
  if (decision.clauses.length === 0) bad.push('no clauses cited');
  return bad;
}
