// One turn of the chat, apart from the bot SDK and from storage: the state before and what arrived in,
// the next state and the replies out. Nothing is sent from here, so a turn that lost a race with
// another can be worked out again from the newer state before anything reaches the customer.
import { greet, MAX_MESSAGE_CHARACTERS, newChat, respond, type ChatDeps, type ChatState, type Reply } from './conversation';
import { attachPendingPhotos, receivePhotos, type IncomingAttachment } from './photos';
import { promptsFor } from './prompts';
import type { Language } from '../shared/extract/language';

export interface ChatMessage {
  text: string;
  files: IncomingAttachment[];
  conversationId: string;
  activityId: string;
}

/** A turn's outcome. `state` is the very object given when nothing changed (nothing to save). */
export interface Turn {
  state: ChatState;
  replies: Reply[];
}

/** A new conversation, for the merchant the site names when we have its policy. */
export function chatFor(policy: string | undefined, deps: Pick<ChatDeps, 'policies'>, language?: Language): ChatState {
  return newChat(policy && deps.policies.has(policy) ? policy : undefined, language);
}

/**
 * The merchant a new conversation starts under: the one the site named when the desk opened the
 * conversation (recorded by the token endpoint), else the one the page names in its start event.
 */
export async function openingPolicy(
  conversationId: string,
  named: string | undefined,
  deps: Pick<ChatDeps, 'policies' | 'policyOf'>,
): Promise<string | undefined> {
  const recorded = conversationId ? await deps.policyOf?.(conversationId) : undefined;
  return recorded && deps.policies.has(recorded) ? recorded : named;
}

/** A new conversation and its greeting. */
export function startChat(policy: string | undefined, deps: Pick<ChatDeps, 'policies'>, language?: Language): Turn {
  const state = chatFor(policy, deps, language);
  return { state, replies: greet(state, deps) };
}

/** A customer's message: photos first, then the words. */
export async function messageTurn(previous: ChatState, message: ChatMessage, deps: ChatDeps): Promise<Turn> {
  const text = message.text.trim();
  const files = message.files.filter((f) => f.contentUrl);
  if (text === '' && files.length === 0) return { state: previous, replies: [] };
  // Refused before anything is fetched, stored or recorded: the state stays as it was.
  if (text.length > MAX_MESSAGE_CHARACTERS) return { state: previous, replies: [{ text: promptsFor(previous.language).tooLong }] };
  const { photos } = deps;
  let state = structuredClone(previous);
  const replies: Reply[] = [];
  if (files.length > 0) {
    if (photos) replies.push(...(await receivePhotos(state, files, photos, { conversation: message.conversationId, activity: message.activityId })));
    else replies.push({ text: promptsFor(state.language).photos.notPhoto });
  }
  if (text !== '') {
    const turn = await respond(state, text, deps, message.conversationId, message.activityId || undefined);
    state = turn.state;
    replies.push(...turn.replies);
  }
  if (photos) replies.push(...(await attachPendingPhotos(state, photos)));
  return { state, replies };
}

/**
 * A message that may be the first of its conversation: then it is the first answer, not greeted
 * over, under the merchant the site named when the desk opened the conversation, if it did.
 */
export async function firstOrNextMessage(previous: ChatState | undefined, message: ChatMessage, deps: ChatDeps): Promise<Turn> {
  if (previous) return messageTurn(previous, message, deps);
  const policy = await openingPolicy(message.conversationId, undefined, deps);
  if (message.text.trim() === '') return startChat(policy, deps);
  return messageTurn(chatFor(policy, deps), message, deps);
}
