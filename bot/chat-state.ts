// What a chat conversation keeps between messages, what it may call, and the transcript it keeps
// for staff: the types and helpers every part of the chat shares (bot/conversation.ts drives it).
import type { ChatPhotos } from './photos';
import {
  aboutOf,
  type About,
  type Case,
  type CollectionDetails,
  type CreateCaseRequest,
  type CreateCaseResult,
  type HumanRequest,
  type HumanRequestOnCase,
  type TranscriptLine,
} from '../shared/cases';
import { contactSchema } from '../shared/cases/request.schema';
import { mergeAbout, readAbout } from '../shared/intake/about-text';
import type { Extraction, Language } from '../shared/extract';
import { nestFacts, type Decision, type FactPath, type FactValue, type FactsInput, type Policy } from '../shared/rules';
import type { ChatDecision } from './case-questions';
import { PROMPTS, promptsFor } from './prompts';

export type Stage = 'policy' | 'facts' | 'name' | 'email' | 'confirm' | 'done' | 'handoff_email' | 'handed_off';

export interface ChatState {
  stage: Stage;
  policy?: string;
  /** The merchant was taken from the product alone ("a coffee machine"): a merchant named later replaces it, until registration. */
  policyGuessed?: boolean;
  facts: Partial<Record<FactPath, FactValue>>;
  /** What the last question asked for. */
  asking?: FactPath | 'policy' | 'contact.name' | 'contact.email' | 'confirm';
  /** Facts the customer could not tell: not asked again. */
  unsure: FactPath[];
  retries: number;
  contact: { name?: string; email?: string };
  references: Extraction['references'];
  /** The most recent lines only (TRANSCRIPT_LIMITS); `transcriptDropped` counts the older ones. */
  transcript: TranscriptLine[];
  transcriptDropped?: number;
  /** Counts the cases this conversation registered: each one's idempotency key. */
  caseSeq: number;
  rma?: string;
  statusUrl?: string;
  /**
   * The registered case's decision as the chat last told it. Questions about the case are answered
   * from the case as it is now (`ChatDeps.readCase`); this tells whether it has moved on since, and
   * answers only where the case cannot be read.
   */
  decision?: ChatDecision;
  /** Dates said roughly ("in March", "about 4 months ago"): the summary says so, not a day they never gave. */
  roughDates?: Extraction['roughDates'];
  /** The decision last explained before registration (canonical), so the same one is not explained twice. */
  told?: string;
  /** How to stay safe has been said (a hazard described is answered unasked, once). */
  safetyTold?: boolean;
  /** The last registered return quoted here that is not this conversation's (bot/other-return.ts): said once. */
  quotedReturn?: string;
  /** Photos sent before the case existed, waiting (staged) to join it. */
  pendingPhotos?: string[];
  /**
   * The language the customer writes in: the first message that says it clearly sets it, and it
   * stays ("vor 3 Tagen" alone is too short to tell) until the customer asks for another.
   */
  language?: Language;
  /** Asking where the courier collects an approved return (bot/collection.ts): which answer is awaited. */
  collecting?: 'details' | 'phone' | 'days';
  /** The collection details given so far (and whether any day suits), recorded on the case once complete. */
  collection?: Partial<CollectionDetails> & { anyDay?: boolean };
}

export interface Reply {
  text: string;
  suggestions?: string[];
  /** A page to open (the status page): a button, since the chat shows links in text as text. */
  link?: { title: string; url: string };
}

export interface ChatDeps {
  today(): string;
  now(): string;
  policies: ReadonlyMap<string, Policy>;
  assess(facts: FactsInput): Decision;
  createCase(
    request: CreateCaseRequest,
    options: { idempotencyKey: string; channel: 'chat'; sender: string; language?: Language; roughDates?: Extraction['roughDates'] },
  ): Promise<CreateCaseResult>;
  /** A person for this conversation: a new draft case, or (`rma`) the case it already registered, flagged. */
  requestHuman(
    request: HumanRequest | HumanRequestOnCase,
    options: { idempotencyKey: string; sender?: string },
  ): Promise<{ case: { rma: string }; statusUrl?: string }>;
  /**
   * Who opened the conversation (the client the desk gave its token to), the sender its mail counts
   * against; none for conversations the desk did not open. Without it, each conversation is its own sender.
   */
  senderOf?(conversationId: string): Promise<string | undefined>;
  /**
   * The merchant the site named when the desk opened the conversation (its token endpoint); none
   * when it named none, or for conversations the desk did not open.
   */
  policyOf?(conversationId: string): Promise<string | undefined>;
  /**
   * The case as it is now, by its RMA number (the case store): after registration, questions are
   * answered from it, so that staff's later decisions are what the customer hears. Without it, from
   * the decision kept with the conversation.
   */
  readCase?(rma: string): Promise<Case | undefined>;
  /** Photos sent in the chat (bot/photos.ts); without it, attachments are not taken. */
  photos?: ChatPhotos;
  /** Records where the courier collects the registered case (the case store); without it, the chat does not ask. */
  recordCollection?(rma: string, details: CollectionDetails): Promise<unknown>;
  /** The desk's page that emails a customer their status links again (for a return quoted in another conversation). */
  linkPage?: string;
}

/** Longer messages are refused, unread: nobody describes a return in more, and each is kept. */
export const MAX_MESSAGE_CHARACTERS = 2000;

/**
 * The transcript keeps the state item (DynamoDB: at most 400 KB) small whatever the customer sends:
 * the most recent lines, each clipped, and all of them within a byte budget.
 */
export const TRANSCRIPT_LIMITS = { lines: 100, lineCharacters: 1000, bytes: 96 * 1024 } as const;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

function clip(text: string): string {
  const clean = text.replace(CONTROL, ' ');
  if (clean.length <= TRANSCRIPT_LIMITS.lineCharacters) return clean;
  // Never end on half a surrogate pair.
  return `${clean.slice(0, TRANSCRIPT_LIMITS.lineCharacters - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}

const utf8Bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** `messageId`: the channel's id of the customer's message, so that staff get a message handled twice once. */
export function record(state: ChatState, from: TranscriptLine['from'], text: string, at: string, messageId?: string): void {
  state.transcript.push({ from, text: clip(text), at, ...(messageId ? { messageId } : {}) });
  let drop = Math.max(0, state.transcript.length - TRANSCRIPT_LIMITS.lines);
  while (drop < state.transcript.length - 1 && utf8Bytes(state.transcript.slice(drop)) > TRANSCRIPT_LIMITS.bytes) drop++;
  if (drop === 0) return;
  state.transcript.splice(0, drop);
  state.transcriptDropped = (state.transcriptDropped ?? 0) + drop;
}

/** The transcript as staff get it: a first line saying how much older conversation was not kept. */
export function transcriptForStaff(state: ChatState): TranscriptLine[] {
  const dropped = state.transcriptDropped ?? 0;
  if (dropped === 0) return state.transcript;
  return [{ from: 'assistant', text: PROMPTS.transcriptDropped(dropped), at: state.transcript[0]?.at ?? '' }, ...state.transcript];
}

/** An address the form would take too; anything else is as if none was given. */
export function validEmail(email: string | undefined): string | undefined {
  const parsed = email === undefined ? undefined : contactSchema.shape.email.safeParse(email);
  return parsed?.success ? parsed.data : undefined;
}

/** A new conversation: under a merchant the site named, in a language the page asked for (German or French; else English until the customer writes). */
export function newChat(policy?: string, language?: Language): ChatState {
  return {
    stage: policy ? 'facts' : 'policy',
    ...(policy ? { policy } : {}),
    ...(language === 'de' || language === 'fr' ? { language } : {}),
    facts: {},
    unsure: [],
    retries: 0,
    contact: {},
    references: {},
    transcript: [],
    caseSeq: 0,
  };
}

/** Flat fact paths into the nested shape the rules take. */
export function nest(policy: string, facts: ChatState['facts']): FactsInput {
  return { policy, ...nestFacts(facts) } as FactsInput;
}

/** "The problem is …", "Beim Problem bitte genauer: …", "Le problème : …": the problem told again. */
const TELLS_PROBLEM =
  /^\s*(?:(?:the )?(?:problem|fault|issue)(?: is| exactly| more exactly)?\s*[:,-]|to be (?:more )?(?:exact|precise)(?: about the problem)?\s*[:,]|(?:beim|zum) problem(?: bitte)?(?: genauer| noch)?\s*[:,-]?|das problem(?: ist| genauer)?\s*[:,-]|(?:le|au) problème(?: est| plus précisément)?\s*[:,-]?)\s*/iu;

/** What the customer wrote in this conversation, oldest first. */
export function customerSaid(state: Pick<ChatState, 'transcript'>): string[] {
  return state.transcript.filter((l) => l.from === 'customer').map((l) => l.text);
}

/** What says what the summary shows ("Beim Problem steht immer noch …"): a complaint about the line, not the problem. */
const ABOUT_THE_LINE = /^\s*(?:steht|stehen|says|still says|still|shows|only says|nur|indique|dit|affiche|est toujours)\b/iu;

/**
 * The problem told inside a message, from a sentence's start to its end ("Its PLC-61234. And the problem
 * is a line of dead pixels down the middle"; "one more change - under problem can you put that its a …";
 * "Et le probleme c'est que le PC ne le detecte plus", blind run BR).
 */
const TELLS_PROBLEM_WITHIN =
  /(?:^|[.!?;]\s+|\s[-–—]\s+)(?:(?:and|also|so|but|et|und) )?(?:the (?:problem|fault|issue) is (?!that (?:i|we)\b)|le probl[eè]me (?:c['’]est|est) que |(?:das|der) (?:problem|fehler) ist,? dass |(?:under|for|as|in) (?:the )?(?:problem|fault),? (?:(?:can|could|would) you )?(?:please )?(?:put|write|say|add|note)(?: down)?(?: that)?\s+)/i;

/** The problem as a later message tells it again, without its lead-in; undefined where it does not. */
export function toldAgain(text: string): string | undefined {
  if (TELLS_PROBLEM.test(text)) return text.replace(TELLS_PROBLEM, ' ').trim();
  const within = TELLS_PROBLEM_WITHIN.exec(text);
  if (!within) return undefined;
  return (text.slice(within.index + within[0].length).split(/(?<=[.!?])\s+/)[0] ?? '').trim();
}

/** The problem told again in later messages ("Problem: brennt keine Blu-rays mehr"), each without its lead-in. */
export function problemToldAgain(said: readonly string[]): string[] {
  const first = said.find((t) => t.trim().split(/\s+/).length >= 4);
  return said
    .filter((t) => t !== first)
    .map(toldAgain)
    .filter((t): t is string => t !== undefined && t !== '' && !ABOUT_THE_LINE.test(t));
}

/** What the customer's words say the item is: the first message that tells the story (as written), and any model, serial or order number they quoted. */
export function aboutFromChat(state: ChatState, options: { withoutLast?: boolean } = {}): About | undefined {
  const all = customerSaid(state);
  const said = options.withoutLast ? all.slice(0, -1) : all;
  const first = said.find((t) => t.trim().split(/\s+/).length >= 4);
  // A later message that tells the problem again, more exactly ("Beim Problem bitte genauer: …"), adds to it.
  const more = problemToldAgain(said);
  const story = first ? [first, ...more].join('\n') : undefined;
  return aboutOf(mergeAbout(story ? readAbout(story, { problem: true }) : undefined, ...said.map((t) => readAbout(t))));
}

/** "You can follow your return here: …", with a button that opens it. */
export function statusLink(state: Pick<ChatState, 'language'>, url: string): Reply {
  const P = promptsFor(state.language);
  return { text: P.followLink(url), link: { title: P.openStatus, url } };
}
