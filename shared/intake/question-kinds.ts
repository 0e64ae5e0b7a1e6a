// The kinds of question a customer asks about a return once it has its RMA number, read from the
// message question by question: each sentence that asks something (with the statements just before
// it) is matched against the kinds, the narrow kind winning over the broad one it would only half
// answer. What no kind covers is returned as written, to be said back and passed to a colleague.
// shared/intake/case-answers.ts answers each kind from the case's decision.

export type CaseQuestion =
  | 'why'
  | 'accessories'
  | 'seller'
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
  /\b(?:when|what (?:day|days|time|date)|which (?:day|days|time)|how (?:soon|long)|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|tomorrow|today|mornings?|afternoons?|evenings?|(?:at|be|not) home|work(?:ing)? (?:during the day|all day|weekdays|in the day|office hours)|office hours)\b/i;

const ARRANGING = /\b(?:address|work|office|different place|somewhere else|neighbou?r|phone|call|ring|sms|text me|contact me|let me know)\b/i;

// In this order: "where do I put the invoice?" is about the parcel's contents, "how much is the
// shipping?" about money, "when do you collect it?" about when the courier comes.
const KINDS: [CaseQuestion, (text: string) => boolean][] = [
  // "Why don't I get a new one?", "why is it not dead on arrival?": the decision's first line says why.
  ['why', (t) => /\bwhy\b|\bhow come\b/i.test(t)],
  // "Do I send the cables and the software CD too?": what goes with the product besides the papers.
  [
    'accessories',
    (t) =>
      /\b(?:send|sent|include|put|pack|keep|return|go(?:es)? (?:in|with)|also|too|as well)\b/i.test(t) &&
      /\b(?:chargers?|charging (?:cable|stand|dock)|cables?|cords?|leads?|adapters?|accessor(?:y|ies)|manuals?|(?:software )?(?:cd|disc|disk)s?|carry case|case|cartridges?|batter(?:y|ies))\b/i.test(
        t,
      ),
  ],
  // "Can I not just take it back to the shop where I bought it?"
  [
    'seller',
    (t) =>
      /\b(?:back to the|go to the|return it to the|give it back to the|instead of (?:you|plextor)|rather (?:go|take it) to the)\b[^.?!]{0,30}\b(?:shop|store|seller|retailer|reseller|web ?shop|dealer)\b|\b(?:shop|store|seller|retailer|reseller)\b[^.?!]{0,25}\b(?:instead|rather)\b/i.test(
        t,
      ),
  ],
  // "Is a used controller still covered?", "are dead pixels covered?"
  ['covered', (t) => /\b(?:(?:still |even |actually )?covered|under (?:the )?warranty)\b/i.test(t) && /\?|\b(?:is|are|does|do|will)\b/i.test(t)],
  // "So it's not a yes?", "is it approved or not?"
  [
    'status',
    (t) =>
      !/\bwhy\b/i.test(t) &&
      /\b(?:(?:is|was) (?:it|that|this|my return) (?:a )?(?:yes|no|approved|accepted|declined|refused)|(?:it'?s|that'?s|is that) not a yes|(?:approved|accepted) or not)\b/i.test(
        t,
      ),
  ],
  // "The outer box is gone, is that a problem?": the photo of it is left out.
  [
    'boxGone',
    (t) =>
      /\b(?:threw|thrown|binned|tossed|lost|don'?t have|no longer have|got rid of)\b[^.?!]{0,40}\b(?:box|packaging|carton)\b|\b(?:box|packaging|carton)\b[^.?!]{0,40}\b(?:is gone|went out|thrown|binned|in the (?:rubbish|bin|trash)|with the rubbish)\b/i.test(
        t,
      ),
  ],
  // "Can't you just send me the charger?": only the part, not the whole return.
  [
    'partOnly',
    (t) =>
      /\b(?:send|post|courier|give|email)\b (?:me|us) (?:just |only )?(?:the|a|an|my|new|another|a new) (?:missing |new )?(?:[\w-]+ )?(?:charger|charging \w+|cable|part|parts|screws?|piece|key|code|licen[cs]e|remote|adapter|stand|lid|manual)\b|\bjust (?:the|a) (?:missing )?(?:charger|cable|part|screws?|piece|key)\b/i.test(
        t,
      ),
  ],
  // "I thought you're allowed to send back online purchases within 7 days?", "what about my consumer rights?"
  [
    'rights',
    (t) =>
      /\b(?:statutory|consumer (?:rights?|protection|law|act)|my rights|rights as a|the law|by law|legal(?:ly)?|illegal|cooling[- ]off|CPA|ECTA|entitled|(?:allowed|right) to (?:return|send (?:it |them )?back|cancel))\b/i.test(
        t,
      ),
  ],
  // "Is there a phone number I can call?", "who can I speak to, a manager?"
  [
    'contact',
    (t) =>
      /\b(?:phone number|telephone|call (?:you|someone|somebody)|speak to|talk to (?:someone|somebody|a manager|a human|a real person)|a manager|supervisor)\b/i.test(
        t,
      ),
  ],
  // "By card or bank transfer?", "will the money go back onto my card?"
  [
    'paymentMethod',
    (t) =>
      /\b(?:(?:credit |debit )?card|bank transfer|transfer|eft|paypal|cash)\b/i.test(t) ||
      /\bhow (?:(?:do|can|should|will|must) )?(?:i|we) pay\b|\bhow (?:do|will) (?:i|we) get (?:the|my|our) money\b/i.test(t),
  ],
  ['photos', (t) => /\b(?:photos?|pictures?|pics|images?)\b/i.test(t)],
  [
    'next',
    (t) =>
      /\b(?:what (?:do|should|must) (?:i|we) do(?: now| next)?|what (?:happens|now|next)|next steps?|should (?:i|we) (?:wait|(?:send|post) (?:it|them) (?:now|already|yet|straight away|today)\b)|do (?:i|we) (?:send|post) it (?:now|already)|anything else (?:i|we) (?:need|have|should|must)|(?:need|have) to do anything(?: else)?)\b/i.test(
        t,
      ),
  ],
  [
    'choose',
    (t) =>
      /\b(?:(?:brand )?new|repaired|replaced|replacement|refund)\b[^.?!]{0,25}?\bor\b[^.?!]{0,25}?\b(?:new|repaired|replaced|replacement|refund|credit|fixed|money back)\b|\b(?:want|like) (?:a |the |my )?(?:refund|replacement|new one|repair|credit|money back|(?:correct|right) [\w-]+)\b/i.test(
        t,
      ) ||
      // "Can I get a refund instead?": choosing names what is chosen ("instead of sending it to Plextor" does not).
      (/\b(?:rather|instead|prefer|choose|choice)\b/i.test(t) && /\b(?:refund|replace\w*|new one|repair\w*|credit|money back|fixed)\b/i.test(t)) ||
      // "Who decides, me or you?", "will I get my own drive back, or a different one?"
      /\bwho (?:decides|chooses|picks)\b|\b(?:can'?t|cannot|can not|couldn'?t|won'?t|isn'?t) (?:be )?(?:fix(?:ed)?|repair(?:ed)?|repairable)\b|\b(?:me or you|you or me)\b|\b(?:my own|the same) [\w-]+(?: back)?,? or (?:a |another |a different )/i.test(
        t,
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
      /\bneed (?:the|my|its) (?:original )?(?:box|packaging|wrapping)\b/i.test(t) ||
      // "Do I have to keep the box?", "can I throw the broken plate away?", "can I keep using it until then?"
      /\b(?:(?:have|need) to keep|can (?:i|we) (?:throw|bin|toss)|(?:keep|still) us(?:e|ing)|can (?:i|we) (?:use|keep) (?:it|this|the [\w-]+(?: [\w-]+)?) (?:in the meantime|until|till|while|meanwhile))\b/i.test(
        t,
      ),
  ],
  ['print', (t) => /\bprint(?:ed|ing|out)?\b/i.test(t)],
  // "What is a pro-forma invoice?", "do I need customs papers?", "do I pay import tax?"
  ['customs', (t) => /\b(?:pro-?\s?forma|customs|import (?:tax|duty|duties|vat)|duties)\b/i.test(t)],
  // "Do I put the receipt in the box or keep it?" (the purchase invoice, not a pro-forma one)
  ['invoice', (t) => /\b(?:invoices?|receipts?|ticket de caisse|till slip|proof of purchase)\b/i.test(t.replace(/\bpro-?\s?forma invoices?\b/gi, ''))],
  [
    'include',
    (t) =>
      /\b(?:include|enclose|invoice|receipt|documents?|paperwork|papers|customs|forms?|pack|packing|in(?:side)? the (?:box|parcel|package))\b/i.test(t) ||
      // "Must I send the charging cable with it?", "can I keep the USB cable and send only the drive?"
      (/\b(?:i|we)\b[^.?!]{0,25}\b(?:send|keep|return|put|give back|pack|leave)\b/i.test(t) &&
        /\b(?:chargers?|charging|cables?|cords?|adapters?|accessor(?:y|ies)|remotes?|manuals?|cases?|cartridges?|everything)\b/i.test(t)),
  ],
  ['cost', (t) => /\b(?:cost|costs|how much|price|pays?|paying|postage|charged?|fees?|free)\b/i.test(t)],
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
  // When, where from and how the courier comes: "on a Saturday?", "from my work address?", "will they phone first?"
  ['collection', (t) => COLLECTING.test(t) && (TIMING.test(t) || ARRANGING.test(t))],
  ['addressWhen', (t) => /\baddress\b/i.test(t) && /\b(?:when|how long|how soon|yet|still waiting)\b/i.test(t)],
  ['where', (t) => /\b(?:where|address|collect(?:ed|ion)?|pick(?:ed)? ?up|courier|post it|post office)\b/i.test(t)],
  [
    'when',
    (t) =>
      /\b(?:when(?! (?:i|we) (?:pack|send|post|open|unpack|took|take|put|opened|got|received|plug|tried|use|used)\b)|how long|how soon|new one|replacement|refund|repaired)\b/i.test(
        t,
      ),
  ],
];

/** A more precise kind answers the question the broader one would only half answer. */
const NARROWS: Partial<Record<CaseQuestion, CaseQuestion[]>> = {
  rights: ['why', 'when', 'choose', 'cost', 'where', 'next'],
  boxGone: ['worry', 'photos'],
  partOnly: ['include', 'where', 'next', 'swap', 'accessories'],
  status: ['why', 'when'],
  covered: ['why', 'status', 'when', 'cost', 'choose'],
  paymentMethod: ['cost', 'when', 'choose'],
  worry: ['include', 'accessories'],
  why: ['when'],
  print: ['include', 'invoice'],
  customs: ['include', 'cost', 'invoice'],
  invoice: ['include'],
  accessories: ['include', 'worry'],
  seller: ['where', 'next', 'when', 'choose'],
  swap: ['when', 'where', 'choose', 'collection'],
  collection: ['when', 'where'],
  addressWhen: ['when', 'where'],
};

/** A question, not a statement ("here is the photo of the dent" asks nothing). */
const ASKS = /\?|(?:^|[.!\n]\s*)(?:do|does|did|can|could|when|where|how|who|what|which|will|would|should|shall|is|are|am|may|must)\b/i;

/** Whether the message asks something (a question mark, or a sentence that opens like a question). */
export function asksSomething(text: string): boolean {
  return ASKS.test(text);
}

export function caseQuestion(text: string): CaseQuestion | undefined {
  return caseQuestions(text)[0];
}

/**
 * The message as questions: each sentence that asks something, with the statements just before it
 * ("I threw the box away. Is that a problem?"). Statements after the last question ask nothing.
 */
function questionsIn(text: string): string[] {
  return asked(text).map(({ said, sentence }) => `${said}${sentence}`);
}

/** Each sentence that asks something, with the statements just before it. */
function asked(text: string): { said: string; sentence: string }[] {
  const out: { said: string; sentence: string }[] = [];
  let said = '';
  for (const sentence of text.split(/(?<=[?!.])\s+|\n+/)) {
    if (!sentence.trim()) continue;
    if (ASKS.test(sentence)) {
      out.push({ said, sentence });
      said = '';
    } else said += `${sentence} `;
  }
  return out;
}

/** The kinds one question asks: the narrow kind wins over the broad one it would only half answer. */
function kindsOf(question: string): CaseQuestion[] {
  let kinds = KINDS.filter(([, asks]) => asks(question)).map(([kind]) => kind);
  for (const kind of [...kinds]) kinds = kinds.filter((k) => !(NARROWS[kind] ?? []).includes(k));
  // "Can I get a refund instead?" names the refund to choose it, not to ask when it comes.
  return kinds.includes('choose') && !/\b(?:when|how long|how soon)\b/i.test(question) ? kinds.filter((k) => k !== 'when') : kinds;
}

/**
 * Every kind of question the message asks, in the order answers are given. Each question is read on
 * its own, so "When does the address come? When do I get the new one?" asks both.
 */
export function caseQuestions(text: string): CaseQuestion[] {
  if (!asksSomething(text)) return [];
  const asked = new Set(questionsIn(text).flatMap(kindsOf));
  // Where it goes is part of the answer about when the collection or the address comes.
  if (asked.has('collection') || asked.has('addressWhen')) asked.delete('where');
  return KINDS.map(([kind]) => kind).filter((kind) => asked.has(kind));
}

/**
 * The questions in a message that none of the kinds above answers, as the customer wrote them (at
 * most three, each cut short): said back with the answers, so that none is skipped in silence.
 */
export function unansweredQuestions(text: string): string[] {
  if (!asksSomething(text)) return [];
  return asked(text)
    .filter(({ said, sentence }) => kindsOf(`${said}${sentence}`).length === 0)
    .map(({ sentence }) => sentence.replace(/^[\s>*•\d.)-]+/, '').trim())
    .filter((q) => q.length > 0)
    .slice(0, 3)
    .map((q) => (q.length > 160 ? `${q.slice(0, 157)}…` : q));
}
