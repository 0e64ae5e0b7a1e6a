// Dates in free text, with a past bias: a customer tells what happened, never what will.
// chrono-node reads the expressions; we lean them into the past and tell purchase from delivery.
import * as chrono from 'chrono-node';
import { addDays, addMonths, compareDates, formatYmd, parseIsoDate } from '../rules/dates';
import type { ExtractContext, FoundDate } from './types';

const PURCHASE = /\b(?:bought|buy|purchas\w*|order(?:ed)?|paid|invoice[ds]?|receipt|got it from|picked (?:it )?up from the shop)\b/i;
const DELIVERY = /\b(?:arriv\w*|deliver\w*|came|received|receive|got here|got (?:it|them|the \w+)(?! from)|turned up|showed up|collected|collection|unpack\w*|unbox\w*|opened the (?:box|parcel|package))\b/i;
// "on the 3rd", "the 21st": a day of the month, which chrono-node leaves alone.
const ORDINAL_DAY = /\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b(?! of)/gi;
const NUMERIC_ONLY = /^[\d\s./-]+$/;

function parser(order: ExtractContext['dateOrder']): chrono.Chrono {
  return order === 'MDY' ? chrono.en.casual : chrono.en.GB;
}

/** Leans a date whose year, month or week was guessed into the past, up to `today`. */
function pastBiased(result: chrono.ParsedResult, today: string): string | undefined {
  const c = result.start;
  const certainDay = c.isCertain('day') || c.isCertain('weekday');
  // "in December" names no day; "a month ago" is relative and computed exactly by chrono.
  if (!certainDay && !(c.isCertain('year') && c.isCertain('month'))) return undefined;
  let date = formatYmd({ year: c.get('year') as number, month: c.get('month') as number, day: c.get('day') as number });
  if (!parseIsoDate(date)) return undefined;
  if (compareDates(date, today) > 0) {
    if (c.isCertain('weekday') && !c.isCertain('day')) date = addDays(date, -7);
    else if (!c.isCertain('year')) date = addMonths(date, -12);
    else return undefined; // an explicit future date: not something that happened
  }
  return compareDates(date, today) <= 0 ? date : undefined;
}

function roleOf(text: string, index: number, length: number): FoundDate['role'] {
  // The words just before the date, in the same clause, say what happened on it.
  const before = text.slice(Math.max(0, index - 60), index).split(/[.;!?]|\b(?:and|but)\b/i).pop() ?? '';
  const after = text.slice(index + length, index + length + 25).split(/[.,;!?]/)[0] ?? '';
  const near = `${before} ${after}`;
  const purchase = PURCHASE.exec(before)?.index ?? -1;
  const delivery = DELIVERY.exec(before)?.index ?? -1;
  if (purchase >= 0 || delivery >= 0) return delivery > purchase ? 'deliveryDate' : 'purchaseDate';
  if (DELIVERY.test(near)) return 'deliveryDate';
  if (PURCHASE.test(near)) return 'purchaseDate';
  return undefined;
}

export function findDates(text: string, ctx: Pick<ExtractContext, 'today' | 'dateOrder'>): FoundDate[] {
  const ref = { instant: new Date(`${ctx.today}T12:00:00Z`), timezone: 0 };
  const local = parser(ctx.dateOrder).parse(text, ref);
  const named = chrono.en.casual.parse(text, ref);
  const found: FoundDate[] = [];
  // Numeric dates follow the merchant's locale; dates with month names read the same everywhere.
  for (const r of [...local.filter((x) => NUMERIC_ONLY.test(x.text)), ...named.filter((x) => !NUMERIC_ONLY.test(x.text))]) {
    const date = pastBiased(r, ctx.today);
    if (!date) continue;
    const role = roleOf(text, r.index, r.text.length);
    found.push({ date, text: r.text, ...(role ? { role } : {}) });
  }
  for (const m of text.matchAll(ORDINAL_DAY)) {
    const day = Number(m[1]);
    const { year, month } = parseIsoDate(ctx.today) as { year: number; month: number };
    let date = parseIsoDate(formatYmd({ year, month, day })) ? formatYmd({ year, month, day }) : undefined;
    if (date && compareDates(date, ctx.today) > 0) date = addMonths(date, -1);
    if (!date || found.some((f) => text.indexOf(f.text) <= (m.index ?? 0) && (m.index ?? 0) < text.indexOf(f.text) + f.text.length)) continue;
    const role = roleOf(text, m.index ?? 0, m[0].length);
    found.push({ date, text: m[0].trim(), ...(role ? { role } : {}) });
  }
  return found.sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
}
