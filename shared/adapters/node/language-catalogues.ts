// Everything the desk says in German or French, one file per language (shared/i18n/catalogue-de.json,
// catalogue-fr.json), read from disk the first time a German or French customer needs it: a function
// that only ever speaks English never reads either, and no bundle carries them (the CDK copies them
// beside each function's bundle; docs/languages.md). The English is in the code, where it is used:
// each catalogue finds its translations by the English's keys or, for the policies' sentences, by the
// English sentence itself. The one file the language code reads, so it is an adapter: the core asks
// for a catalogue, this reads it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Language } from '../../extract/language';

export type Translated = Exclude<Language, 'en'>;

export interface Catalogue {
  /** The chat (bot/prompts.ts), by CHAT_KEYS: ICU messages. */
  chat: Readonly<Record<string, string>>;
  /** What is said around a decision wherever it is shown, by DESK_KEYS: ICU messages. */
  desk: Readonly<Record<string, string>>;
  /** The emails, by EMAIL_KEYS: ICU messages. */
  email: Readonly<Record<string, string>>;
  /** The answers after the RMA number, by ANSWER_TEXT's keys: ICU messages. */
  answers: Readonly<Record<string, string>>;
  /** The web pages, by WEB_TEXT's keys: texts, and ICU messages where they take values. */
  web: Readonly<Record<string, string>>;
  /** What is said once a return is approved (collection, postage, messages), by AFTER_TEXT's keys: ICU messages. */
  after: Readonly<Record<string, string>>;
  /** The policies' and the rules' sentences, by their English. */
  policy: Readonly<Record<string, string>>;
  /** The messages of every part above but the policy, parsed ahead (npm run i18n), by "part.key". */
  messages: Readonly<Record<string, MessageFormatElement[]>>;
}

/** The file name of a language's catalogue, in shared/i18n/ and beside each function's bundle. */
export const catalogueFile = (language: Translated): string => `catalogue-${language}.json`;

/** The file of a language's messages parsed ahead (npm run i18n), beside the catalogue. */
export const compiledFile = (language: Translated): string => `catalogue-${language}.messages.json`;

/** Beside the bundle (a deployed function), else in the source tree (tests, the local desk). */
function cataloguePath(file: string): string {
  const beside = join(__dirname, file);
  return existsSync(beside) ? beside : join(__dirname, '..', '..', 'i18n', file);
}

const loaded = new Map<Translated, Catalogue>();

/** A language's catalogue, read once. */
export function catalogue(language: Translated): Catalogue {
  let found = loaded.get(language);
  if (!found) {
    const texts = JSON.parse(readFileSync(cataloguePath(catalogueFile(language)), 'utf8')) as Omit<Catalogue, 'messages'>;
    const messages = JSON.parse(readFileSync(cataloguePath(compiledFile(language)), 'utf8')) as Catalogue['messages'];
    found = { ...texts, messages };
    loaded.set(language, found);
  }
  return found;
}
