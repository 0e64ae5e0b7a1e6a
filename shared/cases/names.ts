// What a customer's name may be. The name is repeated to staff, in emails and in the chat, so it
// must not be able to carry anything else: a link, a sentence ("Your account is locked, log in at
// …"), invisible or direction-changing characters, or letters that only look like Latin ones.
import * as z from '../validation/zod';

export const NAME_MAX_CHARACTERS = 100;

/** Why a name is refused; each says what a name may be, none repeats what was sent. */
export const NAME_MESSAGES = {
  empty: 'expected your name',
  tooLong: `a name is at most ${NAME_MAX_CHARACTERS} characters`,
  characters: 'a name may contain only letters, spaces, apostrophes, hyphens and periods',
  webAddress: 'a name may contain only letters, spaces, apostrophes, hyphens and periods, not a web address',
  mixedScripts: 'a name may not mix Latin, Cyrillic or Greek letters within one word',
} as const;

// Letters of any script with their combining marks; ASCII space, both apostrophes, hyphen, period.
// Everything else is refused, among it digits, punctuation, controls and every format character
// (zero-width joiners and spaces, bidi controls).
const ALLOWED = /^[\p{L}\p{M} '’.-]+$/u;
const LETTER = /\p{L}/u;
// A mark belongs on a letter; one anywhere else, or a heap of them, is a display trick.
const STRAY_MARK = /(?:^|[^\p{L}\p{M}])\p{M}/u;
const HEAPED_MARKS = /\p{M}{5}/u;
// "evil.example" or "www.shop" — while initials ("J.R.R. Tolkien") have one letter per period.
const WEB_ADDRESS = /[\p{L}\p{M}]{2}\.[\p{L}\p{M}]{2}/u;
// Scripts whose letters pass for each other (Latin a and Cyrillic а, Latin o and Greek ο).
const CONFUSABLE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/**
 * NFC, no space at either end, single spaces inside: the form a name is kept in. A name typed all in
 * lower case ("aisha patel") gets its capitals, so that "Hello Aisha Patel" greets a person; a name
 * with any capital ("van der Merwe") is kept as typed.
 */
function clean(text: string): string {
  const name = text.normalize('NFC').trim().replace(/ {2,}/g, ' ');
  if (name !== name.toLowerCase()) return name;
  return name.replace(/(^|[ '’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

function problem(name: string): string | undefined {
  if (name === '') return NAME_MESSAGES.empty;
  if ([...name].length > NAME_MAX_CHARACTERS) return NAME_MESSAGES.tooLong;
  if (!ALLOWED.test(name) || !LETTER.test(name) || STRAY_MARK.test(name) || HEAPED_MARKS.test(name)) return NAME_MESSAGES.characters;
  if (WEB_ADDRESS.test(name)) return NAME_MESSAGES.webAddress;
  for (const word of name.split(/[ -]/)) {
    if (CONFUSABLE_SCRIPTS.filter((script) => script.test(word)).length > 1) return NAME_MESSAGES.mixedScripts;
  }
  return undefined;
}

/** A person's name from a client: cleaned (NFC, trimmed), or refused saying what a name may contain. */
export const personName = z.string({ error: NAME_MESSAGES.characters }).check(
  z.overwrite(clean),
  z.superRefine((name, ctx) => {
    const why = problem(name);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  }),
);

/**
 * The display name of an email's From header as a clean name, or undefined when it is not one
 * (an address, a sentence, a link): the caller then greets without a name.
 */
export function nameFromHeader(text: string): string | undefined {
  const unfolded = text.replace(/[\t\r\n ]+/g, ' ').trim();
  const unquoted = /^"(.*)"$/.exec(unfolded)?.[1] ?? unfolded;
  const parsed = personName.safeParse(unquoted);
  return parsed.success ? parsed.data : undefined;
}
