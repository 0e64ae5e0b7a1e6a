// The kinds of question a customer asks about a return once it has its RMA number, read from the
// message question by question: each sentence that asks something (with the statements just before
// it) is matched against the kinds, the narrow kind winning over the broad one it would only half
// answer. What no kind covers is returned as written, to be said back and passed to a colleague.
// shared/intake/case-answers.ts answers each kind from the case's decision.

export type CaseQuestion =
  | 'why'
  | 'warrantyAfter'
  | 'otherProof'
  | 'homeService'
  | 'dropOff'
  | 'shipHow'
  | 'modify'
  | 'keepUntil'
  | 'wholeProduct'
  | 'details'
  | 'serialWhere'
  | 'packaging'
  | 'ifNotPossible'
  | 'ifNotCovered'
  | 'keepIt'
  | 'collectionWish'
  | 'wipeData'
  | 'safety'
  | 'quoteFirst'
  | 'chosen'
  | 'exchange'
  | 'oneRma'
  | 'noEmail'
  | 'correction'
  | 'detailsGiven'
  | 'amountBack'
  | 'ownThings'
  | 'accessories'
  | 'refundAsked'
  | 'seller'
  | 'tellSeller'
  | 'buyNew'
  | 'boughtAbroad'
  | 'replyWhen'
  | 'covered'
  | 'status'
  | 'boxGone'
  | 'partOnly'
  | 'rights'
  | 'contact'
  | 'paymentMethod'
  | 'photos'
  | 'choose'
  | 'next'
  | 'worry'
  | 'print'
  | 'customs'
  | 'invoice'
  | 'include'
  | 'cost'
  | 'swap'
  | 'collection'
  | 'addressWhen'
  | 'where'
  | 'when';

const COLLECTING = /\b(?:collect\w*|courier|pick(?:s|ed|ing)? (?:it |this )?up|pick-?up|fetch\w*|driver)\b/i;
const TIMING =
  /\b(?:when|what (?:day|days|time|date)|which (?:day|days|time)|how (?:soon|long)|how many days|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|tomorrow|today|mornings?|afternoons?|evenings?|(?:at|be|not) home|work(?:ing)? (?:during the day|all day|weekdays|in the day|office hours)|office hours)\b/i;

const ARRANGING = /\b(?:address|work|office|different place|somewhere else|neighbou?r|phone|call|ring|sms|text me|contact me|let me know)\b/i;

// In this order: "where do I put the invoice?" is about the parcel's contents, "how much is the
// shipping?" about money, "when do you collect it?" about when the courier comes.
const KINDS: [CaseQuestion, (text: string) => boolean][] = [
  // "Why don't I get a new one?", "why is it not dead on arrival?": the decision's first line says why.
  ['why', (t) => /\bwhy\b|\bhow come\b|\b(?:just|only) because (?:i|we) (?:opened|used|tried|unpacked|installed)\b/i.test(t)],
  // "Will my warranty start again with the replacement?", "is the repaired one still under warranty?"
  [
    'warrantyAfter',
    (t) =>
      /\b(?:warranty|guarantee)\b[^.?!]{0,50}\b(?:starts? (?:again|over|afresh|anew|from (?:zero|scratch|the (?:beginning|start)))|restart\w*|reset\w*|renew\w*|carr(?:y|ies|ied) (?:over|on)|transfer\w*|continu\w*)\b|\b(?:a new|a fresh|another|a full) (?:warranty|guarantee)\b|\b(?:warranty|guarantee) (?:on|for|of) (?:the|a|my) (?:new|replacement|repaired|exchanged|serviced)\b|\b(?:replacement|new one|new drive|repaired (?:one|drive|unit))\b[^.?!]{0,40}\b(?:warranty|guarantee)\b/i.test(
        t,
      ),
  ],
  // "Is a bank statement enough?", "what if I can't prove the date?": proof other than the invoice.
  [
    'otherProof',
    (t) =>
      /\b(?:bank|card|credit card|account) statements?\b|\border confirmation\b|\b(?:confirmation|order) e-?mails?\b|\bproof\b[^.?!]{0,30}\b(?:enough|ok(?:ay)?|fine|do|work|accepted|suffic\w*)\b|\b(?:without|lost|can'?t find|cannot find|don'?t have|do not have|no longer have)\b (?:the |my |a |an |any )?(?:invoice|receipt|proof)\b|\bprove\b|\baccept\w*\b[^.?!]{0,30}\bproof\b|\bregistered (?:it )?(?:on|in|with) (?:my|the|your) (?:\w+ )?account\b/i.test(
        t,
      ),
  ],
  // "Can someone come and fix it at home?": a repair where the product is.
  [
    'homeService',
    (t) =>
      /\b(?:fix|repair|look at|check)\w*\b[^.?!]{0,30}\b(?:at|in) (?:(?:my|our|the) )?(?:home|house|place|flat|kitchen)\b|\b(?:technician|engineer|repair ?man)\b(?=[^.?!]{0,30}\b(?:come|visit|house|home|out)\b)|\b(?:send|come|visit)\w*\b[^.?!]{0,20}\b(?:technician|engineer|repair ?man)\b|\bon-?site\b|\bhome (?:visit|repair|service)\b|\b(?:someone|somebody|anyone|you) (?:come|visit|send (?:someone|somebody))\b[^.?!]{0,30}\b(?:fix|repair|look)/i.test(
        t,
      ),
  ],
  // "Can I drop it off at your shop in Centurion?", "can I bring it in myself?"
  [
    'dropOff',
    (t) =>
      /\bdrop(?:ping)? (?:it|them|this|the \w+) off\b|\bdrop[- ]?off\b|\bdrop(?:ping)? (?:it|them|this|the \w+) (?:at|in|into) (?:a|the|your|one of your) (?:[\w-]+ )?(?:shop|store|branch|office|warehouse)\b|\b(?:bring|take|deliver|hand) (?:it|them|this|the \w+) (?:in|over|round|back)? ?(?:myself|ourselves|personally|in person)\b|\b(?:bring|take|hand) (?:it|them|this|the \w+) (?:in|to (?:your|the) (?:shop|store|office|branch|warehouse|service cent(?:re|er)))\b|\b(?:come|pop) (?:in|by|past|round) (?:with it|to (?:your|the) (?:shop|store|office|branch))\b/i.test(
        t,
      ),
  ],
  // "Can I send it with the normal post?", "which courier should I use?"
  [
    'shipHow',
    (t) =>
      /\b(?:normal|ordinary|regular|standard|by) (?:post|mail)\b|\b(?:which|what|any) (?:courier|carrier|postal service|delivery (?:company|service)|shipping (?:company|method|service))\b|\b(?:post office|dhl|fedex|dpd|gls|royal mail|la poste|postnl|correos|registered (?:post|mail|letter))\b|\bcan (?:i|we) (?:just )?(?:post|mail|ship|courier) (?:it|this|them|the \w+)\b|\bhow (?:do|should|can|must) (?:i|we) (?:send|post|ship|return|give)(?: back)? (?:it|this|a \w+|the \w+|my \w+)(?: back)?(?: to you)?\s*\??$/i.test(
        t,
      ),
  ],
  // "If I open it and swap the fan myself, does that void the warranty?": the return is for the product as delivered.
  [
    'modify',
    (t) =>
      /\b(?:void\w*|invalidat\w*|lose|cancel\w*|affect)\b[^.?!]{0,20}\bwarranty\b|\b(?:open (?:it|the (?:case|casing|back|lid))|take (?:it|the \w+) (?:apart|out)|unscrew\w*|dismantl\w*|disassembl\w*|in pieces|(?:swap|replace|change|fit|install) (?:it|the \w+|a new \w+) (?:myself|ourselves))\b/i.test(
        t,
      ) &&
      !/\b(?:opened the box|unboxed)\b/i.test(t) &&
      // "Must I take the ink out?" is about what stays in the parcel.
      !/\b(?:ink|cartridges?|toner|discs?|cds?|dvds?|batter(?:y|ies)|sim|memory card|sd card|capsules?)\b/i.test(t) &&
      // "What if your people open it and find…" is the inspection, not the customer.
      !/\b(?:you|they|your (?:people|technicians?|team|staff)|technicians?|someone) (?:will |would )?open\b/i.test(t),
  ],
  // "Can I keep the S until the L comes?", "can I keep using it in the meantime?"
  [
    'keepUntil',
    (t) =>
      /\b(?:keep|use|using|hold on to|wear)\b[^.?!]{0,40}\b(?:until|till|in the meantime|meanwhile|while (?:i|we) wait)\b/i.test(t) ||
      /\bbefore (?:the|my) [\w-]+(?: one)? (?:comes|arrives|gets here)\b/i.test(t),
  ],
  // "Do I have to send the whole PC back or just the fan?"
  [
    'wholeProduct',
    (t) =>
      (/\b(?:the )?(?:whole|entire|complete) (?:[\w-]+ )?(?:back|thing|set|product|unit)?\b/i.test(t) &&
        (/\b(?:send|return|post|pack|give|courier|fetch|collect)\w*\b/i.test(t) || /\bwhole [\w-]+ or (?:just|only)\b/i.test(t)) &&
        !/\bhow (?:long|soon)\b/i.test(t)) ||
      // "Can I at least return just the graphics card?"
      /\b(?:return|send back|give back|bring back)\b (?:just|only) (?:the|a|one|my) [\w-]+/i.test(t),
  ],
  // "Did the dead pixel line get put on my case?", "did you put the dead pixels in?" (blind run BM: read
  // as a question about accessories, "my case" as a carry case): what they told goes on the case.
  [
    'detailsGiven',
    (t) =>
      /\b(?:did|has|have|is|was)\b[^.?!]{0,50}\b(?:put|added|noted|written|entered|included|recorded) (?:on|in|into|onto|to) (?:my|the|this) (?:case|return|file|request)\b|\b(?:is|was) (?:that|it|this) (?:noted|on (?:my|the) (?:case|return))\b|\bdid you (?:put|add|note|write|include|record)\b[^.?!]{0,40}\b(?:in|on|down)\s*\?|\b(?:did|have|has) (?:you|it|that) (?:save|saved|note|noted|got|get|take|taken|keep|kept|record|recorded|add|added)\b[^.?!]{0,15}\bmy (?:(?:cell|mobile|phone|contact) )?(?:number|phone|address|details)\b/i.test(
        t,
      ),
  ],
  // "Do you need my order number?", "do you want the serial number?"
  [
    'details',
    (t) =>
      (/\b(?:order|invoice|serial|model|tracking|account) (?:number|no\.?|nr)\b/i.test(t) &&
        /\b(?:need|want|give|send|do you|should i|must i|ask(?:ed)?)\b/i.test(t) &&
        !/\bwhere\b/i.test(t)) ||
      /\b(?:my|the|our) (?:order|invoice|serial|model|tracking|account) (?:number|no\.?|nr)\.? (?:is|was)\b/i.test(t),
  ],
  // "Where's the serial number label, on the tablet or the box?", "where do I find a serial number on a toothbrush?"
  ['serialWhere', (t) => /\b(?:where|find|can'?t see|no)\b[^.?!]{0,40}\bserial\b|\bserial\b[^.?!]{0,40}\bwhere\b/i.test(t)],
  // "Must I wipe my data first?": a phone or computer goes without the customer's data and locks.
  [
    'wipeData',
    (t) =>
      /\b(?:wipe|erase|delete|remove|reset)\b[^.?!]{0,30}\b(?:data|files|photos|accounts?|everything|phone|laptop|computer|tablet)\b|\b(?:wipe|erase|reset) (?:it|them)\b|\bfactory[- ]reset\b|\bpersonal (?:data|files|information)\b|\b(?:data|files|photos|documents|work|pictures)\b[^.?!]{0,20}\b(?:be |get |gets |been )?(?:deleted|wiped|erased|lost|gone)\b|\bback ?up\b[^.?!]{0,20}\b(?:data|files|photos|it|everything|my)\b|\b(?:data|files|documents)\b[\s\S]{0,80}?\b(?:be|get|being) (?:erased|wiped|deleted|lost)\b/i.test(
        t,
      ) ||
      // Asked to recover it, or told it is kept on the drive (blind run BR: "my photos saved on the SSD").
      /\b(?:recover|rescue|retrieve|salvage)\b[^.?!]{0,20}\b(?:my |the |any |all )?(?:data|files|photos|pictures)\b|\bdata recovery\b|\b(?:files|photos|pictures|data|documents) (?:saved |stored |kept )?on (?:the|my) (?:drive|ssd|disk|hard drive|phone|laptop|computer)\b|\bnot backed up\b|\b(?:files|photos|data)\b[^.?!]{0,40}\b(?:never|not) (?:get|see) (?:them|it) (?:back|again)\b/i.test(
        t,
      ),
  ],
  // "Is it safe to keep using it?": a swelling battery, a burning smell.
  [
    'safety',
    (t) =>
      /\b(?:safe|unsafe|dangerous|danger|catch fire|on fire|explode|explosion)\b|\b(?:stop|keep) using\b[^.?!]{0,40}\b(?:or not|sparks?|sparking|smok\w*|burning|hot)\b|\bmust (?:i|we) stop using\b/i.test(
        t,
      ),
  ],
  // "Must I put the watch box inside another box?", "will the courier bring packaging?", "can I pack it in the dented box?"
  [
    'packaging',
    (t) =>
      /\b(?:use|in|take|send it in|pack it in) (?:just )?any (?:old |other )?(?:box|carton|packaging)\b|\b(?:another|outer|bigger|second|separate|different|my own|a new|a plain|the dented|the damaged|the crushed) (?:box|carton|packaging)\b|\b(?:inside|in) (?:another|a bigger|an outer) (?:box|carton)\b|\bwrite (?:the (?:rma )?number|it|the rma)\b[^.?!]{0,30}\bon the [\w-]+ (?:box|itself)\b|\bwrite (?:\w+ ){0,3}?on (?:the|its|my) (?:[\w-]+ )?(?:box|packaging|carton|product)(?: itself)?\b|\bbring\w* (?:a |any )?(?:box|boxes|packaging|bags?|something|anything)\b|\b(?:bubble ?wrap|blankets?|wrap it)\b|\bhow (?:do|should|must|can|am|are) (?:i|we)(?: supposed to)? pack\b|\b(?:won'?t|doesn'?t|does not|will not|can'?t) fit (?:back )?in(?:to)? (?:the|its|a) (?:box|packaging)\b|\bpack [^.?!]{0,30}\bwithout (?:the|a|its) (?:box|packaging)\b/i.test(
        t,
      ),
  ],
  // "What if they decide the rain broke it?", "will I get a bill then?"
  [
    'ifNotCovered',
    (t) =>
      /\b(?:what (?:happens )?if|and if|if)\b[^.?!]{0,60}\b(?:finds?|found|decides?|says?|thinks?|sees?|turns? out|inspection)\b[^.?!]{0,60}\b(?:caus\w*|misuse|my fault|rain|water|wet|wear|not covered|isn'?t covered|not (?:a )?defect|dropp\w*|fall|fell|falling|knock\w*|bump\w*|accident\w*|abuse|power|surge|broke it)\b|\bif (?:the warranty|it|that|the guarantee) (?:does ?n[o']t|does not|won'?t|will not|is ?n[o']t|is not|turns out not to) (?:cover|covered|be covered)\b|\bif (?:it'?s|it is) not covered\b|\beven if (?:it was|it'?s|it is|they find|you find|it turns out)\b[^.?!]{0,30}\b(?:fall|fell|drop\w*|accident\w*|my fault|damage\w*|knock\w*)\b|\b(?:send|give) (?:me|us) (?:a |an )?(?:bill|invoice)\b[^.?!]{0,30}\b(?:afterwards|later|after|for (?:the|a) repair|because)\b|\b(?:say|says|decide|decides|claim|claims|blame|blames|think|thinks)\b[^.?!]{0,30}\b(?:my fault|wear and tear|misuse|(?:i|we) (?:broke|damaged|dropped) it)\b|\bwill (?:i|we) (?:get|be sent|receive) (?:a |an )?(?:bill|invoice) (?:for|when|if|after)\b|\bwill (?:i|we) (?:get|be sent|receive) (?:a )?bill\b|\bnot get (?:a |an )?(?:bill|invoice)\b|\bwill (?:i|we) be (?:charged|billed|invoiced)\b|\bsend it back unrepaired\b/i.test(
        t,
      ),
  ],
  // "Can I not just keep the normal one?" (not until the right one comes: instead of sending it back)
  [
    'keepIt',
    (t) =>
      /\b(?:can|could|may) (?:i|we) (?:not )?(?:just |simply )?keep (?:it|this|them|the [\w-]+(?: one)?)\b/i.test(t) &&
      !/\b(?:until|till|in the meantime|meanwhile|while|before|using|use|(?:send|sending|post|posting) (?:it|them|this|these|only|just)\b)/i.test(t),
  ],
  // "Can I still say no after you tell me the price?", "will I get a price before the repair?"
  [
    'quoteFirst',
    (t) =>
      /\b(?:i|we) (?:can |could |want to )?(?:still )?(?:say no|refuse it|decline it)\b|\b(?:can|could|may) (?:i|we) (?:still )?(?:say no|refuse|decline|cancel|change (?:my|our) minds?|back out|turn (?:it|the \w+) down)\b|\bwithout paying\b|\b(?:a|the) (?:price|quote|quotation|estimate) (?:first|before)\b|\b(?:price|quote|quotation|estimate) before (?:you|they|the (?:repair|work))\b|\bpay (?:before|after) the (?:repair|work|service)\b|\bpay (?:before|after) (?:you|they) (?:repair|fix|service|do)\b|\bpay (?:in advance|up ?front|first)\b|\btell me the price first\b/i.test(
        t,
      ),
  ],
  // "What if they can't fix it?", "what if a new one isn't possible?", "do you have the navy one in stock?"
  [
    'ifNotPossible',
    (t) =>
      /\b(?:what (?:happens )?if|and if|if (?:they|you|it))\b[^.?!]{0,40}\b(?:can'?t|cannot|can not|couldn'?t|isn'?t|is not|not possible|not available|unavailable|out of stock|sold out|don'?t have|no longer)\b|\b(?:in stock|out of stock|sold out|still available|have (?:any|one) left)\b/i.test(
        t,
      ),
  ],
  // "One RMA number for both drives, or one each?"
  [
    'oneRma',
    (t) =>
      /\b(?:one|same|single|separate|another|second) (?:rma|return number|number)\b[^.?!]{0,40}\b(?:both|each|all|two|several)\b|\b(?:rma|number) (?:for|per) (?:both|each|every)\b|\bone (?:each|per (?:drive|item|product))\b/i.test(
        t,
      ),
  ],
  // "I didn't get any email from you."
  [
    'noEmail',
    (t) =>
      /\b(?:didn'?t|did not|haven'?t|have not|never|not) (?:yet )?(?:get|got|gotten|receive[ds]?|seen?)\b[^.?!]{0,15}\b(?:e-?mails?|mails?|confirmation)\b|\bno (?:e-?mail|confirmation) (?:came|arrived|yet)\b|\bwhere is (?:the|my|your) (?:e-?mail|confirmation)\b/i.test(
        t,
      ),
  ],
  // "Please correct the purchase date: it is 22 September, not 28."
  [
    'correction',
    (t) =>
      /\b(?:correct|change|update|fix|amend) (?:the|my) (?:purchase |delivery |order |e-?mail |postal |home |collection )?(?:date|address|e-?mail|name|phone(?: number)?|number)\b|\b(?:wrong|incorrect|mistake in (?:the|my)) (?:purchase |delivery )?(?:date|address|e-?mail|name)\b|\bplease (?:check|look at) (?:it |this |that )?again\b|\b(?:i think )?there(?:'s| is| must be) (?:a|an|some) (?:mistake|error)\b|\bmy invoice is dated\b|\b(?:date|address|name|e-?mail|order number|serial number)\b[^.?!]{0,25}\b(?:is|was|are) (?:wrong|incorrect|not right)\b|\b(?:can|could) you (?:please )?(?:fix|correct|change|update) (?:that|it|this)\b|\b(?:don'?t|do not) have my (?:order|invoice|serial) (?:number|no)\b/i.test(
        t,
      ),
  ],
  // "Can I swap it for a different model instead?": another product, not one of the remedies.
  [
    'exchange',
    (t) =>
      /\b(?:swap|exchange|change|trade) (?:it|this|them|these) (?:for|with|against) (?:a|an|the|another)\b|\bin exchange for\b|\binstead of the same\b|\bexchange (?:it )?for\b|\bno exchange\b|\b(?:a |an )?(?:different|other|another) (?:model|brand|colou?r|size|version|product)\b(?! (?:arrived|came|was))/i.test(
        t,
      ) && !/\b(?:sent|delivered|arrived|came|got) (?:me )?(?:a|the) (?:different|wrong)\b/i.test(t),
  ],
  // "How much will I get back?", "so I get R2 499 back?"
  [
    'amountBack',
    (t) =>
      /\bhow much (?:money )?(?:will|do|would|shall|can) (?:i|we) (?:get|receive)(?: back)?\b|\bhow much (?:is|will be|gets?) (?:refunded|credited|paid back)\b|\b(?:i|we) get (?:the )?(?:r ?[\d ,.]+|€ ?[\d,.]+|[\d ,.]+ ?(?:rand|euros?)|nothing|everything|all (?:of )?(?:it|my money)|the full (?:amount|price)) back\b|\b(?:full|whole) (?:amount|price|refund)\b|\bwhat (?:i|we) paid\b|\bget (?:the )?full (?:r ?[\d ,.]+|€ ?[\d,.]+|[\d ,.]+)|\b(?:delivery|shipping) (?:fee|charge|cost) off\b|\bdiscount(?:ed)? price\b/i.test(
        t,
      ),
  ],
  // "Should I send it with the disc inside?", "will I get my disc back?": the customer's own things.
  [
    'ownThings',
    (t) =>
      /\b(?:(?:my|the) )?(?:discs?|disks?|cds?|dvds?|blu-?rays?|sim(?: card)?|memory cards?|sd cards?|usb sticks?|ink|cartridges?|capsules?|files|photos on it|data)\b[^.?!]{0,20}\b(?:inside|in it|in there|still in|back)\b|\b(?:leave|keep|take out|remove)\b[^.?!]{0,30}\b(?:discs?|disks?|cds?|dvds?|sim|memory card|sd card|cartridges?|capsules?|ink|toner)\b|\btake (?:the |my |its )?(?:ink|toner|cartridges?|discs?|batter(?:y|ies)|sim|memory card|sd card)(?: [\w-]+)? out\b/i.test(
        t,
      ),
  ],
  // "Do I send the cables and the software CD too?": what goes with the product besides the papers.
  [
    'accessories',
    (t) =>
      (/\b(?:send|sent|include|put|pack|keep|return|go(?:es)? (?:in|with)|also|too|as well)\b/i.test(t) &&
        /\b(?:chargers?|charging (?:cable|stand|dock)|cables?|cords?|leads?|adapters?|accessor(?:y|ies)|manuals?|(?:software )?(?:cd|disc|disk)s?|carry case|(?<!\b(?:on|in|to|into|onto) (?:my|the|this|your) )case|cartridges?|batter(?:y|ies))\b/i.test(
          t,
        )) ||
      // "Do I send the milk frother back with it too, or just the machine?", "or can I keep those?"
      (/\b(?:send|return|pack|include|keep)\b/i.test(t) &&
        /\b(?:or (?:just|only) the [\w-]+|or can (?:i|we) keep (?:those|them|these|it)|with (?:it|the [\w-]+),? too)\b/i.test(t)),
  ],
  // "When will this colleague get back to me?", "how long until someone answers?"
  [
    'replyWhen',
    (t) =>
      /\b(?:when|how (?:long|soon)|how many days)\b[^.?!]{0,30}\b(?:(?:someone|somebody|a colleague|the colleague|this colleague|your colleague|a person|you|they|anyone)\b[^.?!]{0,15}\b(?:get|gets|come|comes) back to (?:me|us)|(?:someone|somebody|a colleague|the colleague|this colleague|your colleague|a person|anyone) (?:will )?(?:answers?|repl(?:y|ies)|writes?|contacts?|emails?|calls?)|(?:i|we) (?:will )?hear (?:back|from)|(?:i|we) get an? (?:answer|reply))\b/i.test(
        t,
      ),
  ],
  // "Does it matter that I bought it in the United States?"
  [
    'boughtAbroad',
    (t) =>
      /\b(?:bought|purchased|got) (?:it |the \w+ )?(?:in|from) (?:the )?(?:us|usa|u\.s\.a?\.?|united states|states|america|new york|abroad|overseas|another country|outside (?:of )?(?:europe|the eu|the ec|south africa)|asia|china|japan|dubai|the uk)\b/i.test(
        t,
      ) && /\?|\b(?:matter|problem|ok(?:ay)?|covered|valid|accepted|count)\b/i.test(t),
  ],
  // "Can you not just send me a new one and I pay for it?": buying, not a part or a remedy.
  [
    'buyNew',
    (t) =>
      /\b(?:send|sell|give|ship|post)\b(?: me| us)? (?:just |simply )?(?:a|another) (?:brand[- ])?new (?:one|[\w-]+)\b[^.?!]{0,30}\b(?:i|we)(?:'ll| will| would| can| could)? pay\b|\b(?:buy|purchase) (?:a|another) (?:brand[- ])?new (?:one|[\w-]+) (?:from you|directly|instead)\b|\bpay for a (?:brand[- ])?new (?:one|[\w-]+) instead\b|\bsell me (?:a|another) (?:brand[- ])?(?:new )?[\w-]+/i.test(
        t,
      ),
  ],
  // "Will you tell the shop?", "can you contact the seller for me?"
  [
    'tellSeller',
    (t) =>
      /\b(?:will|can|could|would|do|does) (?:you|plextor|plc(?: technologies)?|someone|somebody) (?:(?:also|then|now) )?(?:tell|contact|inform|let|notify|write to|call|email|e-mail|phone) (?:the |my )?(?:shop|seller|store|retailer|reseller|dealer|web ?shop)\b/i.test(
        t,
      ),
  ],
  // "Can I not just take it back to the shop where I bought it?"
  [
    'seller',
    (t) =>
      /\b(?:back to the|go to the|return it to the|give it back to the|instead of (?:you|plextor)|rather (?:go|take it) to the)\b[^.?!]{0,30}\b(?:shop|store|seller|retailer|reseller|web ?shop|dealer)\b|\b(?:shop|store(?! credit)|seller|retailer|reseller)\b[^.?!]{0,25}\b(?:instead|rather)\b/i.test(
        t,
      ) ||
      // "Maybe I should go to FNAC instead?", "must I go to Sony rather?", "so I deal with Russell Hobbs myself?"
      /\b(?:go|take it|return it|bring it|send it|write) (?:back )?to [\w&-]+ (?:instead|better|rather)\b|\bdeal with\b|\b(?:must|do|should|have to) (?:i|we) (?:go|write|talk|turn) to (?!the post\b)[\w&-]+\??$|\b(?:write|talk|go) to the (?:web ?shop|shop|store|seller|retailer|manufacturer|maker)\b|\bcontact (?:them|the (?:shop|seller|store|manufacturer|maker|brand|retailer))\b|\bcontact(?: details)? (?:of|for) the (?:shop|seller|store|manufacturer|maker|brand|retailer)\b|\b(?:you|plc(?: technologies)?) or [\w-]+\?|\bwho (?:do|should|must|can|shall) (?:i|we) (?:contact|write to|talk to|turn to|call|ask|go to)(?: then| now| instead)?\s*\?*$/i.test(
        t,
      ),
  ],
  // "Is a used controller still covered?", "are dead pixels covered?"
  [
    'covered',
    (t) =>
      // "Does the warranty cover the postage?" asks who pays: a cost.
      !/\bcover(?:s|ed)?\b[^.?!]{0,20}\b(?:postage|shipping|delivery|courier|transport|posting|sending|carriage|fee|costs?)\b/i.test(t) &&
      ((/\b(?:(?:still |even |actually )?covered|under (?:the )?warranty)\b/i.test(t) && /\?|\b(?:is|are|does|do|will)\b/i.test(t)) ||
        /\b(?:problem|issue|matter|difference) for the (?:warranty|guarantee)\b|\b(?:warranty|guarantee) (?:still )?(?:valid|ok(?:ay)?|good|intact)\b|\bdoes the (?:warranty|guarantee) cover\b|\b(?:make|makes) (?:a|any) difference\b|\bdoes it matter that (?:i|we) (?:got|bought|paid)\b|\bdoes it matter that (?:it|the [\w-]+) (?:died|broke|stopped|failed)\b/i.test(
          t,
        )),
  ],
  // "So it's not a yes?", "is it approved or not?"
  [
    'status',
    (t) =>
      /\b(?:register(?:ed)?|logged|receive[ds]?) (?:my|the|our) (?:return|request|claim)\b|\bis (?:my return|my request|it) (?:registered|logged)\b/i.test(t) ||
      (!/\bwhy\b/i.test(t) &&
        /\b(?:(?:is|was) (?:it|that|this|my return) (?:a )?(?:yes|no|approved|accepted|declined|refused)|(?:it'?s|that'?s|is that) not a yes|(?:approved|accepted) or not)\b/i.test(
          t,
        )),
  ],
  // "The outer box is gone, is that a problem?": the photo of it is left out.
  [
    'boxGone',
    (t) =>
      /\b(?:threw|thrown|binned|tossed|lost|don'?t have|no longer have|got rid of)\b(?![^.?!]{0,20}\b(?:other|another|different|second|spare)\b)[^.?!]{0,40}\b(?:box|packaging|carton)\b|\b(?:box|packaging|carton)\b[^.?!]{0,40}\b(?:is gone|went out|thrown|binned|in the (?:rubbish|bin|trash)|with the rubbish)\b/i.test(
        t,
      ),
  ],
  // "Can't you just send me the charger?": only the part, not the whole return.
  [
    'partOnly',
    (t) =>
      // "A new battery or a whole new drill?" asks which remedy, not for a part.
      !/\bor\b[^.?!]{0,20}\bnew\b/i.test(t) &&
      (/\b(?:send|post|courier|give|email)\b (?:me|us) (?:just |only )?(?:the|a|an|my|new|another|a new) (?:missing |new )?(?:(?:bag|packet|pack|set|box) of (?:the )?(?:missing )?)?(?:[\w-]+ )?(?:charger|charging \w+|cable|part|parts|screws?|piece|key|code|licen[cs]e|remote|adapter|stand|lid|manual|base|feet|legs?|wheels?|handle|knob|strap|battery|bracket|mount|arms?|bulb|filter|brush|nozzle)\b|\bjust (?:the|a) (?:missing )?(?:charger|cable|part|screws?|piece|key)\b/i.test(
        t,
      ) ||
        // "Can't you just post the missing charger?", "can't you just send me a new wheel?"
        /\b(?:can'?t|cannot|couldn'?t|can|could|would|will) you (?:not )?(?:just |simply |only )?(?:send|post|courier|ship|email|give)(?: me| us)? (?:just |only )?(?:a|an|the|my|another) (?:new |missing |replacement |spare )[\w-]+/i.test(
          t,
        ) ||
        /\b(?:can'?t|cannot|couldn'?t) you (?:just|simply) (?:send|post|courier|ship|email|give)\b/i.test(t) ||
        // "Can you not just send the crumb tray?"
        /\b(?:can|could|would|will) you (?:not )?(?:just|simply|only) (?:send|post|courier|ship|give)(?: me| us)? (?:the|a|an|my) (?:missing )?(?!(?:address|label|link|e-?mail|details|photos?|invoice|form|confirmation|rma|number|code|money|refund|replacement|new|right|correct|other|courier|collection|size|colou?r|one|version|model|black|white)\b)[\w-]+/i.test(
          t,
        )),
  ],
  // "I thought you're allowed to send back online purchases within 7 days?", "what about my consumer rights?"
  [
    'rights',
    (t) =>
      /\b(?:statutory|consumer (?:rights?|protection|law|act)|my rights|rights as a|the law|by law|legal(?:ly)?|illegal|cooling[- ]off|CPA|ECTA|entitled|(?:allowed|right) to (?:return|send (?:it |them )?back|cancel))\b/i.test(
        t,
      ) ||
      // "under Irish/EU law the seller has to cover faults…": a country's or the EU's law.
      /\b(?:eu|e\.u\.|european|irish|uk|british|german|french|belgian|dutch|spanish|italian|national|local|consumer) (?:law|legislation|rules)\b|\bunder [\w/]+ law\b|\bthe (?:shop|seller|retailer|store|vendor) (?:has|have|is|are) (?:to|obliged|liable|responsible)\b/i.test(
        t,
      ) ||
      // "Don't I have 2 years anyway buying it in Ireland?", "I thought it was 2 years in the EU?": cover the customer believes the law gives.
      (/\b(?:2|two)[- ]?years?\b/i.test(t) &&
        /\b(?:anyway|in the eu|in europe|eu|europe|i thought|don'?t i (?:have|get)|do i not (?:have|get)|isn'?t (?:it|there)|at least|minimum|don'?t they|dont they)\b/i.test(
          t,
        ) &&
        /\?|\bdon'?t they\b|\bdont they\b/i.test(t)),
  ],
  // "Is there a phone number I can call?", "who can I speak to, a manager?"
  [
    'contact',
    (t) =>
      // Not their own number ("did you save my phone number?": blind run BM).
      /\b(?:who (?:do|should|can|must) (?:i|we) (?:call|phone|ring)|(?<!\b(?:my|our|mine)\s(?:(?:cell|mobile|own)\s)?)phone number|telephone|call (?:you|someone|somebody)|speak to|talk to (?:someone|somebody|a manager|a human|a real person)|a manager|supervisor|(?:anyone|someone|somebody) (?:i|we) can (?:actually )?(?:talk|speak) to|(?:give|send|tell) (?:me|us) (?:the |their |its |[\w]+'s )?(?:phone |contact |telephone )?(?:number|phone|e-?mail(?: address)?|contact(?: details)?)|[\w]+'s (?:phone |contact |telephone )?(?:number|e-?mail address|contact details))\b/i.test(
        t,
      ),
  ],
  // "By card or bank transfer?", "will the money go back onto my card?"
  [
    'paymentMethod',
    (t) =>
      (/\b(?:(?:credit |debit )?(?<!\b(?:memory|sd|sim|graphics|video|sound|network|key|licen[cs]e|code|scratch|warranty|registration|business) )card|bank transfer|transfer (?:the |my )?(?:money|refund|amount)|eft|paypal|cash)\b/i.test(
        t,
      ) &&
        // "How long does the refund take to come back on my card?" asks when (blind run BR), unless it also asks which way.
        !(/\bhow (?:long|soon|many (?:days|weeks))\b/i.test(t) && !/\b(?:or|either|which)\b/i.test(t))) ||
      /\bhow (?:(?:do|can|should|will|must) )?(?:i|we) pay\b|\bhow (?:do|will) (?:i|we) get (?:the|my|our) money\b/i.test(t),
  ],
  ['photos', (t) => /\b(?:photos?|pictures?|pics|images?|attach(?:ed|ing|ments?)?)\b/i.test(t)],
  [
    'next',
    (t) =>
      /\b(?:what (?:do|should|must) (?:i|we) do(?: now| next)?|what (?:happens|now|next)|next steps?|should (?:i|we) (?:wait|(?:send|post) (?:it|them) (?:now|already|yet|straight away|today)\b)|do (?:i|we) (?:send|post) it (?:now|already)|anything else (?:i|we) (?:need|have|should|must)|(?:need|have) to do anything(?: else)?|(?:must|do|should) (?:i|we) (?:have to )?wait|(?:have|need) to book|book (?:something|a (?:courier|collection|slot))|(?<!\b(?:lend|loan|borrow|give|get|have)\b[^.?!]{0,40})in the meantime|how (?:do|can|will) (?:i|we) get (?:the|a|my) (?:right|correct|proper|working) (?:one|\w+))\b/i.test(
        t,
      ),
  ],
  [
    'choose',
    (t) =>
      /\b(?:(?:brand )?new|repair(?:ed)?|fix(?:ed)?|replaced|replacement|refund)\b[^.?!]{0,25}?\bor\b[^.?!]{0,25}?\b(?:new|repaired|replaced|replacement|refund|credit|fixed|money back)\b|\b(?:want|like) (?:a |the |my )?(?:refund|replacement|new one|repair|credit|money back|(?:correct|right) [\w-]+)\b/i.test(
        t,
      ) ||
      // "Can I get a refund instead?": choosing names what is chosen ("instead of sending it to Plextor" does not).
      (/\b(?:rather|instead|prefer|choose|choice)\b/i.test(t) && /\b(?:refund|replace\w*|new one|repair\w*|credit|money back|fixed)\b/i.test(t)) ||
      // "Who decides, me or you?", "will I get my own drive back, or a different one?"
      // "Will I get a brand new one or will you fix this one?", "so will you send me the L?", "my own drive back?"
      /\b(?:will|do|can|would|shall) (?:i|we) (?:get|receive|have)\b[^.?!]{0,30}\b(?:(?:brand )?new|same|own|another|replacement|used|refurbished|repaired|fixed)\b(?! (?:box|address|email))|\byou (?:will |'ll |going to )?(?:send|deliver|post) (?:it|them|one) (?:to )?(?:me|us)\b|\b(?:will|would|are|can|could) you (?:going to |just |please |not just )?(?:send|give|deliver|post)(?: me| us)? (?:the|a|my|our) (?!contact|details|number|phone|link|form|label|address|e-?mail|invoice|receipt|photos?)[\w-]+\b(?! (?:address|email|link|label|number|details))|\bnew (?:one|[\w-]+) or\b|\bor (?:will you |would you )?(?:fix|repair)\b|\bcan (?:i|we) (?:choose|pick|decide)\b|\bdo (?:i|we) get to (?:choose|pick)\b|\bget my own [\w-]+ back\b|\byou(?:'ll| will| are going to) (?:send|give|deliver)(?: me| us)? (?:the|a|my) [\w-]+\b|\b(?:get|have) (?:a |some )?(?:store )?credit\b|\bwho (?:decides|chooses|picks)\b|\b(?:can'?t|cannot|can not|couldn'?t|won'?t|isn'?t) (?:be )?(?:fix(?:ed)?|repair(?:ed)?|repairable)\b|\b(?:decides?|chooses?|picks?|fixed|replaced|repaired)\b[^.?!]{0,30}\b(?:me or you|you or me)\b|\b(?:my own|the same) [\w-]+(?: back)?,? or (?:a |another |a different )/i.test(
        t,
      ),
  ],
  // "Wäre es möglich, statt einer Reparatur das Geld zurück zu bekommen?": a refund asked about.
  // Not where it is refused ("I want the correct remote, not my money back").
  [
    'refundAsked',
    (t) =>
      /\b(?:refund|money back|my money)\b/i.test(
        t.replace(/\b(?:not|no|never|rather than|than|instead of|(?:do ?n[o']t|do not) (?:want|need))\s+(?:(?:a|my|the)\s+)?(?:refund|money back)\b/gi, ' '),
      ),
  ],
  // "I threw away the plastic, is that a problem?", "I used it once, is that still OK?", "do I need the original box?"
  [
    'worry',
    (t) =>
      (/\b(?:a problem|an issue|ok(?:ay)?|alright|all right|matter|fine|affect|count against|still (?:be )?(?:returnable|accepted))\b/i.test(t) &&
        /\b(?:threw|thrown|throw|binned|lost|don'?t have|no longer have|used|tried|wore|worn|opened|unsealed|once|twice|seals?|box|packaging|plastic|wrapping|tags?|labels?|stickers?)\b/i.test(
          t,
        )) ||
      /\bneed (?:the|my|its) (?:original )?(?:box|packaging|wrapping)\b|\b(?:in|without) (?:the|its|my) original (?:box|packaging)\b|\b(?:take|cut) (?:the |them |those )?(?:tags?|labels?)(?: [\w-]+)? off|leave (?:the |them )?(?:tags?|labels?)? ?on\b/i.test(
        t,
      ) ||
      // "Must it be the original box?", "does it have to go in the original packaging?" (blind run BG).
      // "I still have the original box, should I use it?" (blind run BL, in German); "…, must it go back in that?"
      /\b(?:must|need|needs|have to|has to|should|required|necessary|mandatory)\b[^.?!]{0,40}\boriginal (?:box|packaging|carton)\b|\boriginal (?:box|packaging|carton)\b[^.?!]{0,30}\b(?:required|necessary|mandatory|needed|a must|(?:should|shall|must|do|can) (?:i|we) (?:use|take|send it in) (?:it|that|this|them)|(?:must|should|does|do|has) (?:it|they) (?:have to )?(?:go|be sent|be packed|come) (?:back )?in (?:it|that|this|them))\b|\boriginal (?:box|packaging|carton)\?\s+(?:should|must|shall|do|can) (?:i|we) (?:use|take|send it in) (?:it|that|this|them)\b/i.test(
        t,
      ) ||
      // "Do I have to keep the box?", "can I throw the broken plate away?", "can I keep using it until then?"
      /\b(?:(?:have|need) to keep|can (?:i|we) (?:throw|bin|toss)|(?:keep|still) us(?:e|ing)|can (?:i|we) (?:use|keep) (?:it|this|the [\w-]+(?: [\w-]+)?) (?:in the meantime|until|till|while|meanwhile))\b/i.test(
        t,
      ),
  ],
  ['print', (t) => /\bprint(?:ed|ing|out)?\b/i.test(t)],
  // "What is a pro-forma invoice?", "do I need customs papers?", "do I pay import tax?"
  [
    'customs',
    (t) =>
      /\b(?:pro-?\s?forma|customs|import (?:tax|duty|duties|vat)|duties|template|currency|in euros?|lira|(?:what|which) value|value (?:do|should|must|can) (?:i|we) (?:put|write|declare|give|state))\b/i.test(
        t,
      ),
  ],
  // "Do I put the receipt in the box or keep it?" (the purchase invoice, not a pro-forma one)
  [
    'invoice',
    (t) =>
      /\b(?:invoices?|receipts?|ticket de caisse|till slip|proof of purchase)\b/i.test(
        // A pro-forma is for customs; "will I get an invoice for the repair?" is a bill.
        t.replace(
          /\bpro-?\s?forma invoices?\b|\b(?:get|be sent|receive|not get) (?:a |an )?(?:bill|invoice) (?:for|when|if|after)\b|\bnot get (?:a |an )?invoice\b/gi,
          '',
        ),
      ),
  ],
  [
    'include',
    (t) =>
      /\b(?:include|enclose|invoice|receipt|documents?|paperwork|papers|customs|forms?|pack|packing|in(?:side)? the (?:box|parcel|package))\b/i.test(t) ||
      // "Must I send the charging cable with it?", "can I keep the USB cable and send only the drive?"
      (/\b(?:i|we)\b[^.?!]{0,25}\b(?:send|keep|return|put|give back|pack|leave)\b/i.test(t) &&
        /\b(?:chargers?|charging|cables?|cords?|adapters?|accessor(?:y|ies)|remotes?|manuals?|cases?|cartridges?|everything)\b/i.test(t)),
  ],
  [
    'cost',
    (t) =>
      /\b(?:cost|costs|how much|price|pays?|paying|postage|charged?|fees?|free)\b/i.test(
        t.replace(/\b(?:does ?n[o']t|does not|won'?t|will not|not|stopped|no longer|never) (?:charg\w*|hold (?:a|its) charge)\b/gi, ''),
      ),
  ],
  // "Will the courier bring the new one when they collect this one?"
  [
    'swap',
    (t) =>
      (/\b(?:bring|brings|bringing|swap|exchange)\b/i.test(t) && /\b(?:new|replacement|another|other one)\b/i.test(t)) ||
      /\bswap\b|\bbring (?:the|a|my) [\w-]+ (?:one )?(?:with them|along|at the same time)\b|\bbring (?:the|my) [\w-]+ one\b/i.test(t) ||
      /\b(?:at the same time|at the door)\b/i.test(t) ||
      // "Must I first give back the colour one before you send the black one?"
      /\b(?:first (?:give|send|hand)|(?:give|send|hand) (?:\w+ ){0,3}?back first|before (?:you|they) (?:send|deliver|bring))\b/i.test(t),
  ],
  // A wish for the collection, said: "my neighbour at number 14 can give it to the courier", "Saturday morning is best".
  [
    'collectionWish',
    (t) =>
      /\b(?:neighbou?r|security|reception|concierge|guard(?:house)?|my work(?:place)?|my office|work address|office address)\b[^.?!]{0,60}\b(?:can|will|could|is home|is in|give|hand|collect|fetch|courier)\b|\b(?:saturdays?|sundays?|weekends?|mornings?|afternoons?|evenings?|after \d|before \d)\b[^.?!]{0,20}\b(?:is|are|would be|suits?) (?:best|better|fine|good|ideal)\b|\b(?:i|we) (?:work|am at work|am out|'m at work|'m out|am away)\b[^.?!]{0,30}\b(?:week|weekdays?|during the day|monday|days)\b/i.test(
        t,
      ),
  ],
  // When, where from and how the courier comes: "on a Saturday?", "from my work address?", "will they phone first?"
  [
    'collection',
    (t) =>
      (COLLECTING.test(t) && (TIMING.test(t) || ARRANGING.test(t))) ||
      /\b(?:(?:contact|call|phone|ring|text|sms|email) (?:me|us) (?:first|before(?:hand)?|in advance|ahead)|(?:courier|driver) find (?:me|us)|nobody(?:'s| is) (?:at )?home|(?:can|could|will|would) (?:they|the courier|the driver|someone|somebody) (?:come|collect|fetch|pick (?:it|this) up)\b[^.?!]{0,30}\b(?:saturdays?|sundays?|weekends?|weekdays?|mornings?|afternoons?|evenings?|office|work|home|instead)|^\W*(?:or )?(?:on )?(?:a )?(?:saturday|sunday|weekend|weekday)s?(?: morning| afternoon| evening)?(?: at (?:home|work|the office))?(?=\W*$)|no one(?:'s| is) (?:at )?home|(?:contact|call|phone|email) (?:me|us)\b[^.?!]{0,20}\barrange|arrange (?:it|the collection|a time|a day|the pick-?up)|(?:need|have) to be (?:at )?home|be (?:at )?home (?:for|when)|leave it with (?:my |a |the )?(?:neighbou?r|security|reception|concierge|guard))\b/i.test(
        t,
      ),
  ],
  ['addressWhen', (t) => /\baddress\b/i.test(t) && /\b(?:when|how long|how soon|yet|still waiting)\b/i.test(t)],
  [
    'where',
    (t) =>
      /\b(?:where|somewhere|address|collect(?:ed|ion)?|pick(?:ed)? ?up|courier|fetch(?:ed)?|post it|post office|drop (?:it )?off|bring it (?:in|to you)|(?:service|repair) cent(?:re|er)|which country)\b/i.test(
        t,
      ),
  ],
  [
    'when',
    (t) =>
      /\b(?:when(?! (?:i|we) (?:pack|send|post|open|unpack|took|take|put|opened|got|received|plug|tried|use|used)\b)|how long|how soon|how fast|how quickly|how many (?:days|weeks)|quickly|urgently|asap|as soon as possible|straight away|right away|immediately|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|next week|tomorrow)|speed (?:it |things )?up|faster|realistically|new one|replacement|refund|repaired)\b/i.test(
        t,
      ),
  ],
];

/** A more precise kind answers the question the broader one would only half answer. */
const NARROWS: Partial<Record<CaseQuestion, CaseQuestion[]>> = {
  warrantyAfter: ['modify', 'covered', 'when', 'choose', 'swap', 'why', 'ifNotPossible'],
  otherProof: ['invoice', 'ifNotPossible', 'include', 'print', 'covered', 'next', 'paymentMethod', 'when'],
  homeService: ['collection', 'where', 'next', 'when', 'choose', 'collectionWish'],
  shipHow: ['where', 'cost', 'packaging', 'next', 'collection'],
  modify: ['swap', 'covered', 'worry', 'when', 'choose', 'next'],
  keepUntil: ['worry', 'swap', 'when', 'choose', 'accessories'],
  wholeProduct: ['accessories', 'include', 'partOnly', 'worry', 'where', 'collection'],
  details: ['invoice', 'include', 'photos', 'print'],
  // "Did you save my phone number?" is not a question about reaching the shop.
  detailsGiven: ['contact'],
  // "How long does the refund take?" asks when, not whether there is one.
  when: ['refundAsked'],
  serialWhere: ['where', 'photos', 'include'],
  packaging: ['include', 'worry', 'swap', 'collection', 'where', 'when'],
  ifNotPossible: ['choose', 'next', 'when', 'covered', 'swap'],
  keepIt: ['worry', 'choose', 'when', 'accessories'],
  collectionWish: ['collection', 'where', 'when'],
  safety: ['keepUntil', 'next', 'worry', 'covered'],
  wipeData: ['include', 'next', 'photos', 'worry'],
  quoteFirst: ['cost', 'choose', 'next', 'when', 'paymentMethod', 'covered'],
  ifNotCovered: ['cost', 'covered', 'ifNotPossible', 'modify', 'next', 'where', 'why', 'when', 'include', 'invoice'],
  exchange: ['swap', 'choose', 'cost', 'when', 'accessories'],
  oneRma: ['status', 'where', 'include', 'invoice', 'when'],
  noEmail: ['status', 'when', 'where'],
  correction: ['where', 'when', 'status', 'collection'],
  amountBack: ['cost', 'when', 'choose', 'status', 'refundAsked'],
  ownThings: ['accessories', 'include', 'when', 'choose', 'worry', 'where', 'collection'],
  // The answer about the law says the shop is still open to a manufacturer's customer: 'seller' is not said twice.
  rights: ['why', 'when', 'choose', 'cost', 'where', 'next', 'seller'],
  boxGone: ['worry', 'photos', 'packaging'],
  partOnly: ['include', 'where', 'next', 'swap', 'accessories', 'wholeProduct', 'choose'],
  status: ['why', 'when'],
  covered: ['why', 'status', 'when', 'cost', 'choose'],
  paymentMethod: ['cost', 'when', 'choose', 'refundAsked'],
  worry: ['include', 'accessories', 'when'],
  why: ['when'],
  print: ['include', 'invoice'],
  customs: ['include', 'cost', 'invoice'],
  invoice: ['include', 'worry'],
  accessories: ['include', 'worry'],
  seller: ['where', 'next', 'when', 'choose', 'contact'],
  tellSeller: ['seller', 'contact', 'where', 'next'],
  buyNew: ['partOnly', 'chosen', 'cost', 'choose', 'exchange'],
  boughtAbroad: ['covered', 'why', 'status', 'seller'],
  replyWhen: ['when', 'contact', 'status'],
  contact: ['where'],
  swap: ['when', 'where', 'choose', 'collection'],
  collection: ['when', 'where'],
  addressWhen: ['when', 'where'],
  dropOff: ['where', 'shipHow', 'collection', 'seller'],
};

/** What a statement can tell us for the case: a choice, a correction, a detail, an email that did not come, a wish for the collection. */
const TOLD: readonly CaseQuestion[] = ['correction', 'details', 'noEmail', 'collection', 'collectionWish', 'oneRma', 'partOnly', 'safety'];

/** A question, not a statement ("here is the photo of the dent" asks nothing). "I thought I could take it back to the shop" asks whether it can. */
const ASKS =
  /\?|(?:^|[.!\n]\s*)(?:(?:and|also|so|but|ok(?:ay)?|then|sorry|oh|well|just to be clear|one more thing|last thing)[,:]?\s+)*(?:do|does|did|can|could|when|where|how|who|what|which|will|would|should|shall|is|are|am|may|must)\b|\b(?:you (?:didn'?t|did not|never|haven'?t|have not) (?:say|said|answer\w*|tell|told|mention\w*)|,\s+how (?:long|much|soon)|(?:answer|tell me|explain) why|i still don'?t know|i (?:don'?t|can'?t|cannot) (?:see|find) (?:where|how|anywhere|any)|(?:didn'?t|did not|haven'?t|have not|never) (?:get|got|receive[ds]?) (?:any|an|the|your|a)|i (?:thought|assumed|was told) (?:that )?i (?:could|would|'d|can|was to|should) (?:just )?(?:take|send|bring|give|return|hand)\b[^.?!]{0,20}\b(?:back|to))\b/i;

/** "A refund then, please.", "I'd like a new one": a remedy chosen in a statement. */
const CHOICE =
  /\b(?:i(?:'d| would)? (?:(?:really|much|just|only|simply) )?(?:like|want|prefer|rather have|choose|go for|take)(?! to (?:know|ask|understand|check|say))|i'?ll (?:take|go for|have)|(?:my|our) choice is|please)\b[^.?!]{0,40}\b(?:refund|money back|credit|replacement|new one|new [a-z]+|repair\w*|fixed|the (?:right|correct|[a-z]+) one|the (?:right|correct) [a-z-]+)\b|\b(?:refund|replacement|repair|new one|credit),? (?:then,? )?please\b|\bi(?:'d| would)? (?:really )?(?:like|want) (?:the|a|an) [\w-]+(?: [\w-]+)?,? please\b/i;

/** The statement (not a question) in the message that chooses a remedy, the last one said. */
export function choiceStatement(text: string): string | undefined {
  return text
    .split(/(?<=[?!.])\s+|\n+/)
    .filter(
      (sentence) =>
        !ASKS.test(sentence) &&
        CHOICE.test(sentence) &&
        // "If I choose a refund, how long…" chooses nothing; "If I can choose, I'd like a new one" does.
        !/\b(?:if|when|whether)\b[^,;]*\b(?:refund|money back|credit|replacement|new one|repair\w*|fixed)\b/i.test(sentence) &&
        // "I did not say yet that I want the repair" denies a choice.
        !/\b(?:not|never|didn'?t|haven'?t|hasn'?t)\b[^,;]*\b(?:say|said|decided?|chose|choose|agreed?)\b/i.test(sentence),
    )
    .pop();
}

/** Whether a statement (not a question) in the message chooses a remedy. */
function choosesInStatement(text: string): boolean {
  return choiceStatement(text) !== undefined;
}

/** Whether the message asks something (a question mark, or a sentence that opens like a question). */
/**
 * A hazard the customer describes, asked about or not: sparks, smoke, a burning smell, flames, a
 * swelling battery, melting, a shock. The desk says how to stay safe before anything else, once.
 */
const HAZARD =
  /\b(?:sparks?|sparking|sparked|smok(?:e|ed|es|ing)|burning smell|smell(?:s|ed|ing)? (?:of |like )?(?:something )?(?:(?:was|is) )?(?:burn\w*|smoke|plastic)|flames?|caught fire|catch(?:es)? fire|on fire|melt(?:s|ed|ing)?|(?:battery|back|case|cover)\b[^.?!]{0,40}\b(?:swell\w*|swollen|bulg\w*|puff\w*)|(?:swell\w*|swollen|bulg\w*|puffed up)\b[^.?!]{0,30}\bbattery|electric shock|shocked me|gave me a shock|too hot to (?:touch|hold)|gets? (?:very|really|extremely) hot)\b/i;

export function namesHazard(text: string): boolean {
  // "No sparks, no smoke": a hazard denied is none.
  return HAZARD.test(
    text.replace(
      /\b(?:no|not any|without|never any)\s+(?:sparks?|smoke|burning smell|flames?)(?:\s*(?:,|or|and|nor)\s*(?:no\s+)?(?:sparks?|smoke|burning smell|flames?))*/gi,
      '',
    ),
  );
}

export function asksSomething(text: string): boolean {
  return ASKS.test(text);
}

export function caseQuestion(text: string): CaseQuestion | undefined {
  return caseQuestions(text)[0];
}

/** The statements after the message's last question ("Will they phone first? I work during the week."). */
function afterLastQuestion(text: string): string {
  const sentences = text.split(/(?<=[?!.])\s+|\n+/).filter((s) => s.trim());
  const last = sentences.map((s) => ASKS.test(s)).lastIndexOf(true);
  return sentences.slice(last + 1).join(' ');
}

/** Each sentence that asks something, with the statements just before it. */
function asked(text: string): { said: string; sentence: string }[] {
  return askedIn(text, (t) => t);
}

/** As asked, for text in any language: a sentence asks when it, read in English, does. */
function askedIn(text: string, toEnglish: (text: string) => string): { said: string; sentence: string }[] {
  const out: { said: string; sentence: string }[] = [];
  let said = '';
  for (const sentence of text.split(/(?<=[?!.])\s+|\n+/)) {
    if (!sentence.trim()) continue;
    if (ASKS.test(toEnglish(sentence))) {
      out.push({ said, sentence });
      said = '';
    } else said += `${sentence} `;
  }
  return out;
}

/** A time asked for without "when": "before the weekend", "by Friday", "in time". */
const SOON =
  /\b(?:before (?:the |next |this )?(?:weekend|week|month|christmas|holidays?|end of|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|by (?:next|this|the) \w+|by (?:mon|tues|wednes|thurs|fri|satur|sun)day|in time|how soon)\b/i;

/** The kinds one question asks: the narrow kind wins over the broad one it would only half answer. */
function kindsOf(question: string): CaseQuestion[] {
  let kinds = KINDS.filter(([, asks]) => asks(question)).map(([kind]) => kind);
  // "How fast will I get the new one?" asks when, not which.
  if (
    kinds.includes('choose') &&
    kinds.includes('when') &&
    /\b(?:when|how (?:long|soon|fast|quickly))\b[^.?!]*\b(?:get|receive|have|come|arrive)/i.test(question) &&
    !/\bor\b/i.test(question)
  )
    kinds = kinds.filter((k) => k !== 'choose');
  // "If I choose a refund, how long does that take?" has chosen nothing yet: it asks when.
  if (kinds.includes('when') && /\bif (?:i|we) (?:choose|pick|go for|want|take)\b/i.test(question)) kinds = kinds.filter((k) => k !== 'choose');
  // "Will I have the new one before the weekend?" asks when it comes, not which.
  if (kinds.includes('choose') && !/\bor\b/i.test(question) && SOON.test(question)) kinds = [...kinds.filter((k) => k !== 'choose' && k !== 'when'), 'when'];
  // "Can I get a refund instead?" names the refund to choose it, not to ask when it comes; "will the
  // new one come before the weekend?" asks when.
  if (
    kinds.includes('choose') &&
    !/\b(?:when|how long|how soon|how fast|how many (?:days|weeks)|soon|quickly|urgently|asap|before|in time|by (?:next|this|the|friday|saturday|sunday|monday))\b/i.test(
      question,
    )
  )
    kinds = kinds.filter((k) => k !== 'when');
  // Two kinds that narrow each other do not both vanish: the one read first stays.
  const narrowed = (k: CaseQuestion) =>
    kinds.some((kind) => kind !== k && (NARROWS[kind] ?? []).includes(k) && !((NARROWS[k] ?? []).includes(kind) && kinds.indexOf(k) < kinds.indexOf(kind)));
  kinds = kinds.filter((k) => !narrowed(k));
  return kinds;
}

/** A time asked for: what makes "when" more than a refund or a new one named. */
const ASKS_TIME =
  /\b(?:when|how long|how soon|how fast|how quickly|how many (?:days|weeks)|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week))\b/i;

/**
 * Every kind of question the message asks, in the order answers are given. Each question is read on
 * its own, so "When does the address come? When do I get the new one?" asks both.
 */
export function caseQuestions(text: string): CaseQuestion[] {
  const chosen = choosesInStatement(text);
  if (!asksSomething(text)) {
    // A statement answers nothing, but some tell us something for the case ("my order number is…").
    const told = kindsOf(text)
      .filter((kind) => TOLD.includes(kind))
      .map((kind) => (kind === 'details' ? 'detailsGiven' : kind));
    return chosen ? ['chosen', ...told] : told;
  }
  // Each question read alone; the statements just before it only where it asks nothing of its own
  // ("I threw the box away. Is that a problem?"), not where it does ("I have the invoice. I'd rather
  // have a new one, is that possible?" asks about the new one, not the invoice).
  const questions = asked(text);
  const kinds = new Set(
    questions.flatMap(({ said, sentence }) => {
      const own = kindsOf(sentence);
      // Only the broad "when" (a refund or a new one named, no time asked) reads what was said before too
      // ("I opened the box and charged it once. Is that going to be a problem for my refund?": blind run BS).
      const broad = own.length === 1 && own[0] === 'when' && !ASKS_TIME.test(sentence);
      return own.length > 0 && !broad ? own : kindsOf(`${said}${sentence}`);
    }),
  );
  // "…will they phone me first? I work during the week.": what is told after the last question goes on the case too.
  for (const kind of kindsOf(afterLastQuestion(text))) if (kind === 'collectionWish' || kind === 'noEmail') kinds.add(kind);
  if (chosen) kinds.add('chosen');
  // A choice said is the answer to a question about choosing asked beside it ("I want the navy one. Is that noted?").
  if (kinds.has('chosen')) kinds.delete('choose');
  // "What if they say it was the fall? Do I pay then, and how much?": what it costs then is the answer about that case.
  if (kinds.has('ifNotCovered')) kinds.delete('cost');
  // Where it goes is part of the answer about when the collection or the address comes.
  if (kinds.has('collection') || kinds.has('addressWhen')) kinds.delete('where');
  // A choice said beside the questions comes first: the answers go on from it.
  return [...(kinds.has('chosen') ? (['chosen'] as const) : []), ...KINDS.map(([kind]) => kind).filter((kind) => kinds.has(kind))];
}

/**
 * The questions in a message that none of the kinds above answers, as the customer wrote them (at
 * most three, each cut short): said back with the answers, so that none is skipped in silence.
 */
/**
 * German and French are read glossed into English (shared/extract/gloss.ts): `read` is the glossed
 * message, `said` the customer's own, whose questions are quoted back.
 */
const FILLER = new Set([
  'but',
  'and',
  'the',
  'what',
  'about',
  'how',
  'then',
  'this',
  'that',
  'also',
  'so',
  'aber',
  'und',
  'der',
  'die',
  'das',
  'mais',
  'et',
  'le',
  'la',
  'les',
]);

/** A question of a few words ("but the box?") whose words another question, answered, says in full. */
function askedInFull(sentence: string, answered: readonly string[]): boolean {
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0 || words.length > 4 || answered.length === 0) return false;
  const content = words.filter((w) => !FILLER.has(w));
  return content.length > 0 && answered.some((a) => content.every((w) => new RegExp(`\\b${w}\\b`, 'iu').test(a)));
}

/**
 * The questions in `said` that no kind answers, as the customer wrote them. `toEnglish` reads a
 * sentence written in German or French (shared/extract/gloss.ts); each is read on its own, so
 * that what is quoted back is always the customer's own sentence, never a half-read one.
 */
export function unansweredQuestions(said: string, toEnglish: (text: string) => string = (t) => t): string[] {
  const text = toEnglish(said);
  if (!asksSomething(text)) return [];
  const chosen = choosesInStatement(text);
  const read = askedIn(said, toEnglish);
  return (
    read
      .map(({ said: before, sentence }) => ({ said: before, sentence: toEnglish(sentence), written: sentence }))
      .filter(({ said: before, sentence }) => kindsOf(`${toEnglish(before)}${sentence}`).length === 0)
      // "But the box? Can I use the dented box?": a short question that the next one asks in full.
      .filter(
        ({ sentence }) =>
          !askedInFull(
            sentence,
            read.map((r) => toEnglish(r.sentence)).filter((r) => r !== sentence && kindsOf(r).length > 0),
          ),
      )
      // "I want the navy one. Is that noted?": the answer to the choice answers it.
      .filter(
        ({ sentence }) =>
          !(
            chosen &&
            /\b(?:noted|possible|ok(?:ay)?|fine|alright|all right|clear|tell (?:someone|anyone|you|somebody)|let (?:you|someone) know)\b/i.test(sentence)
          ),
      )
      .map(({ written }) => written.replace(/^(?:[\s>*•-]+|\s*\d+[.)]\s+)+/, '').trim())
      // "Yes or no?", "Right?": a tag on the question before, answered with it.
      .filter(
        (q) =>
          q.length > 0 &&
          // "I still don't know:" opens a list: its items are the questions.
          !/:\s*$/.test(q) &&
          !/^(?:yes or no|right|correct|really|ok(?:ay)?|is that (?:so|right|true)|or not|true|when|roughly|weeks|months|days|quand|wann|ungefähr|à peu près|environ|oui ou non|ja oder nein|vraiment|wirklich|oder|ou pas|oder nicht|stimmt das|c'est ça)$/iu.test(
            q.replace(/[?!.\s]+$/, ''),
          ),
      )
      .slice(0, 3)
      .map((q) => (q.length > 160 ? `${q.slice(0, 157)}…` : q))
  );
}
