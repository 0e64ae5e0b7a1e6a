// Builds the bot over its storage and the desk's use cases (each environment's root calls this).
import { ConversationState, type Storage } from 'botbuilder-core';
import type { ChatDeps } from './conversation';
import { RmaBot } from './rma-bot';

export function makeBot(storage: Storage, deps: ChatDeps) {
  const conversationState = new ConversationState(storage);
  return { bot: new RmaBot(conversationState, deps), conversationState };
}

export type { ChatDeps } from './conversation';
