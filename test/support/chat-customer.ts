// A customer who knows some facts and says them in plain words: all at once, or only when asked.
// Drives the conversation through the test client (test/support/chat-client.ts).
import type { Activity } from '@microsoft/agents-activity';
import { ChatTestClient } from './chat-client';
import type { ChatDeps } from '../../bot/conversation';
import { promptsFor, QUESTIONS, questionsFor, type Prompts } from '../../bot/prompts';
import { flattenFacts, type FactPath, type FactValue } from '../../shared/rules';
import { FixedClock, testApp } from './fakes';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
const country = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

const REASON: Record<string, string> = {
  unwanted: 'I changed my mind about it',
  wrong_item: 'you sent me the wrong item',
  damaged_on_delivery: 'it arrived damaged',
  missing_parts: 'parts are missing from the box',
  defective: 'it stopped working',
  dead_on_arrival: 'it never worked',
  paid_repair: 'I would like a paid repair',
};
const CAUSE: Record<string, string> = {
  manufacturing: 'I think it is a manufacturing fault',
  unknown: 'I have no idea why',
  wear_and_tear: 'probably normal wear and tear',
  misuse: 'I dropped it',
  electrical_surge: 'there was a power surge',
  sea_air_corrosion: 'it is corroded, we live by the sea',
  poor_care: 'I never cleaned it',
  unauthorized_alteration: 'a friend modified it',
  not_suitable: 'it does not suit my needs',
  handling_signs: 'there are only signs of handling',
};
/** How a customer states an item fact in a sentence: [if true, if false]. */
const ITEM: Record<string, [string, string]> = {
  'item.used': ['I have used it', "it's unused"],
  'item.damaged': ['there is a crack on the case', 'the drive is not damaged'],
  'item.labelsAttached': ['the labels are still on', 'I peeled off the stickers'],
  'item.originalPackaging': ["it's still in the original box", 'I threw away the box'],
  'item.packagingUndamaged': ['the packaging is in perfect condition', 'the box is damaged'],
  'item.sealsIntact': ['the seals are intact', 'the seal is broken'],
  'item.accessoriesComplete': ['nothing is missing', 'I lost the cable'],
  'item.modified': ['I modified it', 'I have not modified it'],
  'item.softwareOpened': ['I installed the software already', 'the software is still sealed'],
  'product.customOrder': ['it was custom-built', 'it is a standard model'],
  'product.directWarranty': ['it is covered by the manufacturer warranty directly', ''],
  invoiceCopy: ['I have the invoice', 'I lost the receipt'],
};

/** A sentence stating one fact, the way it would appear in a first message. */
export function sentence(path: FactPath, value: FactValue): string {
  if (path === 'reason') return REASON[value as string] as string;
  if (path === 'purchaseDate') return `I bought it on ${longDate(value as string)}`;
  if (path === 'deliveryDate') return `it arrived on ${longDate(value as string)}`;
  if (path === 'country') return `I'm in ${country(value as string)}`;
  if (path === 'defectCause') return CAUSE[value as string] as string;
  if (path === 'product.category') return value === 'software' ? "it's software" : "it's hardware";
  if (path === 'product.condition') return value === 'new' ? 'I bought it brand new' : value === 'used' ? 'I bought it second-hand' : 'it was an unboxed deal';
  if (path === 'product.warrantyMonths') return `it has a ${String(value)} month warranty`;
  if (path === 'product.supplierWarrantyMonths') return Number(value) > 0 ? `it has a ${String(value)} month extended warranty` : 'it has no extended warranty';
  const pair = ITEM[path];
  if (pair) return value ? pair[0] : pair[1];
  return '';
}

/** The answer to the question about one fact. */
export function answer(path: FactPath, value: FactValue | undefined): string {
  if (value === undefined) return "I don't know";
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const option = QUESTIONS[path].options?.find((o) => o.value === value);
  if (option && path !== 'reason') return option.label;
  if (path === 'product.supplierWarrantyMonths' || path === 'product.warrantyMonths') return Number(value) === 0 ? 'no' : `${String(value)} months`;
  if (path === 'purchaseDate' || path === 'deliveryDate') return `on ${longDate(value as string)}`;
  if (path === 'country') return country(value as string);
  return sentence(path, value);
}

export const flatten = flattenFacts;

const MERCHANT: Record<string, string> = { 'plextor-eu': 'my Plextor drive', 'plc-technologies': 'something I bought from PLC Technologies' };

export interface Conversation {
  /** Customer messages until the bot decided (asked for the name), the first included. */
  turnsToDecision: number | undefined;
  /** Customer messages until the RMA number, the first included. */
  turnsToRma: number | undefined;
  /** Questions the bot asked about facts. */
  asked: FactPath[];
  replies: string[];
  rma?: string;
  store: ReturnType<typeof testApp>['store'];
  mailer: ReturnType<typeof testApp>['mailer'];
}

/** The chat speaks English, German or French: the customer recognises its questions in any of them. */
const LANGUAGES = ['en', 'de', 'fr'] as const;
const botSaid = (tail: string, words: (p: Prompts) => string, how: 'is' | 'starts' = 'is') =>
  LANGUAGES.some((l) => (how === 'is' ? tail === words(promptsFor(l)) : tail.startsWith(words(promptsFor(l)))));

function askedFact(text: string): FactPath | undefined {
  for (const language of LANGUAGES) {
    const entry = Object.entries(questionsFor(language)).find(([, q]) => text.endsWith(q.text));
    if (entry) return entry[0] as FactPath;
  }
  return undefined;
}

/**
 * Holds a whole conversation: the first message states `say` facts (all of them, or only the reason);
 * every question is answered from `knows`; then name, email and "yes".
 */
export async function converse(options: {
  policy: string;
  asOf: string;
  knows: Record<string, unknown>;
  /**
   * everything: every fact, even "it's hardware"; natural: what a customer says unprompted — the
   * reason, dates, where from, what went wrong, and anything unlike what a shop presumes ("I've used
   * it", "it was custom-built"), but not "it's not custom" or "the seals are intact"; reason only.
   */
  firstMessage: 'everything' | 'natural' | 'reason only';
  /** The first message word for word (after "Hi, about …"), instead of sentences made from `knows`. */
  text?: string;
  maxTurns?: number;
}): Promise<Conversation> {
  const { app, store, mailer } = testApp({ clock: new FixedClock(`${options.asOf}T10:00:00.000Z`) });
  const deps: ChatDeps = {
    today: () => options.asOf,
    now: () => `${options.asOf}T10:00:00.000Z`,
    policies: app.policies,
    assess: app.assess,
    createCase: app.createCase,
    requestHuman: app.requestHuman,
  };
  // Words given as they are name no merchant: the chat is opened from that merchant's page.
  const client = new ChatTestClient(deps, options.text !== undefined ? { policy: options.policy } : {});
  const facts = flatten(options.knows);
  // Nobody mentions the seal of software they did not buy.
  const natural = Object.entries(facts).filter(([p]) => p !== 'item.softwareOpened' || facts['product.category'] === 'software');
  const presumed = app.policies.get(options.policy)?.whenUnknown ?? {};
  const unprompted = natural.filter(([p, v]) => !(p in presumed) || (presumed as Record<string, { value: unknown }>)[p]?.value !== v);
  const said = options.firstMessage === 'everything' ? natural : options.firstMessage === 'natural' ? unprompted : natural.filter(([p]) => p === 'reason');
  const first =
    options.text ?? [`Hi, about ${MERCHANT[options.policy]}`, ...said.map(([p, v]) => sentence(p as FactPath, v as FactValue))].filter(Boolean).join('. ');

  const replies: string[] = [];
  const asked: FactPath[] = [];
  const send = async (text: string): Promise<string[]> => {
    const out: string[] = [];
    let reply = (await client.sendActivity(text)) as Partial<Activity> | undefined;
    while (reply) {
      out.push(reply.text ?? '');
      reply = client.getNextReply() as Partial<Activity> | undefined;
    }
    replies.push(...out);
    return out;
  };

  let turns = 0;
  let turnsToDecision: number | undefined;
  let turnsToRma: number | undefined;
  let last = await send(first);
  turns += 1;
  for (let guard = 0; guard < (options.maxTurns ?? 30); guard++) {
    const tail = last[last.length - 1] ?? '';
    if (botSaid(tail, (p) => p.askName)) {
      turnsToDecision ??= turns;
      last = await send('Ann Example, ann@example.com');
      turns += 1;
    } else if (botSaid(tail, (p) => p.askEmail('Ann Example'))) {
      last = await send('ann@example.com');
      turns += 1;
    } else if (botSaid(tail, (p) => p.confirmQuestion) || botSaid(tail, (p) => p.confirmAnswer)) {
      last = await send('yes');
      turns += 1;
    } else if (botSaid(tail, (p) => p.followLink(''), 'starts')) {
      turnsToRma = turns;
      break;
    } else {
      const fact = askedFact(tail);
      if (!fact) break;
      asked.push(fact);
      last = await send(answer(fact, facts[fact]));
      turns += 1;
    }
  }
  const rma = replies.map((r) => /RMA-[0-9A-Z]{9}/.exec(r)?.[0]).find(Boolean);
  return { turnsToDecision, turnsToRma, asked, replies, store, mailer, ...(rma ? { rma } : {}) };
}
