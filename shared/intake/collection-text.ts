// Collection details in a customer's own words (a chat answer, a reply to the confirmation): the
// phone number, the days that suit them, and what is left, which is the address if it looks like one
// (a number and a word: a house number or a postcode). English, German and French.
import type { CollectionDetails } from '../cases/collection';
import { COLLECTION_LIMITS, PHONE_MIN_DIGITS } from '../cases/collection';

const DAY_WORDS = [
  // English
  'mondays?',
  'tuesdays?',
  'wednesdays?',
  'thursdays?',
  'fridays?',
  'saturdays?',
  'sundays?',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'weekdays?',
  'weekends?',
  'any ?day',
  'every ?day',
  'anytime',
  'any time',
  'mornings?',
  'afternoons?',
  'evenings?',
  'after \\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm|h|uhr)?',
  'before \\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm|h|uhr)?',
  'working days?',
  // German
  'montags?',
  'dienstags?',
  'mittwochs?',
  'donnerstags?',
  'freitags?',
  'samstags?',
  'sonntags?',
  'werktags?',
  'werktage',
  'wochentags?',
  'vormittags?',
  'nachmittags?',
  'abends?',
  'morgens',
  'jederzeit',
  'jeden tag',
  'ab \\d{1,2}(?:[:.]\\d\\d)? ?uhr',
  'bis \\d{1,2}(?:[:.]\\d\\d)? ?uhr',
  // French
  'lundis?',
  'mardis?',
  'mercredis?',
  'jeudis?',
  'vendredis?',
  'samedis?',
  'dimanches?',
  'en semaine',
  'le matin',
  "l['’]après-midi",
  'le soir',
  "n['’]importe quel jour",
  'tous les jours',
  'jours ouvrables',
  'à partir de \\d{1,2} ?h',
  'avant \\d{1,2} ?h',
];
const DAYS = new RegExp(`(?:^|[^\\p{L}])(?:${DAY_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** A phone number: an optional +/00 and digits with the usual separators. */
const PHONE = /(?:\+|\b00)?\(?\d[\d\s()./-]{4,}\d/g;
const PHONE_LABEL =
  /\b(?:phone|tel(?:ephone)?|mobile|cell(?:phone)?|handy|telefon(?:nummer)?|mobil|portable|téléphone|tél|numéro|number|nummer)\b\.?\s*(?:no\.?|nr\.?|number)?\s*[:=-]?\s*$/iu;
const LABEL =
  /^(?:(?:collection |pick-?up |my )?address|adresse|anschrift|abholadresse|(?:preferred |best )?days?|tage|jours?|phone|tel|telefon|téléphone)\s*[:=-]\s*/iu;
const COURTESY =
  /^(?:hi|hello|hey|dear|hallo|guten tag|bonjour|salut|thanks?|thank you|many thanks|danke|vielen dank|merci|regards|best|cheers|kind regards|mit freundlichen grüßen|viele grüße|lg|cordialement|bien à vous|bonne journée|sure|ok(?:ay)?|yes|ja|oui|here (?:it is|you go)|voilà|hier)\b[^\n]*$/iu;

const digitsIn = (text: string) => (text.match(/\d/g) ?? []).length;

/** The phone number in the text (the one with most digits, at least PHONE_MIN_DIGITS and not a date), and where it was. */
function findPhone(text: string): { phone: string; start: number; end: number } | undefined {
  let best: { phone: string; start: number; end: number } | undefined;
  for (const m of text.matchAll(PHONE)) {
    const raw = m[0].trim();
    const digits = digitsIn(raw);
    // A postcode ("8001", "75011") is shorter; a date ("12.03.2026") is not a phone.
    if (digits < Math.max(PHONE_MIN_DIGITS, 7) || /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(raw)) continue;
    if (!best || digits > digitsIn(best.phone)) best = { phone: raw, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** Whether a piece of text reads as an address: a number (house or postcode) and a word of three letters or more. */
export function looksLikeAddress(text: string): boolean {
  return /\d/.test(text) && /\p{L}{3,}/u.test(text) && text.length >= 8;
}

/**
 * What a message gives of the collection details. Lines (or, on one line, the parts between commas
 * and full stops) that name days are the days; a phone number is the phone; greetings and sign-offs
 * are dropped; the rest is the address when it looks like one.
 */
export function readCollectionDetails(text: string): Partial<CollectionDetails> {
  const out: Partial<CollectionDetails> = {};
  let rest = text.replace(/\r/g, '');
  const phone = findPhone(rest);
  if (phone) {
    out.phone = phone.phone.slice(0, COLLECTION_LIMITS.phone);
    const before = rest.slice(0, phone.start).replace(PHONE_LABEL, '');
    rest = `${before}\n${rest.slice(phone.end)}`;
  }
  const lines = rest
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // A sign-off ends the message: what follows it is a name and a signature.
  const signOff = lines.findIndex(
    (l, i) => i > 0 && /^(?:thanks?|thank you|regards|best|cheers|kind regards|mit freundlichen|viele grüße|cordialement|bien à vous)\b/iu.test(l),
  );
  const kept = signOff > 0 ? lines.slice(0, signOff) : lines;
  const address: string[] = [];
  const days: string[] = [];
  for (const line of kept) {
    if (COURTESY.test(line) && !looksLikeAddress(line)) continue;
    // On one line, the days are the part that names them ("12 Main St, Cape Town 8001, weekdays after 2pm").
    const parts = line.split(/(?<=[,;.])\s+|\s+(?:and|und|et)\s+(?=(?:on |am |le )?\p{L}+days?\b)/u);
    const dayParts = parts.filter((p) => DAYS.test(p) && !looksLikeAddress(p.replace(/\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h|uhr)\b/giu, '')));
    if (dayParts.length > 0) {
      days.push(
        ...dayParts.map((p) =>
          p
            .replace(LABEL, '')
            .replace(/[,;.]+$/, '')
            .trim(),
        ),
      );
      const left = parts.filter((p) => !dayParts.includes(p)).join(' ');
      if (left.trim()) address.push(left.replace(LABEL, '').trim());
      continue;
    }
    address.push(line.replace(LABEL, '').trim());
  }
  const place = address
    .join(', ')
    .replace(/\s*[,;.]\s*(?:[,;.:]\s*)+/g, ', ')
    .replace(/^[,;:.\s-]+|[,;:.\s-]+$/g, '');
  if (looksLikeAddress(place)) out.address = place.slice(0, COLLECTION_LIMITS.address);
  const when = days.filter(Boolean).join(', ');
  if (when) out.days = when.slice(0, COLLECTION_LIMITS.days);
  return out;
}
