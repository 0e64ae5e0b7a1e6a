// The name a customer signs with, for mail whose From carries none ("aisha.patel@…" alone): the line
// after the sign-off ("Thanks", "Kind regards", "Mit freundlichen Grüßen"), when it reads as a name.
import { nameFromHeader } from '../cases/names';

const SIGN_OFF_LINE =
  /^(?:(?:kind|best|warm|many|with)?\s*(?:regards|wishes|thanks?|thank you(?: very much)?|cheers|sincerely|yours(?: sincerely| truly| faithfully)?)|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|grüße|gruß|danke|vielen dank|merci(?: beaucoup)?|cordialement|bien cordialement|bien à vous|salutations)[\s,!.]*$/iu;
/** Two to four words, each starting with a capital, particles allowed ("Johan van Wyk"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|der|den|du|da|le|la|del|di|bin|ibn)\s+)*\p{Lu}[\p{L}'’-]+){1,3}$/u;
/** How far from the end a sign-off is looked for: a name, a phone number, a company line. */
const LAST_LINES = 6;

export function signatureName(text: string): string | undefined {
  const lines = text
    .replace(/\r/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (let i = lines.length - 2; i >= Math.max(0, lines.length - LAST_LINES); i--) {
    const next = lines[i + 1] as string;
    if (SIGN_OFF_LINE.test(lines[i] as string) && NAME_LINE.test(next)) return nameFromHeader(next);
  }
  return undefined;
}
