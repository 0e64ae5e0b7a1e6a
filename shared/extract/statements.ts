// What customers say about the item, the product and the fault, as facts. Per fact the first
// statement that gives a value wins. Most patterns find the plain words ("made to order", "used
// it", "packaging … damaged") and negation.ts decides whether the customer says them or denies
// them: a denied yes/no fact is the opposite ("not made to order" → false), a denied kind of thing
// is no fact at all ("I didn't drop it"). Patterns marked AS_IS carry their own negation ("never
// opened", "no invoice") or are only ever meant one way, and are taken as they stand.
import type { FactPath, FactValue } from '../rules';
import { matches, polarityAt } from './negation';
import { saidNumber } from './number-words';
import { findCategory } from './products';

const AS_IS = 'as-is';
type Statement = readonly [FactPath, FactValue, RegExp] | readonly [FactPath, FactValue, RegExp, typeof AS_IS];

// "n't" has no word boundary before it ("hasn't"), so it must not sit behind a \b.
const NOT = String.raw`(?:\bnot|n't|\bnever|\bno)`;

// Nouns that make a clause about the packaging, the seal or the labels rather than the item
// itself ("the box isn't damaged", "the seal is not broken"); "in the box" does not.
const NOT_THE_ITEM =
  /^(?:(?!\b(?:in|inside|into|from|out of|with|without)\s)[^])*?\b(?:the |its |my |a |outer |original |shipping )*(?:box|boxes|packaging|package|carton|parcel|wrapping|seals?|shrink[- ]?wrap|cellophane|labels?|stickers?)\b/i;
const ABOUT_THE_ITEM: ReadonlySet<FactPath> = new Set(['item.damaged']);

// Nouns for the item itself and its parts, for physical damage ("the lid is broken").
// "Broken" is physical only for a part ("the lid is broken"); "the drive is broken" may just not work.
const PHYSICAL_PART = String.raw`(?:screen|display|case|casing|body|front|back|lid|hinge|glass|jug|bowl|handle|cover|top cover|bezel|panel|stand|base|frame|lens|door|knob|button|tray|port)`;
const PART = String.raw`(?:${PHYSICAL_PART}|drive|product|item|unit|device|appliance|monitor|laptop|phone|tablet|tv|television|speaker|printer|kettle|blender|machine|camera|keyboard|mouse|console|router|headphones|earbuds|watch)`;
const RECEIPT = String.raw`(?:invoice|receipt|proof of purchase|paperwork|till slip|sales slip|ticket de caisse|kassenbon|quittung|factuur)`;

export const STATEMENTS: readonly Statement[] = [
  // Seals and opening
  [
    'item.sealsIntact',
    true,
    /\b(?:still (?:sealed|in (?:its |the )?(?:shrink[- ]?wrap|cellophane|plastic|wrapping))|(?:seals?|shrink[- ]?wrap|cellophane) (?:is |are )?(?:still )?(?:intact|unbroken|on)|seals?\b[^.,;!?]{0,30}?\b(?:remain|remains)(?: still)? (?:intact|unbroken|unopened)|factory sealed|sealed box)\b/i,
  ],
  [
    'item.sealsIntact',
    true,
    new RegExp(
      String.raw`(?:${NOT} (?:even )?(?:been )?(?:opened|unsealed|unwrapped)(?! up)|\bunopened|(?:\bdid ?n't|\bdid not|\bhave ?n't|\bhave not|\bnever) (?:even )?(?:open|unseal|unwrap|unbox)(?:ed)? (?:it|them|the (?:box|package|packaging|seal|wrapping|plastic))|n't (?:even )?(?:unwrap|unseal|unbox)(?:ped|ed)?|n't (?:even )?(?:taken|took|take) (?:it|them) out of (?:the|its) (?:box|packaging|plastic|wrapping))\b`,
      'i',
    ),
    AS_IS,
  ],
  // "dead when I opened it" says when, not that the seal is broken: not after when/after/once.
  [
    'item.sealsIntact',
    false,
    /\b(?:(?:seals?|shrink[- ]?wrap|cellophane) (?:(?:is|are|was|were|has been|have been|had been)(?: not|n't)? )?(?:broken|torn|opened|removed|gone)|(?<!(?:when|after|once|as soon as|the moment|until) )(?:i|we)(?: have|'ve)? (?:opened|unsealed|unwrapped|unboxed) (?:it|the (?:box|package|packaging))|(?:broke|broken) the seals?|took (?:it|them) out of (?:the|its) (?:box|packaging|plastic|wrapping)|(?:box|package|packaging|seal|seals|wrapping|carton) (?:had|has) (?:clearly |obviously |already )?been (?:opened|resealed|tampered with)|taped (?:shut|up|closed) again|resealed)\b/i,
  ],
  [
    'item.softwareOpened',
    false,
    new RegExp(
      String.raw`(?:${NOT} (?:even )?(?:been )?opened(?! up)|\bunopened|(?:\bdid ?n't|\bdid not|\bhave ?n't|\bhave not|\bnever) (?:even )?(?:open|unseal|unwrap|unbox)(?:ed)? (?:it|them|the (?:box|package|packaging|seal|wrapping|plastic))|n't (?:even )?(?:unwrap|unseal|unbox)(?:ped|ed)?|n't (?:even )?(?:taken|took|take) (?:it|them) out of (?:the|its) (?:box|packaging|plastic|wrapping))\b`,
      'i',
    ),
    AS_IS,
  ],
  ['item.softwareOpened', false, /\b(?:still sealed|factory sealed|still in (?:its |the )?(?:shrink[- ]?wrap|cellophane|plastic|wrapping))\b/i],
  [
    'item.softwareOpened',
    true,
    /\b(?:(?:opened|unsealed|installed|activated|registered) (?:the )?(?:software|licen[cs]e|program|game|app)|(?:software|licen[cs]e|program|game) (?:is |was |has been )?(?:opened|installed|activated|registered))\b/i,
  ],
  // Use. "it never turned on" is the item, "I never turned it on" the customer.
  [
    'item.used',
    false,
    new RegExp(
      String.raw`(?:${NOT} (?:even )?(?:been )?used(?: it)?|\bunused|(?:\bnever|\bnot|n't) (?:even )?(?:plugged (?:it |them )?in|switched (?:it|them) on|turned (?:it|them) on|tried (?:it|them)|installed(?: (?:it|them))?|install (?:it|them)|worn (?:it|them))|(?:\bnever|\bnot|\bdid ?n't|\bdid not|\bhave ?n't) (?:even )?(?:yet )?install\b|\b(?:am|is|was|are) not use\b)\b`,
      'i',
    ),
    AS_IS,
  ],
  // A use said outright beats "brand new" (how it was sold): "brand new, I used it for a month".
  [
    'item.used',
    true,
    /\b(?:(?:i|we|he|she|they|son|daughter|husband|wife)(?: have|'ve| has| had)? (?:only |just |hardly |barely |rarely |briefly )?(?:used|worn) (?:it|them)|used (?:it|them) (?:once|twice|a few times|for|daily|every day|regularly|only)|(?:has|have|had|it's|'s) (?:only )?been used|been using (?:it|them|this|the)|using (?:it|them) (?:for|daily|every)|use (?:it|him|her|them) (?:only )?(?:one time|once|twice|two times)|(?:after|for) (?:about |approximately |around |roughly |nearly )?(?:a few|some|a couple of|\w+|\d+) (?:days|weeks|months|years) of (?:normal |daily |regular |light |heavy |careful )?use|tried (?:it|them) out|tried (?:it|them) (?:with|on|in)\b|(?:set|setting) (?:it|them) up|installed (?:it|them|the (?:software|program|game|app|antivirus))|(?:once|been|was|were) installed|put (?:the |it )?(?:antivirus|software|program)? ?on (?:my|the|his|her) (?:computer|pc|laptop|phone))\b/i,
  ],
  ['item.used', false, /\b(?:still|brand) new\b/i],
  // Damage to the item itself
  [
    'item.damaged',
    false,
    /(?:(?:^\s*|[.!?]\s*|(?:\b(?:and|but|is|was|are|were|it's|its|been|arrived|came)|,) ?)(?:not|n't|never)(?: been)?(?: at all)? (?:damaged|broken|scratched|dented|cracked)|\bno (?:visible |physical )?(?:damage|scratch(?:es)?|dents?|marks)|\b(?:un|not )damaged (?:drive|product|item|unit)|\bnot a (?:single )?(?:scratch|mark|dent))\b/i,
    AS_IS,
  ],
  [
    'item.damaged',
    false,
    /\b(?:(?:looks|is|it's) (?:perfect|pristine|flawless|like new|mint)|(?:physically |otherwise )?(?:fine|perfect|ok|okay) (?:physically|on the outside)|(?:is|was|are|were|arrived|came|looks|seems)(?: completely| totally| perfectly)? (?:undamaged|unscathed|unharmed)|(?:it's|it is) in (?:perfect|mint|pristine|excellent|flawless|as-new|new) condition)\b/i,
  ],
  [
    'item.damaged',
    true,
    new RegExp(
      String.raw`\b(?:(?:drive|product|item|unit|screen|case|casing|body|it) (?:is |was |arrived |came )?(?:cracked|dented|scratched|smashed|shattered|bent)|(?<!corner )${PART}s? (?:is |are |was |were |has |have |got |arrived |came )?(?:now )?(?:completely |totally |badly |visibly |all |clearly |been )?(?:cracked|dented|scratched|smashed|shattered|bent|chipped|snapped|warped)|(?<!corner )${PHYSICAL_PART}s? (?:is |are |was |were |has |have |got |arrived |came )?(?:now )?(?:completely |totally |badly |visibly |all |clearly |been )?broken|(?:cracked|dented|scratched|smashed|shattered|chipped|snapped|broken|bent) (?:case|casing|screen|body|front|panel|corner|lid|hinge|glass|cover|bezel|handle|jug|bowl|display|lens|door|stand|base|tray|frame|back)|physical(?:ly)? damaged?|there (?:is|was) (?:a |some )?(?:crack|dent|scratch)|(?:has|have|had|with|got|there (?:is|was|are|were)) (?:a |an |some |this |several |many |big )?(?:(?:big|small|huge|large|tiny|deep|long|visible|little|massive|nasty) )*(?:crack|dent|scratch|chip|gouge)(?:e?s)?|damage (?:to|on) (?:the |its |my )?(?:\w+ )?${PART}|(?<!un)damaged ${PART}|explod\w*|arrived in pieces|snapped (?:clean )?off|broke off)\b`,
      'i',
    ),
  ],
  // Packaging
  [
    'item.originalPackaging',
    true,
    // Not where it is denied: "I no longer have the original box", "the original box is gone" (blind run BM, in German).
    /\b(?:(?<!\b(?:no longer|don't|do not|not|never|didn't|did not|haven't|have not) )(?:in|still in|have|kept|got) (?:the |its |it's )?original (?:box|packaging|package|carton)|original (?:box|packaging) (?:is(?! (?:gone|missing|lost|thrown|in the (?:bin|rubbish|trash)|long gone|no longer))|and)|(?:still|all|everything(?: is)?(?: still)?|back) in (?:the|its) (?:original )?box|(?<!\b(?:no longer|don't|do not|not|never|didn't|did not|haven't|have not) )(?:still )?(?:have|got|kept|keep|retained?)(?: hold of)? (?:the|its|it's|my|all the) (?:original )?(?:box|packaging|carton)(?! (?:is|was|were|had|has) )|(?:have|got|kept) (?:the |my )?(?:invoice|receipt|manual|charger|accessories|cables?) and (?:the |its |my )?(?:original )?(?:box|packaging)|(?:have|got|kept) (?:everything|it all|all of it)(?: still)?,? (?:the |its )?(?:original )?(?:box|packaging))\b/i,
  ],
  [
    'item.originalPackaging',
    false,
    new RegExp(
      String.raw`(?:(?:\bdon't have|\bdo not have|\bno longer have) (?:the |its )?(?:original )?(?:box|packaging|carton)|${NOT} (?:in )?(?:the |its )?original (?:box|packaging)|\bwithout (?:the |its )?(?:original )?(?:box|packaging))\b`,
      'i',
    ),
    AS_IS,
  ],
  [
    'item.originalPackaging',
    false,
    /\b(?:(?:box|packaging|carton) (?:is|was|has been|got) (?:long )?(?:gone|missing|lost|thrown (?:away|out)|in the (?:bin|rubbish|trash))|(?:threw|thrown|tossed|chucked) (?:away|out) (?:the |its )?(?:original )?(?:box|packaging|carton)|(?:threw|thrown|tossed|chucked) (?:the |its )?(?:original )?(?:box|packaging|carton) (?:away|out|in the bin)|(?:binned|lost|recycled) (?:the |its )?(?:original )?(?:box|packaging|carton))\b/i,
  ],
  // The word before "damaged" must be whole: "undamaged" is the opposite.
  [
    'item.packagingUndamaged',
    false,
    /\b(?:(?:box|packaging|package|carton) (?:for|of) (?:the |my )?[\w-]+(?: [\w-]+)? (?:is|was|were|are|arrived|came)(?: all| completely| totally)? (?:damaged|torn|ripped|crushed|dented|squashed|wet|soaked|battered|broken)|(?:box|packaging|package|carton)[^.?!]{0,15}?\b(?:damaged?|torn|ripped|crushed|dented|squashed|wet|soaked|battered|broken)|(?:damaged|torn|ripped|crushed|dented|battered|soaked) (?:box|packaging|package|carton)|damage (?:to|on) the (?:box|packaging|package|carton)|(?:box|packaging|package|carton) (?:had|has|with) (?:a |an )?(?:big |huge |large )?(?:hole|tear|dent|rip)|broken the (?:box|packaging|package|carton))\b/i,
  ],
  [
    'item.packagingUndamaged',
    true,
    /\b(?:(?:box|packaging|package|carton) (?:is |was )?(?:in )?(?:perfect|good|mint|great|pristine|fine|undamaged|intact|like new)(?: condition| shape)?|(?:undamaged|intact|perfect) (?:box|packaging)|(?:box|packaging|package|carton) (?:looked|looks|seemed|seems) (?:fine|perfect|ok|okay|intact|undamaged))\b/i,
  ],
  // Labels and accessories
  [
    'item.labelsAttached',
    false,
    /\b(?:(?:removed|peeled off|took off|lost) (?:the |all the |some )?(?:labels?|stickers?|tags?)|(?:labels?|stickers?|tags?) (?:(?:is|are|were|was)(?: not|n't)? )?(?:removed|gone|off|missing))\b/i,
  ],
  // "The box had a sticker on it saying 2 year warranty" says what the box said, not that the labels are on.
  [
    'item.labelsAttached',
    true,
    /\b(?:(?:labels?|stickers?|tags?|protective films?) (?:is |are |remain |remains )?(?:all )?(?:still )?(?:on\b(?! (?:the|a|my|its) (?:box|parcel|package|carton|packaging)|(?: it| them)? (?:saying|that says|reading|with)\b)|attached|intact|in place)|(?:still has|still have|with) (?:all )?(?:the |its )?(?:labels?|stickers?|tags?))\b/i,
  ],
  [
    'item.accessoriesComplete',
    false,
    /\b(?:missing (?:the |a |an |some |its )?(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?)|(?:lost|misplaced) (?:the |a |its |one of the )?(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?)|(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?) (?:is |are |was |were )?(?:missing|lost))\b/i,
  ],
  [
    'item.accessoriesComplete',
    false,
    /(?:\bcan't find|\bcannot find|\bdon't have) (?:the |a |its |one of the )?(?:cable|charger|adapter|manual|remote|accessor(?:y|ies)|parts?|screws?)\b/i,
    AS_IS,
  ],
  // "everything is in the box except the manual"
  [
    'item.accessoriesComplete',
    false,
    /\b(?:(?:everything|all of it)(?: else)? (?:is |was )?(?:still )?(?:there|in the box|included|present)|all (?:the |its )?(?:accessor(?:y|ies)|parts|cables|bits(?: and (?:pieces|bobs))?|pieces|extras|attachments))\b,? (?:except|apart from|but not|other than|minus)\b/i,
    AS_IS,
  ],
  ['item.accessoriesComplete', true, /\b(?:nothing (?:is )?missing)\b/i, AS_IS],
  [
    'item.accessoriesComplete',
    true,
    /\b(?:(?:all|every) (?:the )?(?:accessor(?:y|ies)|parts|cables|bits)(?: and \w+)? (?:are |is )?(?:there|included|present|inside|in the box|complete)|(?:everything|all of it)(?: else)? (?:is )?(?:still )?(?:there|included|in the box)|(?:have|got|kept|with|including|includes?) all (?:the |its |of the )?(?:accessor(?:y|ies)|cables|parts|bits(?: and (?:pieces|bobs))?|pieces|extras|attachments)|complete with|(?:have|got|kept) (?:everything|it all|all of it)\b|(?:^\s*|\b(?:it's|it is|they're|they are) )all (?:there|present|included))\b/i,
  ],
  // Modification
  [
    'item.modified',
    false,
    /(?:(?:\bnot|\bnever|n't|\bhave not|\bdid not) (?:been )?(?:modif(?:y|ied)|mod(?:ded)?|alter(?:ed)?|tamper(?:ed)?|flash(?:ed)?|upgraded?|open(?:ed)? (?:it )?up|t(?:ake|aken|ook) (?:it )?apart|tinker(?:ed)?)|\bunmodified|\bnobody(?:'s| has) (?:touched|opened|modified|tampered with))\b/i,
    AS_IS,
  ],
  ['item.modified', false, /\b(?:stock|original) firmware\b/i],
  [
    'item.modified',
    true,
    /\b(?:(?:i|we)(?: have|'ve)? (?:modified|modded|altered|flashed|upgraded|overclocked|customi[sz]ed) (?:it|the)|(?:custom|modified|patched|hacked) firmware|opened (?:up )?the (?:case|casing)|(?:changed?|replaced?|swapped?) (?:a|the|some|its) (?:\w+ )?(?:part|antenna|chip|board|component|fan|laser|bios))\b/i,
  ],
  // Invoice
  [
    'invoiceCopy',
    false,
    new RegExp(
      String.raw`(?:(?:\bdon't have|\bdo not have|\bcan't find|\bcannot find|\bno longer have|\bnever got) (?:the |my |a |an |any )?(?:paper |printed |original |physical |proper )?${RECEIPT}|(?:\bno|\bwithout (?:a|an|the)?) ?${RECEIPT}|\b(?:no idea|not sure|don't know) where (?:the|my) ${RECEIPT} is)\b`,
      'i',
    ),
    AS_IS,
  ],
  [
    'invoiceCopy',
    false,
    new RegExp(
      String.raw`\b(?:(?:lost|threw away|binned) (?:the |my |a |an )?${RECEIPT}|${RECEIPT} (?:is|was|has been|got) (?:lost|gone|missing|thrown away|binned)|${RECEIPT}\b[^.?!]{0,90}?\b(?:i|we) (?:simply |just |really )?(?:do ?n't|do not|not|no longer|can't|cannot) (?:have|find)(?: (?:it|them)\b|(?= any ?more|\s*[.,;!]|$)))`,
      'i',
    ),
    AS_IS,
  ],
  [
    'invoiceCopy',
    true,
    new RegExp(
      String.raw`\b(?:(?:i )?(?:have|got|kept|retain|retained|keep|will (?:send|include|enclose|attach|provide|forward)|can (?:send|include|provide|supply|produce|forward|show)|able to (?:provide|send|supply|produce|show)|'ll (?:send|include|attach)|(?:am )?(?:sending|including|attaching|enclosing)|find (?:enclosed|attached)) (?:the |my |a |an )?(?:copy of (?:the |my )?)?(?:original |purchase |sales |tax )?${RECEIPT}(?! (?:number|no\b|nr\b|#|date\b))|(?:send|email|forward|attach)(?: you)? (?:a |the )?(?:copy|photo|picture|scan|pdf) of (?:the |my )?${RECEIPT}|(?:invoice|receipt) (?:is )?(?:attached|included|enclosed)|(?:the|my) (?:invoice|receipt) (?:says|shows|reads|has)\b(?=[^.?!]{0,30}\d)|with (?:the |my |a )?(?:invoice|receipt)|(?:have|got|kept) (?:everything|it all|all of it)(?: still)?,[^.?!]{0,40}?\b${RECEIPT})\b`,
      'i',
    ),
  ],
  ['product.condition', 'unboxed_deal', /\b(?:unboxed deals?|open[- ]box|ex[- ]display|box damaged deals?)\b/i],
  [
    'product.condition',
    'used',
    /\b(?:(?:bought|got|purchased) (?:it |a |an )?(?:used|second[- ]hand|pre[- ]owned|refurbished)|second[- ]hand|pre[- ]owned|refurbished)\b/i,
  ],
  ['product.condition', 'new', /\b(?:(?:bought|got|purchased|ordered|did buy) (?:it |a |them )?(?:brand )?new|brand new|new in box|sold (?:as )?new)\b/i],
  // Delivered as a code or download, not in a parcel: "a download code", "the licence key came by email".
  [
    'product.digital',
    true,
    /\b(?:download(?:able)? (?:code|version|copy|licen[cs]e|key)|digital (?:code|download|copy|licen[cs]e|key|version|edition|voucher)|(?:licen[cs]e|activation|product|redemption|serial|voucher) (?:key|code) (?:came|was sent|arrived|i got|they sent)\b[^.?!]{0,20}\b(?:e-?mail|sms|text)|e-?voucher|(?:code|key) (?:came|was sent|arrived) (?:by|in an?|via|per) e-?mail|(?:it'?s|it is|it was) (?:just |only )?(?:a|an) (?:code|key|e-?mail)(?! (?:error|message))|(?:emailed|sent) (?:me )?(?:the|a) (?:code|key)|there(?:'s| is) nothing to (?:pack|send|post|return)|e-?mail with (?:a|the) (?:code|key))\b/i,
  ],
  [
    'product.customOrder',
    true,
    /\b(?:custom[- ](?:built|made|order(?:ed)?|configured|configuration|build)|made[- ]to[- ](?:order|measure)|built[- ]to[- ](?:order|spec)|built (?:\w+ ){0,3}?to (?:my|our) (?:spec\w*|requirements|order)|configured (?:it )?to[- ]order|bespoke|personali[sz]ed|engraved|(?:pc|computer|system|custom) (?:builder|configurator)|(?:picked|chose|selected|specified) (?:all )?(?:of )?(?:the |my )?(?:own )?(?:parts|components)(?: myself)?|(?:picked|chose|selected|specified) (?:every|each) (?:single )?(?:part|component)|(?:put|pieced) (?:it )?together (?:for me|to my)|(?:workshop|technicians?) (?:built|assembled) it|(?:built|assembled|configured) (?:it |the \w+ )?(?:for me|to my (?:spec\w*|order|choice)))\b/i,
  ],
  [
    'product.customOrder',
    false,
    new RegExp(String.raw`${NOT} (?:a )?custom\b(?![- ](?:built|made|order|configured|configuration|build|firmware|rom))`, 'i'),
    AS_IS,
  ],
  [
    'product.customOrder',
    false,
    /\b(?:(?:standard|regular|normal)(?: retail| off[- ]the[- ]shelf)? (?:model|product|item|unit|version|config\w*)|off[- ]the[- ]shelf|regular (?:model|stock item))\b/i,
  ],
  [
    'product.directWarranty',
    true,
    /\b(?:manufacturer(?:'s)? direct warranty|manufacturer(?:'s)? (?:warranty )?directly|direct warranty|(?:apple|samsung|dell|hp|lenovo) (?:care|warranty|support)|(?:handles?|handled|services?|serviced|provides?|deals? with|covers?|repairs?) (?:it |the warranty |warranty service |warranty claims |warranty |them )?directly)\b/i,
  ],
  // The cause of a fault
  [
    'defectCause',
    'misuse',
    /\b(?:(?:i|we|someone|somebody|my (?:son|daughter|kid|kids|child|children|toddler|baby|dog|puppy|cat|husband|wife|partner)) (?:accidentally )?(?:dropped|knocked|spilled|spilt|sat on|stood on|stepped on|chewed|threw (?:it|them) (?:in(?:to)?|at|across|against|onto|on|down)\b)|(?:it|they) fell (?:off|on|from|down)|fell (?:on|from|down)|spill(?:ed|t)? (?:water|coffee|tea|juice|wine|drink)|water damage|got wet|(?:by|my) mistake i|misused|knocked (?:it |them )?(?:around|over|about)|got knocked(?! (?:about |around )?(?:during|in|on|by) (?:the )?(?:delivery|transit|post|shipping|courier|way))|accidental (?:impact|damage|drop|fall|knock)|accidentally (?:dropped|knocked|spilled|spilt|sat on|stood on))\b/i,
  ],
  [
    'defectCause',
    'electrical_surge',
    /\b(?:power (?:surge|spike|cut|outage|went (?:out|off))|thunder ?storm|lightning|electrical (?:storm|surge)|surge(?! protect)|load[- ]?shedding|blackout|brown[- ]?out)\b/i,
  ],
  ['defectCause', 'sea_air_corrosion', /\b(?:corro(?:sion|ded)|rust(?:ed|y)?|sea air|salt(?:y)? air|by the sea|coastal)\b/i],
  [
    'defectCause',
    'wear_and_tear',
    /\b(?:wear and tear|(?:normal|general|ordinary) wear|worn (?:out|down)|old age|after (?:years|many years) of use|just (?:got )?old)\b/i,
  ],
  [
    'defectCause',
    'poor_care',
    /(?:(?:\bnever|\bdidn't|\bdid not) (?:(?:clean|maintain|descale)(?:ed|d)?|look(?:ed)? after)|\bnot (?:looked after|maintained|descaled))\b/i,
    AS_IS,
  ],
  [
    'defectCause',
    'poor_care',
    /\b(?:dusty|left it in the (?:sun|car|rain)|(?:failure|failed|forgot|forgetting|neglected) to (?:descale|clean|maintain|service))\b/i,
  ],
  [
    'defectCause',
    'unauthorized_alteration',
    /\b(?:(?:i|we|someone|a friend) (?:modified|modded|flashed|altered|tinkered with|repaired|fixed) it|(?:custom|third[- ]party) firmware|unauthori[sz]ed (?:repair|alteration))\b/i,
  ],
  [
    'defectCause',
    'not_suitable',
    /(?:\b(?:does ?n[o']t|do ?n[o']t) suit (?:me|us|my needs)|\bnot (?:what i need|right for me|suitable for)|\b(?:does ?n't|do ?n't|does not|do not) fit (?:my|our|in|into|on|the)\b)\b/i,
    AS_IS,
  ],
  ['defectCause', 'not_suitable', /\b(?:too (?:slow|small|big|loud|heavy) for (?:me|my)|(?:expected|thought) it (?:would|could))\b/i],
  [
    'defectCause',
    'manufacturing',
    /\b(?:manufactur(?:ing|er) (?:fault|defect|error|problem)|factory (?:fault|defect)|from the factory|(?:built|made) badly|(?:design|production) (?:fault|defect|flaw))\b/i,
  ],
  [
    'defectCause',
    'unknown',
    /\b(?:(?:no idea|not sure|don't know|do not know|dunno) (?:why|what (?:caused|happened))|for no (?:apparent |obvious )?reason|(?:by|on) its own|out of nowhere|all of a sudden|without (?:any )?(?:reason|warning))\b/i,
    AS_IS,
  ],
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

const CLAUSE = /[.;!?,:\n]|\b(?:but|and|although|though|however|whereas|while|yet|because|since|when|until|after)\b/i;

function clauseOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start).split(CLAUSE).pop() ?? '';
  const after = text.slice(end).split(CLAUSE)[0] ?? '';
  return before + text.slice(start, end) + after;
}

// Warranty lengths: "a 24-month warranty", "12-month HP warranty", "warranty of twelve months",
// "the standard 12 months from Acer". Each says whose it is: extended/supplier/additional/the
// shop's (PLC's) is the supplier's, anything else the manufacturer's.
const NUM = String.raw`(\d{1,3}|one|two|three|four|five|six|nine|twelve|eighteen|twenty[- ]four|thirty[- ]six)`;
const WARRANTY_LENGTHS = [
  new RegExp(String.raw`\b${NUM}[- ]?(year|month)s?(?:'s?)?[- ](?:[\w'-]+ ){0,2}?(?:warranty|guarantee)\b`, 'gi'),
  new RegExp(String.raw`\b(?:warranty|guarantee) (?:of|is|was|lasts|runs for|for) ${NUM} (year|month)s?\b`, 'gi'),
  new RegExp(String.raw`\b${NUM}[- ](year|month)s? (?:from|by|with) (?:the manufacturer|[A-Z][a-z]+)\b`, 'g'),
  // "I think it came with one year"
  new RegExp(String.raw`\b(?:came|comes|come) with (?:a |an )?${NUM}[- ]?(year|month)s?\b`, 'gi'),
];
const SUPPLIER = /\b(?:extended|supplier(?:'s)?|additional|extra|plc)\b/i;
const NO_SUPPLIER =
  /\b(?:no |without (?:an? |any )?|(?:does ?n[o']t|does not|did ?n[o']t) (?:have|come with) (?:an? |any )?)(?:extended|supplier(?:'s)?) (?:warranty|guarantee)\b/i;

// Software that has been installed has been opened and used.
const INSTALLED: Statement = [
  'item.softwareOpened',
  true,
  /\b(?:(?:i|we|he|she|they|son|daughter|husband|wife|son-in-law|someone)(?: have|'ve| has| had)? (?:already )?(?:installed|reinstalled|activated)|installed (?:it|them)|(?:once|been|was|were) installed|installed (?:it )?already|put (?:the )?(?:antivirus|software|program|it) on (?:my|the|his|her) (?:computer|pc|laptop|phone))\b/i,
];

/** The customer says they (or someone for them) installed it. */
export function installed(text: string): boolean {
  return read(text, INSTALLED) === true;
}

function warranties(text: string, facts: Partial<Record<FactPath, FactValue>>): void {
  if (!/\b(?:warrant|guarant)/i.test(text)) return;
  for (const pattern of WARRANTY_LENGTHS) {
    for (const m of text.matchAll(pattern)) {
      const n = saidNumber(m[1] as string) as number;
      const months = (m[2] as string).toLowerCase() === 'year' ? n * 12 : n;
      const whose = SUPPLIER.test(text.slice(Math.max(0, m.index - 25), m.index) + m[0]) ? 'product.supplierWarrantyMonths' : 'product.warrantyMonths';
      if (facts[whose] === undefined && Number.isInteger(months)) facts[whose] = months;
    }
  }
}

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
  const category = findCategory(text);
  if (category) facts['product.category'] = category;
  if (category === 'software') {
    // Sealed software is unopened software; installed software is opened and used.
    if (facts['item.sealsIntact'] === true) facts['item.softwareOpened'] ??= false;
    if (installed(text)) {
      facts['item.softwareOpened'] ??= true;
      facts['item.used'] ??= true;
    }
  }
  warranties(text, facts);
  return facts;
}
