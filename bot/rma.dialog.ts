// The conversation as a botbuilder Dialog (for a dialog host, and botbuilder-testing's
// DialogTestClient): state in the dialog stack, turns handed to the botbuilder-free turn.ts.
// Deep imports: botbuilder-dialogs' index pulls in every prompt and 2.7 MB of text recognizers we
// do not use (measured in bench/bundles.ts); the dialog base and its context are all we need.
import { ActivityTypes, MessageFactory, type Activity } from 'botbuilder-core';
import { Dialog, type DialogTurnResult } from 'botbuilder-dialogs/lib/dialog';
import type { DialogContext } from 'botbuilder-dialogs/lib/dialogContext';
import type { ChatDeps, ChatState, Reply } from './conversation';
import { chatFor, messageTurn, startChat, type ChatMessage } from './turn';

export const RMA_DIALOG = 'rma';

export interface RmaDialogOptions {
  /** The merchant, when the site the chat runs on says so. */
  policy?: string;
}

export function toActivity(reply: Reply): Partial<Activity> {
  return reply.suggestions ? MessageFactory.suggestedActions(reply.suggestions, reply.text) : MessageFactory.text(reply.text);
}

/** What the turn needs of a message activity. */
export function messageFrom(activity: Activity): ChatMessage {
  return {
    text: activity.text ?? '',
    files: (activity.attachments ?? []).filter((a) => a.contentUrl),
    conversationId: activity.conversation.id,
    activityId: activity.id ?? '',
  };
}

export class RmaDialog extends Dialog<RmaDialogOptions> {
  constructor(private readonly deps: ChatDeps) {
    super(RMA_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: RmaDialogOptions): Promise<DialogTurnResult> {
    const holder = (dc.activeDialog as { state: { chat: ChatState } }).state;
    // Started by a message? Then that message is the first answer, not something to greet over.
    if (dc.context.activity.type === ActivityTypes.Message && dc.context.activity.text) {
      holder.chat = chatFor(options?.policy, this.deps);
      return this.continueDialog(dc);
    }
    const { state, replies } = startChat(options?.policy, this.deps);
    holder.chat = state;
    for (const reply of replies) await dc.context.sendActivity(toActivity(reply));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const holder = (dc.activeDialog as { state: { chat: ChatState } }).state;
    const { state, replies } = await messageTurn(holder.chat, messageFrom(activity), this.deps);
    holder.chat = state;
    for (const reply of replies) await dc.context.sendActivity(toActivity(reply));
    return Dialog.EndOfTurn;
  }
}
