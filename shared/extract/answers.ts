// Short answers, requests to the assistant itself, email addresses and reference numbers.
import type { Answer, Extraction, Intent } from './types';

const YES =
  /^(?:y|yes|yeah|yep|yup|ya|yah|yebo|yes please|do it|go ahead|please do|sure|of course|definitely|absolutely|ok|okay|affirmative|indeed)\b(?!\s+(?:not|never)\b|\s+no\s+(?!problem|worries|doubt))/i;
/**
 * A yes that is also how a statement starts ("it was", "I have", "correct"): a yes only when little
 * follows, and no date or number. "It was the 18th of March, not just March" puts a date right.
 */
const YES_SAID_SHORT =
  /^(?:correct|right|that's right|that is right|it is|it was|i do|i did|i have|i will|they are|true)\b(?!\s+(?:not|never)\b)(?=\s*(?:[,.!;]|$)|(?:\s+[^\s\d.,!?;]+){1,3}\s*[.!]*$)(?![^\n]*\d)/i;
const NO =
  /^(?:n|no|nope|nah|not really|not yet|i don'?t|i didn'?t|i haven'?t|i won'?t|(?:i (?:do|did|have|will)|it (?:is|was)|that'?s|that is|they are) not|it isn'?t|it wasn'?t|it's not|they aren'?t|never|none|negative|false|no it (?:is|was)n'?t)\b/i;
const UNSURE =
  /\b(?:not sure|unsure|don'?t know|do not know|no idea|can'?t remember|cannot remember|don'?t remember|maybe|perhaps|no clue|i forget|not certain)\b/i;

export function findAnswer(text: string): Answer | undefined {
  const t = text.trim().replace(/^(?:um+|uh+|well|hmm+),?\s*/i, '');
  // "I don't know what 'defect cause' means" asks about the question; it does not answer it.
  if (UNSURE.test(t) && !/\b(?:know|understand) what\b[^.?!]*\bmeans?\b/i.test(t)) return 'unsure';
  if (NO.test(t)) return 'no';
  if (YES.test(t) || YES_SAID_SHORT.test(t)) return 'yes';
  return undefined;
}

const LATER_YES = /^(?:yes|yep|yeah|i do|i did|i have|i will)(?=\s*[,.!]|\s*$)/i;
const LATER_NO = /^(?:no|nope|i don'?t|i didn'?t|i haven'?t|i won'?t)(?=\s*[,.!]|\s*$)/i;

/** A short yes or no that starts a later sentence: "I was told to say whether I have it. I do, …". */
export function findLaterAnswer(text: string): 'yes' | 'no' | undefined {
  for (const sentence of text.split(/[.!?\n]+/).slice(1)) {
    const t = sentence.trim();
    if (LATER_YES.test(t)) return 'yes';
    if (LATER_NO.test(t)) return 'no';
  }
  return undefined;
}

const INTENTS: readonly (readonly [Intent, RegExp])[] = [
  ['help', /^(?:help|\?+|what can you do\??|how does this work\??|i need help|help me|options|menu)[.!]*$/i],
  // "From the beginning, please" starts again; "it never worked from the beginning" does not.
  [
    'restart',
    // A command said as a sentence of its own: "how do I reset it?" or "it won't start again" is not one.
    /(?:^|[.!?]\s+)(?:(?:ok(?:ay)?|sorry|hmm|actually|no)[,.!\s]+)*(?:(?:let'?s|can we|could we|i(?:'d| would)? (?:like|want) to|i need to|please)\s+)?(?:start (?:over|again|afresh|from scratch)|restart(?: (?:this|the (?:chat|conversation)))?|begin again|reset(?: (?:this|the (?:chat|conversation)))?)(?:\s+please)?\s*(?:[.!?]|$)|\b(?:new return|another return)\b|^\s*(?:(?:let'?s |can we |please )?(?:go |start )?(?:back )?)?from the (?:start|beginning)\b[\s,.!]*(?:please)?[.!]*$/i,
  ],
  ['cancel', /^(?:cancel|stop|quit|exit|never ?mind|forget it|abort|i give up)(?: (?:it|this|that|please))?[.!]*$/i],
  [
    'human',
    /\b(?:(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:(?:real|actual|live) )?(?:person|human|agent|someone|somebody|representative|operator|member of staff|staff)|real person|human (?:being|agent)|customer (?:service|support)|(?<!\b(?:courier|driver|they|he|she|delivery|collection)\b[^.?!]{0,25})call me|(?:a|an actual|some) (?:person|human|someone) (?:(?:please|to|could|can|would) )*(?:look|check|review|help)|(?:someone|somebody) (?:to )?look (?:at|into) (?:this|it|my))\b/i,
  ],
  ['correction', /^(?:actually|sorry,? (?:i meant|it was|that should be)|correction|i meant|no,? wait|wait,?|oops)\b/i],
];

export function findIntents(text: string): Intent[] {
  return INTENTS.filter(([, p]) => p.test(text.trim())).map(([i]) => i);
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

export function findEmail(text: string): string | undefined {
  return EMAIL.exec(text)?.[0];
}

// What may stand between the label and the number: "order number, it's PLC-51877", "Bestellnummer lautet 4711".
const FILL = String.raw`(?:\s*(?:[:#=,?]|-(?=\s)|\bis\b|\bwas\b|\bit'?s\b|\bits\b|\bist\b|\blautet\b|\best\b|\bc'est\b))*\s*`;
const CODE = String.raw`([A-Z0-9][A-Z0-9/-]{3,40})`;
// Where it is written, between the label and the number: "the serial on the label is …", "die Seriennummer auf dem Aufkleber ist …".
const WHERE = String.raw`(?:\s+(?:on|auf|sur)\s+(?:the\s+|dem\s+|der\s+|den\s+|le\s+|la\s+|l['’])?\p{L}+(?=\s+(?:is|ist|est)\b))?`;
/** The order number spoken of, and a code shaped like one (letters, a hyphen, digits: "PLC-62777"). */
const ORDER_SPOKEN_OF = /\b(?:order (?:number|no\.?|nr\.?|#|ref(?:erence)?)|bestellnummer|num[ée]ro de commande)\b/iu;
const ORDER_SHAPED = /\b([A-Z]{2,6}-\d{3,12})\b/i;
const ORDER = new RegExp(
  String.raw`(?:\border(?:\s*(?:number|num\.?|no\.?|nr\.?|#|ref(?:erence)?))?|\bbestell(?:nummer|-?nr\.?|ung)|\bauftrags?(?:nummer|-?nr\.?)|\bcommande(?:\s*(?:n°|num[ée]ro|no\.?))?)${FILL}${CODE}`,
  'iu',
);
const INVOICE = new RegExp(
  String.raw`(?:\binvoice(?:\s*(?:number|num\.?|no\.?|nr\.?|#))?|\brechnung(?:s-?nummer|s-?nr\.?)?|\bfacture(?:\s*(?:n°|num[ée]ro|no\.?))?)${FILL}${CODE}`,
  'iu',
);
const SERIAL = new RegExp(
  String.raw`(?:\bserial(?:\s*(?:number|no\.?|nr\.?|#))?|\bs\/n|\bsn\b|\bseriennummer|\bserien-?nr\.?|\bnum[ée]ro de s[ée]rie|\bn°\s*de\s*s[ée]rie)${WHERE}${FILL}${CODE}`,
  'iu',
);

/** Order, invoice and serial numbers: they must contain a digit (not "order from", "invoice copy"). */
export function findReferences(text: string): Extraction['references'] {
  const take = (re: RegExp) => {
    const value = re.exec(text)?.[1]?.replace(/[/-]+$/, '');
    return value && /\d/.test(value) ? value.toUpperCase() : undefined;
  };
  // "can you add my order number please its PLC-62777", "the order number is still missing?? PLC-62777"
  // (blind run BP): a code shaped like one, in a message that speaks of the order number.
  const order = take(ORDER) ?? (ORDER_SPOKEN_OF.test(text) ? take(ORDER_SHAPED) : undefined);
  const invoice = take(INVOICE);
  const serial = take(SERIAL);
  return { ...(order ? { order } : {}), ...(invoice ? { invoice } : {}), ...(serial ? { serial } : {}) };
}
