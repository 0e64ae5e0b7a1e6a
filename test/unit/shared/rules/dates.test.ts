import { addDays, addMonths, compareDates, daysBetween, daysInMonth, isIsoDate, parseIsoDate } from '../../../../shared/rules/dates';

describe('calendar dates', () => {
  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-15', 24, '2028-05-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-06-30', 0, '2026-06-30'],
  ])('%s + %i months = %s (month ends roll back)', (from, months, want) => {
    expect(addMonths(from, months)).toBe(want);
  });

  it.each([
    ['2026-03-04', 30, '2026-04-03'],
    ['2026-02-20', 15, '2026-03-07'],
    ['2028-02-20', 15, '2028-03-06'],
    ['2026-12-25', 7, '2027-01-01'],
    ['1999-12-31', 1, '2000-01-01'],
    ['2026-05-01', -1, '2026-04-30'],
  ])('%s + %i days = %s', (from, days, want) => {
    expect(addDays(from, days)).toBe(want);
    expect(daysBetween(from, want)).toBe(days);
  });

  it('counts days across leap years', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-05', '26-01-05', '2026-01-05T00:00', '', '0000-01-01'])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
    expect(() => addDays(text, 1)).toThrow(RangeError);
  });

  it('accepts real dates, leap days included', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('orders dates', () => {
    expect(compareDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-01-10', '2026-01-02')).toBe(1);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
  });
});
