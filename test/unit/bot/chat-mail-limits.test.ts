// The chat is no mail relay: a case registered in a conversation counts against the client that
// opened the conversation (recorded by the token endpoint), the same sender as the form's from that
// client — not against the conversation, which costs nothing to open again.
import { newChat, respond, type ChatDeps, type ChatState } from '../../../bot/conversation';
import { chatDeps } from '../../../bot';
import { PROMPTS } from '../../../bot/prompts';
import { makeCreateCaseHandler } from '../../../functions/api/create-case';
import { makeChatTokenHandler } from '../../../functions/chat/token';
import { InMemoryConversationOrigins } from '../../../shared/adapters/memory/in-memory-conversation-origins';
import { clientSender, MAIL_LIMIT } from '../../../shared/cases';
import { apiEvent, capturingLogger, context } from '../../support/events';
import { PLC_UNWANTED, testApp } from '../../support/fakes';

const fromIp = (sourceIp: string, options: Parameters<typeof apiEvent>[0]) => {
  const event = apiEvent(options);
  return { ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, sourceIp } } };
};

/** A whole return in one conversation, up to its registration; the replies of the last turn. */
async function registerIn(deps: ChatDeps, conversationId: string, email: string): Promise<{ state: ChatState; replies: string[] }> {
  let state = newChat();
  let replies: string[] = [];
  for (const text of ['PLC Technologies', 'you sent me the wrong item', 'Ann', email, 'yes']) {
    const turn = await respond(state, text, deps, conversationId);
    state = turn.state;
    replies = turn.replies.map((r) => r.text);
  }
  return { state, replies };
}

function setup(limits = { perRecipientPerDay: 5, perSenderPerDay: 2 }) {
  const t = testApp({ mailLimits: limits });
  const origins = new InMemoryConversationOrigins();
  const logger = capturingLogger().logger;
  const token = makeChatTokenHandler(
    {
      issue: async () => ({ token: 'conv-token', conversationId: `conv-${origins.senders.size + 1}`, expiresIn: 1800 }),
      directLineDomain: 'https://dl.example',
      origins,
      ids: t.app.ids,
    },
    { logger, corsOrigins: [], siteOrigin: undefined },
  );
  const open = async (ip: string) =>
    JSON.parse((await token(fromIp(ip, { method: 'POST', path: '/api/chat/token' }), context)).body as string) as { conversationId: string };
  return { ...t, origins, deps: chatDeps(t.app, origins), open, form: makeCreateCaseHandler(t.app, { logger, corsOrigins: [], siteOrigin: undefined }) };
}

describe('the sender of a chat case', () => {
  it('is the client recorded for the conversation, as the form names that client (hashed, never the IP)', async () => {
    // Prepare
    const { deps, open, origins, ids } = setup();
    const createCase = jest.fn(deps.createCase);
    const { conversationId } = await open('198.51.100.23');
    // Act
    await registerIn({ ...deps, createCase }, conversationId, 'ann@example.com');
    // Assess
    expect(createCase).toHaveBeenCalledTimes(1);
    expect(createCase.mock.calls[0]?.[1].sender).toBe(clientSender('198.51.100.23', ids));
    expect(createCase.mock.calls[0]?.[1].sender).toBe(`ip:${ids.hash('198.51.100.23')}`);
    expect(JSON.stringify([...origins.senders])).not.toContain('198.51.100.23');
  });

  it('is the conversation itself when nobody recorded who opened it (a channel such as Teams)', async () => {
    const { deps } = setup();
    const createCase = jest.fn(deps.createCase);
    await registerIn({ ...deps, createCase }, '19:teams-conversation', 'ann@example.com');
    expect(createCase.mock.calls[0]?.[1].sender).toBe('chat:19:teams-conversation');
  });

  it('several conversations opened from one IP: the per-sender number of confirmations goes, the rest are held and the chat says so', async () => {
    // Prepare
    const { deps, open, mailer, store } = setup();
    // Act: four conversations from one client, each for another address
    const outcomes = [];
    for (let i = 0; i < 4; i++) {
      const { conversationId } = await open('203.0.113.50');
      outcomes.push(await registerIn(deps, conversationId, `victim${i}@example.com`));
    }
    // Assess
    expect(mailer.sent.map((m) => m.to)).toEqual(['victim0@example.com', 'victim1@example.com']);
    for (const { state, replies } of outcomes.slice(2)) {
      expect(replies[0]).toBe(PROMPTS.createdMailHeld(state.rma as string));
      expect((await store.get(state.rma as string))?.flags).toContain(MAIL_LIMIT);
    }
    for (const { state } of outcomes.slice(0, 2)) expect((await store.get(state.rma as string))?.flags).not.toContain(MAIL_LIMIT);
  });

  it('shares one limit with the form: after the chat used it up, the form answers the same IP with 429, and another IP is not affected', async () => {
    // Prepare
    const { deps, open, form, mailer } = setup({ perRecipientPerDay: 5, perSenderPerDay: 1 });
    const { conversationId } = await open('203.0.113.77');
    await registerIn(deps, conversationId, 'first@example.com');
    const post = (ip: string, email: string) =>
      form(
        fromIp(ip, {
          method: 'POST',
          path: '/api/cases',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...PLC_UNWANTED, contact: { ...PLC_UNWANTED.contact, email } }),
        }),
        context,
      );
    // Act
    const same = await post('203.0.113.77', 'second@example.com');
    const other = await post('203.0.113.78', 'third@example.com');
    // Assess
    expect([same.statusCode, other.statusCode]).toEqual([429, 201]);
    expect(mailer.sent.map((m) => m.to)).toEqual(['first@example.com', 'third@example.com']);
  });
});
