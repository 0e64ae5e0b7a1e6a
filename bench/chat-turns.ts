// For each shared scenario, told to the chat as a customer would: how many customer messages it
// takes to reach the decision and the RMA number — the first message saying everything, only what a
// customer says unprompted (the measure: no "sold new", "not custom", "seals intact"), or
// only the reason — and whether the chat ever asks about something the customer already said.
import { converse, flatten } from '../test/support/chat-customer';
import { loadScenarios } from '../test/support/scenarios';

const MODES = ['everything', 'natural', 'reason only'] as const;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export async function benchChatTurns(): Promise<void> {
  const rows: { name: string; turns: Record<(typeof MODES)[number], [number | undefined, number | undefined]>; askedAgain: number }[] = [];
  for (const s of loadScenarios()) {
    if ((s.expect as { outcome: string }).outcome === 'need_info') continue; // these never decide: the facts are not there
    const policy = s.facts.policy as string;
    const asOf = (s.facts.asOf as string) ?? '2026-11-22';
    const turns = {} as (typeof rows)[number]['turns'];
    let askedAgain = 0;
    for (const mode of MODES) {
      const chat = await converse({ policy, asOf, knows: s.facts, firstMessage: mode });
      turns[mode] = [chat.turnsToDecision, chat.turnsToRma];
      // A question about a fact the first message stated.
      if (mode === 'everything') askedAgain += chat.asked.filter((f) => f in flatten(s.facts)).length;
    }
    rows.push({ name: s.name, turns, askedAgain });
  }
  console.log('chat: customer messages to the decision / to the RMA number, per shared scenario (first message: everything | natural | only the reason)');
  const cell = ([d, r]: [number | undefined, number | undefined]) => `${String(d ?? '-').padStart(2)}/${String(r ?? '-').padEnd(2)}`;
  for (const r of rows) console.log(`  ${r.name.padEnd(72)} ${MODES.map((m) => cell(r.turns[m])).join(' | ')}`);
  for (const mode of MODES) {
    const decided = rows.map((r) => r.turns[mode][0]).filter((n): n is number => n !== undefined);
    const rma = rows.map((r) => r.turns[mode][1]).filter((n): n is number => n !== undefined);
    console.log(
      `  ${mode.padEnd(11)}: median ${median(decided)} to the decision (${decided.length}/${rows.length} decided), median ${median(rma)} to the RMA number (${rma.length} registered)`,
    );
  }
  console.log(`  questions about something the first message already said: ${rows.reduce((n, r) => n + r.askedAgain, 0)} (goal: 0)`);
}
