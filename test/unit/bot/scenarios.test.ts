// Every shared rule scenario, told to the chat in plain words: the same outcome and track as the
// rules give for the facts — whether the first message says everything or only the reason.
import { decide, POLICIES } from '../../../shared/rules';
import { converse, flatten } from '../../support/chat-customer';
import { loadScenarios } from '../../support/scenarios';

const scenarios = loadScenarios();

function withoutFacts(facts: Record<string, unknown>, paths: string[]): Record<string, unknown> {
  const copy = structuredClone(facts) as Record<string, Record<string, unknown>>;
  for (const p of paths) {
    const [head, leaf] = p.split('.') as [string, string | undefined];
    if (leaf === undefined) delete copy[head];
    else delete copy[head]?.[leaf];
  }
  return copy;
}

describe.each(['everything', 'natural', 'reason only'] as const)('the chat, first message says %s', (firstMessage) => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    // Act
    const chat = await converse({ policy: s.facts.policy as string, asOf: (s.facts.asOf as string) ?? '2026-11-22', knows: s.facts, firstMessage });
    // Assess
    const expect_ = s.expect as { outcome: string; track?: string; missingInclude?: string[]; missingFirst?: string };
    // Asked only what the rules need, the customer never mentions what the policy presumes while
    // unsaid (a modification, a custom order, the seals): then the bot must decide as the rules do on
    // what it learned — the presumption — and inspection or the order corrects it later.
    const policy = POLICIES.get(s.facts.policy as string)!;
    const hidden = Object.keys(flatten(s.facts)).filter((p) => firstMessage === 'reason only' && p in policy.whenUnknown);
    const learned = hidden.length === 0 ? expect_ : decide(withoutFacts(s.facts, hidden), '2026-11-22');
    if (learned.outcome === 'need_info') {
      // The customer does not know the rest: the bot asks for what the rules named, and decides nothing.
      const named = 'missing' in learned ? learned.missing : (expect_.missingInclude ?? [expect_.missingFirst ?? '']);
      expect(chat.rma).toBeUndefined();
      expect(chat.asked.some((f) => named.includes(f))).toBe(true);
      return;
    }
    // Nothing presumed is ever asked.
    expect(chat.asked.filter((f) => f in policy.whenUnknown)).toEqual([]);
    const stored = [...chat.store.cases.values()];
    expect(stored).toHaveLength(1);
    expect({ outcome: stored[0]?.decision.outcome, track: stored[0]?.decision.track }).toEqual({ outcome: learned.outcome, track: learned.track });
    expect(chat.mailer.sent).toHaveLength(1);
    // What a customer says unprompted is enough: decided at once, the RMA number two messages later
    // (name and email, then "yes").
    if (firstMessage !== 'reason only') expect({ decision: chat.turnsToDecision, rma: chat.turnsToRma }).toEqual({ decision: 1, rma: 3 });
  });
});
