// Calendar dates as `YYYY-MM-DD` strings and whole-day arithmetic on them.
// No Date objects and no time zones: a policy window is counted in calendar days.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Ymd {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real calendar date, or undefined for anything else ("2026-02-30", "2026-1-5"). */
export function parseIsoDate(text: string): Ymd | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

function mustParse(text: IsoDate): Ymd {
  const ymd = parseIsoDate(text);
  if (!ymd) throw new RangeError(`not a calendar date: ${JSON.stringify(text)}`);
  return ymd;
}

export function formatYmd({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function toDayNumber({ year, month, day }: Ymd): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** `to` minus `from` in calendar days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(mustParse(to)) - toDayNumber(mustParse(from));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatYmd(fromDayNumber(toDayNumber(mustParse(date)) + days));
}

/** Adds calendar months; a day the target month lacks rolls back to its last day (08-31 + 6 → 02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatYmd({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The last day a date said only as its month can be: the month's end, or today while the month runs. */
export function monthLatest(monthStart: IsoDate, today: IsoDate): IsoDate {
  const end = addDays(addMonths(monthStart, 1), -1);
  return compareDates(end, today) > 0 ? today : end;
}

// Made by the first date put in words, not at cold start: a formatter loads its locale's data.
let longDate: Intl.DateTimeFormat | undefined;

/** A day as a customer reads it: "28 July 2026". */
export function dateInWords(date: IsoDate): string {
  longDate ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return longDate.format(new Date(`${date}T00:00:00Z`));
}
