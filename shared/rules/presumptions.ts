// What a decision presumed, in plain words (docs/rules-contract.md, "What is asked and what is
// presumed"): the arrival checks in one sentence, the order checks in another, then each note of its own.
import type { FactPath } from './facts.schema';
import type { Policy, Presumption } from './policy.schema';

export function isRefusalPresumption(p: Presumption | undefined): boolean {
  return p !== undefined && 'note' in p && p.alsoWhenRefused;
}

/** The presumptions in plain words: one sentence per group (arrival, order), then each note of its own. */
export function presumptionNotes(policy: Policy, presumed: readonly FactPath[]): string[] {
  const groups: Record<'arrival' | 'order', string[]> = { arrival: [], order: [] };
  const own: string[] = [];
  for (const path of presumed) {
    const p = policy.whenUnknown[path] as Presumption;
    if ('checked' in p) groups[p.checked].push(p.phrase);
    else own.push(p.note);
  }
  const out: string[] = [];
  for (const group of ['arrival', 'order'] as const) {
    const phrases = groups[group];
    const sentence = policy.presumedNotes?.[group];
    if (phrases.length === 0 || !sentence) continue;
    const list = phrases.length === 1 ? (phrases[0] as string) : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1] as string}`;
    out.push(sentence.replace('{list}', list));
  }
  return out.concat(own);
}
