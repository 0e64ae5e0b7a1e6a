// One message in one language, formatted with its values by FormatJS's intl-messageformat (ICU
// plurals, dates and numbers follow the language). Each message is parsed once and kept.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../extract/language';
import { catalogue, type Translated } from '../adapters/node/language-catalogues';
import type { ChatKey } from './chat-messages';
import type { DeskKey } from './desk-messages';
import type { EmailKey } from './email-messages';

export { catalogue, type Catalogue, type Translated } from '../adapters/node/language-catalogues';
export { CHAT_KEYS, type ChatKey } from './chat-messages';
export { DESK_KEYS, type DeskKey } from './desk-messages';
export { EMAIL_KEYS, type EmailKey } from './email-messages';

/** The shape of a set of English wordings with any words: what a translation must provide. */
export type Wording<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Wording<U>[]
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Wording<R>
      : T extends object
        ? { [K in keyof T]: Wording<T[K]> }
        : T;

const formatters = new Map<string, IntlMessageFormat>();

/**
 * A catalogue's message `id` ("chat.greeting") in `language`, with `values` put in: formatted from
 * the syntax tree parsed ahead (npm run i18n), so no function carries the ICU parser. An id with no
 * message says itself (a test checks none is missing).
 */
function format(id: string, language: Translated, values: Record<string, string | number>): string {
  const key = `${language}:${id}`;
  let message = formatters.get(key);
  if (!message) {
    const tree = catalogue(language).messages[id];
    if (!tree) return id;
    message = new IntlMessageFormat(tree, language);
    formatters.set(key, message);
  }
  return String(message.format(values));
}

/** The chat's message `key` in German or French, with `values` put in. */
export function chatText(language: Translated, key: ChatKey, values: Record<string, string | number> = {}): string {
  return format(`chat.${key}`, language, values);
}

/** The desk's message `key` (next steps, the engine's composed notes) in German or French. */
export function deskText(language: Translated, key: DeskKey, values: Record<string, string | number> = {}): string {
  return format(`desk.${key}`, language, values);
}

/** An email's message `key` in German or French. */
export function emailText(language: Translated, key: EmailKey, values: Record<string, string | number> = {}): string {
  return format(`email.${key}`, language, values);
}

/** A day in words in `language`: "28 July 2026", "28. Juli 2026", "28 juillet 2026". */
export function dateIn(language: Language | undefined, iso: string): string {
  return formatIn(language, 'day', iso);
}

/** A month in words in `language`: "March 2026", "März 2026", "mars 2026". */
export function monthIn(language: Language | undefined, iso: string): string {
  return formatIn(language, 'month', iso);
}

/** One formatter per language and precision, made when first asked. */
function formatIn(language: Language | undefined, precision: 'day' | 'month', iso: string): string {
  const locale = language === 'de' || language === 'fr' ? language : 'en-GB';
  const key = `${locale}:${precision}`;
  let formatter = DATE_FORMATS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      ...(precision === 'day' ? { day: 'numeric' as const } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    DATE_FORMATS.set(key, formatter);
  }
  return formatter.format(new Date(`${iso}T00:00:00Z`));
}
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** A label and what follows it: "Problem: …"; French puts a (non-breaking) space before the colon. */
export function labelled(language: Language | undefined, label: string, value: string): string {
  return language === 'fr' ? `${label}\u00a0: ${value}` : `${label}: ${value}`;
}

/**
 * A set of English wordings in `language`: each text found in the catalogue's `part` by its key ("status.history");
 * a wording function becomes an ICU message taking its values by the names `argumentNames` gives its
 * key, in its parameters' order (a function's own parameter names do not survive minifying). What the
 * catalogue lacks stays English; top-level keys in `englishOnly` are kept as they are.
 */
export function translateWording<T>(
  english: T,
  part: 'answers' | 'web' | 'after',
  language: Translated,
  argumentNames: Readonly<Record<string, readonly string[]>>,
  englishOnly: ReadonlySet<string> = new Set(),
): Wording<T> {
  const texts = catalogue(language)[part];
  const walk = (node: unknown, path: string): unknown => {
    if (typeof node === 'string') return texts[path] ?? node;
    if (typeof node === 'function') {
      if (texts[path] === undefined) return node;
      const names = argumentNames[path] ?? [];
      return (...args: unknown[]) => format(`${part}.${path}`, language, Object.fromEntries(names.map((name, i) => [name, args[i] as string])));
    }
    if (Array.isArray(node) || node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        const at = path ? `${path}.${key}` : key;
        return [key, !path && englishOnly.has(key) ? value : walk(value, at)];
      }),
    );
  };
  return walk(english, '') as Wording<T>;
}

/** Any catalogue's message by its id ("answers.print") in `language`, with `values` put in. */
export function messageIn(language: Translated, id: string, values: Record<string, string | number> = {}): string {
  return format(id, language, values);
}

/** A wording built once per translated language, the first time it is asked for. */
export function oncePerLanguage<T>(build: (language: Translated) => T): (language: Translated) => T {
  const built = new Map<Translated, T>();
  return (language) => {
    let found = built.get(language);
    if (found === undefined) {
      found = build(language);
      built.set(language, found);
    }
    return found;
  };
}
