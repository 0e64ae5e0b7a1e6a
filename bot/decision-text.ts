// What the chat says of a decision: the decision in one message (what was decided, what the customer
// gets and pays, what to do next), and the summary the customer confirms before it is registered.
import { getsText, nextSteps, nextStepsInSentences, paysText } from '../shared/notify/next-steps';
import { CUSTOMER_PAYS_LABELS, REFUSAL_NOTE_START, REMEDY_LABELS, type Decision, type FactPath, type FactValue, type Policy } from '../shared/rules';
import { canonical } from '../shared/cases/canonical';
import { decisionTerms } from '../shared/intake/case-answers';
import type { Language } from '../shared/extract';
import { labelled, monthIn } from '../shared/i18n/format';
import { aboutLines } from '../shared/notify/after-text';
import { noteIn, notesIn } from '../shared/i18n/policy-text';
import { aboutFromChat, customerSaid, problemToldAgain, type ChatState, type Reply } from './chat-state';
import { PROMPTS, type Prompts } from './prompts';

/**
 * The decision in one message: what was decided, what the customer gets and pays; for an approval,
 * what to do next (the same lines as the confirmation email and the status page); then the rest of
 * the decision's notes — the conditions it rests on, or what to do instead.
 */
export function explainDecision(d: Decision, policy: Pick<Policy, 'merchant' | 'presumedNotes'>, prompts: Prompts = PROMPTS, language?: Language): Reply[] {
  const merchant = policy.merchant;
  // Said in the customer's language; what the notes already say is judged on the policy's own (English) words.
  // A note saying only who pays the postage each way is left to the lines built for it (blind run BL: postage three times).
  const told = d.notes.map((n) => wholePostage(d, n, merchant));
  const [note = '', ...more] = notesIn(language, d, policy).filter((_, i) => !told[i]);
  const outcome = d.outcome as Exclude<Decision['outcome'], 'need_info'>;
  const first = [prompts.decision[outcome](note)];
  const paragraphs: string[] = [];
  if (d.outcome === 'approved' || d.outcome === 'review') {
    // What the notes already say is not said twice in one message (blind run 14: "costs you
    // nothing … You pay nothing"; "for a refund of its price … You can get a refund").
    const gets = getsText(d, merchant, language);
    if (gets && !notesSayRemedies(d)) first.push(prompts.youGet(gets));
    if (!notesSayCost(d)) first.push(prompts.youPay(paysText(d, language)));
    const steps = nextStepsInSentences(nextSteps(d, merchant, language, true), language);
    if (steps.length > 0) paragraphs.push(steps.join(' '));
    if (more.length > 0) paragraphs.push(more.join(' '));
  } else {
    paragraphs.push([...more, prompts.notApprovedNext].join(' '));
  }
  return [{ text: [first.join(' '), ...paragraphs].join('\n\n') }];
}

/** Whether the notes already name what the customer can get: every remedy, or where they choose. */
function notesSayRemedies(d: Decision): boolean {
  const notes = d.notes.join(' ').toLowerCase();
  return /\byou choose\b/.test(notes) || d.remedies.every((r) => notes.includes(REMEDY_LABELS[r].replace(/^(?:a|an|the) /, '').toLowerCase()));
}

/** Whether the notes already say what it costs: nothing, or what is not refunded. */
function notesSayCost(d: Decision): boolean {
  const notes = d.notes.join(' ');
  if (d.customerPays.length === 0 && d.transport !== 'send') return /\b(?:costs you nothing|free of charge|at no charge)\b/i.test(notes);
  // "only the delivery charge you paid with your order is not refunded": its last clause is what a note says.
  const said = (p: (typeof d.customerPays)[number]) => notes.toLowerCase().includes((CUSTOMER_PAYS_LABELS[p].split('; only ').pop() as string).toLowerCase());
  return d.customerPays.length > 0 && d.customerPays.every(said);
}

/**
 * Whether a note says just who pays the postage of a posted return, both ways, as the message's own lines
 * do ("What you pay: only the postage to send it"; "Plextor Europe pays to send it back to you").
 */
function wholePostage(d: Decision, note: string, merchant: Pick<Policy['merchant'], 'shipsBackFree'>): boolean {
  return d.transport === 'send' && d.customerPays.length === 0 && merchant.shipsBackFree === true && /\bpostage\b/i.test(note) && /\bback to you\b/i.test(note);
}

/** What the chat has told of a decision: the same decision is not explained twice. */
export function toldKey(d: Decision): string {
  return canonical(decisionTerms(d));
}

/** The decision once more, in a line: what the customer added did not change it. */
export function sameDecision(d: Decision, policy: Pick<Policy, 'presumedNotes'>, prompts: Prompts = PROMPTS, language?: Language): Reply {
  const why = noteIn(language, d.notes.find((n) => n.startsWith(REFUSAL_NOTE_START)) ?? d.notes[0] ?? '', policy);
  const outcome = d.outcome as Exclude<Decision['outcome'], 'need_info'>;
  return { text: prompts.sameAnswer[outcome](why) };
}

function valueText(path: FactPath, value: FactValue, rough: ChatState['roughDates'] = {}, prompts: Prompts = PROMPTS, language?: Language): string {
  if (path === 'reason') return prompts.reasonWords[value as string] ?? String(value);
  const how = rough[path as keyof typeof rough];
  if (how === 'month') return monthIn(language, String(value));
  if (how === 'around') return prompts.around(prompts.date(String(value)));
  if (path === 'purchaseDate' || path === 'deliveryDate') return prompts.date(String(value));
  if (typeof value === 'boolean') return value ? prompts.yes : prompts.no;
  if (path === 'country') return prompts.country(value as string);
  return String(value).replace(/_/g, ' ');
}

export function summary(state: ChatState, policy: Policy, decision: Decision, prompts: Prompts = PROMPTS): Reply[] {
  // What the item is (product, serial, order number) as read from their words, so that a correction shows.
  const { problem: _story, ...item } = aboutFromChat(state) ?? {};
  const lines = [labelled(state.language, prompts.shopLabel, policy.merchant.name), ...aboutLines(state.language, item)];
  const toldAgain = problemToldAgain(customerSaid(state)).at(-1)?.slice(0, 200);
  for (const [path, value] of Object.entries(state.facts) as [FactPath, FactValue][]) {
    // "Kind of product: hardware" is read from the product's name; it says nothing to the customer.
    if (path === 'product.category' && value === 'hardware') continue;
    // "Software opened: no" says nothing of a watch ("still sealed" is read as both).
    if (path === 'item.softwareOpened' && state.facts['product.category'] !== 'software') continue;
    // Seals matter only to an unwanted return ("Seals intact: no" worried a customer whose jug came cracked).
    if (path === 'item.sealsIntact' && state.facts.reason !== 'unwanted') continue;
    // A cause nobody named is no line at all.
    if (path === 'defectCause' && value === 'unknown') continue;
    // A cause of a fault says nothing where nothing is faulty ("too loud for my office" is unwanted).
    if (path === 'defectCause' && state.facts.reason !== 'defective' && state.facts.reason !== 'dead_on_arrival') continue;
    // The problem told again in their words ("Problem: burns no Blu-rays, DVDs still work") shows as they told it.
    if (path === 'reason' && toldAgain !== undefined) {
      lines.push(labelled(state.language, prompts.factLabels[path], toldAgain));
      continue;
    }
    lines.push(labelled(state.language, prompts.factLabels[path], valueText(path, value, state.roughDates, prompts, state.language)));
  }
  lines.push(labelled(state.language, prompts.nameLabel, state.contact.name ?? ''), labelled(state.language, prompts.emailLabel, state.contact.email ?? ''));
  state.asking = 'confirm';
  // Two messages: Web Chat reads a line after a list as part of the list.
  const approved = decision.outcome === 'approved';
  return [{ text: prompts.summary(lines) }, { text: approved ? prompts.confirmQuestion : prompts.confirmAnswer, suggestions: [...prompts.confirmOptions] }];
}
