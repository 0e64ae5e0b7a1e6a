// The bot: a thin ActivityHandler over our own state handling. Each turn reads the conversation's
// state with its version, works the turn out (turn.ts, which sends nothing), and saves on condition
// that nobody saved in between; if someone did, the turn is worked out again from what they saved.
// Only then are the replies sent — so none is sent twice, and every message is kept.
import type { Activity } from '@microsoft/agents-activity';
import { ActivityHandler, type TurnContext } from '@microsoft/agents-hosting';
import { withRetry, type RetryOptions } from '../shared/adapters/retry';
import { languageOfTag } from '../shared/extract/language';
import { EtagConflictError, type ChatStore } from './chat-store';
import type { ChatDeps, ChatState } from './conversation';
import { messageFrom, toActivity } from './activities';
import { firstOrNextMessage, openingPolicy, startChat, type Turn } from './turn';

/** Where a conversation's state is kept: the key the Bot Framework SDK's ConversationState used (kept, so no conversation is lost). */
export function chatKey(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  if (!activity.channelId) throw new Error('missing activity.channelId');
  if (!activity.conversation?.id) throw new Error('missing activity.conversation.id');
  return `${activity.channelId}/conversations/${activity.conversation.id}/`;
}

/** The chat state in a stored document; also from the dialog stack the Bot Framework SDK's DialogSet kept it in. */
function chatIn(doc: Record<string, unknown> | undefined): ChatState | undefined {
  if (!doc) return undefined;
  if (doc.chat) return doc.chat as ChatState;
  const stack = (doc.dialogState as { dialogStack?: { state?: { chat?: ChatState } }[] } | undefined)?.dialogStack;
  return stack?.[0]?.state?.chat;
}

export interface RmaBotOptions {
  /** How a turn that lost a race is tried again (attempts, backoff). */
  conflicts?: Partial<RetryOptions>;
}

export class RmaBot extends ActivityHandler {
  private readonly conflicts: RetryOptions;

  constructor(
    private readonly store: ChatStore,
    private readonly deps: ChatDeps,
    options: RmaBotOptions = {},
  ) {
    super();
    // Overlapping turns of one conversation are rare but real (a double tap, a channel's retry):
    // enough attempts, spread by jitter, that even ten at once all land.
    this.conflicts = { attempts: 12, baseDelayMs: 10, maxDelayMs: 400, ...options.conflicts, retryable: (e) => e instanceof EtagConflictError };

    this.onMembersAdded(async (context, next) => {
      // Our chat page starts the conversation with a 'start' event (naming the merchant); other
      // channels get the greeting when the customer joins.
      const joined = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (joined && context.activity.channelId !== 'directline' && context.activity.channelId !== 'webchat') {
        await this.converse(context, async (chat) => (chat ? { state: chat, replies: [] } : startChat(undefined, deps)));
      }
      await next();
    });
    // The Agents SDK's handler has no event route of its own: events arrive as an unrecognised type.
    this.onUnrecognizedActivityType(async (context, next) => {
      // The page says which merchant's site this is: { name: 'start', value: { policy } }; the merchant
      // it named when it asked for the conversation's token comes first.
      // Greeted in the page's language ({ language } from the page, else Web Chat's locale: "de-DE").
      if (context.activity.type === 'event' && context.activity.name === 'start') {
        const value = (context.activity.value ?? {}) as { policy?: unknown; language?: unknown };
        const policy = await openingPolicy(context.activity.conversation?.id ?? '', typeof value.policy === 'string' ? value.policy : undefined, deps);
        const language = languageOfTag(typeof value.language === 'string' ? value.language : context.activity.locale);
        await this.converse(context, async (chat) => {
          const turn = startChat(policy, deps, language);
          // Started again on a conversation that already had one: the next return is a new case, not a replay of the last.
          if (chat) turn.state.caseSeq = chat.caseSeq + 1;
          return turn;
        });
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const message = messageFrom(context.activity);
      await this.converse(context, (chat) => firstOrNextMessage(chat, message, deps));
      await next();
    });
  }

  private async converse(context: TurnContext, step: (chat: ChatState | undefined) => Promise<Turn>): Promise<void> {
    const key = chatKey(context.activity);
    const { replies } = await withRetry(
      'chat turn',
      async () => {
        const stored = await this.store.load(key);
        const before = chatIn(stored?.doc);
        const turn = await step(before);
        if (turn.state !== before) await this.store.save(key, { chat: turn.state }, stored?.eTag);
        return turn;
      },
      this.conflicts,
    );
    for (const reply of replies) await context.sendActivity(toActivity(reply));
  }
}
