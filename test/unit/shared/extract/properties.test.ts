import fc from 'fast-check';
import { extract } from '../../../../shared/extract';
import { compareDates } from '../../../../shared/rules/dates';

const ctx = { today: '2026-11-22', dateOrder: 'DMY' as const };
const words = fc.constantFrom(
  'it',
  'arrived',
  'bought',
  'yesterday',
  'the 3rd',
  'broken',
  'not',
  'sealed',
  'box',
  'Germany',
  'no',
  'yes',
  '1 May',
  '3/4/2026',
  'order',
  '#12345',
  'never',
  'worked',
  'and',
  ',',
  '.',
  'damaged',
  'seal',
  'is',
  'missing',
  'cable',
  'I',
  "don't",
  'want',
);

describe('extract, on any text', () => {
  it('never throws, and never finds a date after today', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')),
        ),
        (text) => {
          const found = extract(text, ctx);
          return found.dates.every((d) => compareDates(d.date, ctx.today) <= 0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads a long message without choking (patterns have no catastrophic backtracking)', () => {
    const long = `${'the box arrived and '.repeat(2000)}it was cracked`;
    expect(extract(long, ctx).facts.reason).toBe('damaged_on_delivery');
    expect(extract('a'.repeat(20000), ctx).facts).toEqual({});
  });
});
