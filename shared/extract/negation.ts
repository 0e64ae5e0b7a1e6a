// Whether something a pattern found is said, denied or only wondered about. A pattern finds the
// words ("made to order", "packaging … damaged"); the words around them decide what the customer
// meant: "not made or configured to order", "the packaging is not damaged", "Custom order: no",
// "I'm not sure it was opened". Negation reaches to the end of the clause it starts in, so the
// cue has to be in the same clause as the words and before them (or inside a pattern's gap).

export type Polarity = 'said' | 'denied' | 'unsure';

// Where a clause starts: punctuation, or a conjunction that begins a new statement. "or" and
// "nor" do not: "not made or configured to order" denies both.
const BOUNDARY = /[.;!?,:()\n]|\s[-–—]\s|\b(?:but|and|although|though|however|whereas|while|yet|because|so|plus|except|then|also)\b/gi;

// Negate the rest of their clause: verbs' negation and negative pronouns.
const CLAUSE_CUE =
  /\b(?:not|never|nothing|none|nobody|neither|nor|no longer)\b|n't\b|\b(?:do|does|did|is|was|are|were|have|has|had|wo|ca|could|would|should|ai)nt\b/gi;

// Negate only the noun phrase they stand in front of ("no visible damage", "without the box"); a
// "no" before a pronoun or verb is an answer ("No it was custom made"), not a negation.
const DETERMINER_CUE = /\b(?:no|without|zero)\b/gi;
const NOT_A_NOUN_PHRASE =
  /^(?:it|it's|its|i|i'm|i've|we|they|he|she|this|that|there|is|was|are|were|has|have|had|did|do|does|i'd|we've|sorry|thanks|thank|problem|worries|doubt)$/i;

// Doubt or a condition: the statement is neither made nor denied. "not sure why it stopped" and
// "no idea what caused it" take the stopping as given, so a question word after them is not doubt.
// "it might overheat", "worried it may break", "in case it fails": not (yet) the case. "I thought
// it was broken" (it was not), "my husband thinks it's faulty": a belief, not what the customer says.
const DOUBT =
  /\b(?:not sure|unsure|(?:do ?n't|do not|dont) know|no idea|(?:can't|cannot|cant|don't|do not) remember|not certain|whether|if|unless|wonder(?:ing)?|(?:it|that|this|they|which|i|we) (?:might|may)|worried|hop(?:e|ing)|in case|what if|(?:i|we) thought|(?:he|she|they|husband|wife|son|daughter|partner|friend|father|mother|dad|mum|mom) (?:thinks|thought|believes|reckons))\b(\s+(?:why|what|how|when|where|who)\b)?/gi;
// Phrases with a negative word that deny nothing.
// "can't handle a bit of salt air": the negation is of the coping, not of the salt air.
const NOT_NEGATION =
  /\b(?:not only|not just|no doubt|no problem|no worries|(?:can't|cannot|couldn't|could not|unable to) (?:handle|cope with|take|withstand|survive|stand))\b/gi;

// A short answer after a label: "Custom order: no", "Used? No", "Seals intact - yes".
const LABEL_ANSWER = /^\s*(?:[:=?]|[-–—])\s*(?:(no|nope|none|false|n\/a)|(yes|yep|true))\b(?=\s*(?:$|[.,;:!?)\n-]))/i;

// "unopened", "non-custom": the prefix negates the word the pattern found.
const PREFIX = /(?:\bun|\bnon-?)$/i;

function clauseStart(text: string, before: number): number {
  let start = 0;
  for (const m of text.slice(0, before).matchAll(BOUNDARY)) start = m.index + m[0].length;
  return start;
}

const blank = (s: string) => ' '.repeat(s.length);

/**
 * How the words text[start, end) stand in their clause. Cues before `start` in the same clause
 * count; with `inside`, so do cues within the match (a pattern that spans "packaging … damaged"
 * must not be fooled by "packaging is not damaged").
 */
export function polarityAt(text: string, start: number, end: number, inside: boolean): Polarity {
  const label = LABEL_ANSWER.exec(text.slice(end));
  if (label) return label[1] ? 'denied' : 'said';
  if (PREFIX.test(text.slice(Math.max(0, start - 4), start))) return 'denied';

  const from = clauseStart(text, start);
  let window = text.slice(from, inside ? end : start);
  let doubt = false;
  window = window.replace(DOUBT, (m, wh: string | undefined) => {
    if (!wh) doubt = true;
    return blank(m);
  });
  if (doubt) return 'unsure';
  window = window.replace(NOT_NEGATION, blank);

  let negations = [...window.matchAll(CLAUSE_CUE)].length;
  const keyword = start - from; // where the found words begin, within the window
  for (const m of window.matchAll(DETERMINER_CUE)) {
    const after = m.index + m[0].length;
    const between = window
      .slice(after, after <= keyword ? keyword : window.length)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const limit = after <= keyword ? 2 : 3;
    if (between.length <= limit && !between.some((w) => NOT_A_NOUN_PHRASE.test(w))) negations += 1;
  }
  // Two negations in one clause ("not without", "never not") cancel out.
  return negations % 2 === 1 ? 'denied' : 'said';
}

/** Every match of a pattern, in order. */
export function* matches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const m of text.matchAll(global)) yield m as RegExpExecArray;
}
