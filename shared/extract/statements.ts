// What customers say about the item, the product and the fault, as facts. Per fact the first
// matching statement wins, so negations ("never opened") come before what they negate ("opened").
import type { FactPath, FactValue } from '../rules';

type Statement = readonly [FactPath, FactValue, RegExp];

const NOT = String.raw`(?:not|n't|never|no)`;

export const STATEMENTS: readonly Statement[] = [
  // Seals and opening
  ['item.sealsIntact', true, /\b(?:still (?:sealed|in (?:its|the) (?:shrink-?wrap|cellophane|plastic))|(?:seals?|shrink-?wrap|cellophane) (?:is |are )?(?:still )?(?:intact|unbroken|on)|(?:never|not|n't) (?:been )?(?:opened|unsealed|unwrapped)|unopened|factory sealed|sealed box)\b/i],
  // "dead when I opened it" says when, not that the seal is broken: not after when/after/once.
  ['item.sealsIntact', false, /\b(?:(?:seals?|shrink-?wrap|cellophane) (?:is |are |was |were )?(?:broken|torn|opened|removed|gone)|(?<!(?:when|after|once|as soon as|the moment|until) )(?:i|we)(?: have|'ve)? (?:opened|unsealed|unwrapped|unboxed) (?:it|the (?:box|package|packaging))|(?:broke|broken) the seals?)\b/i],
  ['item.softwareOpened', false, /\b(?:(?:never|not|n't) (?:been )?opened|unopened|still sealed|factory sealed)\b/i],
  ['item.softwareOpened', true, /\b(?:(?:opened|unsealed|installed|activated|registered) (?:the )?(?:software|licen[cs]e|program|game|app)|(?:software|licen[cs]e|program|game) (?:is |was |has been )?(?:opened|installed|activated|registered))\b/i],
  // Use
  ['item.used', false, new RegExp(String.raw`\b(?:${NOT} (?:been )?used(?: it)?|unused|(?:still |brand )new|(?:never|not|haven't|didn't) (?:even )?(?:plugged (?:it )?in|switched (?:it )?on|turned (?:it )?on|tried it|installed it))\b`, 'i')],
  ['item.used', true, /\b(?:(?:i|we) (?:have |'ve )?used (?:it|them)|used it (?:once|twice|a few times|for)|(?:after|for) (?:a few|some|two|three|\d+) (?:days|weeks|months) of use|plugged (?:it )?in|tried it out|installed (?:it|the (?:software|program|game|app)))\b/i],
  // Damage to the item itself
  ['item.damaged', false, /\b(?:(?:is|was|it's|its) ?(?:not|n't) (?:damaged|broken|scratched|dented)|(?:and|but|,) not (?:damaged|scratched|dented)|no (?:visible |physical )?(?:damage|scratch(?:es)?|dents?|marks)|(?:un|not )damaged (?:drive|product|item|unit)|(?:looks|is|it's) (?:perfect|pristine|flawless|like new|mint)|(?:physically |otherwise )?(?:fine|perfect|ok|okay) (?:physically|on the outside))\b/i],
  ['item.damaged', true, /\b(?:(?:drive|product|item|unit|screen|case|casing|body|it) (?:is |was |arrived |came )?(?:cracked|dented|scratched|smashed|shattered|bent|broken)|(?:cracked|dented|scratched|smashed|shattered) (?:case|casing|screen|body|front|panel|corner)|physical(?:ly)? damaged?|there (?:is|was) (?:a |some )?(?:crack|dent|scratch))\b/i],
  // Packaging
  ['item.originalPackaging', true, /\b(?:(?:in|still in|have|kept|got) (?:the |its |it's )?original (?:box|packaging|package|carton)|original (?:box|packaging) (?:is|and)|(?:still|all|everything(?: is)?(?: still)?) in (?:the|its) (?:original )?box)\b/i],
  ['item.originalPackaging', false, new RegExp(String.raw`\b(?:(?:threw|thrown|binned|lost|recycled|don't have|do not have|no longer have) (?:away )?(?:the |its )?(?:original )?(?:box|packaging|carton)|${NOT} (?:in )?(?:the |its )?original (?:box|packaging)|without (?:the |its )?(?:original )?(?:box|packaging))\b`, 'i')],
  ['item.packagingUndamaged', false, /\b(?:(?:box|packaging|package|carton)[^.?!]{0,15}?(?:is |was |got |were )?(?:damaged|torn|ripped|crushed|dented|squashed|wet|battered|broken)|(?:damaged|torn|ripped|crushed|dented|battered) (?:box|packaging|package|carton))\b/i],
  ['item.packagingUndamaged', true, /\b(?:(?:box|packaging|package|carton) (?:is |was )?(?:in )?(?:perfect|good|mint|great|pristine|fine|undamaged|intact|like new)(?: condition)?|(?:undamaged|intact|perfect) (?:box|packaging))\b/i],
  // Labels and accessories
  ['item.labelsAttached', false, /\b(?:(?:removed|peeled off|took off|lost) (?:the |all the |some )?(?:labels?|stickers?|tags?)|(?:labels?|stickers?|tags?) (?:is |are |were |was )?(?:removed|gone|off|missing))\b/i],
  ['item.labelsAttached', true, /\b(?:(?:labels?|stickers?|tags?) (?:is |are )?(?:still )?(?:on|attached|intact|in place)|(?:still has|still have|with) (?:all )?(?:the |its )?(?:labels?|stickers?|tags?))\b/i],
  ['item.accessoriesComplete', false, /\b(?:missing (?:the |a |an |some |its )?(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?)|(?:lost|misplaced|can't find|cannot find|don't have) (?:the |a |its |one of the )?(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?)|(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?) (?:is |are |was |were )?(?:missing|lost))\b/i],
  ['item.accessoriesComplete', true, /\b(?:(?:all|every) (?:the )?(?:accessories|parts|cables|bits)(?: and \w+)? (?:are |is )?(?:there|included|present|in the box|complete)|(?:everything|all of it) (?:is )?(?:still )?(?:there|included|in the box)|(?:with|including) all (?:the )?(?:accessories|cables|parts)|nothing (?:is )?missing|complete with)\b/i],
  // Modification
  ['item.modified', false, /\b(?:(?:not|never|haven't|have not|didn't|did not) (?:been )?(?:modified|modded|altered|tampered|flashed|upgraded|opened (?:it )?up)|(?:unmodified|stock|original firmware))\b/i],
  ['item.modified', true, /\b(?:(?:i|we) (?:have |'ve )?(?:modified|modded|altered|flashed|upgraded|overclocked|customi[sz]ed) (?:it|the)|(?:custom|modified|patched|hacked) firmware|opened (?:it|the case) up)\b/i],
  // Invoice
  ['invoiceCopy', false, /\b(?:(?:lost|don't have|do not have|can't find|cannot find|no longer have|never got|threw away) (?:the |my |a |an )?(?:invoice|receipt|proof of purchase)|(?:no|without (?:a|an|the)?) ?(?:invoice|receipt|proof of purchase))\b/i],
  ['invoiceCopy', true, /\b(?:(?:i )?(?:have|got|kept|will (?:send|include|enclose|attach)|can (?:send|include|provide)|'ll (?:send|include)|(?:am )?(?:sending|including|attaching|enclosing)) (?:the |my |a |an )?(?:copy of (?:the |my )?)?(?:invoice|receipt|proof of purchase)|(?:invoice|receipt) (?:is )?(?:attached|included|enclosed)|with (?:the |my |a )?(?:invoice|receipt))\b/i],
  // Product
  ['product.category', 'software', /\b(?:software|program(?:me)?|licen[cs]e key|app(?:lication)?|game|operating system|antivirus|office suite|download code)\b/i],
  ['product.category', 'hardware', /\b(?:hardware|drive|burner|writer|laptop|notebook|printer|monitor|screen|keyboard|mouse|phone|tablet|camera|router|headphones|headset|speaker|tv|television|hard disk|ssd|hdd|graphics card|motherboard|ram|memory|power supply|charger|console|webcam|scanner|projector|cable|device|gadget|computer|pc)\b/i],
  ['product.condition', 'unboxed_deal', /\b(?:unboxed deal|open[- ]box|ex[- ]display|box damaged deal)\b/i],
  ['product.condition', 'used', /\b(?:(?:bought|got|purchased) (?:it )?(?:used|second[- ]hand|pre[- ]owned|refurbished)|second[- ]hand|pre[- ]owned|refurbished)\b/i],
  ['product.condition', 'new', /\b(?:(?:bought|got|purchased|ordered) (?:it |a |them )?(?:brand )?new|brand new|new in box|sold (?:as )?new)\b/i],
  ['product.customOrder', true, /\b(?:custom[- ](?:built|made|order(?:ed)?|configured|configuration|build)|made to (?:order|measure)|built to (?:order|spec)|configured (?:it )?to order|bespoke|personali[sz]ed|engraved)\b/i],
  ['product.customOrder', false, /\b(?:(?:not|wasn't|was not|isn't) (?:a )?custom(?:[- ]\w+)?|standard (?:model|product|item|config\w*)|off the shelf|regular (?:model|stock item))\b/i],
  ['product.directWarranty', true, /\b(?:manufacturer(?:'s)? (?:direct )?warranty|direct warranty|(?:apple|samsung|dell|hp|lenovo) (?:care|warranty|support))\b/i],
  // The cause of a fault
  ['defectCause', 'misuse', /\b(?:(?:i|we|my (?:son|daughter|kid|child|dog|cat)) (?:dropped|knocked|spilled|spilt|sat on|stood on|stepped on)|fell (?:off|on|from|down)|spill(?:ed|t)? (?:water|coffee|tea|juice|wine|drink)|water damage|got wet|(?:by|my) mistake i|misused)\b/i],
  ['defectCause', 'electrical_surge', /\b(?:power (?:surge|spike|cut|outage)|lightning|electrical (?:storm|surge)|surge|load[- ]?shedding|blackout|brown[- ]?out)\b/i],
  ['defectCause', 'sea_air_corrosion', /\b(?:corro(?:sion|ded)|rust(?:ed|y)?|sea air|salt air|by the sea|coastal)\b/i],
  ['defectCause', 'wear_and_tear', /\b(?:wear and tear|worn (?:out|down)|old age|after (?:years|many years) of use|just (?:got )?old)\b/i],
  ['defectCause', 'poor_care', /\b(?:(?:never|didn't|did not) (?:clean|maintain|look after)|dusty|left it in the (?:sun|car|rain)|not (?:looked after|maintained))\b/i],
  ['defectCause', 'unauthorized_alteration', /\b(?:(?:i|we|someone|a friend) (?:modified|modded|flashed|altered|tinkered with|repaired|fixed) it|(?:custom|third[- ]party) firmware|unauthori[sz]ed (?:repair|alteration))\b/i],
  ['defectCause', 'not_suitable', /\b(?:(?:does ?n[o']t|do ?n[o']t) suit (?:me|us|my needs)|not (?:what i need|right for me|suitable for)|too (?:slow|small|big|loud|heavy) for (?:me|my)|(?:expected|thought) it (?:would|could))\b/i],
  ['defectCause', 'manufacturing', /\b(?:manufactur(?:ing|er) (?:fault|defect|error|problem)|factory (?:fault|defect)|(?:built|made) badly|(?:design|production) (?:fault|defect|flaw))\b/i],
  ['defectCause', 'unknown', /\b(?:(?:no idea|not sure|don't know|do not know|dunno) (?:why|what (?:caused|happened))|for no (?:apparent |obvious )?reason|(?:just|suddenly|randomly) (?:stopped|died|quit)|(?:by|on) its own|out of nowhere|all of a sudden|without (?:any )?(?:reason|warning))\b/i],
];

const MONTHS = /\b(\d{1,2}|one|two|three|four|five)[- ]?(year|month)s?(?:'s?)?[- ](?:extended |supplier |manufacturer(?:'s)? |limited )?(?:warranty|guarantee)\b/i;
const SUPPLIER = /\b(?:extended|supplier(?:'s)?) (?:warranty|guarantee)\b/i;
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

const NO_SUPPLIER = /\b(?:no |without (?:an? |any )?|(?:does ?n[o']t|does not|did ?n[o']t) (?:have|come with) (?:an? |any )?)(?:extended|supplier(?:'s)?) (?:warranty|guarantee)\b/i;

export function findStatements(text: string): Partial<Record<FactPath, FactValue>> {
  const facts: Partial<Record<FactPath, FactValue>> = {};
  if (NO_SUPPLIER.test(text)) facts['product.supplierWarrantyMonths'] = 0;
  for (const [path, value, pattern] of STATEMENTS) {
    if (facts[path] === undefined && pattern.test(text)) facts[path] = value;
  }
  const warranty = MONTHS.exec(text);
  if (warranty && facts['product.supplierWarrantyMonths'] === undefined) {
    const n = WORDS[(warranty[1] as string).toLowerCase()] ?? Number(warranty[1]);
    const months = (warranty[2] as string).toLowerCase() === 'year' ? n * 12 : n;
    facts[SUPPLIER.test(text) ? 'product.supplierWarrantyMonths' : 'product.warrantyMonths'] = months;
  }
  return facts;
}
