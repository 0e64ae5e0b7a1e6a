// ConversationOrigins in memory, for tests and single-process use.
import type { ConversationOrigins } from '../../cases/ports';

export class InMemoryConversationOrigins implements ConversationOrigins {
  readonly senders = new Map<string, string>();

  async record(conversationId: string, sender: string): Promise<void> {
    this.senders.set(conversationId, sender);
  }

  async senderOf(conversationId: string): Promise<string | undefined> {
    return this.senders.get(conversationId);
  }
}
