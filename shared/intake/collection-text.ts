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
// A full stop followed by a space ends a sentence, not a group of digits: "…Johannesburg 2196. 082 111 2222".
const PHONE = /(?:\+|\b00)?\(?\d(?:[\d\s()/-]|\.(?!\s)){4,}\d/g;
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
 * Where an address starts in a sentence ("You can fetch it at 5 Jacaranda Avenue…", "the address is
 * just 3 Dorp Street…"): a flat or unit, a house number before a street name, a German street before
 * its number, a French number before "rue". Undefined: no address starts here.
 */
function addressStart(sentence: string): number | undefined {
  const starts = [
    /\b(?:unit|flat|apartment|apt\.?|suite|wohnung|appartement|app\.?)\s*\d/iu,
    /(?<![\d.,:/-])\b\d{1,5}[a-z]?,?\s+(?=\p{L}{2,})/iu,
    /\b\p{L}+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm)\s+\d/iu,
    /\b(?:rue|avenue|boulevard|chemin|place|allée|impasse|route)\s+\p{L}/iu,
  ]
    .map((re) => re.exec(sentence)?.index)
    .filter((i): i is number => i !== undefined);
  return starts.length > 0 ? Math.min(...starts) : undefined;
}

/** A word only addresses have: a kind of street, a flat or unit, a box ("My order 12345 arrived…" is no address). */
const STREET =
  /\b(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close|crescent|cres|place|pl|court|ct|boulevard|blvd|terrace|square|sq|highway|hwy|parade|park|gardens|estate|complex|farm|plot|unit|flat|apartment|apt|suite|p\.?\s?o\.?\s?box|straße|strasse|str|weg|gasse|platz|allee|ring|damm|chaussee|rue|avenue|chemin|impasse|allée|route|quai|cours|bd)\b|\p{L}+(?:straße|strasse|weg|gasse|platz|allee|ring|damm)\b/iu;

/** What happened, not when to come: the story's verbs. */
const STORY =
  /\b(?:delivered|arrived|came|bought|ordered|received|got|purchased|opened|broke|stopped|geliefert|angekommen|kam|gekauft|bestellt|erhalten|livr[ée]e?s?|arriv[ée]e?s?|re[çc]ue?s?|achet[ée]e?s?|command[ée]e?s?)\b/iu;

/** "Any day", "anytime", "egal", "n'importe quel jour": every working day suits (nothing to note). */
export const ANY_DAY =
  /\b(?:any\s*(?:day|time|weekday)|anytime|whenever|every\s*day|all\s*days|egal|jederzeit|jeden\s*tag|immer|beliebig|n['’]importe(?:\s+quel\s+jour)?|peu\s+importe|tous\s+les\s+jours)\b|^\W*(?:any|all|alle|tous|toutes)\W*$/iu;

/** "Any day is fine" — but not "any weekday morning", which says when. */
function anyDay(text: string): boolean {
  return ANY_DAY.test(text) && !DAYS.test(text.replace(new RegExp(ANY_DAY.source, 'giu'), ' '));
}

/** The sentences of a message: its lines, and within them what ends with . ! or ? before a capital (not "0181." inside a number). */
function sentencesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}"'‘“])/u))
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Talk of the collection itself: its address, the courier, the pick-up. */
export const ABOUT_COLLECTION =
  /\b(?:address|courier|driver|pick(?:\s|-)?up|collect(?:ion|ed)?|fetch|adresse|anschrift|kurier|fahrer|abhol\p{L}*|enl[èe]vement|transporteur|livreur|chercher)\b/iu;
/** A correction: "that's wrong", "fix it", "change", "actually", "only this". */
export const CORRECTS =
  // "Actually" corrects where it starts what is said ("actually, it's number 14"), not in "when will the courier actually come?" (blind run BM).
  /\b(?:wrong|fix|correct|change|update|instead|mistake|only this|falsch|korrigier\p{L}*|ändern|stattdessen|faux|erreur|corrig\p{L}*|modifier|plutôt)\b|(?:^|[,.;:!?–—-]\s*)actually\b/iu;
/** "I already gave it to you here - do I still need to reply?": whether the details must be sent again. */
export const RESEND_ASKED =
  /\b(?:already (?:gave|given|sent|told|provided|put)|(?:do|must|should) (?:i|we) (?:still )?(?:need to |have to )?(?:reply|answer|send (?:it|them|the)|give (?:it|them|the))|still (?:need|have) to (?:reply|answer|send|give))\b/i;
/** What the courier should know: how to get in, whom to call ("call me from the gate", "ring the bell"). */
const COURIER_NOTE =
  /\b(?:gate|intercom|buzzer|bell|security|guard|reception|neighbou?r|call me|phone me|ring|whatsapp|tor|klingel\p{L}*|nachbar\p{L}*|rufen sie|portail|interphone|digicode|sonne[rz]|voisin\p{L}*|appelez|gardien)\b/iu;

/** Collection details, with whether the customer said any day suits them. */
export type ReadCollection = Partial<CollectionDetails> & { anyDay?: boolean };

/**
 * What a message gives of the collection details, sentence by sentence: a phone number (its label
 * dropped), the sentence that names days (from its first day word: "I told you already, Tuesdays or
 * Thursdays" is "Tuesdays or Thursdays"), and the address from where one starts (house number,
 * street, flat) in the sentences that look like one — with a short place line after it ("Gardens,
 * Cape Town"). Questions, greetings and sign-offs give nothing.
 */
/** "You didn't say whether …", "if Saturday is possible": a question in a statement's clothes. */
const ASKED_INDIRECTLY =
  /\b(?:whether|if (?:[\w'-]+ ){0,4}(?:is|would be|are|will be) (?:possible|ok(?:ay)?|fine)|(?:did ?n[o']?t|did not|never|have ?n[o']?t|have not) (?:yet )?(?:say|said|answer(?:ed)?|tell|told|reply|replied|confirm(?:ed)?)|still (?:do ?n[o']?t|do not|did ?n[o']?t) know|nicht gesagt|ob (?:[\p{L}-]+ ){0,4}(?:möglich|geht)|pas dit|si (?:[\p{L}'-]+ ){0,4}(?:est|serait) possible)\b/iu;

export function readCollectionDetails(text: string): ReadCollection {
  const out: ReadCollection = {};
  // An email address or a link is neither a phone number nor an address ("dana.1764355@example.com").
  const lines = sentencesOf(text.replace(/\r/g, '').replace(/\S+@\S+|https?:\/\/\S+/g, ' '));
  // A sign-off ends the message: what follows it is a name and a signature.
  // (Only where what follows is a name or a short signature: "Thank you. You can fetch it at…" goes on.)
  const short = (l: string) => l.split(/\s+/).length <= 5 && !/\d/.test(l);
  const signOff = lines.findIndex(
    (l, i) =>
      i > 0 &&
      short(l) &&
      /^(?:thanks?|thank you|regards|best|cheers|kind regards|mit freundlichen|viele grüße|cordialement|bien à vous)\b/iu.test(l) &&
      lines.slice(i + 1).every(short),
  );
  const address: string[] = [];
  const days: string[] = [];
  const anySaid: string[] = [];
  const notes: string[] = [];
  let lastWasAddress = false;
  for (let sentence of signOff > 0 ? lines.slice(0, signOff) : lines) {
    const phone = findPhone(sentence);
    if (phone && !out.phone) {
      out.phone = phone.phone.slice(0, COLLECTION_LIMITS.phone);
      sentence = `${sentence
        .slice(0, phone.start)
        .replace(PHONE_LABEL, '')
        // "…Durban 4001 and my number is 084 …" (blind run BS: the address kept "and").
        .replace(
          /(?:\s*(?:,|\band\b|\bund\b|\bet\b))?\s*\b(?:my|mein|meine|mon|ma)\s+(?:cell|number|phone|mobile|nummer|handy|numéro|portable)\s*(?:is|ist|est)?\s*$/iu,
          '',
        )} ${sentence.slice(phone.end)}`.trim();
    }
    // A question is not a detail ("When will the courier come?"), nor one asked without its question mark
    // ("And you still didn't say if Saturday is possible or not": blind run BO, it became the days).
    if (/\?\s*$/.test(sentence) || ASKED_INDIRECTLY.test(sentence)) {
      lastWasAddress = false;
      continue;
    }
    // "It's a complex so the courier must call me at the gate": for the courier, as written.
    if (COURIER_NOTE.test(sentence) && addressStart(sentence) === undefined) {
      notes.push(sentence);
      lastWasAddress = false;
      continue;
    }
    const start = addressStart(sentence);
    const dayAt = DAYS.exec(sentence);
    if (start !== undefined && looksLikeAddress(sentence.slice(start)) && STREET.test(sentence.slice(start))) {
      // An address and days in one sentence ("12 Main St, Cape Town 8001, weekdays after 2pm"): split at the part naming days.
      const part = sentence.slice(start);
      // (A full stop before a lower-case word ends a part too: "…Johannesburg 2196. weekdays after 2pm".)
      const pieces = part.split(/,\s*|\.\s+/).filter((p) => p.trim() !== '');
      const dayPiece = pieces.findIndex((p) => DAYS.test(p) && !looksLikeAddress(p.replace(/\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h|uhr)\b/giu, '')));
      if (dayPiece > 0) {
        address.push(pieces.slice(0, dayPiece).join(', '));
        const when = pieces.slice(dayPiece).join(', ');
        if (anyDay(when)) out.anyDay = true;
        else days.push(when);
      } else address.push(part.replace(LABEL, ''));
      lastWasAddress = true;
      continue;
    }
    // "Any day is fine" (but "any weekday morning" says when: days).
    if (anyDay(sentence)) {
      out.anyDay = true;
      // Kept in their words for when they also say a time ("Any weekday is fine. Mornings are best").
      anySaid.push(sentence.split(/,\s*/).find((piece) => ANY_DAY.test(piece)) ?? sentence);
      lastWasAddress = false;
      continue;
    }
    // "…delivered on Thursday" tells the story, not when to come.
    if (dayAt && !STORY.test(sentence)) {
      // From after the last comma before the first day word: "I told you already, Tuesdays or Thursdays".
      const before = sentence.slice(0, dayAt.index);
      const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'));
      days.push(
        sentence
          .slice(cut + 1)
          .trim()
          .replace(LABEL, ''),
      );
      lastWasAddress = false;
      continue;
    }
    // A short place line after the address ("Gardens, Cape Town"): capitalised words, no verb to speak of.
    if (lastWasAddress && sentence.split(/\s+/).length <= 5 && /^[\p{Lu}\d][\p{L}\d ,.'-]*$/u.test(sentence) && !COURTESY.test(sentence)) {
      address.push(sentence);
      continue;
    }
    lastWasAddress = false;
  }
  const place = address
    .join(', ')
    .replace(/\s*[,;.]\s*(?:[,;.:]\s*)+/g, ', ')
    .replace(/^[,;:.\s-]+|[,;:.\s-]+$/g, '');
  if (looksLikeAddress(place)) out.address = place.slice(0, COLLECTION_LIMITS.address);
  const when = (days.length > 0 ? [...anySaid, ...days] : days)
    .map((d) => d.replace(/[,;.\s]+$/, '').trim())
    .filter(Boolean)
    .join(', ');
  if (when) out.days = when.slice(0, COLLECTION_LIMITS.days);
  if (notes.length > 0) out.notes = notes.join(' ').slice(0, COLLECTION_LIMITS.notes);
  return out;
}
