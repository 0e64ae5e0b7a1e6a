// ConversationOrigins in memory, for tests and single-process use.
import type { ConversationOrigins } from '../../cases/ports';

export class InMemoryConversationOrigins implements ConversationOrigins {
  readonly senders = new Map<string, string>();
  readonly policies = new Map<string, string>();

  async record(conversationId: string, sender: string, policy?: string): Promise<void> {
    this.senders.set(conversationId, sender);
    // As the DynamoDB item: each record replaces the last, policy and all.
    if (policy) this.policies.set(conversationId, policy);
    else this.policies.delete(conversationId);
  }

  async senderOf(conversationId: string): Promise<string | undefined> {
    return this.senders.get(conversationId);
  }

  async policyOf(conversationId: string): Promise<string | undefined> {
    return this.policies.get(conversationId);
  }
}
