// What customers say about the item, the product and the fault, as facts. Per fact the first
// statement that gives a value wins. Most patterns find the plain words ("made to order", "used
// it", "packaging … damaged") and negation.ts decides whether the customer says them or denies
// them: a denied yes/no fact is the opposite ("not made to order" → false), a denied kind of thing
// is no fact at all ("I didn't drop it"). Patterns marked AS_IS carry their own negation ("never
// opened", "no invoice") or are only ever meant one way, and are taken as they stand.
import type { FactPath, FactValue } from '../rules';
import { matches, polarityAt } from './negation';

const AS_IS = 'as-is';
type Statement = readonly [FactPath, FactValue, RegExp] | readonly [FactPath, FactValue, RegExp, typeof AS_IS];

// "n't" has no word boundary before it ("hasn't"), so it must not sit behind a \b.
const NOT = String.raw`(?:\bnot|n't|\bnever|\bno)`;

// Nouns that make a clause about the packaging, the seal or the labels rather than the item
// itself ("the box isn't damaged", "the seal is not broken"); "in the box" does not.
const NOT_THE_ITEM = /^(?:(?!\b(?:in|inside|into|from|out of|with|without)\s)[^])*?\b(?:the |its |my |a |outer |original |shipping )*(?:box|boxes|packaging|package|carton|parcel|wrapping|seals?|shrink-?wrap|cellophane|labels?|stickers?)\b/i;
const ABOUT_THE_ITEM: ReadonlySet<FactPath> = new Set(['item.damaged']);

export const STATEMENTS: readonly Statement[] = [
  // Seals and opening
  ['item.sealsIntact', true, /\b(?:still (?:sealed|in (?:its|the) (?:shrink-?wrap|cellophane|plastic))|(?:seals?|shrink-?wrap|cellophane) (?:is |are )?(?:still )?(?:intact|unbroken|on)|factory sealed|sealed box)\b/i],
  ['item.sealsIntact', true, new RegExp(String.raw`(?:${NOT} (?:even )?(?:been )?(?:opened|unsealed|unwrapped)|\bunopened)\b`, 'i'), AS_IS],
  // "dead when I opened it" says when, not that the seal is broken: not after when/after/once.
  ['item.sealsIntact', false, /\b(?:(?:seals?|shrink-?wrap|cellophane) (?:(?:is|are|was|were)(?: not|n't)? )?(?:broken|torn|opened|removed|gone)|(?<!(?:when|after|once|as soon as|the moment|until) )(?:i|we)(?: have|'ve)? (?:opened|unsealed|unwrapped|unboxed) (?:it|the (?:box|package|packaging))|(?:broke|broken) the seals?)\b/i],
  ['item.softwareOpened', false, new RegExp(String.raw`(?:${NOT} (?:even )?(?:been )?opened|\bunopened)\b`, 'i'), AS_IS],
  ['item.softwareOpened', false, /\b(?:still sealed|factory sealed)\b/i],
  ['item.softwareOpened', true, /\b(?:(?:opened|unsealed|installed|activated|registered) (?:the )?(?:software|licen[cs]e|program|game|app)|(?:software|licen[cs]e|program|game) (?:is |was |has been )?(?:opened|installed|activated|registered))\b/i],
  // Use
  ['item.used', false, new RegExp(String.raw`(?:${NOT} (?:even )?(?:been )?used(?: it)?|\bunused|(?:\bnever|\bnot|n't) (?:even )?(?:plugged (?:it )?in|switched (?:it )?on|turned (?:it )?on|tried it|installed it))\b`, 'i'), AS_IS],
  ['item.used', false, /\b(?:still|brand) new\b/i],
  ['item.used', true, /\b(?:(?:i|we) (?:have |'ve )?used (?:it|them)|used it (?:once|twice|a few times|for)|(?:after|for) (?:a few|some|two|three|\d+) (?:days|weeks|months) of use|plugged (?:it )?in|tried it out|installed (?:it|the (?:software|program|game|app)))\b/i],
  // Damage to the item itself
  ['item.damaged', false, /(?:(?:^\s*|(?:\b(?:and|but|is|was|are|were|it's|its|been|arrived|came)|,) ?)(?:not|n't|never)(?: been)?(?: at all)? (?:damaged|broken|scratched|dented|cracked)|\bno (?:visible |physical )?(?:damage|scratch(?:es)?|dents?|marks)|\b(?:un|not )damaged (?:drive|product|item|unit))\b/i, AS_IS],
  ['item.damaged', false, /\b(?:(?:looks|is|it's) (?:perfect|pristine|flawless|like new|mint)|(?:physically |otherwise )?(?:fine|perfect|ok|okay) (?:physically|on the outside))\b/i],
  ['item.damaged', true, /\b(?:(?:drive|product|item|unit|screen|case|casing|body|it) (?:is |was |arrived |came )?(?:cracked|dented|scratched|smashed|shattered|bent|broken)|(?:cracked|dented|scratched|smashed|shattered) (?:case|casing|screen|body|front|panel|corner)|physical(?:ly)? damaged?|there (?:is|was) (?:a |some )?(?:crack|dent|scratch))\b/i],
  // Packaging
  ['item.originalPackaging', true, /\b(?:(?:in|still in|have|kept|got) (?:the |its |it's )?original (?:box|packaging|package|carton)|original (?:box|packaging) (?:is|and)|(?:still|all|everything(?: is)?(?: still)?) in (?:the|its) (?:original )?box)\b/i],
  ['item.originalPackaging', false, new RegExp(String.raw`(?:(?:\bdon't have|\bdo not have|\bno longer have) (?:the |its )?(?:original )?(?:box|packaging|carton)|${NOT} (?:in )?(?:the |its )?original (?:box|packaging)|\bwithout (?:the |its )?(?:original )?(?:box|packaging))\b`, 'i'), AS_IS],
  ['item.originalPackaging', false, /\b(?:threw|thrown|binned|lost|recycled) (?:away )?(?:the |its )?(?:original )?(?:box|packaging|carton)\b/i],
  // The word before "damaged" must be whole: "undamaged" is the opposite.
  ['item.packagingUndamaged', false, /\b(?:(?:box|packaging|package|carton)[^.?!]{0,15}?\b(?:damaged?|torn|ripped|crushed|dented|squashed|wet|battered|broken)|(?:damaged|torn|ripped|crushed|dented|battered) (?:box|packaging|package|carton)|damage (?:to|on) the (?:box|packaging|package|carton))\b/i],
  ['item.packagingUndamaged', true, /\b(?:(?:box|packaging|package|carton) (?:is |was )?(?:in )?(?:perfect|good|mint|great|pristine|fine|undamaged|intact|like new)(?: condition)?|(?:undamaged|intact|perfect) (?:box|packaging))\b/i],
  // Labels and accessories
  ['item.labelsAttached', false, /\b(?:(?:removed|peeled off|took off|lost) (?:the |all the |some )?(?:labels?|stickers?|tags?)|(?:labels?|stickers?|tags?) (?:(?:is|are|were|was)(?: not|n't)? )?(?:removed|gone|off|missing))\b/i],
  ['item.labelsAttached', true, /\b(?:(?:labels?|stickers?|tags?) (?:is |are )?(?:still )?(?:on|attached|intact|in place)|(?:still has|still have|with) (?:all )?(?:the |its )?(?:labels?|stickers?|tags?))\b/i],
  ['item.accessoriesComplete', false, /\b(?:missing (?:the |a |an |some |its )?(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?)|(?:lost|misplaced) (?:the |a |its |one of the )?(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?)|(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?) (?:is |are |was |were )?(?:missing|lost))\b/i],
  ['item.accessoriesComplete', false, /(?:\bcan't find|\bcannot find|\bdon't have) (?:the |a |its |one of the )?(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?)\b/i, AS_IS],
  ['item.accessoriesComplete', true, /\b(?:nothing (?:is )?missing)\b/i, AS_IS],
  ['item.accessoriesComplete', true, /\b(?:(?:all|every) (?:the )?(?:accessories|parts|cables|bits)(?: and \w+)? (?:are |is )?(?:there|included|present|in the box|complete)|(?:everything|all of it) (?:is )?(?:still )?(?:there|included|in the box)|(?:with|including) all (?:the )?(?:accessories|cables|parts)|complete with)\b/i],
  // Modification
  ['item.modified', false, /(?:(?:\bnot|\bnever|n't|\bhave not|\bdid not) (?:been )?(?:modified|modded|altered|tampered|flashed|upgraded|opened (?:it )?up)|\bunmodified)\b/i, AS_IS],
  ['item.modified', false, /\b(?:stock|original) firmware\b/i],
  ['item.modified', true, /\b(?:(?:i|we) (?:have |'ve )?(?:modified|modded|altered|flashed|upgraded|overclocked|customi[sz]ed) (?:it|the)|(?:custom|modified|patched|hacked) firmware|opened (?:it|the case) up)\b/i],
  // Invoice
  ['invoiceCopy', false, /(?:(?:\bdon't have|\bdo not have|\bcan't find|\bcannot find|\bno longer have|\bnever got) (?:the |my |a |an |any )?(?:invoice|receipt|proof of purchase)|(?:\bno|\bwithout (?:a|an|the)?) ?(?:invoice|receipt|proof of purchase))\b/i, AS_IS],
  ['invoiceCopy', false, /\b(?:lost|threw away|binned) (?:the |my |a |an )?(?:invoice|receipt|proof of purchase)\b/i],
  ['invoiceCopy', true, /\b(?:(?:i )?(?:have|got|kept|will (?:send|include|enclose|attach)|can (?:send|include|provide)|'ll (?:send|include)|(?:am )?(?:sending|including|attaching|enclosing)) (?:the |my |a |an )?(?:copy of (?:the |my )?)?(?:invoice|receipt|proof of purchase)|(?:invoice|receipt) (?:is )?(?:attached|included|enclosed)|with (?:the |my |a )?(?:invoice|receipt))\b/i],
  // Product. What it is stays what it is under a negated verb ("it doesn't read the disc").
  ['product.category', 'software', /\b(?:software|program(?:me)?|licen[cs]e key|app(?:lication)?|game|operating system|antivirus|office suite|download code)\b/i, AS_IS],
  ['product.category', 'hardware', /\b(?:hardware|drive|burner|writer|laptop|notebook|printer|monitor|screen|keyboard|mouse|phone|tablet|camera|router|headphones|headset|speaker|tv|television|hard disk|ssd|hdd|graphics card|motherboard|ram|memory|power supply|charger|console|webcam|scanner|projector|cable|device|gadget|computer|pc)\b/i, AS_IS],
  ['product.condition', 'unboxed_deal', /\b(?:unboxed deal|open[- ]box|ex[- ]display|box damaged deal)\b/i],
  ['product.condition', 'used', /\b(?:(?:bought|got|purchased) (?:it )?(?:used|second[- ]hand|pre[- ]owned|refurbished)|second[- ]hand|pre[- ]owned|refurbished)\b/i],
  ['product.condition', 'new', /\b(?:(?:bought|got|purchased|ordered) (?:it |a |them )?(?:brand )?new|brand new|new in box|sold (?:as )?new)\b/i],
  ['product.customOrder', true, /\b(?:custom[- ](?:built|made|order(?:ed)?|configured|configuration|build)|made to (?:order|measure)|built to (?:order|spec)|configured (?:it )?to order|bespoke|personali[sz]ed|engraved)\b/i],
  ['product.customOrder', false, /\b(?:standard (?:model|product|item|config\w*)|off the shelf|regular (?:model|stock item))\b/i],
  ['product.directWarranty', true, /\b(?:manufacturer(?:'s)? (?:direct )?warranty|direct warranty|(?:apple|samsung|dell|hp|lenovo) (?:care|warranty|support))\b/i],
  // The cause of a fault
  ['defectCause', 'misuse', /\b(?:(?:i|we|my (?:son|daughter|kid|child|dog|cat)) (?:dropped|knocked|spilled|spilt|sat on|stood on|stepped on)|fell (?:off|on|from|down)|spill(?:ed|t)? (?:water|coffee|tea|juice|wine|drink)|water damage|got wet|(?:by|my) mistake i|misused)\b/i],
  ['defectCause', 'electrical_surge', /\b(?:power (?:surge|spike|cut|outage)|lightning|electrical (?:storm|surge)|surge|load[- ]?shedding|blackout|brown[- ]?out)\b/i],
  ['defectCause', 'sea_air_corrosion', /\b(?:corro(?:sion|ded)|rust(?:ed|y)?|sea air|salt air|by the sea|coastal)\b/i],
  ['defectCause', 'wear_and_tear', /\b(?:wear and tear|worn (?:out|down)|old age|after (?:years|many years) of use|just (?:got )?old)\b/i],
  ['defectCause', 'poor_care', /(?:(?:\bnever|\bdidn't|\bdid not) (?:clean|maintain|look after)|\bnot (?:looked after|maintained))\b/i, AS_IS],
  ['defectCause', 'poor_care', /\b(?:dusty|left it in the (?:sun|car|rain))\b/i],
  ['defectCause', 'unauthorized_alteration', /\b(?:(?:i|we|someone|a friend) (?:modified|modded|flashed|altered|tinkered with|repaired|fixed) it|(?:custom|third[- ]party) firmware|unauthori[sz]ed (?:repair|alteration))\b/i],
  ['defectCause', 'not_suitable', /(?:\b(?:does ?n[o']t|do ?n[o']t) suit (?:me|us|my needs)|\bnot (?:what i need|right for me|suitable for))\b/i, AS_IS],
  ['defectCause', 'not_suitable', /\b(?:too (?:slow|small|big|loud|heavy) for (?:me|my)|(?:expected|thought) it (?:would|could))\b/i],
  ['defectCause', 'manufacturing', /\b(?:manufactur(?:ing|er) (?:fault|defect|error|problem)|factory (?:fault|defect)|(?:built|made) badly|(?:design|production) (?:fault|defect|flaw))\b/i],
  ['defectCause', 'unknown', /\b(?:(?:no idea|not sure|don't know|do not know|dunno) (?:why|what (?:caused|happened))|for no (?:apparent |obvious )?reason|(?:by|on) its own|out of nowhere|all of a sudden|without (?:any )?(?:reason|warning))\b/i, AS_IS],
  ['defectCause', 'unknown', /\b(?:just|suddenly|randomly) (?:stopped|died|quit)\b/i],
];

/** The value a statement gives in this text, if any: its first match that is said or denied. */
function read(text: string, [path, value, pattern, how]: Statement): FactValue | undefined {
  for (const m of matches(text, pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (ABOUT_THE_ITEM.has(path) && NOT_THE_ITEM.test(clauseOf(text, start, end))) continue;
    if (how === AS_IS) return value;
    const polarity = polarityAt(text, start, end, true);
    if (polarity === 'said') return value;
    if (polarity === 'denied' && typeof value === 'boolean') return !value;
  }
  return undefined;
}

function clauseOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start).split(/[.;!?,:\n]|\b(?:but|and|although|though|however|whereas|while|yet|because)\b/i).pop() ?? '';
  const after = text.slice(end).split(/[.;!?,:\n]|\b(?:but|and|although|though|however|whereas|while|yet|because)\b/i)[0] ?? '';
  return before + text.slice(start, end) + after;
}

const MONTHS = /\b(\d{1,2}|one|two|three|four|five)[- ]?(year|month)s?(?:'s?)?[- ](?:extended |supplier |manufacturer(?:'s)? |limited )?(?:warranty|guarantee)\b/i;
const SUPPLIER = /\b(?:extended|supplier(?:'s)?) (?:warranty|guarantee)\b/i;
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

const NO_SUPPLIER = /\b(?:no |without (?:an? |any )?|(?:does ?n[o']t|does not|did ?n[o']t) (?:have|come with) (?:an? |any )?)(?:extended|supplier(?:'s)?) (?:warranty|guarantee)\b/i;

export function findStatements(text: string): Partial<Record<FactPath, FactValue>> {
  const facts: Partial<Record<FactPath, FactValue>> = {};
  if (NO_SUPPLIER.test(text)) facts['product.supplierWarrantyMonths'] = 0;
  for (const statement of STATEMENTS) {
    const path = statement[0];
    if (facts[path] === undefined) {
      const value = read(text, statement);
      if (value !== undefined) facts[path] = value;
    }
  }
  const warranty = MONTHS.exec(text);
  if (warranty && facts['product.supplierWarrantyMonths'] === undefined) {
    const n = WORDS[(warranty[1] as string).toLowerCase()] ?? Number(warranty[1]);
    const months = (warranty[2] as string).toLowerCase() === 'year' ? n * 12 : n;
    facts[SUPPLIER.test(text) ? 'product.supplierWarrantyMonths' : 'product.warrantyMonths'] = months;
  }
  return facts;
}
