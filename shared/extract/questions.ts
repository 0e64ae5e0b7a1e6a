// Questions state nothing: "Does the warranty cover water damage?", "do you deliver to Namibia?",
// "My drive has a 2 year warranty, right?". Facts are read from the text with such questions
// blanked out (same length, so positions still line up). A request that happens to end in a
// question mark ("Can I pay to get my laptop fixed?", "Could you send a new cable?") is not a
// question about facts: what it presupposes stands. So does a statement with a question mark
// ("I paid for the extended warranty and you tell me it doesn't cover this?").

// Where a sentence or a new statement starts: after . ! ? or a line break, a colon, or a dash.
const SEGMENT = /[^.!?\n:]*(?:[.!?\n:]+|$)/g;
const FILLER =
  /^(?:\s|\b(?:oh|and|so|but|also|ok|okay|well|hi|hey|hello|please|sorry|anyway|just|then|now|um+|uh+|one more thing|quick question|maybe|btw)\b|,)+/i;
const ASKING =
  /^(?:do|does|did|is|are|was|were|am|has|have|had|how|what|which|why|when|where|who|whom|whose|should|shall|may|might|isn't|aren't|doesn't|don't|didn't|wasn't|haven't|hasn't)\b/i;
// "can I …", "could you …", "would you …": asking for something to be done.
const REQUEST = /^(?:can|could|will|would|won't|can't)\b/i;
// A statement turned into a question by its tail.
const TAG = /,\s*(?:right|yes|no|correct|true|ok|okay|isn't it|doesn't it|don't they|is it|does it|or not)\s*\?+\s*$/i;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

// A question written without its question mark: "Also do I need to keep all the packaging, I still have it".
const ASKED_UNMARKED =
  /^(?:(?:do|does|can|could|should|must|will|would|shall|may|is|are|am)\s+(?:i|we|you|it|they|this|that)\b|(?:muss|kann|soll|darf|brauche|gibt es)\s+(?:ich|man|es|er|sie)\b|(?:est-ce que|dois-je|puis-je|faut-il)\b)/iu;

/** Whether a sentence asks something: a question mark, or the form of a question without one. */
export function asksInSentence(sentence: string): boolean {
  return /\?\s*$/.test(sentence) || ASKED_UNMARKED.test(sentence.trim().replace(FILLER, ''));
}

/** The text with every question about facts replaced by spaces. */
export function withoutQuestions(text: string): string {
  if (!text.includes('?')) return text;
  return text.replace(SEGMENT, (segment) => {
    if (!/\?\s*$/.test(segment)) return segment;
    // The last statement in it: after a dash ("Oh and maybe a question - do you deliver to X?").
    const dash = segment.search(/\s[-–—]\s(?!.*\s[-–—]\s)/);
    const head = dash >= 0 ? segment.slice(0, dash) : '';
    const tail = dash >= 0 ? segment.slice(dash) : segment;
    const start = tail.replace(/^\s*[-–—]?/, '').replace(FILLER, '');
    if (TAG.test(tail) || (ASKING.test(start) && !REQUEST.test(start))) return head + blank(tail);
    return segment;
  });
}

/**
 * The text with every sentence that ends in a question mark blanked, whatever its form ("So I send it
 * to Plextor in Belgium, not to the shop?"), unless `keep` says it states something anyway.
 */
export function withoutAnyQuestion(text: string, keep: (sentence: string) => boolean): string {
  if (!text.includes('?')) return text;
  return text.replace(SEGMENT, (segment) => (/\?\s*$/.test(segment) && !keep(segment) ? blank(segment) : segment));
}
