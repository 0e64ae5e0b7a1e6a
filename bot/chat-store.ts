// Where a conversation's state is kept, with optimistic concurrency that is ours rather than the
// SDK's: its ConversationState saves with eTag '*' (last write wins), so turns of one conversation
// that overlap would silently drop each other's messages. No bot SDK types here.

/** A stored document and the version it was read at. */
export interface Versioned {
  doc: Record<string, unknown>;
  eTag: string;
}

export class EtagConflictError extends Error {
  override name = 'EtagConflictError';
}

export interface ChatStore {
  /** The document under `key` and its version, or undefined when there is none. */
  load(key: string): Promise<Versioned | undefined>;
  /**
   * Stores `doc` under `key` if the stored version is still `eTag` — with `eTag` undefined, only if
   * nothing is stored yet. Otherwise someone else wrote first: EtagConflictError.
   */
  save(key: string, doc: Record<string, unknown>, eTag: string | undefined): Promise<void>;
}

/** In memory, for tests and tools: the same contract as the DynamoDB store. */
export class MemoryChatStore implements ChatStore {
  private readonly items = new Map<string, { json: string; eTag: string }>();
  private version = 0;

  async load(key: string): Promise<Versioned | undefined> {
    const item = this.items.get(key);
    return item ? { doc: JSON.parse(item.json) as Record<string, unknown>, eTag: item.eTag } : undefined;
  }

  async save(key: string, doc: Record<string, unknown>, eTag: string | undefined): Promise<void> {
    if (this.items.get(key)?.eTag !== eTag) throw new EtagConflictError(`Storage: error writing "${key}" due to eTag conflict.`);
    this.items.set(key, { json: JSON.stringify(doc), eTag: String((this.version += 1)) });
  }
}
