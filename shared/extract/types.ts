// What free text can tell us, and what we need to know to read it.
import type { FactPath, FactValue } from '../rules';
import type { Language } from './language';

export interface ExtractContext {
  /** The conversation's day (YYYY-MM-DD): relative dates are read against it, and lean to the past. */
  today: string;
  /** How the merchant's customers write numeric dates: 3/4/2026 is 3 April (DMY) or March 4 (MDY). */
  dateOrder: 'DMY' | 'MDY' | 'YMD';
  /** The fact the last question asked for: a bare "yes", "Germany" or "the 5th" answers it. */
  expecting?: FactPath | 'contact.email' | 'contact.name';
  /** The language of the conversation, once known ("vor 3 Tagen" alone is too short to tell); else read from the text. */
  language?: Language;
  /** The dates the conversation already has: a date said again without saying what of ("sorry, it was March 2025") corrects the one known. */
  knownDates?: Partial<Record<'purchaseDate' | 'deliveryDate', string>>;
}

export type Answer = 'yes' | 'no' | 'unsure';
export type Intent = 'help' | 'restart' | 'cancel' | 'human' | 'correction';

export interface FoundDate {
  date: string;
  text: string;
  role?: 'purchaseDate' | 'deliveryDate';
  /** A month without a day ("in March"): `date` is its first day, this its last (up to today). */
  latest?: string;
}

export interface Extraction {
  /** Facts for the rules, by fact path. */
  facts: Partial<Record<FactPath, FactValue>>;
  dates: FoundDate[];
  references: { order?: string; invoice?: string; serial?: string };
  email?: string;
  answer?: Answer;
  intents: Intent[];
  /** The message names a merchant whose policy we have (e.g. "my Plextor drive"). */
  policyHint?: string;
  /** A fault said beside delivery damage (the reason): what a merchant who refers damage elsewhere services. */
  faultBesideDamage?: 'dead_on_arrival' | 'defective';
  /** Dates said as a month only ("bought in March"): the fact holds the first day, this the last. */
  dateSpans?: Partial<Record<'purchaseDate' | 'deliveryDate', { latest: string }>>;
  /** Dates said roughly: a month without its day, or weeks, months or years ago ("about 4 months ago"). */
  roughDates?: Partial<Record<'purchaseDate' | 'deliveryDate', 'month' | 'around'>>;
  /** The country was only named ("bought it in the USA"), not said as where the customer is or sends from. */
  countryNamedOnly?: boolean;
}
