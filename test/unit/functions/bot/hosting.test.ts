// The bot behind /api/messages: the Agents SDK's CloudAdapter through the API Gateway shim; credentials or nothing.
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { MsalTokenProvider } from '@microsoft/agents-hosting';
import { chatDeps, makeBot } from '../../../../bot';
import { EtagConflictError, MemoryChatStore, type ChatStore } from '../../../../bot/chat-store';
import { newChat, type ChatState } from '../../../../bot/conversation';
import { chatKey } from '../../../../bot/rma-bot';
import { PROMPTS, QUESTIONS } from '../../../../bot/prompts';
import { checkCredentials, makeAdapter, MissingBotCredentialsError } from '../../../../functions/bot/auth';
import { makeMessagesHandler, MAX_ACTIVITY_BYTES } from '../../../../functions/bot/messages';
import { makeChatTokenHandler } from '../../../../functions/chat/token';
import { InMemoryConversationOrigins } from '../../../../shared/adapters/memory/in-memory-conversation-origins';
import { clientSender, UnavailableError } from '../../../../shared/cases';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { testApp } from '../../../support/fakes';

// Bot Service's published signing keys, as the Agents SDK fetches them (jwks-rsa): here one local key,
// so that a token signed with it, for this bot, unexpired, is the only kind accepted.
const mockKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
jest.mock('jwks-rsa', () => () => ({
  getSigningKey: (kid: string, done: (error: Error | null, key?: { getPublicKey(): string }) => void) =>
    kid === 'bot-service-key'
      ? done(null, { getPublicKey: () => mockKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString() })
      : done(new Error('no such key')),
}));

const CREDENTIALS = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' } as const;

/** A JWT signed RS256 with `key` (Bot Service's own by default). */
function signed(claims: Record<string, unknown>, key: KeyObject = mockKeys.privateKey, kid = 'bot-service-key'): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(key).toString('base64url')}`;
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function handler(credentials: Parameters<typeof makeAdapter>[0], options: { serviceUrl?: string; store?: ChatStore } = {}) {
  const { app, store: cases } = testApp();
  const store = options.store ?? new MemoryChatStore();
  const { bot } = makeBot(store, chatDeps(app, new InMemoryConversationOrigins()));
  const errors: unknown[] = [];
  const adapter = makeAdapter(credentials, (e) => errors.push(e));
  const h = makeMessagesHandler(
    { adapter, bot },
    { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined, ...(options.serviceUrl ? { serviceUrl: options.serviceUrl } : {}) },
  );
  return { h, errors, store, cases };
}

const activity = (text: string) => ({
  type: 'message',
  id: 'a1',
  text,
  channelId: 'directline',
  serviceUrl: 'https://directline.botframework.com/',
  conversation: { id: 'c1' },
  from: { id: 'u1' },
  recipient: { id: 'bot' },
  deliveryMode: 'expectReplies',
});
const post = (body: unknown, headers: Record<string, string> = {}) =>
  apiEvent({ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('/api/messages', () => {
  it('refuses to start without Bot Framework credentials', () => {
    expect(() => checkCredentials(undefined)).toThrow(MissingBotCredentialsError);
    expect(() => checkCredentials({ MicrosoftAppId: 'id', MicrosoftAppPassword: '' })).toThrow(MissingBotCredentialsError);
    expect(() => makeAdapter({ MicrosoftAppId: '', MicrosoftAppPassword: 'x' }, () => undefined)).toThrow(MissingBotCredentialsError);
  });

  it('with credentials, an activity without a valid token is refused by the SDK (401) and never reaches the bot', async () => {
    const { h, errors } = handler(CREDENTIALS);
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: 'https://api.botframework.com', aud: CREDENTIALS.MicrosoftAppId, nbf: now - 60, exp: now + 3600 };
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const refused = {
      none: await h(post(activity('hello')), context),
      unsigned: await h(post(activity('hello'), { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJib3QifQ.' }), context),
      forged: await h(post(activity('hello'), bearer(signed(claims, other))), context),
      expired: await h(post(activity('hello'), bearer(signed({ ...claims, nbf: now - 7200, exp: now - 3600 }))), context),
      wrongAudience: await h(post(activity('hello'), bearer(signed({ ...claims, aud: '00000000-0000-0000-0000-000000000999' }))), context),
      otherKey: await h(post(activity('hello'), bearer(signed(claims, mockKeys.privateKey, 'unknown-key'))), context),
    };
    expect(Object.fromEntries(Object.entries(refused).map(([k, r]) => [k, r.statusCode]))).toEqual({
      none: 401,
      unsigned: 401,
      forged: 401,
      expired: 401,
      wrongAudience: 401,
      otherKey: 401,
    });
    for (const r of Object.values(refused)) expect(r.body).not.toContain(PROMPTS.askPolicy);
    // The same activity with a token Bot Service would sign: it reaches the bot (the test can fail both ways).
    // (Past the check, the SDK asks Entra for the bot's own token, to answer through the channel: no Entra here.)
    const entra = jest.spyOn(MsalTokenProvider.prototype, 'getAccessToken').mockResolvedValue('bot-token');
    const accepted = await h(post(activity('hello'), bearer(signed(claims))), context);
    entra.mockRestore();
    expect(errors).toEqual([]);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.body).toContain(JSON.stringify(PROMPTS.askPolicy).slice(1, 40));
  });

  it('locally (no credentials, loopback only), the activity reaches the bot and the replies come back', async () => {
    const { h } = handler('none');
    const res = await h(post(activity('hello')), context);
    expect(res.statusCode).toBe(200);
    expect((JSON.parse(res.body as string) as { activities: { text: string }[] }).activities.map((a) => a.text)).toEqual([PROMPTS.askPolicy]);
  });
});

const repliesOf = (res: { body?: string }) => ((JSON.parse(res.body ?? '{}') as { activities?: { text: string }[] }).activities ?? []).map((a) => a.text);
const KEY = chatKey({ channelId: 'directline', conversation: { id: 'c1' } as never });

describe('/api/messages: limits', () => {
  it('a message over the limit (100 KB) is refused politely, and the conversation stays as it was', async () => {
    // Prepare
    const { h, store } = handler('none');
    await h(post(activity('PLC Technologies')), context);
    const before = await store.load(KEY);
    // Act
    const res = await h(post(activity('x'.repeat(100 * 1024))), context);
    // Assess
    expect(res.statusCode).toBe(200);
    expect(repliesOf(res)).toEqual([PROMPTS.tooLong]);
    expect(await store.load(KEY)).toEqual(before);
  });

  it('an activity over the size limit is a clear 413, and never reaches the bot', async () => {
    const { h, store } = handler('none');
    const res = await h(post(activity('x'.repeat(MAX_ACTIVITY_BYTES))), context);
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(res.body as string)).toEqual({ error: { code: 'body_too_large', message: `the activity is over ${MAX_ACTIVITY_BYTES / 1024} KB` } });
    expect(await store.load(KEY)).toBeUndefined();
  });

  it('with a serviceUrl fixed (the local desk), an activity naming another is refused and never reaches the bot', async () => {
    const { h, store } = handler('none', { serviceUrl: 'http://127.0.0.1:3000/directline' });
    const elsewhere = await h(post({ ...activity('hello'), serviceUrl: 'http://169.254.169.254/latest/', deliveryMode: 'normal' }), context);
    const missing = await h(post({ ...activity('hello'), serviceUrl: undefined }), context);
    expect([elsewhere.statusCode, missing.statusCode]).toEqual([400, 400]);
    expect((JSON.parse(elsewhere.body as string) as { error: { field: string } }).error.field).toBe('serviceUrl');
    expect(await store.load(KEY)).toBeUndefined();
    const own = await h(post({ ...activity('hello'), serviceUrl: 'http://127.0.0.1:3000/directline' }), context);
    expect(repliesOf(own)).toEqual([PROMPTS.askPolicy]);
  });
});

describe("/api/messages: the local desk's channel", () => {
  const secret = 'the-local-direct-line-secret';
  function local() {
    const { app } = testApp();
    const store = new MemoryChatStore();
    const { bot } = makeBot(store, chatDeps(app, new InMemoryConversationOrigins()));
    const run = jest.spyOn(bot, 'run');
    const localChannel = { secret, knows: (id: string) => id === 'c1' };
    const h = makeMessagesHandler(
      { adapter: makeAdapter('none', () => undefined), bot },
      { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined, localChannel },
    );
    return { h, store, run };
  }

  it("refuses (401) an activity without the Direct Line's secret, before the bot runs", async () => {
    const { h, store, run } = local();
    const answers = await Promise.all(
      [
        {} as Record<string, string>,
        { authorization: 'Bearer wrong' },
        { authorization: `Bearer ${secret}x` },
        { authorization: secret },
        { authorization: 'Bearer ' },
      ].map((headers) => h(post(activity('hello'), headers), context)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([401, 401, 401, 401, 401]);
    expect(JSON.parse(answers[0]?.body as string)).toMatchObject({ error: { code: 'unauthorized' } });
    expect(run).not.toHaveBeenCalled();
    expect(await store.load(KEY)).toBeUndefined();
  });

  it('refuses (403) a signed activity for a conversation the Direct Line does not hold', async () => {
    const { h, store, run } = local();
    const res = await h(post({ ...activity('hello'), conversation: { id: 'someone-else' } }, { authorization: `Bearer ${secret}` }), context);
    const none = await h(post({ ...activity('hello'), conversation: undefined }, { authorization: `Bearer ${secret}` }), context);
    expect([res.statusCode, none.statusCode]).toEqual([403, 403]);
    expect(run).not.toHaveBeenCalled();
    expect(await store.load(KEY)).toBeUndefined();
  });

  it('answers a signed activity for a conversation it holds', async () => {
    const { h } = local();
    const res = await h(post(activity('hello'), { authorization: `Bearer ${secret}` }), context);
    expect(res.statusCode).toBe(200);
    expect(repliesOf(res)).toEqual([PROMPTS.askPolicy]);
  });
});

describe('/api/messages: overlapping turns', () => {
  it('a turn that lost the race to another is worked out again from the newer state, and answered once', async () => {
    // Prepare: the other turn saves just before this one does
    const inner = new MemoryChatStore();
    let raced = false;
    const store: ChatStore = {
      load: (key) => inner.load(key),
      save: async (key, doc, eTag) => {
        if (!raced && eTag !== undefined) {
          raced = true;
          const other = structuredClone(doc.chat) as ChatState;
          other.transcript = [...((await inner.load(key))?.doc.chat as ChatState).transcript, { from: 'customer', text: 'the other turn', at: '' }];
          await inner.save(key, { chat: other }, eTag);
        }
        return inner.save(key, doc, eTag);
      },
    };
    const { h, errors } = handler('none', { store });
    await h(post(activity('PLC Technologies')), context);
    // Act
    const res = await h(post(activity('purple')), context);
    // Assess
    expect(errors).toEqual([]);
    expect(raced).toBe(true);
    expect(repliesOf(res)).toEqual([`${PROMPTS.didNotCatch(QUESTIONS.reason.hint)} ${QUESTIONS.reason.text}`]);
    const said = ((await inner.load(KEY))?.doc.chat as ChatState).transcript.filter((l) => l.from === 'customer').map((l) => l.text);
    expect(said).toEqual(['PLC Technologies', 'the other turn', 'purple']);
  });

  it('gives up after its attempts with the apology, saving nothing', async () => {
    const inner = new MemoryChatStore();
    const store: ChatStore = { load: (key) => inner.load(key), save: async () => Promise.reject(new EtagConflictError('conflict')) };
    const { app } = testApp();
    const errors: unknown[] = [];
    const { bot } = makeBot(store, chatDeps(app, new InMemoryConversationOrigins()), { conflicts: { attempts: 3, baseDelayMs: 0, maxDelayMs: 0 } });
    const h = makeMessagesHandler(
      { adapter: makeAdapter('none', (e) => errors.push(e)), bot },
      { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined },
    );
    const res = await h(post(activity('hello')), context);
    expect(repliesOf(res)).toEqual([PROMPTS.failed]);
    expect(errors).toHaveLength(1);
  });

  it('continues a conversation saved by the earlier dialog-stack state', async () => {
    const store = new MemoryChatStore();
    const chat = { ...newChat('plc-technologies'), asking: 'reason' };
    await store.save(KEY, { dialogState: { dialogStack: [{ id: 'rma', state: { chat } }] } }, undefined);
    const { h } = handler('none', { store });
    expect(repliesOf(await h(post(activity('I changed my mind')), context))).toEqual([QUESTIONS.deliveryDate.text]);
  });
});

describe('/api/messages: a start event on a conversation that already has a case', () => {
  it('begins the next return, never replaying the first one', async () => {
    // Prepare: a conversation that registered a case (its counter at 0)
    const store = new MemoryChatStore();
    await store.save(KEY, { chat: { ...newChat('plc-technologies'), caseSeq: 0, stage: 'done', rma: 'RMA-XXXX' } }, undefined);
    const { h } = handler('none', { store });
    const start = { ...activity(''), type: 'event', name: 'start', value: { policy: 'plc-technologies' } };
    // Act
    await h(post(start), context);
    // Assess: the next case of this conversation has its own idempotency key
    const saved = (await store.load(KEY))?.doc.chat as ChatState;
    expect({ stage: saved.stage, caseSeq: saved.caseSeq }).toEqual({ stage: 'facts', caseSeq: 1 });
  });
});

describe('/api/messages: after the RMA number', () => {
  it('"talk to a person" flags the case the conversation registered, through the desk\'s own use cases', async () => {
    // Prepare: a return registered in the chat, name and email in one message
    const { h, cases, errors } = handler('none');
    for (const text of ['PLC Technologies', 'you sent me the wrong item', 'Ann Smith, ann@example.com', 'yes']) await h(post(activity(text)), context);
    const [rma] = [...cases.cases.keys()] as [string];
    // Act
    const res = await h(post(activity('talk to a person')), context);
    // Assess
    expect(errors).toEqual([]);
    expect(repliesOf(res)).toEqual([PROMPTS.handoffOnCase(rma, 'ann@example.com')]);
    expect([...cases.cases.keys()]).toEqual([rma]);
    expect(cases.cases.get(rma)?.flags).toEqual(['wants_person']);
    expect(cases.cases.get(rma)?.transcript?.at(-1)?.text).toBe('talk to a person');
  });
});

describe('the chat token endpoint', () => {
  it('gives the browser a conversation token and the Direct Line domain, never the secret', async () => {
    const secret = 'DIRECT-LINE-SECRET';
    const origins = new InMemoryConversationOrigins();
    const { app } = testApp();
    const h = makeChatTokenHandler(
      { issue: async () => ({ token: 'conv-token', conversationId: 'c9', expiresIn: 1800 }), directLineDomain: 'https://dl.example', origins, ids: app.ids },
      { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined },
    );
    const res = await h(apiEvent({ method: 'POST', path: '/api/chat/token' }), context);
    expect(JSON.parse(res.body as string)).toEqual({ token: 'conv-token', conversationId: 'c9', expiresIn: 1800, domain: 'https://dl.example' });
    expect(res.body).not.toContain(secret);
    // Who asked for it, by the client's hashed address: the bot counts the chat's mail against them.
    expect(await origins.senderOf('c9')).toBe(clientSender(apiEvent({ method: 'POST', path: '/' }).requestContext.http.sourceIp, app.ids));
  });

  it('hands out no token when it cannot record who asked for it', async () => {
    const { app } = testApp();
    const origins = { record: async () => Promise.reject(new UnavailableError('DynamoDB record conversation origin failed')) };
    const h = makeChatTokenHandler(
      { issue: async () => ({ token: 'conv-token', conversationId: 'c9', expiresIn: 1800 }), directLineDomain: 'https://dl.example', origins, ids: app.ids },
      { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined },
    );
    const res = await h(apiEvent({ method: 'POST', path: '/api/chat/token' }), context);
    expect(res.statusCode).toBe(503);
    expect(res.body).not.toContain('conv-token');
  });
});
