// A customer's name in what they type when asked for it: "Ann Smith", "I'm Ann Smith,
// ann@example.com", never "yes" or a question, and only what the form would accept too.
import { personName } from '../shared/cases/names';
import type { Extraction } from '../shared/extract';

// What is left of "here it is: ann@example.com" once the address is gone: words, not a name.
const NOT_A_NAME = /\b(?:is|it|it's|its|here|this|that|there|my|me|you|your|sure|ok|okay|yes|thanks|please)\b/i;

/**
 * The name in a message that also gives the address ("Ann Smith, ann@example.com"): the message
 * without the address and the words that introduce it, if what is left is a name.
 */
export function nameBesideAddress(text: string, found: Extraction): string | undefined {
  const rest = text
    .replace(/\S*@\S*/g, ' ')
    .replace(/(?:[,;]|\band\b)?\s*(?:\bmy\s+)?\be-?mail\b(?:\s+address)?(?:\s+is)?\s*:?/gi, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s+and$/i, '');
  const name = readName(rest, found) ?? nameInAddressClause(text, found);
  return name && !NOT_A_NAME.test(name) ? name : undefined;
}

/**
 * The name in the same sentence as the address, where the message says more around them ("Naledi
 * Khumalo, naledi@example.com. But why not?", "I already gave them? Naledi Khumalo, naledi@…"): what
 * the rest of the message says is not part of the name.
 */
function nameInAddressClause(text: string, found: Extraction): string | undefined {
  const at = /\S+@\S+/.exec(text);
  if (!at) return undefined;
  const before =
    text
      .slice(0, at.index)
      .split(/[?!\n]|\.\s/)
      .pop() ?? '';
  const after = text.slice(at.index + at[0].length).split(/[?!\n]|\.\s|\.$/)[0] ?? '';
  const alone = { ...found, facts: {}, intents: [], answer: undefined, email: undefined } as Extraction;
  for (const clause of [before, after]) {
    const bare = clause
      .replace(/(?:[,;]|\band\b)?\s*(?:\bmy\s+)?\be-?mail\b(?:\s+address)?(?:\s+is)?\s*:?/gi, ' ')
      .replace(/^[\s,;:.]+|[\s,;:.]+$/g, '')
      .replace(/\s+and$/i, '');
    const name = bare ? readName(bare, alone) : undefined;
    if (name) return name;
  }
  return undefined;
}

export function readName(text: string, found: Extraction): string | undefined {
  const cleaned = text
    .trim()
    // Courtesies before it: "I am sorry. Nomsa Dube", "Thank you! Ann Smith".
    .replace(
      /^(?:(?:(?:(?:i am|i'm|so) )?sorry|apologies|hello|hi|good (?:morning|afternoon|evening|day)|thank you(?: very much)?|thanks|ok(?:ay)?|sure|great|perfect|lovely|brilliant|excellent|cool|fine|alright|all right)\b[\s,.!]*)+/i,
      '',
    )
    .replace(/^(?:my name is|i am|i'm|it's|this is|name:)\s+/i, '')
    .replace(/[.!]+$/, '')
    .trim();
  // "yes" or "no" answers a question; it is nobody's name.
  // A courtesy before it ("Great, thanks. Oliver Hughes") reads as a "yes"; what is left after it decides.
  const courteous = cleaned !== text.trim().replace(/[.!]+$/, '');
  if (found.email || (found.answer !== undefined && !courteous) || found.intents.length > 0) return undefined;
  // Asked for a name, "Chad Smith" or "Georgia Brown" is a person, not a country: a place read out of
  // a message shaped like a name (two to four capitalised words) does not make it a fact.
  const facts = Object.keys(found.facts);
  const placeInAName = facts.length === 1 && facts[0] === 'country' && /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(cleaned);
  if (facts.length > 0 && !placeInAName) return undefined;
  if (!/^[\p{L}][\p{L}' .-]{0,99}$/u.test(cleaned)) return undefined;
  // The form's rule for names, so that the chat registers nothing the form would refuse.
  const parsed = personName.safeParse(cleaned);
  return parsed.success ? parsed.data : undefined;
}
