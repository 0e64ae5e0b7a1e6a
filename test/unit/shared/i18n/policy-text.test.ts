// The policies' sentences in German and French: every one a customer can read has its translation,
// keeps its placeholders, and the sentences the engine composes from several read in the language too.
import { hasSentence, noteIn, notesIn, policySentences, ruleSentences, sentenceIn } from '../../../../shared/i18n/policy-text';
import { evaluate, POLICIES, REFUSAL_NOTE, type Policy } from '../../../../shared/rules';
import { parseFacts } from '../../../../shared/rules/input';

const policies = [...POLICIES.values()];
const plextor = POLICIES.get('plextor-eu') as Policy;
const plc = POLICIES.get('plc-technologies') as Policy;

function decide(raw: Record<string, unknown>) {
  const { policy, facts } = parseFacts(raw, { today: '2026-11-28', policies: POLICIES });
  return { policy, decision: evaluate(policy, facts) };
}

describe.each(['de', 'fr'] as const)('the policies in %s', (language) => {
  const sentences = [...new Set([...policies.flatMap(policySentences), ...ruleSentences()])];

  it('translates every sentence a customer can read', () => {
    expect(sentences.length).toBeGreaterThan(200);
    expect(sentences.filter((s) => !hasSentence(language, s))).toEqual([]);
  });

  it('keeps every {placeholder} and changes every sentence', () => {
    for (const s of sentences) {
      const translated = sentenceIn(language, s);
      expect([translated, (translated.match(/\{\w+\}/g) ?? []).sort()]).toEqual([translated, (s.match(/\{\w+\}/g) ?? []).sort()]);
    }
    const unchanged = sentences.filter((s) => sentenceIn(language, s) === s && /\s/.test(s));
    expect(unchanged).toEqual([]);
  });

  it('says a whole decision in the language: each note is a translated sentence or a composed one', () => {
    const cases = [
      { policy: 'plextor-eu', reason: 'defective', purchaseDate: '2026-03-01', country: 'DE' },
      { policy: 'plextor-eu', reason: 'dead_on_arrival', purchaseDate: '2026-11-20', country: 'FR' },
      { policy: 'plc-technologies', reason: 'unwanted', deliveryDate: '2026-11-20' },
      { policy: 'plc-technologies', reason: 'unwanted', deliveryDate: '2026-11-20', item: { used: true, sealsIntact: false } },
    ];
    for (const raw of cases) {
      const { policy, decision } = decide(raw);
      const notes = notesIn(language, decision, policy);
      expect(notes).toHaveLength(decision.notes.length);
      notes.forEach((note, i) => expect([raw, note]).not.toEqual([raw, decision.notes[i]]));
    }
  });
});

describe('sentences the engine composes', () => {
  it('reads the presumptions group sentence phrase by phrase', () => {
    const { decision } = decide({ policy: 'plc-technologies', reason: 'unwanted', deliveryDate: '2026-11-20' });
    const arrival = decision.notes.find((n) => n.startsWith('This is provided')) as string;
    expect(arrival).toBeDefined();
    const de = noteIn('de', arrival, plc);
    expect(de).not.toBe(arrival);
    expect(de).toContain(' und ');
    expect(de).not.toMatch(/\{list\}|unused|packaging/);
  });

  it('names what a refusal rests on, in the language, with French elision', () => {
    const note = REFUSAL_NOTE(['it has been used', 'it has been opened (its seals are no longer intact)']);
    expect(noteIn('de', note, plc)).toMatch(/^Sie haben uns gesagt, dass .+ und .+\.$/);
    const fr = noteIn('fr', note, plc);
    expect(fr).toMatch(/^Vous nous avez dit qu’il .+ et .+\.$/);
  });

  it('says how a time limit was counted, with the date in the language', () => {
    const { decision } = decide({ policy: 'plc-technologies', reason: 'unwanted', purchaseDate: '2026-09-01' });
    const limit = decision.notes.find((n) => n.startsWith('The time limit was counted')) as string;
    expect(limit).toBeDefined();
    expect(noteIn('de', limit, plc)).toContain('1. September 2026');
    expect(noteIn('fr', limit, plc)).toContain('1 septembre 2026');
  });

  it('leaves a sentence it does not know in English rather than losing it', () => {
    expect(noteIn('de', 'A note nobody translated.', plextor)).toBe('A note nobody translated.');
    expect(noteIn('en', REFUSAL_NOTE(['it has been used']), plc)).toBe('You told us that it has been used.');
  });
});
