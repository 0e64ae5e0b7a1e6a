// The conversation, apart from the bot SDK (the Microsoft 365 Agents SDK): a state and a message in,
// the next state and the replies out. The rules say what is missing; this asks it, one question at
// a time, takes everything each answer contains, and registers the case through the same use case
// as the form.
import { gloss } from '../shared/extract/gloss';
import { awaitsCollection, type CreateCaseRequest } from '../shared/cases';
import { detectLanguage, extract, requestedLanguage, type ExtractContext, type Extraction } from '../shared/extract';
import { roughAmong, takeIn } from '../shared/intake/intake';
import { readAbout } from '../shared/intake/about-text';
import { merchantByProduct } from '../shared/intake/merchant';
import {
  ANSWERED_WITHOUT_DECISION,
  asksSomething,
  caseQuestions,
  namesHazard,
  quotedIn,
  unansweredQuestions,
  type CaseQuestion,
} from '../shared/intake/case-answers';
import { FACT_LABELS, type FactPath, type FactValue, type Policy } from '../shared/rules';
import { answerCollection, askForCollection, givesCollectionDetails } from './collection';
import { answerAfterRegistration, handOff, handOffCase, passOn, registeredCase, tellsSomething } from './after-registration';
import { answerCaseQuestions, chatDecision } from './case-questions';
import { otherReturnReplies, quotedReturn } from './other-return';
import {
  MAX_MESSAGE_CHARACTERS,
  aboutFromChat,
  customerSaid,
  nest,
  problemToldAgain,
  toldAgain,
  statusLink,
  newChat,
  record,
  validEmail,
  type ChatDeps,
  type ChatState,
  type Reply,
} from './chat-state';
import { explainDecision, sameDecision, summary, toldKey } from './decision-text';
import { nameBesideAddress, readName } from './names';
import { QUESTIONS, promptsFor, questionsFor, type Option } from './prompts';

/** What the chat says and asks, in the conversation's language. */
const P = (state: Pick<ChatState, 'language'>) => promptsFor(state.language);
const Q = (state: Pick<ChatState, 'language'>) => questionsFor(state.language);

export {
  MAX_MESSAGE_CHARACTERS,
  newChat,
  nest,
  TRANSCRIPT_LIMITS,
  transcriptForStaff,
  type ChatDeps,
  type ChatState,
  type Reply,
  type Stage,
} from './chat-state';

function optionFor(text: string, options: Option[] | undefined): Option | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  return options?.find((o) => o.label.toLowerCase() === t);
}

function ask(state: ChatState, fact: FactPath, again = false): Reply {
  const q = Q(state)[fact];
  state.asking = fact;
  return { text: again ? `${P(state).didNotCatch(q.hint)} ${q.text}` : q.text, ...(q.options ? { suggestions: q.options.map((o) => o.label) } : {}) };
}

function askPolicy(state: ChatState, policies: ReadonlyMap<string, Policy>, again = false, heard = false): Reply {
  state.asking = 'policy';
  const text = again ? `${P(state).didNotCatch(P(state).policyHint)} ${P(state).askPolicy}` : heard ? P(state).askPolicyAfterStory : P(state).askPolicy;
  return { text, suggestions: [...policies.values()].map((p) => p.merchant.name) };
}

/**
 * Merges what the message says into the facts; refuses what the rules would refuse, saying why.
 * Returns whether anything was taken, and the field refused, if any.
 */
function mergeFacts(state: ChatState, found: Extraction, deps: ChatDeps, replies: Reply[]): { taken: boolean; refused?: FactPath } {
  const entries = Object.entries(found.facts) as [FactPath, FactValue][];
  const policy = state.policy ? deps.policies.get(state.policy) : undefined;
  if (entries.length === 0 || !policy) {
    if (!policy) Object.assign(state.facts, found.facts);
    return { taken: entries.length > 0 };
  }
  // The intake every channel uses: what was said over what is known; what cannot be true is dropped.
  // What the last question asked for: an answer to it is read as that answer first.
  const expecting =
    state.stage === 'facts' && state.asking && state.asking !== 'policy' && !state.asking.startsWith('contact.') && state.asking !== 'confirm'
      ? state.asking
      : undefined;
  // Waiting for the name or email, a message that reads as a change of mind is a reaction, not a new reason.
  const answeringOther = state.stage === 'name' || state.stage === 'email';
  const intake = takeIn(policy, state.facts, found.facts, deps.today(), deps.policies, {
    ...found,
    ...(expecting ? { expecting: expecting as FactPath } : {}),
    answeringOther,
    knownMonths: (['purchaseDate', 'deliveryDate'] as const).filter((role) => state.roughDates?.[role] === 'month'),
  });
  const [refused] = intake.refused;
  for (const key of Object.keys(state.facts) as FactPath[]) if (!(key in intake.facts)) delete state.facts[key];
  Object.assign(state.facts, intake.facts);
  for (const r of intake.refused) delete (found.facts as Record<string, unknown>)[r.field];
  for (const role of ['purchaseDate', 'deliveryDate'] as const) {
    if (found.facts[role] === undefined) continue;
    const rough = { ...state.roughDates };
    delete rough[role];
    const how = found.roughDates?.[role];
    if (how && intake.facts[role] === found.facts[role]) rough[role] = how;
    state.roughDates = rough;
  }
  state.unsure = state.unsure.filter((p) => !(p in found.facts));
  if (!refused) return { taken: true };
  replies.push({ text: P(state).invalidFact(refused.problem) });
  return { taken: Object.keys(found.facts).length > 0, refused: refused.field };
}

/** Asks the next thing the rules need, or explains the decision and moves on to the contact. */
function advance(state: ChatState, deps: ChatDeps, replies: Reply[], stuck: boolean, explain = true): void {
  const policy = deps.policies.get(state.policy as string) as Policy;
  const decision = deps.assess(nest(policy.id, state.facts));
  if (decision.outcome === 'need_info') {
    state.stage = 'facts';
    const next = decision.missing.find((m) => !state.unsure.includes(m));
    if (!next) {
      // Still listening for it: a later answer (or its button) is read as the answer to that question.
      const first = decision.missing[0] as FactPath;
      const q = Q(state)[first];
      replies.push({
        text: P(state).cannotDecide(decision.missing.map((m) => FACT_LABELS[m]).join(' and ')),
        suggestions: [...(q.options ?? []).map((o) => o.label), P(state).talkToPerson],
      });
      state.asking = first;
      return;
    }
    replies.push(ask(state, next, stuck && state.asking === next));
    return;
  }
  if (explain) {
    // Said once: a message that changes nothing in it gets a line, not the whole decision again.
    const told = toldKey(decision);
    replies.push(
      ...(state.told === told ? [sameDecision(decision, policy, P(state), state.language)] : explainDecision(decision, policy, P(state), state.language)),
    );
    state.told = told;
  }
  if (!state.contact.name) {
    state.stage = 'name';
    state.asking = 'contact.name';
    replies.push({ text: P(state).askName });
  } else if (!state.contact.email) {
    state.stage = 'email';
    state.asking = 'contact.email';
    replies.push({ text: P(state).askEmail(state.contact.name) });
  } else {
    state.stage = 'confirm';
    replies.push(...summary(state, policy, decision, P(state)));
  }
}

async function register(state: ChatState, deps: ChatDeps, conversationId: string, replies: Reply[]): Promise<void> {
  const policy = state.policy as string;
  const about = aboutFromChat(state);
  const request = {
    ...nest(policy, state.facts),
    contact: { name: state.contact.name as string, email: state.contact.email as string },
    ...(about ? { about } : {}),
  } as CreateCaseRequest;
  // A conversation costs nothing to open: counted per conversation, the sender limit would never bite.
  // Other channels (Teams) vouch for their users, and there the conversation is who sent it.
  const sender = (await deps.senderOf?.(conversationId)) ?? `chat:${conversationId}`;
  const rough = roughAmong(state.roughDates, state.facts);
  const result = await deps.createCase(request, {
    idempotencyKey: `chat:${conversationId}:${state.caseSeq}`,
    channel: 'chat',
    sender,
    ...(state.language ? { language: state.language } : {}),
    // "Bought in March": what is counted from it is said as roughly (Case.roughDates).
    ...(rough ? { roughDates: rough } : {}),
  });
  if (result.kind === 'need_info') {
    advance(state, deps, replies, false);
    return;
  }
  state.stage = 'done';
  state.asking = undefined;
  state.rma = result.case.rma;
  state.statusUrl = result.statusUrl;
  state.decision = chatDecision(result.case.decision);
  const email = state.contact.email as string;
  const c = result.case;
  const emailed = c.emails.confirmation?.state === 'sent';
  replies.push({
    text: !emailed
      ? P(state).createdMailHeld(c.rma)
      : c.decision.outcome === 'approved'
        ? P(state).created(c.rma, email)
        : P(state).createdNotApproved(c.rma, email),
  });
  replies.push(statusLink(state, result.statusUrl));
  if (awaitsCollection(c) && deps.recordCollection) await askForCollection(state, deps.policies.get(policy)?.merchant.name ?? policy, deps, replies);
}

/** The purchase and delivery dates the conversation has so far. */
function knownDates(state: ChatState): NonNullable<ExtractContext['knownDates']> {
  const out: NonNullable<ExtractContext['knownDates']> = {};
  for (const role of ['purchaseDate', 'deliveryDate'] as const) {
    const value = state.facts[role];
    if (typeof value === 'string') out[role] = value;
  }
  return out;
}

/**
 * One customer message. `conversationId` keys the cases this conversation registers, so a retried
 * message never registers a second one; `activityId` (the channel's id of the message) marks its
 * line, so that a message handled twice reaches staff once.
 */
export async function respond(
  previous: ChatState,
  text: string,
  deps: ChatDeps,
  conversationId: string,
  activityId?: string,
): Promise<{ state: ChatState; replies: Reply[] }> {
  if (text.length > MAX_MESSAGE_CHARACTERS) return { state: previous, replies: [{ text: P(previous).tooLong }] };
  const state: ChatState = structuredClone(previous);
  record(state, 'customer', text, deps.now(), activityId);
  const policy = state.policy ? deps.policies.get(state.policy) : undefined;
  const expecting = state.asking && state.asking !== 'policy' && state.asking !== 'confirm' ? state.asking : undefined;
  // The customer's language: asked for, or the first clear one, kept for the conversation.
  const language = requestedLanguage(text) ?? state.language ?? detectLanguage(text);
  if (language) state.language = language;
  const extracted = extract(text, {
    today: deps.today(),
    dateOrder: policy?.locale.dateOrder ?? 'DMY',
    ...(expecting ? { expecting } : {}),
    ...(language ? { language } : {}),
    knownDates: knownDates(state),
  });
  const { email: _email, ...said } = extracted;
  const email = validEmail(extracted.email);
  const found: Extraction = { ...said, ...(email ? { email } : {}) };
  Object.assign(state.references, found.references);
  const turn: Turn = { state, deps, replies: [], text, found, said, typedEmail: extracted.email !== undefined, policy, conversationId };

  // "Is it safe to keep using it?" is answered first, whatever else the turn does (a registered case answers it with the rest);
  // sparks, smoke or a swelling battery described are answered the same way, unasked, once.
  const hazard = !state.safetyTold && namesHazard(text);
  if (state.stage !== 'done' && (hazard || caseQuestions(gloss(text, state.language)).includes('safety'))) {
    turn.replies.push({ text: P(state).after.safety });
    state.safetyTold = true;
  }
  // "I was on earlier, ref RMA-8RBDKSQ13": where that return is answered; the intake starts only on a new story.
  // Said once for each return quoted; quoted again, the usual steps answer.
  const other = quotedReturn(text, state.rma);
  const toldOther = other !== undefined && state.quotedReturn !== other;
  if (toldOther) {
    state.quotedReturn = other;
    turn.replies.push(...otherReturnReplies(state, other, deps.linkPage));
  }
  const aboutOtherOnly = toldOther && found.facts.reason === undefined && !found.intents.includes('human');
  // In order: each step either answers the message (and the turn ends) or leaves it to the next.
  if (!aboutOtherOnly && !(await anytime(turn)) && !(await onceRegistered(turn)) && !choosePolicy(turn)) await understandFacts(turn);
  for (const r of turn.replies) record(state, 'assistant', r.text, deps.now());
  return { state, replies: turn.replies };
}

/** One message being answered: the conversation's state (changed in place) and what was read. */
interface Turn {
  state: ChatState;
  deps: ChatDeps;
  replies: Reply[];
  text: string;
  /** What was read, with an email address only if the form would take it. */
  found: Extraction;
  /** What was read, without the email address. */
  said: Omit<Extraction, 'email'>;
  /** Whether the message held something like an email address (taken or not). */
  typedEmail: boolean;
  policy: Policy | undefined;
  conversationId: string;
}

/** Anytime: start over, cancel, a person, help. */
async function anytime({ state, deps, replies, found, said, conversationId, text }: Turn): Promise<boolean> {
  if (found.intents.includes('restart')) {
    const fresh = newChat(state.policy);
    fresh.caseSeq = state.caseSeq + 1;
    fresh.transcript = state.transcript;
    if (state.transcriptDropped) fresh.transcriptDropped = state.transcriptDropped;
    replies.push({ text: P(state).restarted });
    if (fresh.policy) replies.push({ text: P(state).greeting });
    else replies.push(askPolicy(fresh, deps.policies));
    Object.assign(state, fresh);
    return true;
  }
  if (found.intents.includes('cancel') && state.stage === 'done' && state.rma && state.statusUrl) {
    // A registered return is cancelled where the customer can see what it does: on its status page.
    const now = await registeredCase(state, deps);
    replies.push({ text: now?.status === 'cancelled' ? P(state).after.cancelled(state.rma) : P(state).cancelRegistered(state.rma, state.statusUrl) });
    return true;
  }
  if (found.intents.includes('cancel')) {
    const fresh = newChat(state.policy);
    fresh.caseSeq = state.caseSeq + 1;
    Object.assign(state, fresh);
    replies.push({ text: P(state).cancelled });
    return true;
  }
  // "The courier must call me at the gate" gives collection details; it does not ask for a person.
  const wantsPerson = found.intents.includes('human') && !givesCollectionDetails(state, text);
  if (wantsPerson || (state.stage === 'handoff_email' && found.email)) {
    if (state.stage === 'handed_off') replies.push({ text: P(state).handoffAlready });
    else if (state.stage === 'done' && state.rma) await handOffCase(state, deps, conversationId, replies);
    else {
      if (found.email) state.contact.email = found.email;
      // "siobhan@example.com - it's Siobhan Kelly": the colleague's email greets them by name.
      const name = found.email && !state.contact.name ? nameBesideAddress(text, said) : undefined;
      if (name) state.contact.name = name;
      if (state.contact.email) await handOff(state, deps, conversationId, replies);
      else {
        state.stage = 'handoff_email';
        state.asking = 'contact.email';
        replies.push({ text: P(state).handoffAskEmail });
      }
    }
    return true;
  }
  if (found.intents.includes('help')) {
    replies.push({ text: P(state).help });
    if (state.asking === 'policy' || !state.policy) replies.push(askPolicy(state, deps.policies));
    else if (state.asking && state.asking in QUESTIONS) replies.push(ask(state, state.asking as FactPath));
    return true;
  }
  return false;
}

/** Handed to a person, or registered: answers about that case, or the paid repair a refusal offered. */
async function onceRegistered({ state, deps, replies, text, found, conversationId }: Turn): Promise<boolean> {
  if (state.stage === 'handed_off') {
    // "Will my files be deleted?", "is it safe to use?": what does not depend on a decision is still answered.
    const policy = state.policy ? deps.policies.get(state.policy) : undefined;
    const english = gloss(text, state.language);
    const general = policy ? caseQuestions(english).filter((kind) => ANSWERED_WITHOUT_DECISION.includes(kind)) : [];
    if (policy && general.length > 0) {
      const terms = chatDecision(deps.assess(nest(policy.id, state.facts)));
      replies.push(...answerCaseQuestions(general, terms, policy.merchant, [], false, state.language).map((a) => ({ text: a })));
    }
    // What they say or ask now goes to the colleague too (blind run BN: "is it registered? and the refund
    // time?" got the same line twice, and reached nobody).
    const unanswered = general.length === 0 || unansweredQuestions(text, (t) => gloss(t, state.language)).length > 0;
    if (state.rma && unanswered && (tellsSomething(text) || asksSomething(english))) {
      await passOn(state, deps, conversationId);
      replies.push({ text: P(state).after.noted });
    } else replies.push({ text: P(state).handoffAlready });
    return true;
  }
  if (state.stage !== 'done') return false;
  if (await answerCollection(state, text, found, deps, replies)) return true;
  // "I want the paid repair you offered": a new request, with the name and email already known.
  if (found.facts.reason === 'paid_repair' && state.facts.reason !== 'paid_repair' && offersPaidRepair(state, deps) && !repairsFree(state, deps)) {
    const rma = state.rma as string;
    const fresh = newChat(state.policy);
    Object.assign(fresh, { caseSeq: state.caseSeq + 1, contact: state.contact, transcript: state.transcript, facts: { reason: 'paid_repair' } });
    if (state.transcriptDropped) fresh.transcriptDropped = state.transcriptDropped;
    Object.assign(state, fresh);
    replies.push({ text: P(state).paidRepairStarts(rma) });
    advance(state, deps, replies, false);
    return true;
  }
  await answerAfterRegistration(state, text, deps, conversationId, replies);
  return true;
}

/** Which merchant: from the message, a button, or ask. */
function choosePolicy({ state, deps, replies, text, found }: Turn): boolean {
  // "It's a Plextor M8V": a merchant named replaces one guessed from the product, before registration.
  const named = found.policyHint && deps.policies.has(found.policyHint) ? found.policyHint : undefined;
  if (state.policy && state.policyGuessed && named && named !== state.policy && !state.rma && ['facts', 'name', 'email', 'confirm'].includes(state.stage)) {
    state.policy = undefined;
    state.told = undefined;
  }
  if (state.policy) return false;
  const byName = [...deps.policies.values()].find((p) => p.merchant.name.toLowerCase() === text.trim().toLowerCase() || p.id === text.trim());
  const hinted = found.policyHint && deps.policies.has(found.policyHint) ? found.policyHint : undefined;
  // "A coffee machine from you guys": not a drive, so not Plextor's; the one merchant left.
  const chosen = byName?.id ?? hinted ?? merchantByProduct(text, deps.policies);
  Object.assign(state.facts, found.facts);
  // How a date was said ("about 3 months ago") is kept with it until the merchant is known.
  if (found.roughDates) state.roughDates = { ...state.roughDates, ...found.roughDates };
  if (!chosen) {
    const heard = Object.keys(found.facts).length > 0;
    replies.push(askPolicy(state, deps.policies, state.asking === 'policy' && !heard, heard));
    return true;
  }
  state.policy = chosen;
  if (!byName && !hinted) state.policyGuessed = true;
  else delete state.policyGuessed;
  state.stage = 'facts';
  // Facts read before the merchant was known are checked now.
  const pending = state.facts;
  state.facts = {};
  const merged = mergeFacts(state, { ...found, facts: pending, roughDates: { ...state.roughDates } }, deps, replies);
  if (merged.refused && merged.refused in QUESTIONS) replies.push(ask(state, merged.refused));
  else advance(state, deps, replies, false);
  return true;
}

/** The facts, the name and email, and the confirmation: what the message says, taken in. */
async function understandFacts({ state, deps, replies, text, found, said, typedEmail, policy, conversationId }: Turn): Promise<boolean> {
  // A tapped button answers its question exactly.
  const asked = state.asking && state.asking in QUESTIONS ? (state.asking as FactPath) : undefined;
  const option = asked ? optionFor(text, Q(state)[asked].options) : undefined;
  if (asked && option) {
    if (option.value === 'unknown' && asked !== 'defectCause') state.unsure.push(asked);
    else found.facts[asked] = option.value;
  } else if (asked && found.answer === 'unsure' && found.facts[asked] === undefined) {
    state.unsure.push(asked);
  }

  if (state.stage === 'name') {
    const name = typedEmail ? nameBesideAddress(text, said) : readName(text, found);
    if (name) {
      state.contact.name = name;
      if (typedEmail && !found.email) {
        // An address the form would refuse: the name is kept, the address asked for again.
        delete state.contact.email;
        state.stage = 'email';
        state.asking = 'contact.email';
        replies.push({ text: P(state).didNotCatch(P(state).emailHint) });
      } else if (found.email ?? state.contact.email) {
        if (found.email) state.contact.email = found.email;
        // "Daniel Novak, daniel@…. Oh wait, the invoice says 3 August 2026, not July": what else it says is taken too.
        const before = JSON.stringify(state.facts);
        const merged = Object.keys(found.facts).length > 0 ? mergeFacts(state, found, deps, replies) : { taken: false };
        if (merged.refused && merged.refused in QUESTIONS) {
          replies.push(ask(state, merged.refused));
          return true;
        }
        // "Naledi Khumalo, naledi@example.com. But why not?": the question is answered before the summary.
        replies.push(...answersWhileRegistering(state, deps, text, policy));
        advance(state, deps, replies, false, JSON.stringify(state.facts) !== before);
      } else {
        state.stage = 'email';
        state.asking = 'contact.email';
        replies.push({ text: P(state).askEmail(name) });
      }
      return true;
    }
  }
  if (found.email && (state.stage === 'email' || state.stage === 'name' || state.stage === 'confirm')) {
    state.contact.email = found.email;
  }

  const before = JSON.stringify(state.facts);
  const merged = mergeFacts(state, found, deps, replies);
  const changed = merged.taken && JSON.stringify(state.facts) !== before;
  if (merged.refused && merged.refused in QUESTIONS) {
    // Ask again for what could not be true, before anything else.
    replies.push(ask(state, merged.refused));
    return true;
  }

  // "The order number is PLC-51877, please add it", "wait, don't you need my order number? it's PLC-60214":
  // the summary again, with it (and any other question answered first).
  const item = addsToItem(state, text);
  if (state.stage === 'confirm' && !changed && !found.email && item && !goesAhead(text, found, state)) {
    replies.push(...answersWhileRegistering(state, deps, text, policy, ['details', 'detailsGiven']));
    advance(state, deps, replies, false, false);
    return true;
  }
  if (state.stage === 'confirm' && !changed && !found.email) {
    if (goesAhead(text, found, state)) {
      // "Yes — and how long will it take?": the question is answered, then the return is registered.
      replies.push(...answersWhileRegistering(state, deps, text, policy));
      await register(state, deps, conversationId, replies);
    } else if ((found.answer === 'no' || /^no\b/i.test(text.trim())) && !asksSomething(gloss(text, state.language))) {
      state.stage = 'facts';
      replies.push({ text: P(state).whatToChange });
      state.asking = undefined;
    } else {
      // "Will I get a new one?" at the summary, or "I didn't say yet that I want it. Can you…?":
      // answered, then the summary's question again.
      const answers = answersWhileRegistering(state, deps, text, policy);
      if (answers.length === 0 && asksSomething(gloss(text, state.language))) answers.push({ text: P(state).cannotAnswer });
      replies.push(...answers, { text: P(state).confirmHint, suggestions: [...P(state).confirmOptions] });
    }
    return true;
  }

  // A question about the decision while we wait for the name or email: answered, then the wait goes on.
  // So is one beside something that does not change the decision ("it's like new! isn't there a cooling-off?").
  const waiting = (state.stage === 'name' && !state.contact.name) || (state.stage === 'email' && !state.contact.email);
  if (waiting && policy && asksSomething(gloss(text, state.language))) {
    const decision = deps.assess(nest(policy.id, state.facts));
    const kinds = !changed || state.told === toldKey(decision) ? caseQuestions(gloss(text, state.language)) : [];
    if (kinds.length > 0) {
      const terms = chatDecision(decision);
      const answers = answerCaseQuestions(kinds, terms, policy.merchant, [], false, state.language);
      replies.push(...answers.map((a) => ({ text: a })), ...unanswered(state, text), { text: P(state).thenContact });
      return true;
    }
    // Another question, or an objection ("so I can't return it?"): not met with "just your name".
    if (!changed && !readName(text, found) && !found.email) {
      replies.push({ text: P(state).cannotAnswer }, { text: P(state).thenContact });
      return true;
    }
  }
  if (state.stage === 'name' && !state.contact.name) {
    if (changed) advance(state, deps, replies, false);
    else replies.push({ text: `${P(state).didNotCatch(P(state).nameHint)} ${P(state).askName}` });
    return true;
  }
  if ((state.stage === 'email' || state.stage === 'handoff_email') && !state.contact.email) {
    if (changed) advance(state, deps, replies, false);
    else replies.push({ text: `${P(state).didNotCatch(P(state).emailHint)}` });
    return true;
  }

  // A correction to the same value, or a fact we already had, was still understood.
  const understood = changed || item || Object.keys(found.facts).length > 0 || option !== undefined || (asked !== undefined && state.unsure.includes(asked));
  state.retries = understood ? 0 : state.retries + 1;
  // Once decided, the decision is explained again only when new facts may have changed it.
  const decidedBefore = state.stage === 'name' || state.stage === 'email' || state.stage === 'confirm';
  // "I opened it and tried it once, is that a problem? Who pays the courier?": what it tells is taken,
  // and what it asks answered, before the summary again.
  if (changed && decidedBefore) replies.push(...answersWhileRegistering(state, deps, text, policy));
  advance(state, deps, replies, !understood, !decidedBefore || changed);
  return true;
}

/**
 * The summary's question answered with a go-ahead. "Ok, before I say yes: will someone fetch it?" or
 * "ok but when?" is not one: a question beside a mere "ok" or "sure" is answered and the summary asked
 * again; a plain "yes" beside a question registers (and answers it).
 */
function goesAhead(text: string, found: Extraction, state: ChatState): boolean {
  const t = text.trim();
  if (HOLDS_BACK.test(t)) return false;
  const asking = asksSomething(gloss(text, state.language));
  // "ja but how many days till I get the money back?" asks before it agrees (blind run BQ: it registered).
  if (asking && /^(?:yes|yeah|yep|yup|ja|oui|ok(?:ay)?)\b[\s,.!]*(?:but|aber|mais)\b/i.test(t)) return false;
  if (/^(?:yes|yeah|yep|yup|ja|oui)\b/i.test(t) || saysRegister(text)) return true;
  return found.answer === 'yes' && !asking;
}

/** Whether the message (the transcript's last line) added to what the summary shows of the item: an order or serial number, a product named more fully. */
function addsToItem(state: ChatState, text: string): boolean {
  // The problem told again, more exactly: the summary shows it.
  if (toldAgain(text) && problemToldAgain(customerSaid(state)).length > 0) return true;
  // Most messages name no number and no product: then the transcript is not read again.
  const said = readAbout(text);
  if (!said.order && !said.serial && !said.product) return false;
  const shown = (about: ReturnType<typeof aboutFromChat>) => JSON.stringify({ ...about, problem: undefined });
  return shown(aboutFromChat(state, { withoutLast: true })) !== shown(aboutFromChat(state));
}

/**
 * "before I say yes", "not yet", "wait", "hold on": the go-ahead put off. So does a change asked for
 * ("ok I'll ask after. one more change - under problem can you put …": blind run BM, registered).
 */
const HOLDS_BACK =
  /\b(?:before (?:i|we) (?:say yes|confirm|agree|register|submit|go ahead|decide)|not yet|(?:^|[,.!]\s*)wait\b|hold on|hang on|one (?:more )?(?:sec|second|moment|question|change|thing|correction)|(?:another|a small|a last|one last) (?:change|correction)|(?:can|could|would) you (?:please )?(?:put|add|change|fix|correct|update|amend|write|note|say)\b|(?:please|pls) (?:put|add|change|fix|correct|update|amend)\b|(?:change|fix|correct|update|amend) (?:the|that|this|it|my)\b|first,? (?:i|can|could|will|what|how|when|where)|bevor ich|noch nicht|moment mal|warte|avant de (?:dire oui|confirmer|valider)|pas encore|attendez?)\b/iu;

/** "It still says software but fine, register it": the go-ahead in other words; "don't register that" is not. */
function saysRegister(text: string): boolean {
  return (
    /\b(?:register|submit|file|log) (?:it|this|that|the return|my return|the request|my request)\b/i.test(text) &&
    !/\b(?:don'?t|do not|not|never|no|before you|why)\b[^.?!]{0,15}\b(?:register|submit|file|log)\b/i.test(text) &&
    !asksSomething(text)
  );
}

/**
 * Answers to questions about the decision asked beside the name and email; a question beside them that
 * none answers is quoted back with how to ask a person (blind run BM: "can you lend me a screen?" went unsaid).
 */
function answersWhileRegistering(state: ChatState, deps: ChatDeps, text: string, policy: Policy | undefined, except: readonly CaseQuestion[] = []): Reply[] {
  if (!policy || !asksSomething(gloss(text, state.language))) return [];
  const kinds = caseQuestions(gloss(text, state.language)).filter((kind) => !except.includes(kind));
  if (kinds.length === 0) return [];
  const decision = deps.assess(nest(policy.id, state.facts));
  const answers = answerCaseQuestions(kinds, chatDecision(decision), policy.merchant, [], false, state.language).map((a) => ({ text: a }));
  return [...answers, ...unanswered(state, text)];
}

/** The questions in the message that no answer covers, quoted back, and that a person can take them. */
function unanswered(state: ChatState, text: string): Reply[] {
  const open = unansweredQuestions(text, (t) => gloss(t, state.language));
  return open.length > 0 ? [{ text: `${quotedIn(state.language, open)} — ${P(state).cannotAnswer}` }] : [];
}

/** Whether the merchant's policy takes a paid repair (approved or for its decision): the chat can start one. */
/** Whether this case's own decision already repairs it at no cost ("I want my phone fixed" chooses that repair). */
function repairsFree(state: ChatState, deps: ChatDeps): boolean {
  if (!state.policy) return false;
  const decision = deps.assess(nest(state.policy, state.facts));
  return decision.outcome === 'approved' && decision.remedies.includes('repair') && !decision.customerPays.includes('repair_costs');
}

function offersPaidRepair(state: ChatState, deps: ChatDeps): boolean {
  if (!state.policy) return false;
  const outcome = deps.assess(nest(state.policy, { reason: 'paid_repair' })).outcome;
  return outcome === 'approved' || outcome === 'review';
}

/** The first words of a conversation (or when the site says which merchant it is). */
export function greet(state: ChatState, deps: Pick<ChatDeps, 'policies'>): Reply[] {
  if (state.policy) return [{ text: P(state).greeting }];
  return [{ text: P(state).greeting }, askPolicy(state, deps.policies)];
}
