// The remedy a customer asks for in their own words ("I don't want a refund, I just want the black one
// I ordered", "I'd like my money back"), kept on the case with what they said about the item: shown to
// them and to staff, and preselected when the policy leaves the choice to them. What a statement
// refuses ("not a refund") is not what it asks for.
import type { Remedy } from '../rules';
import { choiceStatement } from './question-kinds';

/**
 * "not a refund", "I don't want another one", "rather than a credit", "a replacement than my money back"
 * (blind run BM), "a new one over a repair": what is refused, blanked before reading.
 */
const REFUSED =
  /\b(?:not|no|never|rather than|than|over|instead of|(?:do ?n[o']t|do not|does ?n't|would ?n't) (?:want|need|like)(?: to get)?)\s+(?:(?:a|an|the|my|another|any)\s+)?(?:refund|money back|credit|replacement|repair|new one|another one|one)\b/gi;

const WISHES: readonly (readonly [RegExp, Remedy])[] = [
  [/\b(?:refund|money back|my money)\b/i, 'refund'],
  [/\b(?:credit|voucher)\b/i, 'credit'],
  [/\b(?:repair\w*|fixed|fix it)\b/i, 'repair'],
  [
    /\b(?:the (?:right|correct) (?:one|\w+)|the \w+ one (?:that )?(?:i|we) (?:ordered|paid for|asked for)|the one (?:that )?(?:i|we) (?:ordered|paid for|asked for)|the (?:black|white|silver|grey|gray|blue|red|green|pink|gold|navy|\w+) one)\b/i,
    'correct_product',
  ],
  [/\b(?:replacement|new one|another one|a new \w+|exchange|swap)\b/i, 'replace'],
];

/** The remedy the message asks for in a statement, or undefined. */
export function wishIn(text: string): Remedy | undefined {
  const sentence = choiceStatement(text);
  if (!sentence) return undefined;
  const asked = sentence.replace(REFUSED, ' ');
  return WISHES.find(([pattern]) => pattern.test(asked))?.[1];
}
