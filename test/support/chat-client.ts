// Talks to the conversation as a channel would, without an adapter or a network: each message
// becomes a turn (turn.ts, as the bot runs it), and the replies are queued as the message activities
// the bot would send. As the dialog host of the Bot Framework SDK's test client did: the first message
// opens the conversation (on the merchant's site when `policy` is given), and the replies to a
// message are read one at a time.
import type { Activity } from '@microsoft/agents-activity';
import { toActivity } from '../../bot/activities';
import type { ChatDeps, ChatState } from '../../bot/chat-state';
import { chatFor, messageTurn } from '../../bot/turn';

export class ChatTestClient {
  private chat: ChatState | undefined;
  private readonly queue: Activity[] = [];
  private seq = 0;

  constructor(
    private readonly deps: ChatDeps,
    private readonly options: { policy?: string; conversationId?: string } = {},
  ) {}

  /** Sends a message; resolves with the first reply (the rest from getNextReply), or undefined. */
  async sendActivity(text: string): Promise<Activity | undefined> {
    const conversationId = this.options.conversationId ?? 'convo1';
    const turn = await messageTurn(
      this.chat ?? chatFor(this.options.policy, this.deps),
      { text, files: [], conversationId, activityId: String(this.seq++) },
      this.deps,
    );
    this.chat = turn.state;
    this.queue.push(...turn.replies.map(toActivity));
    return this.queue.shift();
  }

  getNextReply(): Activity | undefined {
    return this.queue.shift();
  }

  /** The conversation's state as the bot would save it. */
  get state(): ChatState | undefined {
    return this.chat;
  }
}
