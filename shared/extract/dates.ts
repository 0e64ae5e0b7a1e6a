// Dates in free text, with a past bias: a customer tells what happened, never what will.
// chrono-node reads the expressions; we lean them into the past and tell purchase from delivery.
import * as chrono from 'chrono-node';
import { addDays, addMonths, compareDates, formatYmd, monthLatest, parseIsoDate } from '../rules/dates';
import { saidNumber } from './number-words';
import type { ExtractContext, FoundDate } from './types';

const PURCHASE =
  /\b(?:bought|buy|purchas\w*|procured|acquired|ordered|(?<!\b(?:my|the|your|our|this|his|her|an?) )order|placed (?:the|my|an|our) order|paid|payment|invoice[ds]?|receipt|got it from(?! you)|picked (?:it )?up from the shop)\b/i;
const DELIVERY =
  /\b(?:arriv\w*|deliver\w*|came|received|receive|got here|got to (?:me|us)|reached (?:me|us)|got (?:it|them|the \w+)(?! from)|got (?:this|the|my|a|an|it) (?:[\w-]+ ){0,5}from (?:you|plc)|(?:i|we) got(?= (?:from|off|about|around|roughly|approximately|last|on|in|just|only|\d|a (?:few|couple|week|month|year)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )|\s*$)|turned up|showed up|dropped (?:it |them |the \w+ )?off|brought (?:it|them)|collected|collection|unpack\w* (?:it|them|the)|unbox(?:ed|ing) (?:it|them|the))\b/i;
// What else happens on a day: "bought in March, died on Tuesday" — Tuesday is not the purchase.
const OTHER =
  /\b(?:died|stopped|broke|failed|crashed|started|began|happened|dropped|spilt|spilled|cracked|quit|noticed|tried|called|phoned|emailed|wrote|rang|posted|returned|hit|fried|struck|surge|storm|packed up)\b/gi;
// "on the 3rd", "the 21st": a day of the month, which chrono-node leaves alone.
const ORDINAL_DAY = /\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b(?! of)/gi;
// "on Monday the 24th", "Tuesday, the 3rd".
const WEEKDAY_THE_DAY = /\b(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day,? the (\d{1,2})(?:st|nd|rd|th)\b(?! of)/gi;

/** A day of the month said alone: this month's, or last month's when this month's is still to come. */
function dayThisOrLastMonth(day: number, year: number, month: number, today: string): string | undefined {
  let date = parseIsoDate(formatYmd({ year, month, day })) ? formatYmd({ year, month, day }) : undefined;
  if (date && compareDates(date, today) > 0) date = addMonths(date, -1);
  return date;
}

// "the 28th of last month", "the 18 of this month".
const DAY_OF_MONTH = /\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)? of (this|last|the last|the previous|previous) month\b/gi;
// Not a day: "now", "an hour", "last month" (names no day of it).
// Nor a span counted from another date that is not said: "a few days before", "some weeks earlier".
const NOT_A_DAY =
  /^(?:(?:right |just )?now|(?:last|this|next|previous) (?:month|year))$|\b(?:hours?|minutes?|mins?|seconds?|secs?)\b|\b(?:days?|weeks?|months?)\s+(?:before|earlier|prior|later|after)\b/i;
// A correction: the date after it replaces the one before ("it was actually the 16th").
const CORRECTION = /\b(?:actually|i meant|i mean|correction|rather|sorry,? it was)\s*:?\s*(?:it was\s+|on\s+)?$/i;
// A date the customer rules out: "the 12th, not the 21st".
const DENIED_DATE = /\bnot\s+(?:on\s+)?$/i;
const NUMERIC_ONLY = /^[\d\s./-]+$/;

function parser(order: ExtractContext['dateOrder']): chrono.Chrono {
  return order === 'MDY' ? chrono.en.casual : chrono.en.GB;
}

/** Leans a date whose year, month or week was guessed into the past, up to `today`. */
function pastBiased(result: chrono.ParsedResult, today: string): string | undefined {
  const c = result.start;
  const certainDay = c.isCertain('day') || c.isCertain('weekday');
  // "in December", "in March 2025" name no day (monthSpan reads them as the month's days); "a month
  // ago" is relative and computed exactly by chrono.
  if (!certainDay) return undefined;
  let date = formatYmd({ year: c.get('year') as number, month: c.get('month') as number, day: c.get('day') as number });
  if (!parseIsoDate(date)) return undefined;
  if (compareDates(date, today) > 0) {
    if (c.isCertain('weekday') && !c.isCertain('day')) date = addDays(date, -7);
    else if (!c.isCertain('year')) date = addMonths(date, -12);
    else return undefined; // an explicit future date: not something that happened
  }
  return compareDates(date, today) <= 0 ? date : undefined;
}

/** "3 years ago", "18 months back": as many calendar months before today (chrono leaves the day open). */
function monthsAgo(phrase: string, today: string): string | undefined {
  const m = /^(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)\s+(years?|months?)\s+(?:ago|back)$/i.exec(
    phrase.trim(),
  );
  if (!m) return undefined;
  const n = saidNumber(m[1] as string) as number;
  return addMonths(today, -(/^year/i.test(m[2] as string) ? 12 * n : n));
}

/**
 * "in March", "last March", "in March this year": a month without a day, as the span of days it can
 * mean (its first day, and its last up to today), in the most recent such month not after today.
 */
function monthSpan(result: chrono.ParsedResult, today: string, yearAfter?: number): { date: string; latest: string } | undefined {
  const c = result.start;
  if (!c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday')) return undefined;
  const now = parseIsoDate(today) as { year: number; month: number };
  const month = c.get('month') as number;
  const year = c.isCertain('year') ? (c.get('year') as number) : (yearAfter ?? (month <= now.month ? now.year : now.year - 1));
  const date = formatYmd({ year, month, day: 1 });
  if (compareDates(date, today) > 0) return undefined;
  return { date, latest: monthLatest(date, today) };
}

/**
 * "March last year", "March, so 2025", "March (2025)": a year said just after a month that chrono-node
 * read alone. Undefined when none is, or the year is not a past one.
 */
function yearSaidAfter(text: string, end: number, today: string): number | undefined {
  const now = (parseIsoDate(today) as { year: number }).year;
  const after = text.slice(end, end + 24);
  if (/^\s*,?\s*(?:of\s+)?last year\b/i.test(after)) return now - 1;
  if (/^\s*,?\s*(?:of\s+)?this year\b/i.test(after)) return now;
  const said = /^\s*(?:,\s*|\(\s*)?(?:(?:so|i\.?e\.?|that is|that's|in|of)\s+)?((?:19|20)\d\d)\b/i.exec(after)?.[1];
  const year = said ? Number(said) : undefined;
  return year !== undefined && year <= now ? year : undefined;
}

function roleOf(text: string, index: number, length: number): FoundDate['role'] {
  // The words just before the date, in the same clause, say what happened on it: the nearest
  // purchase, delivery or other event wins.
  // "two and a half years ago (around May 2024)": "and a half" joins no clauses.
  const before =
    text
      .slice(Math.max(0, index - 100), index)
      .replace(/\band a half\b/gi, (m) => ' '.repeat(m.length))
      .split(/[.;!?](?=\s|$)|\n|\b(?:and|but)\b/i)
      .pop() ?? '';
  // "Three weeks ago, I bought it": a comma before the sentence's subject does not end what is said of the date.
  const after =
    text
      .slice(index + length, index + length + 40)
      .replace(/^\s*,\s*(?=(?:I|we)\b)/, ' ')
      .split(/[.,;!?]/)[0] ?? '';
  const near = `${before} ${after}`;
  const last = (re: RegExp) => {
    let at = -1;
    for (const m of before.matchAll(new RegExp(re.source, 'gi'))) at = m.index;
    return at;
  };
  const purchase = last(PURCHASE);
  const delivery = last(DELIVERY);
  const other = last(OTHER);
  if (other > purchase && other > delivery) return undefined;
  if (purchase >= 0 || delivery >= 0) return delivery > purchase ? 'deliveryDate' : 'purchaseDate';
  if (DELIVERY.test(near)) return 'deliveryDate';
  if (PURCHASE.test(near)) return 'purchaseDate';
  return undefined;
}

interface Found extends FoundDate {
  index: number;
  correction: boolean;
}

// "about 10 days ago": the hedge is not part of the date (chrono-node reads "about …" as today).
const HEDGED_AGO =
  /\b(?:about|around|roughly|approximately|approx\.?|circa|some|nearly|almost|maybe|perhaps|just under|under|less than)\s+(?=(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty[- ]\w+|thirty|a few|a couple of)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|back)\b)/gi;

const HALF_YEARS_AGO =
  /\b(?:(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) and a half years?|(a|an|one) years? and a half)\s+(?:ago|back)\b/gi;

/** "a Plextor drive, about 4 years old": its age says when it was bought. */
const AGE =
  /\b(?:(?:about|around|roughly|approximately|nearly|almost|over|just over|just under|some|maybe|perhaps)\s+)?(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(years?|months?|weeks?)\s+old\b/gi;

/** "a little over two years ago", "more than 6 months ago": past the number said, so a month more. */
const OVER_AGO =
  /\b(?:a (?:little|bit) over|just over|over|more than|a (?:little|bit) more than)\s+(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+(years?|months?)\s+(?:ago|back)\b/gi;

export function findDates(raw: string, ctx: Pick<ExtractContext, 'today' | 'dateOrder'>): FoundDate[] {
  // Blanked, not removed: the positions of the words around each date stay where they were.
  const text = raw.replace(HEDGED_AGO, (m) => ' '.repeat(m.length));
  const ref = { instant: new Date(`${ctx.today}T12:00:00Z`), timezone: 0 };
  const { year, month } = parseIsoDate(ctx.today) as { year: number; month: number };
  const found: Found[] = [];
  const add = (date: string, index: number, length: number, phrase: string, latest?: string, said?: FoundDate['role']) => {
    const before = text.slice(Math.max(0, index - 30), index);
    if (DENIED_DATE.test(before)) return;
    const role = said ?? roleOf(text, index, length);
    found.push({ date, text: phrase, index, correction: CORRECTION.test(before), ...(role ? { role } : {}), ...(latest ? { latest } : {}) });
  };
  const covered = (index: number) => found.some((f) => f.index <= index && index < f.index + f.text.length);

  // "two and a half years ago", "a year and a half ago": chrono-node reads only "half years ago".
  for (const m of text.matchAll(HALF_YEARS_AGO)) {
    const whole = m[1] ?? m[2] ?? 'a';
    const n = saidNumber(whole) as number;
    add(addMonths(ctx.today, -(12 * n + 6)), m.index, m[0].length, m[0]);
  }
  for (const m of text.matchAll(OVER_AGO)) {
    const n = saidNumber(m[1] as string) as number;
    add(addMonths(ctx.today, -((/^year/i.test(m[2] as string) ? 12 * n : n) + 1)), m.index, m[0].length, m[0]);
  }
  for (const m of text.matchAll(AGE)) {
    // "not even two months old" bounds the age; it does not date the purchase.
    if (/\b(?:not even|not yet|less than|under|barely|not)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const n = saidNumber(m[1] as string) as number;
    const unit = m[2] as string;
    const date = /^week/i.test(unit) ? addDays(ctx.today, -7 * n) : addMonths(ctx.today, -(/^year/i.test(unit) ? 12 * n : n));
    add(date, m.index, m[0].length, m[0], undefined, 'purchaseDate');
  }
  // "Monday the 24th": the day of the month is what was looked up; a weekday is more often misremembered.
  for (const m of text.matchAll(WEEKDAY_THE_DAY)) {
    const date = dayThisOrLastMonth(Number(m[1]), year, month, ctx.today);
    if (date) add(date, m.index, m[0].length, m[0].trim());
  }
  for (const m of text.matchAll(DAY_OF_MONTH)) {
    const target = /^this$/i.test(m[2] as string) ? { year, month } : month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
    const date = formatYmd({ ...target, day: Number(m[1]) });
    if (parseIsoDate(date) && compareDates(date, ctx.today) <= 0) add(date, m.index, m[0].length, m[0].trim());
  }
  const local = parser(ctx.dateOrder).parse(text, ref);
  const named = chrono.en.casual.parse(text, ref);
  // Numeric dates follow the merchant's locale; dates with month names read the same everywhere.
  for (const r of [...local.filter((x) => NUMERIC_ONLY.test(x.text)), ...named.filter((x) => !NUMERIC_ONLY.test(x.text))]) {
    if (NOT_A_DAY.test(r.text.trim()) || covered(r.index)) continue;
    let date = pastBiased(r, ctx.today) ?? monthsAgo(r.text, ctx.today);
    const span = date ? undefined : monthSpan(r, ctx.today, yearSaidAfter(text, r.index + r.text.length, ctx.today));
    if (span) {
      add(span.date, r.index, r.text.length, r.text, span.latest);
      continue;
    }
    // "last Thursday" said on a Friday is a week ago: yesterday would be "yesterday".
    if (date && /^last\s/i.test(r.text.trim()) && r.start.isCertain('weekday') && !r.start.isCertain('day') && compareDates(date, addDays(ctx.today, -1)) >= 0)
      date = addDays(date, -7);
    if (date) add(date, r.index, r.text.length, r.text);
  }
  // "twenty months ago": number words chrono-node does not read.
  for (const m of text.matchAll(/\b(?:\d{1,2}|eighteen|twenty|thirty)\s+(?:years?|months?)\s+(?:ago|back)\b/gi)) {
    const date = covered(m.index) ? undefined : monthsAgo(m[0], ctx.today);
    if (date) add(date, m.index, m[0].length, m[0]);
  }
  for (const m of text.matchAll(ORDINAL_DAY)) {
    const date = dayThisOrLastMonth(Number(m[1]), year, month, ctx.today);
    if (!date || covered(m.index)) continue;
    add(date, m.index, m[0].length, m[0].trim());
  }
  found.sort((a, b) => a.index - b.index);
  // "I said the 14th - it was actually the 16th": the correction takes the earlier date's role.
  for (const [i, f] of found.entries()) {
    if (!f.correction) continue;
    const earlier = found
      .slice(0, i)
      .reverse()
      .find((e) => e.role !== undefined && (f.role === undefined || e.role === f.role));
    if (!earlier) continue;
    f.role = earlier.role;
    for (const e of found.slice(0, i)) if (e.role === f.role) delete e.role;
  }
  return found.map(({ date, text: phrase, role, latest }) => ({ date, text: phrase, ...(role ? { role } : {}), ...(latest ? { latest } : {}) }));
}
