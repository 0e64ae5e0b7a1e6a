// The questions blind customers asked after the decision (test/fixtures/blind/followups-*.json): the
// share the desk recognises as a kind it answers from the case, and the share it says back to a
// colleague unanswered. Runs 7-10 were tuned to; a later run is measured as it came.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseQuestions, unansweredQuestions } from '../shared/intake/question-kinds';

interface FollowUp {
  run: string;
  merchant: string;
  question: string;
  verdict: string;
}

const DIR = join(__dirname, '..', 'test', 'fixtures', 'blind');

export async function benchFollowUps(): Promise<void> {
  console.log('\n## Follow-up questions after the decision (blind customers)');
  for (const file of readdirSync(DIR).filter((f) => /^followups-.*\.json$/.test(f))) {
    const { followUps } = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { followUps: FollowUp[] };
    const kinds = followUps.map((f) => caseQuestions(f.question));
    const recognised = kinds.filter((k) => k.length > 0).length;
    const open = followUps.filter((f) => unansweredQuestions(f.question).length > 0).length;
    const pct = (n: number) => `${((100 * n) / followUps.length).toFixed(1)}%`;
    console.log(
      `${file}: ${followUps.length} questions; ${recognised} (${pct(recognised)}) get an answer of their kind; ${open} (${pct(open)}) are said back for a colleague`,
    );
    const counts = new Map<string, number>();
    for (const k of kinds.flat()) counts.set(k, (counts.get(k) ?? 0) + 1);
    console.log(
      `  kinds: ${[...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
  }
  await Promise.resolve();
}
