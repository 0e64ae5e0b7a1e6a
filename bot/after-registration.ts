// The chat once a case exists: answers about the registered case, and a person for it (the case
// goes to staff with the conversation, never a second case), or a person before any case.
import { gloss } from '../shared/extract/gloss';
import type { ChatDeps, ChatState, Reply } from './chat-state';
import { nest, statusLink, transcriptForStaff } from './chat-state';
import { asksSomething, caseQuestions, unansweredQuestions } from '../shared/intake/case-answers';
import { answerCaseQuestions, caseNow, movedOn, passesOn, type CaseNow } from './case-questions';
import { promptsFor } from './prompts';

export async function handOff(state: ChatState, deps: ChatDeps, conversationId: string, replies: Reply[]): Promise<void> {
  const email = state.contact.email as string;
  const sender = (await deps.senderOf?.(conversationId)) ?? `chat:${conversationId}`;
  const { case: c, statusUrl } = await deps.requestHuman(
    {
      ...(state.policy ? { policy: state.policy } : {}),
      contact: { email, name: state.contact.name ?? email },
      facts: nest(state.policy ?? 'unknown', state.facts) as unknown as Record<string, unknown>,
      transcript: transcriptForStaff(state),
      channel: 'chat',
    },
    { idempotencyKey: `chat:${conversationId}:human:${state.caseSeq}`, sender },
  );
  state.stage = 'handed_off';
  state.asking = undefined;
  state.rma = c.rma;
  replies.push({ text: promptsFor(state.language).handoffDone(c.rma, email) });
  if (statusUrl) replies.push(statusLink(state, statusUrl));
}

/** A person for the case this conversation registered: that case goes to staff; the chat stays on it. */
export async function handOffCase(state: ChatState, deps: ChatDeps, conversationId: string, replies: Reply[]): Promise<void> {
  await passOn(state, deps, conversationId);
  replies.push({ text: promptsFor(state.language).handoffOnCase(state.rma as string, state.contact.email as string) });
}

/** The registered case goes to staff with the conversation so far (lines they already have are not added twice). */
export async function passOn(state: ChatState, deps: ChatDeps, conversationId: string): Promise<void> {
  const rma = state.rma as string;
  await deps.requestHuman({ rma, transcript: transcriptForStaff(state) }, { idempotencyKey: `chat:${conversationId}:human:${rma}` });
}

/** A statement with something in it, not a thank-you or a goodbye. */
export function tellsSomething(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const courtesy =
    /^\W*(?:thanks?|thank you|thx|ty|cheers|ok(?:ay)?|great|perfect|cool|bye|goodbye|fine|got it|alright|all right|noted|super|lovely|awesome|brilliant|understood|sounds good|will do|no|yes|nope|yep)\b/i;
  return words.length >= 4 && !(courtesy.test(text) && words.length <= 8);
}

/** The registered case as it is now, when the chat can read it. */
export async function registeredCase(state: ChatState, deps: ChatDeps): Promise<CaseNow | undefined> {
  if (!state.rma || !deps.readCase) return undefined;
  const c = await deps.readCase(state.rma);
  return c ? caseNow(c) : undefined;
}

/**
 * A message once the case is registered: questions about it are answered from the case as it is now
 * (what staff decided since is said first); what the decision cannot answer goes to a colleague.
 */
export async function answerAfterRegistration(state: ChatState, text: string, deps: ChatDeps, conversationId: string, replies: Reply[]): Promise<void> {
  const policy = state.policy ? deps.policies.get(state.policy) : undefined;
  const rma = state.rma as string;
  // Staff may have decided a review, reassessed or cancelled the case since: answer from it as it is now.
  const now = await registeredCase(state, deps);
  if (now?.status === 'cancelled') {
    replies.push({ text: promptsFor(state.language).after.cancelled(rma) });
    return;
  }
  const news = now && state.decision ? movedOn(rma, state.decision, now.decision, state.language) : undefined;
  if (news) replies.push({ text: news });
  // Told once: the next answer goes on from here.
  if (now) state.decision = now.decision;
  const kinds = caseQuestions(gloss(text, state.language));
  // Conversations registered before decisions were kept with them have none to answer from, unless the case is read.
  const decided = state.decision;
  if (kinds.length > 0 && decided && policy) {
    // A question beside them that none answers is said back, and goes to a colleague with the rest.
    const open = unansweredQuestions(text, (t) => gloss(t, state.language));
    replies.push(...answerCaseQuestions(kinds, decided, policy.merchant, open, true, state.language).map((text) => ({ text })));
    // A day that suits for the collection, a worry about the packaging: a colleague needs to see it.
    if (open.length > 0 || kinds.some((kind) => passesOn(kind, decided))) await passOn(state, deps, conversationId);
  } else if (asksSomething(gloss(text, state.language))) {
    await passOn(state, deps, conversationId);
    replies.push({ text: promptsFor(state.language).cannotAnswerAfter(rma, state.contact.email as string) });
  } else if (tellsSomething(text)) {
    // "I didn't damage it, the wheel broke on its own.": a colleague sees it with the case.
    await passOn(state, deps, conversationId);
    replies.push({ text: promptsFor(state.language).after.noted });
  } else {
    replies.push({ text: promptsFor(state.language).alreadyDone(rma) });
    if (state.statusUrl) replies.push(statusLink(state, state.statusUrl));
  }
}
