// The conversation as a botbuilder Dialog: state in the dialog stack, turns handed to the
// botbuilder-free engine in conversation.ts.
// Deep imports: botbuilder-dialogs' index pulls in every prompt and 2.7 MB of text recognizers we
// do not use (measured in bench/bundles.ts); the dialog base and its context are all we need.
import { ActivityTypes, MessageFactory, type Activity } from 'botbuilder-core';
import { Dialog, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
import type { DialogContext } from 'botbuilder-dialogs/lib/dialogContext';
import { greet, newChat, respond, type ChatDeps, type ChatState, type Reply } from './conversation';
import { attachPendingPhotos, receivePhotos } from './photos';
import { PROMPTS } from './prompts';

export const RMA_DIALOG = 'rma';

export interface RmaDialogOptions {
  /** The merchant, when the site the chat runs on says so. */
  policy?: string;
}

export function toActivity(reply: Reply): Partial<Activity> {
  return reply.suggestions ? MessageFactory.suggestedActions(reply.suggestions, reply.text) : MessageFactory.text(reply.text);
}

export class RmaDialog extends Dialog<RmaDialogOptions> {
  constructor(private readonly deps: ChatDeps) {
    super(RMA_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: RmaDialogOptions): Promise<DialogTurnResult> {
    const policy = options?.policy && this.deps.policies.has(options.policy) ? options.policy : undefined;
    const state = newChat(policy);
    (dc.activeDialog as { state: { chat: ChatState } }).state.chat = state;
    // Started by a message? Then that message is the first answer, not something to greet over.
    if (dc.context.activity.type === ActivityTypes.Message && dc.context.activity.text) return this.continueDialog(dc);
    for (const reply of greet(state, this.deps)) await dc.context.sendActivity(toActivity(reply));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const holder = (dc.activeDialog as { state: { chat: ChatState } }).state;
    const text = (activity.text ?? '').trim();
    const files = (activity.attachments ?? []).filter((a) => a.contentUrl);
    if (text === '' && files.length === 0) return Dialog.EndOfTurn;
    const { photos } = this.deps;
    let state = holder.chat;
    const replies: Reply[] = [];
    if (files.length > 0) {
      if (photos) replies.push(...(await receivePhotos(state, files, photos, { conversation: activity.conversation.id, activity: activity.id ?? '' })));
      else replies.push({ text: PROMPTS.photos.notPhoto });
    }
    if (text !== '') {
      const turn = await respond(state, text, this.deps, activity.conversation.id);
      state = turn.state;
      replies.push(...turn.replies);
    }
    if (photos) replies.push(...(await attachPendingPhotos(state, photos)));
    holder.chat = state;
    for (const reply of replies) await dc.context.sendActivity(toActivity(reply));
    return Dialog.EndOfTurn;
  }
}
