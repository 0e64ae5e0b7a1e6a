// One message in one language, formatted with its values by FormatJS's intl-messageformat (ICU
// plurals, dates and numbers follow the language). Each message is parsed once and kept.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Language } from '../extract/language';
import { CHAT_MESSAGES, type ChatKey } from './chat-messages';

export { CHAT_KEYS, CHAT_MESSAGES, type ChatKey } from './chat-messages';

const parsed = new Map<string, IntlMessageFormat>();

/** The chat's message `key` in German or French, with `values` put in. */
export function chatText(language: Exclude<Language, 'en'>, key: ChatKey, values: Record<string, string | number> = {}): string {
  const id = `${language}:${key}`;
  let message = parsed.get(id);
  if (!message) {
    message = new IntlMessageFormat(CHAT_MESSAGES[language][key], language);
    parsed.set(id, message);
  }
  return String(message.format(values));
}
