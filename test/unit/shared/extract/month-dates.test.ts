// A month said without its day is read as the span of its days, with or without its year: the day
// is never invented ("in March 2025" is not "1 March 2025").
import { extract } from '../../../../shared/extract';

const TODAY = '2026-11-28';

describe('a month without its day', () => {
  it.each([
    ['I bought it in March, it is dead.', '2026-03-01', '2026-03-31'],
    ['I bought it in March 2025, it is dead.', '2025-03-01', '2025-03-31'],
    ['bought in November 2026', '2026-11-01', TODAY],
  ])('"%s" is the span %s to %s', (text, first, latest) => {
    const read = extract(text, { today: TODAY, dateOrder: 'DMY' });
    expect(read.facts.purchaseDate).toBe(first);
    expect(read.dateSpans).toEqual({ purchaseDate: { latest } });
    expect(read.roughDates).toEqual({ purchaseDate: 'month' });
  });

  it.each([
    ['it was March last year so 2025', '2025-03-01'],
    ['bought it in March last year', '2025-03-01'],
    ['I bought it in March, so 2025', '2025-03-01'],
    ['bought in March (2024)', '2024-03-01'],
  ])('"%s": the year said after the month is its year', (text, first) => {
    const read = extract(text, { today: TODAY, dateOrder: 'DMY', knownDates: { purchaseDate: '2026-03-01' } });
    expect(read.facts.purchaseDate).toBe(first);
    expect(read.roughDates).toEqual({ purchaseDate: 'month' });
  });

  it('a date said again without saying what of corrects the one date known, when the message puts it right', () => {
    const read = (text: string) => extract(text, { today: TODAY, dateOrder: 'DMY', knownDates: { purchaseDate: '2026-05-10' } }).facts.purchaseDate;
    expect(read('sorry, it was 12 May')).toBe('2026-05-12');
    expect(read('in May 2025')).toBe('2025-05-01');
    // Neither a correction nor the same month: nothing says what the date is of.
    expect(read('the 12th of June was a Friday')).toBeUndefined();
    // With two dates known, a bare date could be either.
    expect(
      extract('sorry, it was 12 May', { today: TODAY, dateOrder: 'DMY', knownDates: { purchaseDate: '2026-05-10', deliveryDate: '2026-05-11' } }).facts
        .purchaseDate,
    ).toBeUndefined();
  });

  it('"Monday the 24th": the day of the month decides, not the weekday (blind run BG: read as the 23rd)', () => {
    const read = (text: string) => extract(text, { today: '2026-11-29', dateOrder: 'DMY' }).facts.deliveryDate;
    expect(read('It was delivered on Monday the 24th.')).toBe('2026-11-24');
    expect(read('delivered on Tuesday, the 3rd')).toBe('2026-11-03');
    // A weekday alone is still the last such day.
    expect(read('it was delivered on Monday')).toBe('2026-11-23');
  });

  it('a day said with it is a day', () => {
    const read = extract('I bought it on 3 March 2025, it is dead.', { today: TODAY, dateOrder: 'DMY' });
    expect(read.facts.purchaseDate).toBe('2025-03-03');
    expect(read.dateSpans).toBeUndefined();
  });

  it('a month still to come is no purchase date', () => {
    expect(extract('I bought it in March 2027', { today: TODAY, dateOrder: 'DMY' }).facts.purchaseDate).toBeUndefined();
  });

  it('the day said after a month, in the same message, is the date ("March last year I think … the invoice says 18 March 2025"; blind run BK)', () => {
    // Act
    const read = extract('March last year I think, hang on.. ok the invoice says 18 March 2025', {
      today: '2026-11-29',
      dateOrder: 'DMY',
      expecting: 'purchaseDate',
    });
    // Assess
    expect(read.facts.purchaseDate).toBe('2025-03-18');
    expect(read.roughDates).toBeUndefined();
  });

  it.each([
    ['it was the 18th of March not just March', '2025-03-18'],
    ['the date, its 18 March 2025', '2025-03-18'],
  ])('"%s" puts the day into the month known (blind run BK)', (text, date) => {
    // Act
    const read = extract(text, { today: '2026-11-29', dateOrder: 'DMY', knownDates: { purchaseDate: '2025-03-01' } });
    // Assess
    expect(read.facts.purchaseDate).toBe(date);
  });

  it.each([
    ['de', 'September letztes Jahr'],
    ['fr', "en septembre l'année dernière"],
  ] as const)('in %s, "%s" is September of the year before (blind run BL read it as this year)', (language, text) => {
    // Act
    const read = extract(text, { today: '2026-11-29', dateOrder: 'DMY', expecting: 'purchaseDate', language });
    // Assess
    expect(read.facts.purchaseDate).toBe('2025-09-01');
    expect(read.roughDates).toEqual({ purchaseDate: 'month' });
  });
});
