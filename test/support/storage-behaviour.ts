// The behaviour the Agents SDK's MemoryStorage has, as a suite any Storage must pass (after the SDK's
// own storage base tests: create, read unknown, update with eTags, delete, odd keys, batches,
// concurrency); and the stricter contract of the bot's own state store.
import type { Storage, StoreItems } from '@microsoft/agents-hosting';
import { EtagConflictError, type ChatStore, type Versioned } from '../../bot/chat-store';

export function storageBehaviour(name: string, make: () => Storage | Promise<Storage>): void {
  describe(`${name} behaves as an Agents SDK Storage`, () => {
    let storage: Storage;
    let n = 0;
    const key = (k: string) => `${k}-${(n += 1)}-${Math.random().toString(36).slice(2)}`;
    beforeAll(async () => {
      storage = await make();
    });

    it('creates items and reads them back with an eTag', async () => {
      const [a, b] = [key('a'), key('b')];
      await storage.write({ [a]: { id: 1, text: 'one' }, [b]: { id: 2, nested: { list: [1, 2, 3], flag: true } } });
      const read = await storage.read([a, b]);
      expect(read[a]).toMatchObject({ id: 1, text: 'one' });
      expect(read[b]).toMatchObject({ id: 2, nested: { list: [1, 2, 3], flag: true } });
      expect(typeof read[a]?.eTag).toBe('string');
      expect(read[a]?.eTag).not.toBe(read[b]?.eTag);
    });

    it('reads an unknown key as absent', async () => {
      expect(await storage.read([key('never-written')])).toEqual({});
    });

    it('updates with the current eTag, and refuses a stale one', async () => {
      const k = key('u');
      await storage.write({ [k]: { count: 1 } });
      const first = (await storage.read([k]))[k] as StoreItems[string];
      await storage.write({ [k]: { ...first, count: 2 } });
      const second = (await storage.read([k]))[k] as StoreItems[string];
      expect(second.count).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
      await expect(storage.write({ [k]: { ...first, count: 3 } })).rejects.toThrow(/eTag conflict/);
      expect(((await storage.read([k]))[k] as StoreItems[string]).count).toBe(2);
    });

    it("writes regardless with eTag '*' or none", async () => {
      const k = key('w');
      await storage.write({ [k]: { v: 1 } });
      await storage.write({ [k]: { v: 2, eTag: '*' } });
      await storage.write({ [k]: { v: 3 } });
      expect(((await storage.read([k]))[k] as StoreItems[string]).v).toBe(3);
    });

    it('writes a new key whatever eTag it carries', async () => {
      const k = key('n');
      await storage.write({ [k]: { v: 1, eTag: 'from-elsewhere' } });
      expect(((await storage.read([k]))[k] as StoreItems[string]).v).toBe(1);
    });

    it('deletes, and deleting an unknown key is fine', async () => {
      const k = key('d');
      await storage.write({ [k]: { v: 1 } });
      await storage.delete([k, key('unknown')]);
      expect(await storage.read([k])).toEqual({});
    });

    it('handles odd keys', async () => {
      const k = `${key('odd')}!@#$%^&*()_+??><":QW/\\ü€ 😀`;
      await storage.write({ [k]: { v: 'odd' } });
      expect(((await storage.read([k]))[k] as StoreItems[string]).v).toBe('odd');
    });

    it('reads and writes in batches', async () => {
      const keys = Array.from({ length: 120 }, (_, i) => key(`batch${i}`));
      await storage.write(Object.fromEntries(keys.map((k, i) => [k, { i }])));
      const read = await storage.read(keys);
      expect(Object.keys(read)).toHaveLength(120);
      expect(keys.every((k, i) => (read[k] as StoreItems[string]).i === i)).toBe(true);
    });

    it('of many concurrent writers holding the same eTag, exactly one wins', async () => {
      const k = key('race');
      await storage.write({ [k]: { v: 0 } });
      const current = (await storage.read([k]))[k] as StoreItems[string];
      const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => storage.write({ [k]: { ...current, v: i + 1 } })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected')).toHaveLength(19);
    });
  });
}

/** The contract the bot's state store keeps (bot/chat-store.ts): saves conditioned on the version read. */
export function chatStoreBehaviour(name: string, make: () => ChatStore | Promise<ChatStore>): void {
  describe(`${name} keeps conversation state with optimistic concurrency`, () => {
    let store: ChatStore;
    const key = () => `chat-${Math.random().toString(36).slice(2)}`;
    beforeAll(async () => {
      store = await make();
    });

    it('creates only where nothing is stored, and reads back the document with a version', async () => {
      const k = key();
      expect(await store.load(k)).toBeUndefined();
      await store.save(k, { chat: { n: 1 } }, undefined);
      await expect(store.save(k, { chat: { n: 2 } }, undefined)).rejects.toThrow(EtagConflictError);
      const read = await store.load(k);
      expect(read?.doc).toEqual({ chat: { n: 1 } });
      expect(typeof read?.eTag).toBe('string');
    });

    it('saves over the version it read, and refuses a stale one', async () => {
      const k = key();
      await store.save(k, { v: 1 }, undefined);
      const first = (await store.load(k)) as Versioned;
      await store.save(k, { v: 2 }, first.eTag);
      await expect(store.save(k, { v: 3 }, first.eTag)).rejects.toThrow(EtagConflictError);
      await expect(store.save(k, { v: 3 }, 'never-issued')).rejects.toThrow(EtagConflictError);
      expect((await store.load(k))?.doc).toEqual({ v: 2 });
    });

    it('of many concurrent first saves, or saves over one version, exactly one wins', async () => {
      const k = key();
      const created = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.save(k, { v: i }, undefined)));
      expect(created.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const current = (await store.load(k)) as Versioned;
      const updated = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.save(k, { v: 100 + i }, current.eTag)));
      expect(updated.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(updated.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof EtagConflictError)).toBe(true);
    });
  });
}
