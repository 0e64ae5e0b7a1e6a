// Free text → facts. Pure: the day and the locale come in; the same text always reads the same.
// Used by the chat and by the email channel; the rules module decides what the facts mean.
import { BOOLEAN_FACTS, POLICIES, type FactPath, type FactValue } from '../rules';
import { findAnswer, findEmail, findIntents, findLaterAnswer, findReferences } from './answers';
import { findCountry, saysHomePlace } from './countries';
import { findDates } from './dates';
import { gloss } from './gloss';
import { detectLanguage } from './language';
import { normalize } from './normalize';
import { saidNumber } from './number-words';
import { withoutQuestions, withoutAnyQuestion } from './questions';
import { faultBesideDamage, findReason } from './reasons';
import { findStatements, installed } from './statements';
import type { ExtractContext, Extraction, FoundDate } from './types';

export type { Answer, ExtractContext, Extraction, FoundDate, Intent } from './types';
export { detectLanguage, LANGUAGES, requestedLanguage, type Language } from './language';

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Each policy and the words customers name its merchant by (the policy's `merchant.mentionedAs`). */
const POLICY_HINTS: readonly (readonly [string, RegExp])[] = [...POLICIES.values()].map(
  (p) => [p.id, new RegExp(`\\b(?:${p.merchant.mentionedAs.map(escaped).join('|')})\\b`, 'i')] as const,
);

const DATE_FACTS = new Set<string>(['purchaseDate', 'deliveryDate']);

// Where the customer is, said outright: what a question may still state.
const LIVES_HERE = /\b(?:live|lives|living|based|reside|resides|located|staying)\b|\b(?:i|we)(?:'m|'re| am| are) (?:in|from|based)\b/i;
/** "Don't I have 2 years anyway?" asks; "I think laptops usually have a year?" guesses. */
const OPENS_A_QUESTION =
  /^\W*(?:(?:and|but|so|also)\s+)?(?:do|does|did|don'?t|doesn'?t|didn'?t|is|isn'?t|are|aren'?t|was|wasn'?t|can|can'?t|could|will|won'?t|would|should|shouldn'?t|have|haven'?t|has|hasn'?t|what|how|why|when|where|which)\b/i;

/** "buying it in Ireland", "here in Ireland": where they are or bought it, not where they would send it. */
const HERE_OR_BOUGHT_HERE = /\b(?:(?:buying|bought|purchased|got) (?:it|this|them|one) (?:here )?in|here in)\b/i;

// A wish for a replacement: "I want please a new one monitor, not broken", "I'd like another one that works".
const WISH = /\b(?:(?:would|'d) like|want|need|wish|hope for|prefer)\b[^.?!\n]*?\b(?:new one|another one|a new|a replacement|replacement)\b[^.?!\n]*/gi;

// Answers that name what was asked about only by a pronoun: "threw it out", "still got it".
const KEPT: readonly FactPath[] = ['item.originalPackaging', 'invoiceCopy', 'item.accessoriesComplete'];
const HAVE_IT = /^\s*(?:yes,?\s*|yeah,?\s*|ya,?\s*)?(?:i |we )?(?:still )?(?:have|got|kept|'ve got|have got) (?:it|them)\b/i;
const GONE =
  /\b(?:(?:threw|thrown|binned|tossed|chucked|recycled) (?:it|them) (?:out|away)|(?:lost|binned) (?:it|them)\b|(?:don't|do not|no longer) have (?:it|them)\b)/i;
// "once or twice", "a few times", "for a week": some use.
const SOME_USE = /^\s*(?:only |just )?(?:once|twice|a (?:few|couple of) times|once or twice|(?:for )?a (?:few|couple of) days|for a (?:day|week|while|bit))\b/i;

/** A yes/no fact from an answer to the question that asked for it. */
function answerTo(fact: FactPath, text: string, answer: ReturnType<typeof findAnswer>): boolean | undefined {
  if (answer === 'yes' || answer === 'no') return answer === 'yes';
  if (answer === 'unsure') return undefined;
  if (KEPT.includes(fact) && GONE.test(text)) return false;
  if (KEPT.includes(fact) && HAVE_IT.test(text)) return true;
  if (fact === 'item.used' && SOME_USE.test(text)) return true;
  if ((fact === 'item.softwareOpened' || fact === 'item.used') && installed(text)) return true;
  // "I was asked whether I have the invoice. I do, it's in the folder."
  const later = findLaterAnswer(text);
  return later === undefined ? undefined : later === 'yes';
}

/** "Sorry, my mistake", "actually", "I meant", "it was": the message puts right what was said before. */
const PUTS_RIGHT =
  /\b(?:sorry|my mistake|my bad|actually|i meant|i mean|correction|it was|it's|its|should be|the date|not (?:just|only)|not\s+(?:19|20)\d\d)\b/i;

/**
 * A date said without saying what of, in a message that names no other, where the conversation knows
 * one date: it corrects that one when the message puts something right, or names the same month in
 * another year ("it was March last year so 2025" after "back in March").
 */
function correctedDate(
  dates: FoundDate[],
  stated: string,
  ctx: ExtractContext,
): { date: FoundDate; source: FoundDate; role: 'purchaseDate' | 'deliveryDate' } | undefined {
  const known = Object.entries(ctx.knownDates ?? {}).filter(([, v]) => typeof v === 'string') as ['purchaseDate' | 'deliveryDate', string][];
  // "The 18th of March, not just March": the day and the month it is in are one date, the day.
  const said = dates.length > 1 ? dates.filter((d) => !dates.some((other) => other !== d && refines(d, other))) : dates;
  if (known.length !== 1 || said.length !== 1 || dates.some((d) => d.role)) return undefined;
  const [role, had] = known[0] as ['purchaseDate' | 'deliveryDate', string];
  const found = said[0] as FoundDate;
  // A day said without its year, in the month known, is in the year known ("the 18th of March" after "March 2025").
  const sameMonthNoYear = !/\b(?:19|20)\d\d\b|\byears?\b/i.test(stated) && found.date.slice(5, 7) === had.slice(5, 7);
  const date = sameMonthNoYear ? { ...found, date: `${had.slice(0, 4)}${found.date.slice(4)}` } : found;
  if (date.date === had) return undefined;
  const sameMonthOtherYear = date.date.slice(5, 7) === had.slice(5, 7) && date.date.slice(0, 4) !== had.slice(0, 4);
  return sameMonthOtherYear || PUTS_RIGHT.test(stated) ? { date, source: found, role } : undefined;
}

/**
 * Whether a later date in the same message replaces the one already read for the same fact: a date
 * said as that fact ("the invoice says 18 March 2025") over one read only because it was asked, or
 * the day within the month said before ("March last year I think … 18 March 2025").
 */
function refines(before: FoundDate, after: FoundDate): boolean {
  if (after.role && !before.role) return true;
  return before.latest !== undefined && after.latest === undefined && after.date >= before.date && after.date <= before.latest;
}

export function extract(typed: string, ctx: ExtractContext): Extraction {
  // German and French are read through the English reader (gloss.ts).
  const language = ctx.language ?? detectLanguage(typed);
  const text = normalize(gloss(typed, language));
  // Facts are read from what the customer states, not from what they ask ("Does the warranty
  // cover water damage?"); a request for a paid repair counts however it is phrased.
  const stated = withoutQuestions(text);
  const facts: Partial<Record<FactPath, FactValue>> = {};
  // What they want instead ("I want a new one, not broken") says nothing about the item they have.
  const statements = findStatements(stated.replace(WISH, (m) => ' '.repeat(m.length)));
  const reason = findReason(text, stated, statements);
  if (reason) facts.reason = reason;
  const fault = reason === 'damaged_on_delivery' ? faultBesideDamage(stated) : undefined;

  const dates = findDates(stated, ctx);
  const dateSpans: NonNullable<Extraction['dateSpans']> = {};
  const roughDates: NonNullable<Extraction['roughDates']> = {};
  const corrected = correctedDate(dates, stated, ctx);
  const taken: Partial<Record<'purchaseDate' | 'deliveryDate', FoundDate>> = {};
  for (const said of dates) {
    // The date as corrected (in the year known, where it gave none), or as said.
    const d = said === corrected?.source ? corrected.date : said;
    const role =
      d.role ??
      (ctx.expecting && DATE_FACTS.has(ctx.expecting)
        ? (ctx.expecting as 'purchaseDate' | 'deliveryDate')
        : said === corrected?.source
          ? corrected.role
          : undefined);
    if (!role) continue;
    const before = taken[role];
    if (before && !refines(before, d)) continue;
    taken[role] = d;
    facts[role] = d.date;
    delete dateSpans[role];
    delete roughDates[role];
    if (d.latest) dateSpans[role] = { latest: d.latest };
    if (d.latest) roughDates[role] = 'month';
    else if (/\b(?:weeks?|months?|years?)\s+(?:ago|back)\b/i.test(d.text)) roughDates[role] = 'around';
  }

  // A country named in a question ("so I send it to Plextor in Belgium?") is not where they are,
  // unless the question says so too ("I live in Belgium, can you help?").
  // Asked where they send it from, a country they say they bought it in or are in ("Don't I have 2
  // years anyway, buying it in Ireland?") answers, where no statement names one.
  const country =
    findCountry(
      withoutAnyQuestion(stated, (s) => LIVES_HERE.test(s)),
      ctx.expecting === 'country',
    ) ??
    (ctx.expecting === 'country'
      ? findCountry(
          withoutAnyQuestion(text, (s) => LIVES_HERE.test(s) || HERE_OR_BOUGHT_HERE.test(s)),
          false,
        )
      : undefined);
  if (country) facts.country = country;
  // "It was bought in the USA": a country named, not said as where it is sent from.
  const countryNamedOnly = country !== undefined && ctx.expecting !== 'country' && !saysHomePlace(stated);

  Object.assign(facts, { ...statements, ...facts });

  const answer = findAnswer(text);
  const expecting = ctx.expecting;
  if (expecting && (BOOLEAN_FACTS as readonly string[]).includes(expecting) && facts[expecting as FactPath] === undefined) {
    const value = answerTo(expecting as FactPath, text, answer);
    if (value !== undefined) facts[expecting as FactPath] = value;
  }
  if (answer === 'unsure' && expecting === 'defectCause' && facts.defectCause === undefined) facts.defectCause = 'unknown';

  // A bare duration answers a question about a warranty's length: "2 years", "24 months", "24".
  if ((expecting === 'product.warrantyMonths' || expecting === 'product.supplierWarrantyMonths') && facts[expecting] === undefined) {
    const m = /^\s*(\d{1,3})\s*(years?|yrs?|months?|mo)?\b/i.exec(text);
    // Or said with a hedge, the customer's best knowledge: "I think it was one year", "I'd say 1 year".
    // Not the product's age ("about a year and a half old"), and not a question ("Don't I have 2 years anyway?").
    const said = m
      ? undefined
      : text
          .split(/(?<=[.!?])\s+|\n+/)
          .filter((sentence) => !(sentence.trim().endsWith('?') && OPENS_A_QUESTION.test(sentence)))
          .map((sentence) =>
            /\b(\d{1,3}|a|one|two|three|five|six|twelve|eighteen|twenty[- ]four)[- ]?(years?|months?)\b(?! ago| back| old| and a half)/i.exec(sentence),
          )
          .find((found) => found !== null);
    if (m) facts[expecting] = /^y/i.test(m[2] ?? '') ? Number(m[1]) * 12 : Number(m[1]);
    else if (said) {
      const n = saidNumber(said[1] as string) as number;
      facts[expecting] = /^y/i.test(said[2] as string) ? n * 12 : n;
    } else if (expecting === 'product.supplierWarrantyMonths' && (answer === 'no' || /\bnone\b/i.test(text))) facts[expecting] = 0;
  }

  const email = findEmail(text);
  const policyHint = POLICY_HINTS.find(([, p]) => p.test(text))?.[0];
  return {
    facts,
    dates,
    references: findReferences(text),
    ...(email ? { email } : {}),
    ...(answer ? { answer } : {}),
    intents: findIntents(text),
    ...(policyHint ? { policyHint } : {}),
    ...(fault ? { faultBesideDamage: fault } : {}),
    ...(Object.keys(dateSpans).length > 0 ? { dateSpans } : {}),
    ...(Object.keys(roughDates).length > 0 ? { roughDates } : {}),
    ...(countryNamedOnly ? { countryNamedOnly } : {}),
  };
}
