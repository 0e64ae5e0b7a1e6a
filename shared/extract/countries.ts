// The country the customer ships from. Countries by name (English names from Intl, plus what
// people actually write) or by code; and places (places.ts) where the customer says they live:
// "I live in Lyon", "we're in Durban", "writing from Antwerp", "our village near Graz". A city
// that is only where the shop or the purchase was ("bought it in Milan", "a reseller in Antwerp")
// or a trip ("a business trip to Spain") says nothing about where the customer is. A country named
// as a kind of thing ("UK layout", "SA plug") is not a place either.
import { COUNTRY_CODES } from '../rules';
import { COMMON_WORDS, PLACES } from './places';

const ALIASES: Record<string, string> = {
  uk: 'GB',
  'u k': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  america: 'US',
  'the states': 'US',
  'united states of america': 'US',
  holland: 'NL',
  'the netherlands': 'NL',
  deutschland: 'DE',
  'czech republic': 'CZ',
  czechia: 'CZ',
  'south africa': 'ZA',
  'suid afrika': 'ZA',
  rsa: 'ZA',
  suisse: 'CH',
  schweiz: 'CH',
  svizzera: 'CH',
  norge: 'NO',
  belgique: 'BE',
  belgie: 'BE',
  espana: 'ES',
  italia: 'IT',
  osterreich: 'AT',
  oesterreich: 'AT',
  sverige: 'SE',
  danmark: 'DK',
  polska: 'PL',
  suomi: 'FI',
  eire: 'IE',
  turkey: 'TR',
  turkiye: 'TR',
};

// Only where the customer says they are: "I'm in SA".
const CUED_ONLY: Record<string, string> = { sa: 'ZA' };

interface Place {
  code: string;
  kind: 'country' | 'place';
}

let names: Map<string, Place> | undefined;
let longest = 1;

/** Lower case, accents and punctuation folded away: "Zürich" → "zurich", "Saint-Étienne" → "saint etienne". */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[łđı]/g, (c) => ({ ł: 'l', đ: 'd', ı: 'i' })[c] ?? c);
}
const key = (s: string) => (fold(s).match(/[a-z0-9]+/g) ?? []).join(' ');

function allNames(): Map<string, Place> {
  if (!names) {
    names = new Map();
    for (const [code, list] of Object.entries(PLACES)) for (const n of list.split('|')) names.set(key(n), { code, kind: 'place' });
    const display = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name && name !== code) names.set(key(name), { code, kind: 'country' });
    }
    for (const [name, code] of Object.entries(ALIASES)) names.set(key(name), { code, kind: 'country' });
    for (const k of names.keys()) longest = Math.max(longest, k.split(' ').length);
  }
  return names;
}

// Just before a place: the customer says they are there.
const LIVES =
  /\b(?:live|lives|living|lived|reside|resides|residing|resident|based|located|situated|settled|staying|stay|moved|home|house|flat|village|town|city|suburb|area|farm|office|business|company|here)\b(?:\s+[\w',]+){0,6}?\s+(?:in|near|at|outside|out of|close to|to)\s+(?:the\s+)?$/;
const I_AM = /\b(?:i|we|i'm|im|we're)(?:'m|'re|\s+am|\s+are)?(?:\s+[\w',]+){0,5}?\s+(?:in|near|from|outside)\s+(?:the\s+)?$/;
const FROM =
  /\b(?:(?:writing|greetings|hello|hi|calling|emailing|messaging|texting|contacting you)\s+(?:to you\s+)?|(?:sending|shipping|posting|returning|send|ship|post|return)(?:\s+(?:it|this|them|the\s+\w+))?(?:\s+back)?\s+)from\s+(?:the\s+)?(?:[\w']+\s+)?$/;
// "My address is 12 Main Road, Rondebosch, Cape Town", "Address: Hauptstrasse 5, München".
const ADDRESS = /(?:\b(?:my|our|shipping|delivery|home|postal|collection|billing)\s+address\b|^\s*address\s*:)[^!?\n]{0,60}?$/;
// The cue nearest the place: "…your Cape Town store but I live in Durban" is "live in".
const nearest = (re: RegExp) => new RegExp(`^.*(${re.source})`);
// The country said as such: "the country is France", "le pays c'est la France", "Sending from: France".
const SAID =
  /(?:\b(?:country|pays|land)\b(?:\s+[\w']+){0,2}\s*:?\s*|\b(?:sent|sending|send|renvoy\w*|returned|returning|shipped|shipping|posting|versendet|gesendet|zurückgeschickt)\s+(?:from|since|depuis|aus|von)\s*:?\s*)(?:the\s+|la\s+|le\s+|l')?$/;
const CUES = [LIVES, I_AM, FROM, ADDRESS, SAID].map(nearest);
// Just after it: "…to Ostend, where we live".
const WHERE_I_LIVE = /^\s*,?\s*(?:where|which is where)\s+(?:i|we)\s+(?:live|am|are|'m|'re)\b/;
// Words between the cue and the place that make it a shop, a purchase or a trip.
const NOT_HOME =
  /\b(?:bought|buy|ordered|order|purchased|purchase|got it|shop|store|reseller|retailer|dealer|market|mall|branch|warehouse|outlet|trip|holiday|holidays|vacation|visit|visiting|travel\w*|flight|deliver|send|ship|shipped|posted)\b/;
// "UK layout", "SA plug": a country as a kind of thing.
const AS_KIND =
  /^\s*(?:one|ones|layout|plug|plugs|keyboard|version|model|edition|socket|sockets|adapter|adaptor|charger|power|spec|specs|warranty|region|store|site|website|shop|number|account|card|bank|stock|import|release|variant|format|voltage|market|customer|customers|office|branch)\b/;
// "a trip to Spain", "do you deliver to Namibia", "made in China": a place the customer is not.
const ELSEWHERE =
  /\b(?:(?:trip|holiday|holidays|vacation|visit|visiting|travel\w*|flight|flew|deliver|send|ship|shipping(?!\s+address)|post|posted)\s+(?:\w+\s+){0,2}?(?:to|in)|(?:made|manufactured|built|produced|designed|assembled|printed) in)\s+(?:the\s+)?$/;

interface Found extends Place {
  /** How sure we are the customer is there: 2 lives there now, 1 comes from there, 0 no cue. */
  cued: number;
}
// "I used to live in Munich", "originally from Antwerp": where the customer was, not is.
const BEFORE = /\b(?:used to|grew up|was born|originally|formerly|previously|lived)\b/;

/** "Kind regards, Emma Wilson, Edinburgh": a place signed after the name, as the message's last words. */
function signedFrom(text: string, start: number, end: number): boolean {
  const lines = text.slice(0, start).split('\n');
  const line = lines.pop() ?? '';
  const last = /^\s*(?:,\s*[\p{L} ]{2,40})?\s*[.!]?\s*$/u.test(text.slice(end));
  if (/\p{Lu}[\p{L}'’-]+,\s*$/u.test(line) && last) return true;
  // "Regards\nSanne Bakker\nRotterdam": the place alone on the last line, under a name.
  const above = lines.filter((l) => l.trim()).pop() ?? '';
  return last && line.trim() === '' && /^\s*\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}\s*$/u.test(above);
}

function placesIn(text: string): Found[] {
  const table = allNames();
  const folded = fold(text);
  const words = [...folded.matchAll(/[a-z0-9]+/g)];
  const found: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1] as RegExpMatchArray;
      const name = words
        .slice(i, i + n)
        .map((w) => w[0])
        .join(' ');
      const cuedOnly = CUED_ONLY[name];
      const place = table.get(name) ?? (cuedOnly ? { code: cuedOnly, kind: 'country' as const } : undefined);
      if (!place) continue;
      const start = (words[i] as RegExpMatchArray).index ?? 0;
      const end = (last.index ?? 0) + last[0].length;
      // A place that is also a word counts only as a name: "Nice", not "nice".
      const first = text.charAt(start);
      if (COMMON_WORDS.has(name) && first === first.toLowerCase()) continue;
      const before =
        folded
          .slice(Math.max(0, start - 80), start)
          .split(/[.;!?\n]/)
          .pop() ?? '';
      const after = folded.slice(end, end + 40);
      const cue = CUES.map((re) => re.exec(before)?.[1]).find((m) => m !== undefined);
      // "I'm not in the UK": a place the customer is not.
      if (cue !== undefined && /\b(?:not|n't|never)\b/.test(cue)) {
        i += n - 1;
        break;
      }
      const home = cue !== undefined && !NOT_HOME.test(cue);
      const cued =
        WHERE_I_LIVE.test(after) || signedFrom(text, start, end) || (cue !== undefined && home && !BEFORE.test(cue) && !/\bfrom\s+(?:the\s+)?$/.test(cue))
          ? 2
          : home
            ? 1
            : 0;
      if (!AS_KIND.test(after) && !ELSEWHERE.test(before) && (cued > 0 || !cuedOnly)) found.push({ ...place, cued });
      i += n - 1;
      break;
    }
  }
  return found;
}

/**
 * A country named in the text, or the country of a place the customer says they live in; a bare
 * two-letter code only when it is the whole answer. Asked for the country, a bare place answers.
 */
export function findCountry(text: string, expectingCountry: boolean): string | undefined {
  const found = placesIn(text);
  // Where the customer lives now, the last said; then where they come from; then any country named.
  const last = (cued: number) => found.filter((f) => f.cued === cued).pop();
  const chosen = last(2) ?? last(1) ?? found.find((f) => f.kind === 'country') ?? (expectingCountry ? found[0] : undefined);
  if (chosen) return chosen.code;
  const bare = text.trim().replace(/[.!]$/, '');
  // "no" is an answer, "NO" is Norway.
  const isWord = bare !== bare.toUpperCase() && ['no', 'ok'].includes(bare.toLowerCase());
  if (/^[A-Za-z]{2}$/.test(bare) && COUNTRY_CODES.has(bare.toUpperCase()) && !isWord && (expectingCountry || bare === bare.toUpperCase())) {
    return bare.toUpperCase();
  }
  if (expectingCountry) {
    const near = misspelledPlace(text);
    if (near) return near;
  }
  // "from DE", "in NO": an uppercase code after a preposition.
  const code = /\b(?:from|in|to) ([A-Z]{2})\b/.exec(text)?.[1];
  return code && COUNTRY_CODES.has(code) ? code : undefined;
}

/** Whether a place is said as where the customer lives or sends from ("I live in Stockholm"), not only named ("bought it in New York"). */
export function saysHomePlace(text: string): boolean {
  return placesIn(text).some((f) => f.cued > 0);
}

/** Asked for the country, "durbn" is Durban: a place name with one letter left out (not the first or last). */
function misspelledPlace(text: string): string | undefined {
  const table = allNames();
  for (const w of fold(text).match(/[a-z]{4,}/g) ?? []) {
    for (let i = 1; i < w.length; i++) {
      for (const c of 'abcdefghijklmnopqrstuvwxyz') {
        const place = table.get(w.slice(0, i) + c + w.slice(i));
        if (place) return place.code;
      }
    }
  }
  return undefined;
}
