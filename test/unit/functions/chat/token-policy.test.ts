// POST /api/chat/token with `{ "policy": "…" }`: a merchant's page opens a chat for that merchant. The
// body is checked at the edge (unknown policy or extra fields: 400; not JSON: 415), no body works as
// before, the policy is kept with the conversation's origin, and the bot starts under it.
import { chatDeps, makeBot } from '../../../../bot';
import { MemoryChatStore } from '../../../../bot/chat-store';
import type { ChatState } from '../../../../bot/conversation';
import { PROMPTS } from '../../../../bot/prompts';
import { chatKey } from '../../../../bot/rma-bot';
import { makeAdapter } from '../../../../functions/bot/auth';
import { makeMessagesHandler } from '../../../../functions/bot/messages';
import { makeChatTokenHandler } from '../../../../functions/chat/token';
import { DynamoDbConversationOrigins } from '../../../../shared/adapters/dynamodb/dynamodb-conversation-origins';
import { InMemoryConversationOrigins } from '../../../../shared/adapters/memory/in-memory-conversation-origins';
import { chatClient } from '../../../../web/client/chat';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { testApp } from '../../../support/fakes';
import { ScriptedTable } from '../../../support/scripted-table';

const HTTP = { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined };

function desk() {
  const { app } = testApp();
  const origins = new InMemoryConversationOrigins();
  let issued = 0;
  const token = makeChatTokenHandler(
    {
      issue: async () => {
        issued += 1;
        return { token: `token-${issued}`, conversationId: `conv-${issued}`, expiresIn: 1800 };
      },
      directLineDomain: 'https://dl.example',
      origins,
      ids: app.ids,
      policies: app.policies,
    },
    HTTP,
  );
  const open = async (body?: string, contentType: string | null = 'application/json') => {
    const res = await token(
      apiEvent({
        method: 'POST',
        path: '/api/chat/token',
        ...(contentType ? { headers: { 'content-type': contentType } } : {}),
        ...(body !== undefined ? { body } : {}),
      }),
      context,
    );
    return {
      status: res.statusCode,
      body: JSON.parse(res.body as string) as { conversationId?: string; error?: { code: string; message: string; field?: string } },
    };
  };
  return { app, origins, open, issued: () => issued };
}

describe('POST /api/chat/token: the merchant', () => {
  it.each(['plextor-eu', 'plc-technologies'])('{ "policy": "%s" } is kept with the conversation', async (policy) => {
    const { open, origins } = desk();
    const { status, body } = await open(JSON.stringify({ policy }));
    expect(status).toBe(200);
    expect(await origins.policyOf(body.conversationId as string)).toBe(policy);
    expect(await origins.senderOf(body.conversationId as string)).toMatch(/^ip:/);
  });

  it.each<[string, string | undefined, string | null]>([
    ['no body, no type (as the page always asked)', undefined, null],
    ['an empty body', '', 'application/json'],
    ['blank', '  \n', 'text/plain'],
    ['an empty object', '{}', 'application/json'],
    ['JSON with a charset', '{}', 'application/json; charset=utf-8'],
  ])('%s: a conversation for no merchant in particular', async (_name, body, type) => {
    const { open, origins } = desk();
    const { status, body: answer } = await open(body, type);
    expect(status).toBe(200);
    expect(answer).toMatchObject({ token: 'token-1', conversationId: 'conv-1', domain: 'https://dl.example' });
    expect(await origins.policyOf('conv-1')).toBeUndefined();
    expect(await origins.senderOf('conv-1')).toMatch(/^ip:/);
  });

  it.each<[string, string, string | null, number, string, string | undefined, RegExp]>([
    [
      'an unknown policy',
      '{"policy":"acme"}',
      'application/json',
      400,
      'invalid_request',
      'policy',
      /^policy: expected one of "plextor-eu", "plc-technologies"$/,
    ],
    ['a policy that is not a string', '{"policy":7}', 'application/json', 400, 'invalid_request', 'policy', /^policy: /],
    ['null', '{"policy":null}', 'application/json', 400, 'invalid_request', 'policy', /^policy: /],
    ['an extra field', '{"policy":"plextor-eu","user":"u1"}', 'application/json', 400, 'invalid_request', 'user', /^user: unknown field$/],
    ['an extra field only', '{"locale":"de"}', 'application/json', 400, 'invalid_request', 'locale', /^locale: unknown field$/],
    ['not an object', '["plextor-eu"]', 'application/json', 400, 'invalid_request', undefined, /expected object/],
    ['not JSON', '{policy:', 'application/json', 400, 'invalid_json', undefined, /not valid JSON/],
    ['a key twice', '{"policy":"plextor-eu","policy":"plc-technologies"}', 'application/json', 400, 'invalid_json', 'policy', /more than once/],
    ['text/plain (a cross-site form could send it)', '{"policy":"plextor-eu"}', 'text/plain', 415, 'unsupported_media_type', undefined, /JSON/],
    ['a form post', 'policy=plextor-eu', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type', undefined, /JSON/],
    ['no type', '{"policy":"plextor-eu"}', null, 415, 'unsupported_media_type', undefined, /JSON/],
  ])('%s: refused, and no conversation opened', async (_name, body, type, status, code, field, message) => {
    const { open, origins, issued } = desk();
    const answer = await open(body, type);
    expect(answer.status).toBe(status);
    expect(answer.body.error?.code).toBe(code);
    expect(answer.body.error?.field).toBe(field);
    expect(answer.body.error?.message).toMatch(message);
    expect(issued()).toBe(0);
    expect(origins.senders.size).toBe(0);
  });

  it('an over-long body is refused as every other is (413)', async () => {
    const { open, issued } = desk();
    expect((await open(JSON.stringify({ policy: 'x'.repeat(70 * 1024) }))).status).toBe(413);
    expect(issued()).toBe(0);
  });
});

describe('the bot starts the conversation under the merchant its page named', () => {
  function bot() {
    const d = desk();
    const store = new MemoryChatStore();
    const { bot: b } = makeBot(store, chatDeps(d.app, d.origins));
    const h = makeMessagesHandler({ adapter: makeAdapter('none', () => undefined), bot: b }, HTTP);
    const send = async (conversationId: string, activity: Record<string, unknown>) => {
      const full = {
        id: 'a1',
        channelId: 'directline',
        serviceUrl: 'https://directline.botframework.com/',
        conversation: { id: conversationId },
        from: { id: 'u1' },
        recipient: { id: 'bot' },
        deliveryMode: 'expectReplies',
        ...activity,
      };
      const res = await h(
        apiEvent({ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: JSON.stringify(full) }),
        context,
      );
      return ((JSON.parse(res.body ?? '{}') as { activities?: { text: string }[] }).activities ?? []).map((a) => a.text);
    };
    const chat = async (conversationId: string) =>
      (await store.load(chatKey({ channelId: 'directline', conversation: { id: conversationId } as never })))?.doc.chat as ChatState;
    return { ...d, send, chat };
  }

  it('the start event (naming no merchant): greeted, not asked which shop', async () => {
    const { open, send, chat } = bot();
    const { body } = await open(JSON.stringify({ policy: 'plextor-eu' }));
    const id = body.conversationId as string;
    expect(await send(id, { type: 'event', name: 'start', value: {} })).toEqual([PROMPTS.greeting]);
    expect((await chat(id)).policy).toBe('plextor-eu');
  });

  it('a first message without a start event: answered under that merchant', async () => {
    const { open, send, chat } = bot();
    const { body } = await open(JSON.stringify({ policy: 'plc-technologies' }));
    const replies = await send(body.conversationId as string, { type: 'message', text: 'it stopped working' });
    expect(replies).not.toContain(PROMPTS.askPolicy);
    expect((await chat(body.conversationId as string)).policy).toBe('plc-technologies');
  });

  it('the merchant named with the token comes before the one the start event names', async () => {
    const { open, send, chat } = bot();
    const { body } = await open(JSON.stringify({ policy: 'plextor-eu' }));
    await send(body.conversationId as string, { type: 'event', name: 'start', value: { policy: 'plc-technologies' } });
    expect((await chat(body.conversationId as string)).policy).toBe('plextor-eu');
  });

  it("a token for no merchant: the start event's merchant, or the question, as before", async () => {
    const { open, send, chat } = bot();
    const first = (await open()).body.conversationId as string;
    const second = (await open()).body.conversationId as string;
    expect(await send(first, { type: 'event', name: 'start', value: {} })).toEqual([PROMPTS.greeting, PROMPTS.askPolicy]);
    expect(await send(second, { type: 'event', name: 'start', value: { policy: 'plc-technologies' } })).toEqual([PROMPTS.greeting]);
    expect((await chat(second)).policy).toBe('plc-technologies');
  });

  it('a recorded policy the desk no longer has is ignored', async () => {
    const { origins, send } = bot();
    await origins.record('old-conv', 'ip:x', 'gone-merchant');
    expect(await send('old-conv', { type: 'event', name: 'start', value: {} })).toEqual([PROMPTS.greeting, PROMPTS.askPolicy]);
  });
});

describe('DynamoDbConversationOrigins keeps the policy in the origin item', () => {
  it('writes it with the sender, and reads it back (consistently)', async () => {
    const documents = new ScriptedTable();
    const item = new Map<string, Record<string, unknown>>();
    documents.on('put', (input: { Item: Record<string, unknown> }) => {
      item.set(`${String(input.Item.pk)}|${String(input.Item.sk)}`, input.Item);
      return {};
    });
    documents.on('get', (input: { Key: Record<string, unknown> }) => ({ Item: item.get(`${String(input.Key.pk)}|${String(input.Key.sk)}`) }));
    const origins = new DynamoDbConversationOrigins({ client: documents, tableName: 't', hash: (s) => `h(${s})`, now: () => 1000 });
    await origins.record('c1', 'ip:abc', 'plextor-eu');
    await origins.record('c2', 'ip:abc');
    expect(documents.callsOf('put').map((input) => input.Item)).toEqual([
      expect.objectContaining({ sender: 'ip:abc', policy: 'plextor-eu' }),
      expect.not.objectContaining({ policy: expect.anything() }),
    ]);
    expect([await origins.policyOf('c1'), await origins.policyOf('c2'), await origins.policyOf('c3')]).toEqual(['plextor-eu', undefined, undefined]);
    expect(await origins.senderOf('c1')).toBe('ip:abc');
    expect(documents.callsOf('get').every((input) => input.ConsistentRead === true)).toBe(true);
  });
});

describe('the chat page asks for its token', () => {
  type Fetched = { url: string; init?: RequestInit };
  async function runPage(options: { policy?: string; saved?: Record<string, unknown>; savedOk?: boolean; domain?: string }) {
    const fetched: Fetched[] = [];
    const directLines: Record<string, unknown>[] = [];
    const storage = new Map<string, string>(options.saved ? [['rma-chat', JSON.stringify(options.saved)]] : []);
    let rendered: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (rendered = resolve));
    const events: unknown[] = [];
    const g = globalThis as unknown as Record<string, unknown>;
    const host = { dataset: options.policy ? { policy: options.policy } : {} };
    g.document = { getElementById: (id: string) => (id === 'webchat' ? host : null) };
    g.window = {
      location: { search: options.policy ? `?policy=${options.policy}` : '' },
      localStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => storage.set(k, v) },
      WebChat: {
        createDirectLine: (o: Record<string, unknown>) => (directLines.push(o), o),
        createStore: (
          _s: unknown,
          middleware: (api: { dispatch: (a: unknown) => void }) => (next: (a: unknown) => unknown) => (action: { type: string }) => unknown,
        ) => {
          middleware({ dispatch: (a) => events.push(a) })((a) => a)({ type: 'DIRECT_LINE/CONNECT_FULFILLED' });
          return {};
        },
        renderWebChat: () => rendered(),
      },
    };
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      fetched.push({ url, ...(init ? { init } : {}) });
      if (url === '/api/chat/token') return new Response(JSON.stringify({ token: 't', conversationId: 'c', domain: options.domain ?? 'https://dl' }));
      return new Response('{}', { status: options.savedOk === false ? 403 : 200 });
    }) as typeof fetch;
    try {
      chatClient();
      await done;
    } finally {
      globalThis.fetch = realFetch;
      delete g.document;
      delete g.window;
    }
    return { fetched, events, directLines, saved: JSON.parse(storage.get('rma-chat') ?? 'null') as Record<string, unknown> | null };
  }
  const tokenCalls = (f: Fetched[]) => f.filter((x) => x.url === '/api/chat/token');

  it("streams over a WebSocket from Bot Service's Direct Line, and polls the local desk's stand-in", async () => {
    const service = await runPage({ domain: 'https://directline.botframework.com/v3/directline' });
    const local = await runPage({ domain: 'http://127.0.0.1:3000/directline/v3/directline' });
    expect([service.directLines[0]?.webSocket, local.directLines[0]?.webSocket]).toEqual([true, false]);
  });

  it('names the merchant the page is for, as JSON', async () => {
    const { fetched, events, saved } = await runPage({ policy: 'plextor-eu' });
    const [call] = tokenCalls(fetched);
    expect(call?.init?.method).toBe('POST');
    expect(new Headers(call?.init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(call?.init?.body as string)).toEqual({ policy: 'plextor-eu' });
    expect(events).toEqual([{ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'start', value: { policy: 'plextor-eu', language: 'en' } } }]);
    expect(saved?.policy).toBe('plextor-eu');
  });

  it('a page for no merchant sends no body, as before', async () => {
    const { fetched } = await runPage({});
    expect(tokenCalls(fetched).map((c) => c.init)).toEqual([{ method: 'POST' }]);
  });

  it('a saved conversation opened for another merchant is not resumed; one for this merchant is', async () => {
    const saved = { token: 'old', conversationId: 'old-c', domain: 'https://dl', userId: 'u', savedAt: Date.now() };
    expect(tokenCalls((await runPage({ policy: 'plc-technologies', saved: { ...saved, policy: 'plextor-eu' } })).fetched)).toHaveLength(1);
    expect(tokenCalls((await runPage({ policy: 'plextor-eu', saved: { ...saved, policy: 'plextor-eu' } })).fetched)).toHaveLength(0);
    expect(tokenCalls((await runPage({ saved: { ...saved, policy: 'plextor-eu' } })).fetched)).toHaveLength(0);
  });
});
