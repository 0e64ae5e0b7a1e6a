// The bot's DynamoDB storage on DynamoDB Local, held to MemoryStorage's behaviour; and the bot over
// it, when many turns of one conversation arrive at once.
import { chatDeps, makeBot } from '../../bot';
import { InMemoryConversationOrigins } from '../../shared/adapters/memory/in-memory-conversation-origins';
import { DynamoDbStorage } from '../../bot/dynamodb-storage';
import { makeAdapter } from '../../functions/bot/auth';
import { makeMessagesHandler } from '../../functions/bot/messages';
import { LOCAL_TABLE } from '../../local/stack';
import { apiEvent, capturingLogger, context } from '../support/events';
import { runDesk, type RunningDesk } from '../support/local-desk';
import { chatStoreBehaviour, storageBehaviour } from '../support/storage-behaviour';

jest.setTimeout(120_000);

let running: RunningDesk;
beforeAll(async () => {
  running = await runDesk();
});
afterAll(async () => {
  await running?.stop();
});

const storage = () => new DynamoDbStorage({ client: running.desk.app.clients.documents, tableName: LOCAL_TABLE });

storageBehaviour('DynamoDbStorage', storage);
chatStoreBehaviour('DynamoDbStorage', storage);

/** Runs `work` over `items` with at most `limit` at a time, answers in order. */
async function inFlight<T, R>(limit: number, items: T[], work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
  return out;
}

describe('the bot over DynamoDbStorage', () => {
  it('keeps every message when turns of one conversation arrive concurrently, and answers each once', async () => {
    // Prepare
    const { bot } = makeBot(storage(), chatDeps(running.desk.app, new InMemoryConversationOrigins()));
    const errors: unknown[] = [];
    const adapter = makeAdapter('none', (e) => errors.push(e));
    const h = makeMessagesHandler({ adapter, bot }, { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined });
    const conversation = `concurrent-${Math.random().toString(36).slice(2)}`;
    const post = (activity: Record<string, unknown>) =>
      h(
        apiEvent({
          method: 'POST',
          path: '/api/messages',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            channelId: 'directline',
            serviceUrl: 'http://127.0.0.1/directline',
            conversation: { id: conversation },
            from: { id: 'u1' },
            recipient: { id: 'bot' },
            deliveryMode: 'expectReplies',
            ...activity,
          }),
        }),
        context,
      );
    const repliesOf = (res: { body?: string }) => (JSON.parse(res.body ?? '{}') as { activities?: { text?: string }[] }).activities ?? [];
    await post({ type: 'event', name: 'start', value: { policy: 'plc-technologies' } });
    // Words the assistant cannot read: each turn records the message and asks again, once.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const texts = Array.from({ length: 30 }, (_, i) => `zq${letters[i % 26]}${letters[Math.floor(i / 26)]}`);
    // Act
    const responses = await inFlight(10, texts, (text, i) => post({ id: `m${i}`, text }));
    const handoff = repliesOf(await post({ id: 'handoff', text: 'talk to a person please, concurrent@example.com' }));
    // Assess
    expect(errors).toEqual([]);
    expect(responses.map((r) => r.statusCode)).toEqual(texts.map(() => 200));
    expect(responses.map((r) => repliesOf(r).length)).toEqual(texts.map(() => 1));
    const rma = /RMA-[0-9A-Z]{9}/.exec(handoff[0]?.text ?? '')?.[0] as string;
    const c = await running.desk.app.ports.store.get(rma);
    const said = (c?.transcript ?? []).filter((l) => l.from === 'customer').map((l) => l.text);
    expect([...said].sort()).toEqual([...texts, 'talk to a person please, concurrent@example.com'].sort());
  });
});
