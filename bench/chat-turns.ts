// For each shared scenario: how many customer turns the chat needs to reach a decision when the
// first message says everything, and when it says only the reason — and whether it ever asks more
// questions than there were facts the customer had not given.
import { converse, flatten } from '../test/support/chat-customer';
import { loadScenarios } from '../test/support/scenarios';

export async function benchChatTurns(): Promise<void> {
  const rows: { name: string; all: number | undefined; reason: number | undefined; asked: number; notGiven: number }[] = [];
  for (const s of loadScenarios()) {
    if ((s.expect as { outcome: string }).outcome === 'need_info') continue; // these never decide: the facts are not there
    const policy = s.facts.policy as string;
    const asOf = (s.facts.asOf as string) ?? '2026-11-22';
    const all = await converse({ policy, asOf, knows: s.facts, firstMessage: 'everything' });
    const reason = await converse({ policy, asOf, knows: s.facts, firstMessage: 'reason only' });
    const notGiven = Object.keys(flatten(s.facts)).filter((p) => p !== 'reason').length;
    rows.push({ name: s.name, all: all.turnsToDecision, reason: reason.turnsToDecision, asked: reason.asked.length, notGiven });
  }
  console.log('chat turns to a decision, per shared scenario (first message: everything | only the reason; questions asked / facts not given)');
  for (const r of rows) console.log(`  ${r.name.padEnd(70)} ${String(r.all).padStart(2)} | ${String(r.reason).padStart(2)}   ${r.asked}/${r.notGiven}`);
  const oneTurn = rows.filter((r) => r.all === 1).length;
  const within = rows.filter((r) => r.asked <= r.notGiven).length;
  const mean = rows.reduce((a, r) => a + (r.reason ?? 0), 0) / rows.length;
  console.log(`  everything in the first message: ${oneTurn}/${rows.length} decided in 1 turn (goal: all)`);
  console.log(`  only the reason: mean ${mean.toFixed(1)} turns; ${within}/${rows.length} asked no more questions than facts not given (goal: all)`);
}
