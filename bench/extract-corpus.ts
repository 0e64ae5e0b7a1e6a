// How well free text is read: per fact, precision and recall on the labelled corpus (the messages we
// learn from) and on the held-out messages written blind (never tuned to); and the share of first
// messages that give the rules enough to decide in one turn.
import { extract } from '../shared/extract';
import { decide, type FactPath, type FactValue } from '../shared/rules';
import { CORPUS_CONTEXT, heldOutCorpus, languageCorpus, scoreCorpus, trainingCorpus, type LabelledMessage } from '../test/support/corpus';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A first message (not an answer to a question) that names a reason: can the rules decide from what was read? */
function decidedInOneTurn(messages: readonly LabelledMessage[]): { decided: number; of: number } {
  let decided = 0;
  let of = 0;
  for (const m of messages) {
    if (m.ctx?.expecting || m.facts.reason === undefined) continue;
    of += 1;
    const found = extract(m.text, { ...CORPUS_CONTEXT, ...m.ctx });
    const policy = found.policyHint ?? (found.facts.country && found.facts.country !== 'ZA' ? 'plextor-eu' : 'plc-technologies');
    const nested: Record<string, unknown> = { policy, asOf: CORPUS_CONTEXT.today };
    for (const [path, value] of Object.entries(found.facts) as [FactPath, FactValue][]) {
      const [head, leaf] = path.split('.') as [string, string | undefined];
      if (leaf === undefined) nested[head] = value;
      else nested[head] = { ...(nested[head] as Record<string, unknown> | undefined), [leaf]: value };
    }
    try {
      if (decide(nested, CORPUS_CONTEXT.today).outcome !== 'need_info') decided += 1;
    } catch {
      // Facts that do not validate (a delivery before the purchase…) decide nothing.
    }
  }
  return { decided, of };
}

export async function benchExtractCorpus(): Promise<void> {
  await Promise.resolve();
  for (const [name, messages] of [
    ['corpus (hand-written and blind, tuned to)', trainingCorpus()],
    ['held-out (written blind, never tuned to)', heldOutCorpus()],
    ['German (written by native speakers, tuned to)', languageCorpus('de')],
    ['German, held-out (never tuned to)', languageCorpus('de', true)],
    ['French (written by native speakers, tuned to)', languageCorpus('fr')],
    ['French, held-out (never tuned to)', languageCorpus('fr', true)],
  ] as const) {
    const started = performance.now();
    const score = scoreCorpus(messages);
    const ms = (performance.now() - started) / messages.length;
    const one = decidedInOneTurn(messages);
    console.log(
      `extraction, ${name}: ${score.messages} messages, ${score.exact} read exactly (${pct(score.exact / score.messages)}); precision ${pct(score.overall.precision)}, recall ${pct(score.overall.recall)}; ${ms.toFixed(3)} ms a message`,
    );
    console.log(`  first messages naming a reason that the rules decide at once: ${one.decided}/${one.of} (${pct(one.decided / Math.max(1, one.of))})`);
    for (const f of score.facts) {
      console.log(
        `  ${f.fact.padEnd(32)} precision ${pct(f.precision).padStart(6)}  recall ${pct(f.recall).padStart(6)}   (${f.right} right, ${f.wrong} wrong, ${f.missed} missed)`,
      );
    }
  }
}
