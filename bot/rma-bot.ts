// The bot: a thin ActivityHandler that runs the RMA dialog and saves the conversation's state.
import { ActivityHandler, type ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder-core';
import { DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
import type { DialogState } from 'botbuilder-dialogs/lib/dialogContext';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
import type { ChatDeps } from './conversation';
import { RMA_DIALOG, RmaDialog, type RmaDialogOptions } from './rma.dialog';

export class RmaBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    deps: ChatDeps,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.dialogs = new DialogSet(this.dialogState).add(new RmaDialog(deps));

    this.onMembersAdded(async (context, next) => {
      // Our chat page starts the conversation with a 'start' event (naming the merchant); other
      // channels get the greeting when the customer joins.
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient.id);
      if (joined && context.activity.channelId !== 'directline' && context.activity.channelId !== 'webchat') await this.converse(context, {});
      await next();
    });
    this.onEvent(async (context, next) => {
      // The page says which merchant's site this is: { name: 'start', value: { policy } }.
      if (context.activity.name === 'start') {
        const value = (context.activity.value ?? {}) as { policy?: unknown };
        await this.converse(context, typeof value.policy === 'string' ? { policy: value.policy } : {}, true);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.converse(context, {});
      await next();
    });
  }

  private async converse(context: TurnContext, options: RmaDialogOptions, restart = false): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    if (restart && dc.activeDialog) await dc.cancelAllDialogs();
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(RMA_DIALOG, options);
    await this.conversationState.saveChanges(context, false);
  }
}
