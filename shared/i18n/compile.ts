// A catalogue's messages as FormatJS's syntax trees, by "part.key" ("chat.greeting",
// "web.status.title"): what local/compile-catalogues.ts writes and the formatter reads. The policies'
// sentences are plain text and are not compiled.
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalogue } from '../adapters/node/language-catalogues';

/** The parts whose texts are ICU messages. */
export const MESSAGE_PARTS = ['chat', 'desk', 'email', 'answers', 'web', 'after'] as const;

export type CompiledMessages = Record<string, MessageFormatElement[]>;

export function compileCatalogue(c: Omit<Catalogue, 'messages'>): CompiledMessages {
  const out: CompiledMessages = {};
  for (const part of MESSAGE_PARTS) {
    for (const [key, text] of Object.entries(c[part])) {
      // A web page's plain text may hold a browser script's own "{n}": only what parses is a message.
      try {
        out[`${part}.${key}`] = parse(text);
      } catch {
        if (part !== 'web') throw new Error(`${part}.${key} is not a valid ICU message`);
      }
    }
  }
  return out;
}
