// Countries by name (English names from Intl, plus what people actually write) or by code.
import { COUNTRY_CODES } from '../rules';

const ALIASES: Record<string, string> = {
  uk: 'GB',
  'u.k.': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  america: 'US',
  'the states': 'US',
  'united states of america': 'US',
  holland: 'NL',
  'the netherlands': 'NL',
  deutschland: 'DE',
  'czech republic': 'CZ',
  czechia: 'CZ',
  'south africa': 'ZA',
  'rsa': 'ZA',
  suisse: 'CH',
  schweiz: 'CH',
  norge: 'NO',
  belgique: 'BE',
  'belgië': 'BE',
  españa: 'ES',
  italia: 'IT',
  österreich: 'AT',
  sverige: 'SE',
  danmark: 'DK',
  polska: 'PL',
  türkiye: 'TR',
  turkey: 'TR',
  turkiye: 'TR',
};

let names: [string, string][] | undefined;

/** Every name we know, longest first (so "South Africa" wins over "Africa"-like partial names). */
function allNames(): [string, string][] {
  if (!names) {
    const display = new Intl.DisplayNames(['en'], { type: 'region' });
    const map = new Map<string, string>(Object.entries(ALIASES));
    for (const code of COUNTRY_CODES) {
      const name = display.of(code);
      if (name && name !== code) map.set(name.toLowerCase(), code);
    }
    names = [...map.entries()].sort((a, b) => b[0].length - a[0].length);
  }
  return names;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A country named in the text; a bare two-letter code only when it is the whole answer. */
export function findCountry(text: string, expectingCountry: boolean): string | undefined {
  const lower = text.toLowerCase();
  for (const [name, code] of allNames()) {
    if (new RegExp(`(?:^|[^\\p{L}])${escape(name)}(?![\\p{L}])`, 'u').test(lower)) return code;
  }
  const bare = text.trim().replace(/[.!]$/, '');
  // "no" is an answer, "NO" is Norway.
  const isWord = bare !== bare.toUpperCase() && ['no', 'ok'].includes(bare.toLowerCase());
  if (/^[A-Za-z]{2}$/.test(bare) && COUNTRY_CODES.has(bare.toUpperCase()) && !isWord && (expectingCountry || bare === bare.toUpperCase())) {
    return bare.toUpperCase();
  }
  // "from DE", "in NO": an uppercase code after a preposition.
  const code = /\b(?:from|in|to) ([A-Z]{2})\b/.exec(text)?.[1];
  return code && COUNTRY_CODES.has(code) ? code : undefined;
}
