// The bot behind /api/messages: CloudAdapter through the API Gateway shim; credentials or nothing.
import { MemoryStorage } from 'botbuilder';
import { chatDeps, makeBot } from '../../../bot';
import { PROMPTS } from '../../../bot/prompts';
import { checkCredentials, makeAdapter, MissingBotCredentialsError } from '../../../functions/bot/auth';
import { makeMessagesHandler } from '../../../functions/bot/messages';
import { makeChatTokenHandler } from '../../../functions/chat/token';
import { apiEvent, capturingLogger, context } from '../../support/events';
import { testApp } from '../../support/fakes';

function handler(credentials: Parameters<typeof makeAdapter>[0]) {
  const { app } = testApp();
  const { bot } = makeBot(new MemoryStorage(), chatDeps(app));
  const errors: unknown[] = [];
  const adapter = makeAdapter(credentials, (e) => errors.push(e));
  return { h: makeMessagesHandler({ adapter, bot }, { logger: capturingLogger().logger, corsOrigins: [] }), errors };
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
    const { h } = handler({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' });
    // CloudAdapter reports each refusal on console.error: expected here, and checked.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const none = await h(post(activity('hello')), context);
    const forged = await h(post(activity('hello'), { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJib3QifQ.' }), context);
    expect(consoleError.mock.calls.map(([e]) => (e as { statusCode?: number }).statusCode)).toEqual([401, 401]);
    consoleError.mockRestore();
    expect([none.statusCode, forged.statusCode]).toEqual([401, 401]);
    expect(none.body).not.toContain(PROMPTS.askPolicy);
  });

  it('locally (no credentials, loopback only), the activity reaches the bot and the replies come back', async () => {
    const { h } = handler('none');
    const res = await h(post(activity('hello')), context);
    expect(res.statusCode).toBe(200);
    expect((JSON.parse(res.body as string) as { activities: { text: string }[] }).activities.map((a) => a.text)).toEqual([PROMPTS.askPolicy]);
  });
});

describe('the chat token endpoint', () => {
  it('gives the browser a conversation token and the Direct Line domain, never the secret', async () => {
    const secret = 'DIRECT-LINE-SECRET';
    const h = makeChatTokenHandler({ issue: async () => ({ token: 'conv-token', conversationId: 'c9', expiresIn: 1800 }), directLineDomain: 'https://dl.example' }, { logger: capturingLogger().logger, corsOrigins: [] });
    const res = await h(apiEvent({ method: 'POST', path: '/api/chat/token' }), context);
    expect(JSON.parse(res.body as string)).toEqual({ token: 'conv-token', conversationId: 'c9', expiresIn: 1800, domain: 'https://dl.example' });
    expect(res.body).not.toContain(secret);
  });
});
