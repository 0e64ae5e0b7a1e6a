// The rules command line (docs/rules-contract.md, "The command line"), as a pure function of its
// arguments, its standard input and the day; `local/rules-cli.ts` connects it to a process.
import { evaluate } from './engine';
import { explain } from './explain';
import { InvalidFactsError, parseFacts } from './input';
import { POLICIES } from './policies';
import type { Decision } from './decision';
import type { Policy } from './policy.schema';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE = 'usage: npm run --silent rules -- evaluate|explain < facts.json   (one facts object or an array of them)';

export function runRulesCli(args: readonly string[], stdin: string, today: string, policies: ReadonlyMap<string, Policy> = POLICIES): CliResult {
  const command = args[0];
  if (command !== 'evaluate' && command !== 'explain') {
    return { code: 2, stdout: '', stderr: `${USAGE}\n` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(stdin);
  } catch {
    return { code: 2, stdout: '', stderr: 'input: not valid JSON\n' };
  }
  const many = Array.isArray(raw);
  const items: unknown[] = many ? (raw as unknown[]) : [raw];
  const results: { decision: Decision; text: string }[] = [];
  for (const [i, item] of items.entries()) {
    try {
      const { policy, facts } = parseFacts(item, { today, policies });
      const decision = evaluate(policy, facts);
      results.push({ decision, text: command === 'explain' ? explain(decision, policy, facts.asOf) : '' });
    } catch (error) {
      if (!(error instanceof InvalidFactsError)) throw error;
      const where = many ? `[${i}]${error.field ? '.' : ''}` : '';
      const message = `${where}${error.field}${error.field || many ? ': ' : ''}${error.problem}`;
      return { code: 2, stdout: '', stderr: `invalid facts: ${message}\n` };
    }
  }
  if (command === 'explain') {
    return { code: 0, stdout: results.map((r) => r.text).join('\n\n'), stderr: '' };
  }
  const decisions = results.map((r) => r.decision);
  return { code: 0, stdout: `${JSON.stringify(many ? decisions : decisions[0], null, 2)}\n`, stderr: '' };
}
