// The remedy a customer asks for in their own words, kept with what they said about the item (blind
// runs BG and BI: "your choice goes on your case" was only true of the transcript).
import { wishAmong } from '../../../../shared/cases/about';
import { gloss } from '../../../../shared/extract/gloss';
import { wishIn } from '../../../../shared/intake/wish';

describe('the remedy a customer asks for', () => {
  it.each([
    ["I don't want a refund, I just want the black one that I ordered.", 'correct_product'],
    ["I would like to return it and get my money back please, I don't want another one.", 'refund'],
    ["I'd like a replacement please, not a refund.", 'replace'],
    ['A refund then, please.', 'refund'],
    ["I'd prefer to have it repaired.", 'repair'],
    // Blind run BM: the remedy named after "than" is the one refused.
    ["Also I'd rather have a replacement than my money back", 'replace'],
    ["I'd take a new one over a repair.", 'replace'],
  ])('%j asks for %s', (text, remedy) => {
    expect(wishIn(text)).toBe(remedy);
  });

  it.each([
    'If I choose a refund, how long does that take?',
    'Can I get a refund?',
    'The speaker is blue, not black.',
    'I did not say yet that I want the repair.',
  ])('%j asks for nothing (a question, a condition, or no remedy)', (text) => {
    expect(wishIn(text)).toBeUndefined();
  });

  it('is read among what the decision offers', () => {
    // "a new one" of a wrong item is the correct product; a refund where only a credit is offered is that credit.
    expect(wishAmong('replace', ['correct_product', 'credit', 'refund'])).toBe('correct_product');
    expect(wishAmong('refund', ['credit'])).toBe('credit');
    expect(wishAmong('refund', ['correct_product', 'credit', 'refund'])).toBe('refund');
    expect(wishAmong('repair', ['refund'])).toBeUndefined();
    expect(wishAmong(undefined, ['refund'])).toBeUndefined();
  });
});

describe('a wish said in French or German (blind run BJ: a French wish was not read)', () => {
  it.each([
    ['fr', 'je veux un remplacement par un lecteur neuf', 'replace'],
    ['fr', "Je voudrais un remboursement plutôt qu'un échange.", 'refund'],
    ['de', 'Ich möchte eine Rückerstattung.', 'refund'],
  ] as const)('%s: %s', (language, text, wish) => {
    // Act / Assess
    expect(wishIn(gloss(text, language))).toBe(wish);
  });
});
