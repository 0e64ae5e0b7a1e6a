// Why the customer wants to return it, from ordinary wording. Patterns are read in order and the
// specific ("dead when I opened it") comes before the general ("dead"). A match the customer
// denies or doubts ("it didn't arrive damaged", "not sure it's faulty") is passed over; negation
// inside a pattern ("doesn't work") is the pattern's own and stands.
//
// A message can name more than one reason. Some explain each other and the stronger one stands:
// a paid repair is asked for whatever the fault; dead on arrival and damaged in delivery say more
// than "it doesn't work"; having bought the wrong thing by mistake says why "it won't work" and
// why it is "the wrong one".
// Two reasons that are different complaints ("the charger is missing and the hinge arrived
// cracked") are not one reason: then none is read, and the conversation asks.
import type { FactPath, FactValue, Reason } from '../rules';
import { matches, polarityAt } from './negation';

const ARRIVAL = String.raw`(?:arriv\w*|deliver\w*|received|came|turned up|showed up|got here|got to (?:me|us)|in the post|in transit|on the way|during (?:shipping|delivery|transport|transit)|when (?:it|they) (?:came|come|arrived|arrive|was delivered|got here)|out of the box|(?:on|upon) (?:delivery|arrival)|courier|postman|delivery (?:guy|man|driver)|when (?:i|we|she|he|they) (?:\w+ ){0,3}?(?:opened|open|unpacked|unpack|unboxed|unbox|got) (?:it|them|the (?:box|parcel|package))(?: up)?|when (?:i|we|she|he|they) (?:took|take|lifted|pulled) (?:it|them|the [\w-]+) out|(?:i|we) (?:only |finally |just )?(?:opened|unpacked|unboxed) (?:it|them|the (?:box|parcel|package))|(?:like (?:that|this)|already \w+) (?:in|inside) the (?:box|parcel|package))`;
// "dead right out of the box": words that only stress when it happened.
const STRESS = String.raw`(?:(?:right|straight|fresh|literally|completely|totally|already|just) )?`;
// "ordered a red one, got a black one": two different things of the same kind.
const KIND = String.raw`(?:one|model|version|colou?r|size|type|edition|layout|variant|capacity)\b`;
const THING = String.raw`(?:a |an |the )(\w+) ${KIND}`;
const COLOUR = String.raw`(?:black|white|silver|grey|gray|red|blue|green|pink|gold|rose gold|purple|yellow|orange|brown|beige|cream|navy|teal)`;
const other = (group: number) => `(?:a |an |the )(?!\\${group}\\b)\\w+ ${KIND}`;
const DAMAGE = String.raw`(?:soaked|soaking(?: wet)?|drenched|water-?logged|crack\w*|damag\w*|broken|smashed|dent\w*|crushed|scratch\w*|shattered|bent|torn|in pieces|in bits|destroyed|wrecked|mangled|snapped|chipped|a (?:big |huge |large )?hole)`;
// Where a thing stops working: what it no longer does, as "won't <base>", "is not <-ing>",
// "no longer <-s>".
const DOES = String.raw`(?:work|turn on|switch on|power (?:on|up)|start|boot|load|read|recogni[sz]e|detect|burn|write|eject|open|close|spin|charge|hold (?:a |its |the )?charge|heat|cool|print|scan|connect|pair|sync|focus|play|respond|register|pop up|light up|come on|stay on|function|install|activate)\b(?! (?:it|them|the (?:box|package|packaging|parcel|seal|wrapping|software|program|app))\b)`;
const DOING = String.raw`(?:working|turning on|switching on|powering (?:on|up)|starting|booting|loading|reading|recogni[sz]ing|detecting|burning|writing|ejecting|opening|closing|spinning|charging|holding (?:a |its |the )?charge|heating|cooling|printing|scanning|connecting|pairing|syncing|focusing|playing|responding|registering|popping up|lighting up|coming on|staying on|functioning|installing|activating)\b`;
const DOES_S = String.raw`(?:works|turns on|switches on|powers (?:on|up)|starts|boots|loads|reads|recogni[sz]es|detects|burns|writes|ejects|opens|closes|spins|charges|holds (?:a |its |the )?charge|retains (?:a |its |the )?charge|heats|cools|prints|scans|connects|pairs|syncs|focuses|plays|responds|registers|pops up|lights up|comes on|stays on|functions|installs|activates)\b`;
const NOT_DOING = String.raw`(?<!\b(?:i|we|you|he|she) )(?:(?:does ?n't|does not|do ?n't|do not|did ?n't|did not|won't|will not|would ?n't|would not|can't|cannot|can not|could ?n't|could not) (?:really |even |properly |at all |always |ever )?${DOES}|(?:is ?n't|is not|are ?n't|are not|was ?n't|was not|not|no longer) (?:really |even |properly |at all |anymore |always )?${DOING}|no longer (?:properly )?${DOES_S}|(?:not|no longer) (?:recogni[sz]ed|detected))`;
// From the very first moment: what makes a fault dead on arrival.
const START = String.raw`(?:day (?:one|1)|the (?:very )?(?:start|outset|beginning|get-?go|first (?:day|moment|minute|second|use|time|try))|the moment (?:i|we|it)\b|(?:first|1st) use)`;
const FAULTY = String.raw`(?:dead|defective|faulty|broken|inoperative|not function\w*|not working|did ?n't work|does ?n't work|would ?n't work|never worked|bricked)`;
// Someone's fault is not a fault in the product.
const FAULT_WORD = String.raw`(?<!(?:my|our|your|his|her|their|'s|s'|nobody's|no one's|own) )(?:fault|defect)(?! cause)`;
// A paid repair: paying, and a repair, in one breath ("Can I pay to have it fixed?", "needs
// fixing and I'm happy to pay"). Paying for the postage is not paying for the repair.
const NOT_THE_REPAIR = String.raw`(?! (?:for )?(?:the )?(?:shipping|postage|delivery|courier|return|transport|it already))`;
const PAY = String.raw`(?:\b(?:i|we)(?:'ll|'d| will| would| can| could| am happy to| am willing to| don't mind| do not mind| have to)? pay\b${NOT_THE_REPAIR}|(?:happy|willing|prepared|glad|ready|like|want|able|fine|ok|okay) to pay\b${NOT_THE_REPAIR}|\bpay (?:to|for)\b${NOT_THE_REPAIR}|if (?:i|we) (?:have to |must |need to )?pay\b|at my (?:own )?(?:cost|expense)|chargeable)`;
const REPAIR = String.raw`(?:repair\w*|fix\w*|mend\w*|servic\w*|replac\w*)`;
// What can be missing from the box.
const PART = String.raw`(?:parts?|pieces?|cables?|cords?|leads?|chargers?|adapters?|adaptors?|accessor(?:y|ies)|manuals?|instructions|screws?|remote control|batter(?:y|ies)|lids?|stands?|brackets?|hoses?|receivers?|dongles?|discs?|cartridges?|units?|attachments?|trays?|brush(?:es)?|nozzles?|filters?|straps?|covers?|plugs?|power supply|psu|earbuds?|mounts?|jugs?|bowls?|blades?|(?:charging |carry(?:ing)? )?cases?|pouch(?:es)?)\b`;

export const REASON_PATTERNS: readonly (readonly [Reason, RegExp])[] = [
  [
    'paid_repair',
    new RegExp(
      String.raw`\b(?:paid repair|repair service|chargeable (?:repair|service)|(?:quote|quotation|estimate) (?:for|to) (?:a |the )?(?:\w+ )?repair|(?:have|get) it repaired even if i (?:have to )?pay|out of warranty[^.]*repair|${PAY}[^.?!]{0,40}?\b${REPAIR}|${REPAIR}[^.?!]{0,40}?${PAY}|${REPAIR}[^.?!]{0,30}[.?!]\s+[^.?!]{0,15}?${PAY})`,
      'i',
    ),
  ],
  [
    'dead_on_arrival',
    new RegExp(
      String.raw`\b(?:(?:the )?(?:very )?first time\b(?:(?!\b(?:fine|worked|ok|okay|good|great|perfect)\b)[^.?!]){0,40}?\b(?:dead|did ?n[o']t (?:work|turn on|power on|start)|does ?n[o']t (?:work|turn on|power on|start)|(?:no|not even a) (?:light|power))|dead on arrival|d\.?o\.?a\.?|never (?:it |once |even |ever )?(?:has |had )?(?:worked|heated|charged|printed|burn(?:ed|t)|played|booted|started|connected|paired|lit up|came on|turned on|powered (?:on|up)|switched on|functioned|loaded|spun)|(?:(?:has|have|had) ?n[o']t|has not|have not) (?:worked|turned on|powered (?:on|up)|started|functioned)(?: (?:at all|once|properly))?,? (?:from|since) (?:the )?(?:start|first day|first moment|day one|day 1|beginning|moment (?:i|we) (?:got|plugged|connected|unpacked) it|first use)\b|(?:did ?n[o']t|does ?n[o']t|wouldn'?t|won'?t) (?:work|turn on|power (?:on|up)|start) (?:from|since) (?:the )?(?:start|day one|the beginning|the first day)|${FAULTY} (?:right |straight |ever )?(?:from|since) ${START}|(?:has|have|had|is|was|does|did)n't (?:\w+ )?since the (?:moment|minute|day|first time) (?:i|we)\b|(?:won't|will not|doesn't|does not|didn't|did not|can't|cannot) (?:work|turn on|power (?:on|up)|start|boot|switch on|charge|read|connect) (?:ever )?since (?:i|we) (?:got|received|bought|unpacked|opened|unboxed) (?:it|them)\b|(?:ever )?since (?:i|we) (?:first )?(?:unpacked|unboxed|took (?:it|them) out of the box|plugged (?:it|them) in|installed) (?:it|them)?\b,?[^.?!]{0,40}?\b(?:does ?n[o']t|does not|won'?t|will not|did ?n[o']t|can'?t|cannot|never)\b|(?:ever )?since unpacking\b,?[^.?!]{0,40}?\b(?:does ?n[o']t|does not|won'?t|will not|did ?n[o']t|can'?t|cannot|never)\b|when (?:i|we) (?:first )?(?:unpacked|unboxed|installed|plugged (?:it|them) in) (?:it|them)?\b[^.?!]{0,50}?\b(?:does ?n[o']t|does not|did ?n[o']t|did not|won'?t|wouldn'?t|would not) (?:work|open|close|turn on|power|start|boot|read|spin|charge|connect|eject|load|play|print|respond|switch on|light up)\b|(?:does|did) (?:absolutely )?nothing(?: at all)?,? (?:right )?(?:from|since) (?:the )?(?:first day|day one|the start|the beginning|the first moment)|dead (?:when|as soon as|the moment) (?:i|we) (?:opened|unpacked|unboxed|plugged)|(?:was )?dead ${STRESS}${ARRIVAL}|(?:did ?n[o']t|does ?n[o']t|wouldn'?t|failed to) (?:work|turn on|power (?:on|up)|start|boot|switch on) ${STRESS}${ARRIVAL}|not working ${STRESS}${ARRIVAL}|out of the box,? (?:it )?(?:did ?n[o']t|does ?n[o']t|would ?n[o']t) (?:work|turn on|power (?:on|up)|start|boot))`,
      'i',
    ),
  ],
  [
    'damaged_on_delivery',
    new RegExp(
      String.raw`\b(?:${ARRIVAL}[^.?!]{0,60}?\b${DAMAGE}|${DAMAGE}[^.?!]{0,60}?\b${ARRIVAL}|${DAMAGE} (?:in|during) (?:transit|shipping|delivery|the post)|(?:courier|postman|driver|delivery) (?:dropped(?! (?:it|them|the \w+|\w+) off)|broke|damaged)|(?:box|parcel|package) (?:was|came|arrived) (?:crushed|smashed|ripped|torn open)|${DAMAGE}[^?!]{0,80}?\b(?:the |its |outer )?(?:box|parcel|package|packaging) (?:had|has|was|got|with) (?:a |some )?(?:big |huge |large |massive )?(?:dent|dented|crushed|squashed|smashed|hole|torn))`,
      'i',
    ),
  ],
  [
    'missing_parts',
    new RegExp(
      String.raw`\b(?:(?:there'?s |there is |there was )?(?:a|one|the other|the second|one of the) [\w-]+? (?:is |was |are |were )?missing\b|only (?:one|1|two|2|three|3|half) (?:[\w-]+ )?(?:was|were|came|is|are) (?:in|inside)\b|only (?:one|1|two|2) (?:[\w-]+ )?(?:in (?:the|it)|inside)\b|missing (?:the |a |an |some |its )?(?:part|parts|piece|pieces|cable|cables|charger|adapter|accessor(?:y|ies)|manual|screws?|remote|power (?:cable|cord|supply)|battery|lid|stand|bracket)|(?:the|a|one) missing (?:[\w-]+ )?${PART}|(?:part|parts|piece|pieces|cable|cables|charger|adapter|accessor(?:y|ies)|manual|screws?|remote|power (?:cable|cord|supply)|battery|stand|bracket)s? (?:is |are |was |were )?(?:missing|not (?:in|included)|absent)|(?:no|without (?:a|the|any)?) ?(?:power )?(?:cable|charger|adapter|manual|remote|screws) (?:in|inside) the box|(?:there (?:was|were|is|are) )?no (?:[\w-]+ )?(?:(?:bag|packet|pack|set|box|bundle) of )?${PART} (?:was |were )?(?:included|in the box|inside|supplied)|${PART} (?:is |are |was |were )(?:missing|absent)|incomplete|(?:something|bits?|stuff) (?:is |was )?missing|(?:came|arrived|received|delivered|shipped|come|arrive|arrives|comes)\b(?: [\w/-]+){0,4}? (?:without|with no|minus|lacking) (?:the |its |a |an |any |his |her )?(?:[\w-]+ ){0,2}?${PART}|(?:did ?n't|did not|does ?n't|does not) (?:come|arrive) with (?:the |its |a |an |any )?(?:[\w-]+ ){0,2}?${PART}|(?:lack|lacks|lacked|lacking) (?:the |its |a |an |any )?(?:[\w-]+ ){0,2}?${PART}|${PART}\b[^.?!]{0,40}?\b(?:is|are|was|were) ?(?:not|n't) (?:there|inside|included|in the box)|(?:bag|packet|pack|set|box|bundle) of ${PART}\b[^.?!]{0,40}?\b(?:is|are|was|were) (?:missing|absent|not (?:there|inside|included|in the box))|(?:supposed|meant) to (?:come|be) (?:with|in)\b[^.?!]{0,30}?\b(?:is|are|was|were) ?(?:not|n't) (?:there|inside|included|in the box|in it))`,
      'i',
    ),
  ],
  // Bought the wrong thing by mistake: the customer's own mistake, so unwanted, not a wrong item.
  [
    'unwanted',
    /\b(?:(?:i|we) (?:\w+ )?(?:ordered|bought|buy|order|chose|picked|selected|purchased|clicked(?: on)?) (?:the |a )?wrong\b|(?:realised|realized|turns out|found out|noticed|saw)(?: that)? (?:i|we) (?:actually |really )?(?:need|needed|want|wanted) (?:the|a|an) [\w-]+ (?:version|model|edition|size|variant)\b|(?:you|they) (?:guys )?(?:sent|delivered|gave) (?:me |us )?(?:exactly )?what (?:i|we) (?:ordered|asked for)\b|(?:ordered|bought|purchased|picked|chose|selected|clicked)\b[^.?!]{0,40}?\b(?:by (?:mistake|accident)|in error|accidentally)|(?:accidentally|mistakenly) (?:ordered|bought|purchased|picked|chose|selected|clicked)|(?:made|make) a mistake (?:with|in|on|when) (?:my|the|our) order)/i,
  ],
  [
    'wrong_item',
    new RegExp(
      String.raw`\b(?:(?:ordered|bought|asked for|paid for|wanted|chose) ${THING}[^.?!]{0,40}?\b(?:got|received|(?:sent|shipped|gave|delivered)(?: me| us)?|came|arrived as) ${other(1)}|(?:got|received|(?:was|were) sent|(?:sent|shipped|gave|delivered) (?:me|us)) ${THING}[^.?!]{0,40}?\b(?:ordered|asked for|paid for|wanted|instead of) ${other(2)}|(?:ordered|bought|asked for|paid for|chose) (?:a|an|the) (\w[\w-]*)(?![\w-])[^.?!]{0,40}?\b(?:got|received|(?:was|were) sent|(?:sent|shipped|gave|delivered)(?: me| us)?|what (?:arrived|came|turned up)[^.?!]{0,20}? (?:was|is)) (?:a|an|the) (?!\3\b)\S+(?: \S+)? ${KIND}|wrong (?:item|product|model|colou?r|size|version|one|thing|drive|part|type|order)|(?:sent|shipped|delivered|gave|given|handed|sold)(?: (?:me|us))\b[^.?!]{0,40}?\binstead\b(?! of)|(?:i|we) (?:was|were) (?:given|sent|handed|sold)\b[^.?!]{0,40}?\binstead\b(?! of)|(?:my|the|our) order\b[^.?!]{0,20}?\b(?:was|were) (?:supposed|meant) to (?:be|contain|include)\b|(?:a|the) wrong (?!way|address|time|number|email|person|place|department|day|date|password|account|card|button|questions?)\w+|(?:\bnot|(?:is|was|are|were|it's|that's)n't) (?:what|the (?:one|thing|item|model|colou?r|size|version|product|type|edition)) (?:i|we) (?:had )?(?:ordered|bought|asked for|paid for|chose|wanted)|(?:ordered|asked for|wanted|chose|paid for) (?:the |a |an )?(${COLOUR})\b[^.?!]{0,70}?\b(?:got|received|sent|came|arrived|is|was|it's|there (?:was|were|is|are))\b[^.?!]{0,25}?\b(?!\4\b)${COLOUR}\b(?! (?:box|boxes|marks?|scratch\w*|spots?|lines?|dots?|stains?|streaks?|residue|powder|smoke|lights?|screen|text|label))|(?:got|received|sent (?:me|us)|delivered|came in|arrived in|it's|is) (?:a |an |the )?(${COLOUR})\b[^.?!]{0,40}?\b(?:ordered|asked for|wanted|chose|paid for) (?:the |a |an )?(?!\5\b)${COLOUR}|(?:got|received|sent (?:me|us)?|delivered|shipped|came with|is|it's|was)\b[^.?!]{0,40}?\binstead of\b(?! (?:a |the )?(?:refund|replacement|repair|voucher|credit))|(?:ordered|bought|asked for|paid for|chose) [^.?!]{1,60}?\bbut (?:you |they |the shop |plc )?(?:(?:sent|delivered|shipped|gave)(?: me| us)? (?:a|an|the)\b|what (?:arrived|came|turned up|was delivered)\b(?! (?:was|is|were|are) (?:(?:all|badly|completely|totally|already) )?(?:${DAMAGE}|dead|faulty|defective|not|missing|empty|wet|open(?:ed)?|fine|late)\b))|(?:sent|delivered|arrived|got|received|is)\b[^.?!]{0,50}?, not (?:the|a|an) [\w-]+(?: [\w-]+)?(?: (?:i|we) (?:ordered|asked for|wanted|paid for))?(?=[.!?]|$)|(?:description|listing|website|advert|ad|page|site|box|spec\w*) (?:said|says|stated|states|claimed|claims)\b[^.?!]{0,60}?\bbut (?:it|this|mine|the \w+) (?:does ?n't|does not|is ?n't|is not|has ?n't|has not|did ?n't|did not|was ?n't|was not)\b|(?:sent|shipped|gave|delivered) (?:me|us) (?:the wrong|a different|someone else'?s)|(?:received|got) (?:the wrong|a different (?:item|product|model|one))|not as described|different from (?:the )?(?:description|listing|website|picture|photo)|instead of [^.?!]{0,40}?\b(?:i|we) (?:had )?(?:ordered|asked for|wanted|paid for|chose|selected)|turned out to be\b[^.?!]{0,40}?\binstead\b|(?:although|though|but|while|whereas|yet) (?:i|we) (?:had |have )?(?:clearly |specifically |explicitly )?(?:ordered|asked for|chose|selected|requested)|(?:sent|shipped|delivered|gave) (?:me|us) [^.?!]{0,40}?\bfor (?:a|an|my|the|our) [^.?!]{0,25}?\border\b|(?:got|received|sent (?:me|us)?|delivered|shipped|is|was|it's|arrived|came|turned up)\b[^.?!]{0,40}?\b(?:completely |totally |entirely )?different (?:appliance|product|item|model|brand|colou?r|one|device|thing|version|size|type|edition|make|manufacturer)|(?:completely|totally|entirely) different (?:appliance|product|item|thing|device)|(?:spelled|spelt|printed|engraved|written) (?:wrong|wrongly|incorrectly)|misspel\w*|used by (?:somebody|someone)|(?:someone|somebody) else's|(?:obviously|clearly) (?:used|second[- ]hand|refurbished)|(?:ordered|bought|asked for|wanted|chose)\b[^.?!]{0,70}?\bsize (?<size>\w+)\b[^?!]{0,80}?\b(?:sent|got|received|came|delivered|arrived|are|is|were|was)\b[^.?!]{0,40}?\bsize (?!\k<size>\b)\w+)\b`,
      'i',
    ),
  ],
  [
    'unwanted',
    /\b(?:(?:do ?n[o']t|does ?n[o']t|do not|does not|just do ?n[o']t) suit (?:me|us)\b|(?:the )?fit (?:is |was )?(?:(?:just|all|really|totally) )?(?:wrong|not right|uncomfortable)|hurts? my (?:ears|feet|head|neck|back|hands?)|(?:nothing|there'?s nothing|there is nothing) wrong with (?:it|them|the \w+)[^.?!]{0,40}?\b(?:just|only|but)\b|(?:(?:it'?s|its|it is|they'?re|they are|is|was|are|were|far|way|much) too (?:small|big|large|tight|short|long|narrow|wide|heavy|loud|noisy|quiet|bright|dim|slow|complicated|fiddly|bulky)\b|(?:my \w+|it|they) (?:does ?n[o']t|do ?n[o']t|won'?t|will not|can'?t) fit\b|changed? (?:my|our) minds?|(?:not|no longer) interested(?! in)|(?:do ?n[o']t|does ?n[o']t|did ?n[o']t|no longer|not) (?:want|need|like) (?:it|them|this|the)|(?:do ?n[o']t|do not|no longer) use (?:it|them|this|the)|(?:i|we|they)\b[^.?!,;]{0,12}?(?:do ?n't|do not|did ?n't|did not|not|no longer) (?:really |actually |even |particularly )?(?:want|need|like|love)(?:ed)?\b(?! (?:to keep (?:it|them|this)(?: [\w-]+)? (?:broken|damaged|cracked|scratched|dented|like (?:this|that)|in (?:this|that) state)|(?:it|them) (?:broken|damaged|cracked|scratched|dented|like (?:this|that))|to (?:pay|wait|send|deal|be|lose|go|make|bother|waste)|an? (?:broken|damaged|faulty|cracked|defective|scratched|dented)\b|(?:a|an|any) (?:fire|accident|trouble|problems?|hassle|fuss|risk|danger|shock|burns?|injury|mess)\b|a refund|a replacement|a repair|the (?:refund|replacement|repair)|another\b|(?:a|the) (?:new|different|second|replacement|fixed|repaired) (?:one|\w+)\b|one back\b|\w+ing\b|you|anyone|him|her|it (?:repaired|fixed|replaced|back)))|(?:i|we) (?:do ?n[o']t|did ?n[o']t) (?:really )?(?:want|need|like) it|don'?t like (?:it|the)|unwanted|ordered (?:it |this |two |2 )?by (?:mistake|accident)|bought (?:it |this )?by (?:mistake|accident)|found it cheaper|(?:just )?(?:want|like) (?:a|my) refund(?! for)|(?:no longer|not) needed|(?:accidental|duplicate) (?:order|purchase)|ordered (?:two|2) (?:of them|by mistake|instead of one)|ordered (?:it |this )?twice|(?:already|now) (?:have|had|got|own|owned) (?:one|it|a|an|the same|two)\b|prefer (?:my|the|our) (?:old|other|previous|original)|(?:sound|picture|quality|colou?r|design|look|feel|build|fit) (?:quality )?(?:is|was) (?:\w+ )?(?:rubbish|awful|terrible|poor|bad|disappointing|not great|meh|crap|underwhelming|naff)|(?:disappointed|not (?:impressed|happy)) (?:with|by|in) (?:it|the (?:sound|quality|picture|look|design|size|colou?r))|like how it (?:sounds|looks|feels))\b)/i,
  ],
  [
    'defective',
    new RegExp(
      String.raw`\b(?:(?:stopped|stops|quit|ceased|has stopped) (?:working|reading|burning|spinning|turning on|charging|ejecting)|(?:stopped|stops) (?!using\b|by\b)\w+ing|(?<!not |n't |never |seals? (?:is |are |was |were |has been |have been |had been )?|(?:box|package|packaging|carton|parcel) (?:is |was |were |are |arrived |came )?(?:all )?)(?:faulty|defective|broken(?! (?:the |its )?(?:box|package|packaging|seal|carton))|broke down|malfunction\w*)|${NOT_DOING}|keeps? (?:crashing|failing|freezing|rebooting|restarting|clicking|ejecting|dropping|disconnecting|cutting out|turning off|switching off|shutting down|beeping|flashing|losing|skipping|jamming|overheating|stopping|tripping)|${FAULT_WORD}\b|error (?:code|message)s?|(?:gives|shows|throws|displays|get|getting|got) (?:an? )?(?:\w+ )?errors?|(?:has |had |just |it |then |suddenly |completely |finally |they )died|(?:side|battery|screen|motor|fan|laser|light|display|port|drive|unit|speaker|charger|bulb|element|compressor|pump|board|keyboard|mouse|phone) died|dead(?! on arrival)|(?:not|no longer) (?:working|reading|recogni[sz]ed)|(?:make?s?|making|made|gives? off|emit\w*) (?:an? |this )?(?:\w+ )?(?:grinding|clicking|weird|strange|loud|buzzing|rattling|whining|high-pitched|funny|odd|squeaking|squealing|horrible|burning|crackling|humming) (?:noise|sound|smell|whine)s?|(?:is|are|was|were|started|starts|keeps|began|begun|has been|have been) (?:\w+ )?(?:rattling|grinding|squeaking|squealing|buzzing|whining|clicking)\b|(?:discs?|cds?|dvds?|disks?|files?)(?: (?:it|that it|which it|i) (?:burns|burned|burnt|writes|wrote|makes|made))? (?:cannot|can'?t|can not|won'?t|will not|do ?n[o']t|does ?n[o']t) be (?:read|recogni[sz]ed|played|opened)\b|(?:vertical|horizontal|coloured|colored|white|black|green|pink|purple|thin|strange) lines? (?:across|on|over|down|through) (?:the |my |its )?(?:screen|display|panel|picture|image)|(?:lines|stripes|bands) (?:across|on|over|down|through) (?:the |my |its )?(?:screen|display|panel|picture|image)|(?:stick|joystick|thumbstick|analog(?:ue)? stick)s? (?:\w+ )?drift\w*|drift(?:s|ing)? (?:on its own|by itself)|(?:moves?|moving|walks?|scrolls?|types?) (?:on its own|by itself)|burning smell|smells? (?:of )?burning|burn(?:s|ed|t)? (?:coasters|discs?) (?:that|which) (?:fail|don'?t)|overheat\w*|fail(?:s|ed|ing|ure)?\b(?! to\b)|fail(?:s|ed)? to ${DOES}|(?:went|goes|gone) (?:black|blank|dead|dark)|knackered|busted|nothing (?:happens|works)|nothing (?:shows|appears|comes up|comes on) on the (?:screen|display)|(?:drains?|draining|runs? (?:flat|out)) (?:very )?(?:fast|quickly|in (?:an|a|\d+|\w+) (?:hour|minute|min)|within)|leak(?:s|ing|ed)?|flicker\w*|(?:battery|batteries) (?:is |are |has |have )?(?:started |starts |begun |began )?(?:been )?(?:swell\w*|swoll\w*|bulg\w*|puff\w*|expand\w*|bloat\w*|balloon\w*)|swollen|(?:back(?: cover| panel| plate)?|cover|casing|screen) (?:is |are |has |started )?(?:lifting|coming (?:off|apart|loose)|popping (?:off|out)|separating|bulging)|crackl\w*|smudg\w*|skipp(?:ing|s)|skips|stutter\w*|freez(?:es|ing)|crash(?:es|ing)|(?:shuts?|shutting|switches|switching|turns|turning|cuts?|cutting) (?:itself )?(?:down|off|out)(?! (?:the|my|it)\b)|explod\w*|caught fire|(?:smoke|sparks?) (?:came|come|comes|coming) out|burnt out|burned out|fried|(?:sticks|sticking|gets stuck|got stuck|is stuck|are stuck|jams|jammed|jamming)|(?:super|very|really|extremely|excessively|incredibly|so|too|unbearably|ridiculously) (?:loud|noisy)(?! for)|(?:become|became|got|getting|gone) (?:\w+ )?(?:loud|noisy)(?! for)|(?:gets|getting|got|runs|running) (?:really |very |extremely |too |so )?hot|snapped|broke off|came off|fell apart|falling apart|(?<!\b(?:i|we|he|she|you|they|son|daughter|kid|kids|child|dog|cat|someone|somebody|courier|postman|driver) )broke\b(?! (?:the|a|an|my|its|it|them|in|into|open)\b)|(?<!\b(?:i|we|you|he|she|i've|we've|i have|we have|i had) )(?:packed|packs) (?:it )?(?:up|in)\b(?! (?:the|my|it|in|into|a|and|everything|all)\b)|(?:reboots|rebooting|restarts (?:itself|randomly|on its own|by itself))|(?:ejects?|opens?|closes?|turns? (?:on|off)|switch(?:es)? (?:on|off)|shuts? (?:down|off)|restarts?|beeps?)\b[^.?!]{0,25}?\b(?:by itself|on its own)|spark(?:s|ing)\b|gave up the ghost|(?:it|has|have|just|then|finally) (?:gave|given) up\b(?! (?:on|trying))|on the (?:blink|fritz)|kaput|playing up|acting up|conked out|(?:went|gone) dead|(?:blank|black) (?:pages?|screen|display)|(?:no|zero) (?:sound|picture|display|signal|image|audio|output)\b|(?:works?|working) (?:only )?(?:intermittently|sometimes|on and off)|intermittent\w*|(?:ejects?|spits? out) (?:every|all|each|any|the) (?:discs?|cds?|dvds?|disks?)|chew\w* (?:up )?(?:the |my )?(?:discs?|cds?|dvds?|disks?|tapes?)|(?<=\b(?:it|they) )not ${DOES}|invalid|(?:key|code|licen[cs]e|voucher)\b[^.?!]{0,40}?\balready (?:been )?(?:used|redeemed|activated|registered|in use))\b`,
      'i',
    ),
  ],
  // "Since the first day it does nothing": dead from the start.
  [
    'dead_on_arrival',
    new RegExp(
      String.raw`\b(?:since|from) ${START}\b[^.?!]{0,30}?\b(?:(?:does|did|do) (?:absolutely )?nothing|(?:does|did|do) ?n[o']t (?:work|do anything|turn on|power on|start)|won'?t (?:work|turn on|start)|(?:has|had) ?n[o']t worked|not working|never worked|dead)\b`,
      'i',
    ),
  ],
  // Blind run 14's phrasings, read generally: "now it has stopped completely", "it refuses to eject".
  [
    'defective',
    new RegExp(
      String.raw`\b(?:(?:it|the [\w-]+) (?:does|did) (?:absolutely )?nothing\b|(?:it|they|the [\w-]+|now it|and now it|then it) (?:has |have |had |just |now |completely |suddenly |totally )*stopped(?: (?:completely|altogether|entirely|totally|for good|dead))?(?=\s*(?:[.!?,;]|$|and\b|now\b|since\b|after\b))|refus(?:es|ed|e) to ${DOES}|(?:port|socket|connector|jack|button|hinge|handle|lid|knob|plug|key|wheel|leg|screen)s? (?:is |are |has |have |was |were )?(?:become |got |gone |going |come |came |getting |started going )?(?:loose|wobbly)\b|only (?:works|charges|connects|turns on|plays|reads|prints) (?:if|when|at an angle|in one position|with the cable)\b|(?:is|are|keeps|has been|have been|started|starts) giving (?:me |us )?(?:problems|trouble|issues)\b)`,
      'i',
    ),
  ],
  // "Ordered it for a 55-inch TV but the one you delivered is for 32 inches"; "ordered the one with
  // LightScribe and got the one without".
  [
    'wrong_item',
    new RegExp(
      String.raw`\b(?:(?:ordered|bought|asked for|paid for|chose|selected)\b[^.?!]{0,80}?\b(?:but|and) (?:the one|what|the \w+) (?:(?:that|which) )?(?:you |they )?(?:sent|delivered|shipped|gave us|gave me|got delivered|arrived|came|was delivered|were delivered|was sent)\b[^.?!]{0,60}?\b(?:is|was|are|were|only|has|had)\b(?! (?:(?:all|badly|completely|totally|already|also) )?(?:${DAMAGE}|dead|faulty|defective|not|no|missing|empty|late|wet|open(?:ed)?|used|fine|ok(?:ay)?|perfect|great|good)\b)|(?:ordered|bought|asked for|wanted|chose)\b[^.?!]{0,50}?\b(?:with|without)\b[^.?!]{0,50}?\b(?:got|received|(?:was|were) sent|sent (?:me|us)|delivered|came)\b[^.?!]{0,15}?\b(?:the|a|one) (?:one|model|version|type)? ?(?:without|with(?!in))\b)`,
      'i',
    ),
  ],
  // "The base is missing", "there is no base in the box": a part named by any noun.
  [
    'missing_parts',
    new RegExp(
      String.raw`\b(?:(?:the|my|its|their|one) (?!(?:box|boxes|packaging|seal|seals|receipt|invoice|label|labels|sticker|stickers|parcel|order|tracking|courier|delivery|driver|money|refund|email|reply)\b)[\w-]+(?: [\w-]+)? (?:is|was|are|were) (?:completely |just |simply )?missing\b|(?:there (?:is|was|'s) )?no (?!(?:damage|scratch|problem|issue|dent|sign|signs|way|point|reason|need|light|sound|power|picture|water|room|space|use|place|time|money|warranty|guarantee)\b)[\w-]+(?: [\w-]+)? (?:(?:in|inside) (?:the|my) (?:box|pack|package|packaging|parcel|carton)|for (?:it|them)\b(?=[^.?!]{0,40}\b(?:box|opened|unpacked|came|arrived|delivered|stand|fit|attach|use it|can'?t))))`,
      'i',
    ),
  ],
  // The part named after the word for its absence: "there were missing the screws and the cable",
  // "missing were the screws", "the box lacked the screws" (German and French glossed say it so too).
  [
    'missing_parts',
    new RegExp(
      String.raw`\b(?:(?:there (?:is|was|are|were) |and |but |also )?(?:missing|lacking|absent)(?: (?:is|was|are|were))?:? (?:the|a|an|my|its|both|all|any|some|two|three|four) (?!(?:box|receipt|invoice|parcel|money|refund|reply)\b)[\w-]+|(?:box|parcel|package|carton|packaging|delivery) (?:lacked|was lacking|did not (?:have|contain|include))\b|(?:was|were|is|are) not (?:included|in the (?:box|parcel|package|carton)|enclosed)\b)`,
      'i',
    ),
  ],
  // What was in the box was another product: "in the box was a different drive", "inside was another model".
  [
    'wrong_item',
    new RegExp(
      String.raw`\b(?:in|inside) (?:the |my )?(?:box|parcel|package|carton)?(?: (?:from|of|for) (?:the |my )?[\w-]+)? ?(?:was|were|there was|there were|i found|came) (?:but |only |instead |actually )?(?:a|an|some|the) (?:[\w-]+ ){0,3}?(?:different|other|another|wrong)\b`,
      'i',
    ),
  ],
  // "It came without its base", "arrived without the remote": a part not in the box.
  [
    'missing_parts',
    new RegExp(
      String.raw`\b(?:came|arrived|was delivered|were delivered|got here|turned up|shipped|was sent)\b[^.?!]{0,20}?\bwithout (?:its |the |a |an |any |their )?(?!(?:any |a |the |its )?(?:scratch|damage|dent|problem|issue|fault|delay|incident|trouble|hassle|box|packaging|wrapping|hitch|mark|notice|warning|tracking|invoice|receipt|a word)\w*\b)[\w-]+`,
      'i',
    ),
  ],
];

/** Said before a paid repair that is only a fallback: "if it isn't covered", "otherwise", "if not". */
const FALLBACK = /(?:\bif\b[^.?!]*\b(?:covered|warranty|guarantee|guaranteed)\b[^.?!]*|\b(?:otherwise|if not|failing that|in case)\b[^.?!]*)$/i;

/** A question about what a repair costs or whether it is paid ("do I have to pay anyway?"), not a request for one. */
const COST_QUESTION =
  /\b(?:(?:do|does|will|would|must|shall) (?:i|we) (?:still |also |then )?(?:have to|need to|must)? ?pay|have to pay|how much|what (?:would|will|does) it cost|the price|(?:know|see|get) (?:the|a) (?:price|quote|cost)|worth it)\b/i;

/** A question about the cost that does not also offer to pay ("I'd pay for a repair if it's reasonable - how much?"). */
function asksTheCost(sentence: string): boolean {
  return (
    /\?\s*$/.test(sentence) &&
    COST_QUESTION.test(sentence) &&
    !/\b(?:i(?:'d| would|'ll| will)? (?:happily |gladly )?pay|(?:willing|happy|glad|prepared) to pay|(?:don'?t|do not) mind paying)\b/i.test(sentence)
  );
}

/** The sentence around a position, ending with its own punctuation. */
function sentenceAt(text: string, index: number): string {
  const start =
    Math.max(text.lastIndexOf('.', index - 1), text.lastIndexOf('?', index - 1), text.lastIndexOf('!', index - 1), text.lastIndexOf('\n', index - 1)) + 1;
  const end = text.slice(index).search(/[.?!\n]/);
  return text.slice(start, end < 0 ? text.length : index + end + 1);
}

const DAMAGE_WORD = new RegExp(String.raw`\b${DAMAGE}`, 'gi');

/** "arrived on time, not a scratch on it": the damage itself must be said, not only the arrival. */
function damageSaid(text: string, m: RegExpExecArray): boolean {
  if (!DAMAGE_WORD.test(m[0])) return true; // "the courier dropped it"
  DAMAGE_WORD.lastIndex = 0;
  for (const d of m[0].matchAll(DAMAGE_WORD)) {
    const at = m.index + d.index;
    if (polarityAt(text, at, at + d[0].length, false) === 'said') return true;
  }
  return false;
}

/** It works: "works fine", "the drive itself is working", "still works perfectly". */
const WORKS =
  /\b(?:(?:it|the [\w-]+(?: itself)?|drive|unit|device|machine) (?:still )?(?:works?|is working|runs?|functions?) (?:fine|perfectly|normally|ok(?:ay)?|well|great|as it should)|(?:it|the [\w-]+(?: itself)?) (?:still )?(?:works|is working)\b(?!\s+(?:only|when|if|sometimes|intermittently)))/i;

/** "I would like a refund please", "I just want my money back": a remedy asked for. */
const REFUND_WISH = /\b(?:i(?:'d| would)? (?:just |really |only )?(?:want|like)|please,?) (?:a|my) (?:full )?(?:refund|money back)\b(?! for)/gi;

/** Whether an unwanted-product pattern matches, said (not denied). */
function saysUnwanted(stated: string): boolean {
  return REASON_PATTERNS.filter(([reason]) => reason === 'unwanted').some(([, pattern]) =>
    [...matches(stated, pattern)].some((m) => polarityAt(stated, m.index, m.index + m[0].length, false) === 'said'),
  );
}

/** The customer's own mistake in ordering, said in the first person. */
const OWN_MISTAKE =
  /\b(?:(?:i|we) (?:made|make) a mistake|(?:i|we) messed up|my bad|my (?:own )?(?:mistake|fault|error)|(?:i|we) (?:\w+ )?(?:picked|chose|ordered|selected|bought) the [\w-]+(?: [\w-]+)? (?:one |version |model )?instead of|(?:ordered|bought|chose|picked|took|selected|clicked) (?:it |the \w+ (?:one |version )?)?by (?:mistake|accident)|(?:i|we) (?:accidentally|mistakenly) (?:ordered|bought|chose|picked|took|selected)|(?:i|we) (?:just |simply |actually |stupidly )?(?:took|chose|picked|ordered|bought|buy|selected|clicked) (?:the |a )?wrong|(?:you|they) (?:guys )?(?:sent|delivered|gave) (?:me |us )?(?:exactly )?what (?:i|we) (?:ordered|asked for))\b/gi;

/** "Sorry, my mistake, it was March last year": owning up to a slip in what they told us, not in the order. */
function correctsWhatWasSaid(text: string, m: RegExpExecArray): boolean {
  if (!GENERIC_MISTAKE.test(m[0])) return false;
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  return (
    /\bsorry\W*$/i.test(before) ||
    /^\W*(?:it was|it's|it is|i meant|i mean|that was|that should|it should|should (?:be|have said)|not\b|the (?:date|year|day|month)\b)/i.test(after)
  );
}

/** What was chosen in the ordering: "I took the Windows one", "ordered the wrong size". */
const ORDERING = /\b(?:took|picked|ordered|chose|selected|bought|clicked)\b[^.?!]{0,30}\b(?:one|version|model|size|colou?r|edition)\b/i;

/** A mistake said without saying what it was about. */
const GENERIC_MISTAKE = /^(?:(?:i|we) (?:made|make) a mistake|(?:i|we) messed up|my bad|my (?:own )?(?:mistake|fault|error))$/i;

/** What each reason makes of another found in the same message: the stronger one stands. */
const OUTRANKS: Partial<Record<Reason, readonly Reason[]>> = {
  dead_on_arrival: ['defective'],
  damaged_on_delivery: ['defective'],
  unwanted: ['defective'],
  missing_parts: ['defective'],
  wrong_item: ['defective'],
};

/** Damage that can be seen or touched (not "broken" as in "does not work"). */
const PHYSICAL_DAMAGE =
  /\b(?:crack\w*|dent\w*|scratch\w*|smash\w*|shatter\w*|crush\w*|bent|torn|ripped|chipped|snapped|broke off|came off|loose|rattl\w*|wet|leak\w*|water|burn\w*|melted|deformed|squashed|bashed|split)\b/i;

export function findReason(text: string, stated: string, facts: Partial<Record<FactPath, FactValue>> = {}): Reason | undefined {
  const found: Reason[] = [];
  for (const [reason, pattern] of REASON_PATTERNS) {
    if (found.includes(reason)) continue;
    // A paid repair is asked for, often as a question ("Can I pay to have it fixed?").
    const source = reason === 'paid_repair' ? text : stated;
    for (const m of matches(source, pattern)) {
      // "If it isn't covered, can I pay for a repair?": a fallback, not the request.
      if (reason === 'paid_repair' && FALLBACK.test(source.slice(Math.max(0, m.index - 80), m.index))) continue;
      // "Will I know the price before they repair it, or do I have to pay anyway?": asks the cost, not for the repair.
      if (reason === 'paid_repair' && asksTheCost(sentenceAt(source, m.index))) continue;
      if (polarityAt(source, m.index, m.index + m[0].length, false) === 'said' && (reason !== 'damaged_on_delivery' || damageSaid(source, m))) {
        found.push(reason);
        break;
      }
    }
  }
  if (found.includes('paid_repair')) return 'paid_repair';
  // "The lid was cracked … I would like a refund please": a refund asked for beside another reason is
  // the remedy wished, not a change of mind (blind run BJ).
  if (found.includes('unwanted') && found.length > 1 && !saysUnwanted(stated.replace(REFUND_WISH, (m) => ' '.repeat(m.length)))) {
    found.splice(found.indexOf('unwanted'), 1);
  }
  // The customer's own mistake ("I took the Windows one by mistake"): unwanted, whatever else it
  // makes of the product (it is "the wrong one", it "doesn't work" on their computer). Otherwise a
  // wrong item explains why they don't want what came ("you sent a black one, I don't want it").
  const mistakes = [...matches(stated, OWN_MISTAKE)].filter(
    (m) => polarityAt(stated, m.index, m.index + m[0].length, false) === 'said' && !correctsWhatWasSaid(stated, m),
  );
  const mistake = mistakes.length > 0;
  // A mistake in the ordering makes a wrong or "not working" product unwanted; "my fault" alone may
  // be how it broke ("I flashed a modified firmware, I know it's my fault"): it decides only where
  // nothing else was said ("my bad, I picked the 14 instead of the 15").
  const inOrdering = mistakes.some((m) => !GENERIC_MISTAKE.test(m[0])) || (mistake && ORDERING.test(stated));
  if (!found.includes('unwanted') && ((inOrdering && (found.includes('wrong_item') || found.includes('defective'))) || found.length === 0)) {
    if (mistake) found.push('unwanted');
  }
  if (found.includes('unwanted') && found.includes('wrong_item')) found.splice(found.indexOf(mistake ? 'wrong_item' : 'unwanted'), 1);
  // Damaged in delivery, yet the item itself is fine: only the box was. "It arrived broken … it never
  // worked" with no physical damage named is a product dead on arrival, not transport damage.
  const onlyWordsForBroken = found.includes('dead_on_arrival') && !PHYSICAL_DAMAGE.test(stated);
  const reasons = facts['item.damaged'] === false || onlyWordsForBroken ? found.filter((r) => r !== 'damaged_on_delivery') : found;
  const left = reasons.filter((r) => !reasons.some((s) => s !== r && OUTRANKS[s]?.includes(r)));
  return left.length === 1 ? left[0] : undefined;
}

/**
 * A fault said beside delivery damage ("the front is cracked and it doesn't power on"): the damage
 * decides the reason, but a merchant who only services faults (a manufacturer, who refers delivery
 * damage to the seller) still has the fault to service. Undefined when no fault was said with it.
 */
export function faultBesideDamage(stated: string): 'dead_on_arrival' | 'defective' | undefined {
  // "The drive works fine but it is broken on the front": damage only, whatever "broken" says.
  if (WORKS.test(stated)) return undefined;
  const said = (reason: Reason) =>
    [...matches(stated, REASON_PATTERNS.find(([r]) => r === reason)?.[1] as RegExp)].some(
      (m) => polarityAt(stated, m.index, m.index + m[0].length, false) === 'said',
    );
  return said('dead_on_arrival') ? 'dead_on_arrival' : said('defective') ? 'defective' : undefined;
}
