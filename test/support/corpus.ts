// The labelled customer messages (the corpus) and how well the extractor reads them: per fact,
// precision (of what it found, how much was right) and recall (of what was said, how much it found).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type ExtractContext, type Extraction } from '../../shared/extract';
import type { FactPath } from '../../shared/rules';
import { CORPUS, type CorpusCase } from '../unit/shared/extract/corpus.cases';

export interface LabelledMessage extends CorpusCase {
  /** How it is written (short, rambling, typos, non-native…), for messages written blind. */
  voice?: string;
}

const DIR = join(__dirname, '..', 'fixtures', 'corpus');

function readDir(dir: string): LabelledMessage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledMessage[]);
}

/** The messages we learn from: the hand-written corpus and the ones written blind for tuning. */
export function trainingCorpus(): LabelledMessage[] {
  return [...CORPUS, ...readDir(DIR)];
}

/** Messages written blind and kept back: never tuned to, only measured. */
export function heldOutCorpus(): LabelledMessage[] {
  return readDir(join(DIR, 'held-out'));
}

/**
 * German or French messages written by native speakers (test/fixtures/corpus/languages): those we
 * learn from, or (heldOut) those kept back. Each carries the day it was written against in its `ctx`.
 */
export function languageCorpus(language: 'de' | 'fr', heldOut = false): LabelledMessage[] {
  const dir = join(DIR, 'languages', ...(heldOut ? ['held-out'] : []));
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${language}-`) && f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as LabelledMessage[]);
}

/** The day the corpus is written against (relative dates count from it). */
export const CORPUS_CONTEXT: ExtractContext = { today: '2026-11-22', dateOrder: 'DMY' };

export interface FactScore {
  fact: FactPath;
  /** Labelled and found with the labelled value. */
  right: number;
  /** Found, but not labelled or labelled otherwise. */
  wrong: number;
  /** Labelled, but not found (or found otherwise). */
  missed: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  messages: number;
  /** Messages whose facts came out exactly as labelled. */
  exact: number;
  facts: FactScore[];
  /** All facts together. */
  overall: { precision: number; recall: number };
  /** Messages that were not read exactly, with what was found. */
  misses: { text: string; want: Extraction['facts']; got: Extraction['facts'] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreCorpus(
  messages: readonly LabelledMessage[],
  read = (m: LabelledMessage) => extract(m.text, { ...CORPUS_CONTEXT, ...m.ctx }).facts,
): CorpusScore {
  const counts = new Map<FactPath, { right: number; wrong: number; missed: number }>();
  const count = (fact: FactPath) => {
    let c = counts.get(fact);
    if (!c) counts.set(fact, (c = { right: 0, wrong: 0, missed: 0 }));
    return c;
  };
  let exact = 0;
  const misses: CorpusScore['misses'] = [];
  for (const m of messages) {
    const got = read(m);
    const want = m.facts;
    let same = true;
    for (const fact of new Set([...Object.keys(want), ...Object.keys(got)] as FactPath[])) {
      const w = want[fact];
      const g = got[fact];
      if (w !== undefined && g === w) count(fact).right++;
      else {
        same = false;
        if (g !== undefined) count(fact).wrong++;
        if (w !== undefined) count(fact).missed++;
      }
    }
    if (same) exact++;
    else misses.push({ text: m.text, want, got });
  }
  const facts = [...counts.entries()]
    .map(([fact, c]) => ({ fact, ...c, precision: ratio(c.right, c.right + c.wrong), recall: ratio(c.right, c.right + c.missed) }))
    .sort((a, b) => a.fact.localeCompare(b.fact));
  const sum = (k: 'right' | 'wrong' | 'missed') => facts.reduce((n, f) => n + f[k], 0);
  return {
    messages: messages.length,
    exact,
    facts,
    overall: { precision: ratio(sum('right'), sum('right') + sum('wrong')), recall: ratio(sum('right'), sum('right') + sum('missed')) },
    misses,
  };
}
