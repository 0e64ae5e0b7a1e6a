// Why the customer wants to return it, from ordinary wording. Read in order: the first pattern
// that matches decides, so the specific ("dead when I opened it") comes before the general ("dead").
// A match the customer denies or doubts ("it didn't arrive damaged", "not sure it's faulty") is
// passed over; negation inside a pattern ("doesn't work") is the pattern's own and stands.
import type { Reason } from '../rules';
import { matches, polarityAt } from './negation';

const ARRIVAL = String.raw`(?:arriv\w*|deliver\w*|came|turned up|showed up|got here|in the post|in transit|during (?:shipping|delivery|transport)|when (?:it|they) (?:came|arrived)|out of the box|on delivery|when i (?:opened|unpacked|unboxed) (?:it|the (?:box|parcel|package)))`;
// "dead right out of the box": words that only stress when it happened.
const STRESS = String.raw`(?:(?:right|straight|fresh|literally|completely|totally|already|just) )?`;
// "ordered a red one, got a black one": two different things of the same kind.
const KIND = String.raw`(?:one|model|version|colou?r|size|type)\b`;
const THING = String.raw`(?:a |an |the )(\w+) ${KIND}`;
const other = (group: number) => `(?:a |an |the )(?!\\${group}\\b)\\w+ ${KIND}`;
const DAMAGE = String.raw`(?:crack\w*|damag\w*|broken|smashed|dent\w*|crushed|scratch\w*|shattered|bent|torn)`;

export const REASON_PATTERNS: readonly (readonly [Reason, RegExp])[] = [
  ['paid_repair', /\b(?:paid repair|repair service|pay for (?:a |the )?repair|quote for (?:a |the )?repair|(?:have|get) it repaired even if i (?:have to )?pay|out of warranty[^.]*repair)\b/i],
  ['dead_on_arrival', new RegExp(String.raw`\b(?:dead on arrival|d\.?o\.?a\.?|never (?:worked|turned on|powered (?:on|up)|switched on|booted|started)|(?:did ?n[o']t|does ?n[o']t|wouldn'?t|won'?t) (?:work|turn on|power (?:on|up)|start) (?:from|since) (?:the )?(?:start|day one|the beginning|the first day)|dead (?:when|as soon as|the moment) (?:i|we) (?:opened|unpacked|unboxed|plugged)|(?:was )?dead ${STRESS}${ARRIVAL}|(?:did ?n[o']t|does ?n[o']t|wouldn'?t) (?:work|turn on|power (?:on|up)|start|boot) ${STRESS}${ARRIVAL}|not working ${STRESS}${ARRIVAL}|out of the box,? (?:it )?(?:did ?n[o']t|does ?n[o']t|would ?n[o']t) (?:work|turn on|power (?:on|up)|start|boot))`, 'i')],
  ['damaged_on_delivery', new RegExp(String.raw`\b(?:${ARRIVAL}[^.?!]{0,40}?\b${DAMAGE}|${DAMAGE}[^.?!]{0,30}?\b${ARRIVAL}|${DAMAGE} (?:in|during) (?:transit|shipping|delivery|the post)|(?:courier|postman|driver|delivery) (?:dropped|broke|damaged)|(?:box|parcel|package) (?:was|came|arrived) (?:crushed|smashed|ripped|torn open))`, 'i')],
  ['missing_parts', /\b(?:missing (?:the |a |an |some |its )?(?:part|parts|piece|pieces|cable|cables|charger|adapter|accessor(?:y|ies)|manual|screws?|remote|power (?:cable|cord|supply)|battery|lid|stand|bracket)|(?:part|parts|piece|pieces|cable|cables|charger|adapter|accessor(?:y|ies)|manual|screws?|remote|power (?:cable|cord|supply)|battery|stand|bracket)s? (?:is |are |was |were )?(?:missing|not (?:in|included)|absent)|(?:no|without (?:a|the|any)?) ?(?:power )?(?:cable|charger|adapter|manual|remote|screws) (?:in|inside) the box|incomplete|(?:something|bits?|stuff) (?:is |was )?missing)\b/i],
  ['wrong_item', new RegExp(String.raw`\b(?:(?:ordered|bought|asked for|paid for|wanted|chose) ${THING}[^.?!]{0,40}?\b(?:got|received|(?:sent|shipped|gave|delivered)(?: me| us)?|came|arrived as) ${other(1)}|(?:got|received|(?:was|were) sent|(?:sent|shipped|gave|delivered) (?:me|us)) ${THING}[^.?!]{0,40}?\b(?:ordered|asked for|paid for|wanted|instead of) ${other(2)}|wrong (?:item|product|model|colou?r|size|version|one|thing|drive|part|type|order)|not (?:what|the (?:one|thing|item|model)) (?:i|we) (?:ordered|bought|asked for)|(?:sent|shipped|gave|delivered) (?:me|us) (?:the wrong|a different|someone else'?s)|(?:received|got) (?:the wrong|a different (?:item|product|model|one))|not as described|different from (?:the )?(?:description|listing|website|picture|photo)|instead of (?:the|what) (?:i|we) ordered)\b`, 'i')],
  ['unwanted', /\b(?:changed? (?:my|our) minds?|(?:do ?n[o']t|no longer|not) (?:want|need|like|use) (?:it|them|this|the)|(?:i|we) (?:do ?n[o']t|did ?n[o']t) (?:really )?(?:want|need|like) it|don'?t like (?:it|the)|unwanted|ordered (?:it |this |two |2 )?by (?:mistake|accident)|bought (?:it |this )?by (?:mistake|accident)|found it cheaper|(?:just )?(?:want|like) (?:a|my) refund(?! for)|(?:no longer|not) needed|(?:accidental|duplicate) (?:order|purchase)|ordered (?:two|2|twice))\b/i],
  ['defective', /\b(?:(?:stopped|stops|quit|ceased) (?:working|reading|burning|spinning|turning on|charging|ejecting)|(?<!not |n't |never |seals? (?:is |are |was |were )?)(?:faulty|defective|broken|broke down|malfunction\w*)|(?:does ?n[o']t|do ?n[o']t|won'?t|will not|can'?t|cannot|is not|isn'?t) (?:work|working|turn on|power on|read|recogni[sz]e|burn|eject|boot|spin|charge|open|close|detect)\w*|keeps? (?:crashing|failing|freezing|rebooting|restarting|clicking|ejecting)|(?:fault|defect|error code|errors?)\b|(?:has |had |just |it )died|dead(?! on arrival)|(?:not|no longer) (?:working|reading|recogni[sz]ed)|make?s? (?:a )?(?:\w+ )?(?:grinding|clicking|weird|strange|loud|buzzing|rattling) (?:noise|sound)|burn(?:s|ed|t)? (?:coasters|discs?) (?:that|which) (?:fail|don'?t)|(?:overheat|overheats|overheating))\b/i],
];

export function findReason(text: string): Reason | undefined {
  for (const [reason, pattern] of REASON_PATTERNS) {
    for (const m of matches(text, pattern)) {
      if (polarityAt(text, m.index, m.index + m[0].length, false) === 'said') return reason;
    }
  }
  return undefined;
}
