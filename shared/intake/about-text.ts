// What a customer's own words say the item is: a serial number or an order number they quote, a
// Plextor model ("PX-891SAF"), and the problem as they put it (their first message, as written).
// English, German and French labels.
import { ABOUT_LIMITS, type About } from '../cases/about';
import { findReferences } from '../extract/answers';
import { productNamed } from '../extract/products';
import { asksInSentence } from '../extract/questions';
import { wishIn } from './wish';

const PLEXTOR_MODEL = /\b(PX-?[0-9]{3,4}[A-Z]{0,6})\b/i;
/** Plextor's solid-state drives go by "M9PeG", "M8Pe": named after the brand (blind run BN: only "SSD" was kept). */
const PLEXTOR_SSD = /\bPlextor\s+(M\d{1,2}[A-Za-z]{1,5})\b/;

const GREETING =
  /^\s*(?:hi|hello|hey|howzit|dear|good (?:morning|afternoon|evening|day)|sehr geehrte|hallo|guten (?:tag|morgen|abend)|grüß gott|grüss gott|servus|grüezi|moin|liebe|lieber|bonjour|bonsoir|salut|madame|monsieur)\b(?:[ \t]+[\p{L}-]+){0,3}\s*(?:[,:!.]\s*|\n|$)/iu;
const SIGN_OFF =
  /\n\s*(?:(?:kind |best |warm )?regards|best(?: wishes)?|thanks?(?: you)?(?: in advance)?|many thanks|cheers|sincerely|yours|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|viele grüße|viele grüsse|beste grüße|beste grüsse|liebe grüße|liebe grüsse|gruß|gruss|grüße|grüsse|danke|cordialement|bien à vous|bien cordialement|salutations|merci)\b[\s\S]*$/iu;

/** A line that only says questions follow. */
const QUESTIONS_FOLLOW =
  /^(?:(?:so|now|and|jetzt|nun|und|alors|et|maintenant)\s+)?(?:(?:my|a few|some|two|meine|ein paar|zwei|mes|quelques)\s+)?(?:questions?|fragen|frage|questions?)\s*:$/iu;

/**
 * The problem as the customer tells it: their words, without the greeting, the sign-off and what
 * follows it, and without the questions they ask (those are answered, not the problem).
 */
export function storyOf(text: string): string {
  const body = text.replace(/\r/g, '').replace(SIGN_OFF, '').replace(GREETING, '');
  const told = body
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    // Nor what leads into the questions ("Jetzt meine Fragen:", "My questions:"; blind run BP).
    .filter((s) => s !== '' && !asksInSentence(s) && !QUESTIONS_FOLLOW.test(s));
  const story = (told.length > 0 ? told.join(' ') : body).replace(/\s+/g, ' ').trim();
  return story || text.replace(/\s+/g, ' ').trim();
}

/** What `text` says about the item. `problem`: the text itself, when it tells the story (the first message). */
export function readAbout(text: string, options: { problem?: boolean } = {}): About {
  const { serial, order } = findReferences(text);
  const ssd = PLEXTOR_SSD.exec(text)?.[1];
  const model = PLEXTOR_MODEL.exec(text)?.[1]?.toUpperCase();
  const named = model || ssd ? undefined : productNamed(text);
  const story = options.problem ? storyOf(text).slice(0, ABOUT_LIMITS.problem) : '';
  const wish = wishIn(text);
  return {
    ...(model
      ? { product: model.startsWith('PX-') ? model : `PX-${model.slice(2)}` }
      : ssd
        ? { product: `Plextor ${ssd}` }
        : named
          ? { product: named.slice(0, ABOUT_LIMITS.product) }
          : {}),
    ...(serial ? { serial: serial.slice(0, ABOUT_LIMITS.serial) } : {}),
    ...(order ? { order: order.slice(0, ABOUT_LIMITS.order) } : {}),
    ...(story ? { problem: story } : {}),
    ...(wish ? { wish } : {}),
  };
}

/** "Dell 24 inch monitor" names more than "monitor"; a model ("PX-760A") more than a noun ("drive"). */
const namesMore = (later: string, had: string): boolean =>
  (later.length > had.length && later.toLowerCase().endsWith(had.toLowerCase())) || (/\d/.test(later) && !/\d/.test(had));

/**
 * What several messages say, the earlier ones first: a later message adds, never replaces — except a
 * product named more fully ("monitor", then "the Dell 24 inch monitor"), and a wish said again.
 */
export function mergeAbout(...parts: (About | undefined)[]): About {
  const out: About = {};
  for (const p of parts)
    for (const [k, v] of Object.entries(p ?? {})) {
      const key = k as keyof About;
      const had = out[key];
      // A wish said later replaces the earlier one: the customer changed their mind.
      if (v && (had === undefined || key === 'wish' || (key === 'product' && namesMore(v, had)))) (out as Record<string, string>)[key] = v;
    }
  return out;
}
