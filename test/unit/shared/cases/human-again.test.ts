// A customer who asks for a person again, after saying more: staff get the lines they do not have
// yet, once each — a retried request adds nothing — the flag stays single and the case keeps its
// place in the staff queue (updatedAt).
import { chatDeps } from '../../../../bot';
import { chatDecision } from '../../../../bot/case-questions';
import { newChat, respond, type ChatDeps, type ChatState } from '../../../../bot/conversation';
import { PROMPTS } from '../../../../bot/prompts';
import { InMemoryConversationOrigins } from '../../../../shared/adapters/memory/in-memory-conversation-origins';
import { CASE_CONVERSATION_LIMITS, updateWithRetry, type Case, type TranscriptLine } from '../../../../shared/cases';
import { FixedClock, PLC_UNWANTED, testApp } from '../../../support/fakes';

const at = (minute: number) => `2026-03-20T09:${String(minute).padStart(2, '0')}:00.000Z`;
const customer = (text: string, minute: number, messageId?: string): TranscriptLine => ({
  from: 'customer',
  text,
  at: at(minute),
  ...(messageId ? { messageId } : {}),
});
const assistant = (text: string, minute: number): TranscriptLine => ({ from: 'assistant', text, at: at(minute) });

async function registered() {
  const t = testApp();
  const { contact: _contact, ...facts } = PLC_UNWANTED;
  const result = await t.app.createCase({ ...facts, contact: { email: 'ann@example.com', name: 'Ann Example' } } as Parameters<typeof t.app.createCase>[0], {
    channel: 'chat',
  });
  if (result.kind === 'need_info') throw new Error('need_info');
  const rma = result.case.rma;
  const ask = (transcript: TranscriptLine[]) => t.app.requestHuman({ rma, transcript }, { idempotencyKey: `chat:c1:human:${rma}` });
  const get = async () => (await t.store.get(rma)) as Case;
  return { ...t, rma, ask, get };
}

const FIRST = [customer('you sent me the wrong item', 1, 'c1|01'), assistant('Good news — approved.', 1), customer('talk to a person', 2, 'c1|02')];
const LATER = [
  ...FIRST,
  assistant(PROMPTS.handoffOnCase('RMA', 'ann@example.com'), 2),
  customer('also the box was wet', 3, 'c1|03'),
  assistant('Your return is registered.', 3),
  customer('a person please, again', 4, 'c1|04'),
];

describe('requestHuman on a case, asked again', () => {
  it('adds only the lines staff do not have yet; the flag stays single, updatedAt and history stay', async () => {
    // Prepare
    const { ask, get } = await registered();
    await ask(FIRST);
    const before = await get();
    // Act
    await ask(LATER);
    // Assess
    const after = await get();
    expect(after.transcript).toEqual(LATER);
    expect(after.flags).toEqual(['wants_person']);
    expect({ updatedAt: after.updatedAt, status: after.status, history: after.history }).toEqual({
      updatedAt: before.updatedAt,
      status: before.status,
      history: before.history,
    });
  });

  it('the same request handled again (a retry) adds nothing and writes nothing', async () => {
    const { ask, get } = await registered();
    await ask(FIRST);
    await ask(LATER);
    const version = (await get()).version;
    await ask(LATER);
    await ask(FIRST);
    expect((await get()).version).toBe(version);
    expect((await get()).transcript).toEqual(LATER);
  });

  it('the same request twice at once: added once', async () => {
    const { ask, get } = await registered();
    await ask(FIRST);
    await Promise.all([ask(LATER), ask(LATER), ask(LATER)]);
    expect((await get()).transcript).toEqual(LATER);
    expect((await get()).flags).toEqual(['wants_person']);
  });

  it('a message handled twice (new timestamp, same message id) is one line for staff', async () => {
    const { ask, get } = await registered();
    await ask(FIRST);
    const redone = [...FIRST.slice(0, 2), { ...(FIRST[2] as TranscriptLine), at: at(9) }];
    await ask(redone);
    expect((await get()).transcript).toEqual(FIRST);
  });

  it('email replies on the case in between are kept, and do not make the chat lines new again', async () => {
    const { ask, get, store, rma } = await registered();
    await ask(FIRST);
    const emailed: TranscriptLine = { from: 'customer', text: 'Re: photos', at: at(2), via: 'email', messageId: '<m1@example.com>' };
    await updateWithRetry(store, rma, (c) => ({ ...c, transcript: [...(c.transcript ?? []), emailed] }));
    await ask(LATER);
    expect((await get()).transcript).toEqual([...FIRST, emailed, ...LATER.slice(FIRST.length)]);
  });

  it('the chat no longer keeps its oldest lines: its note of them is not news, the newer lines are', async () => {
    const { ask, get } = await registered();
    await ask(FIRST);
    const slid = [assistant(PROMPTS.transcriptDropped(1), 1), ...LATER.slice(1)];
    await ask(slid);
    expect((await get()).transcript).toEqual(LATER);
  });

  it('keeps the newest conversation lines within its limits; email replies stay', async () => {
    const { ask, get, store, rma } = await registered();
    const emailed: TranscriptLine = { from: 'customer', text: 'Re: photos', at: at(0), via: 'email', messageId: '<m1@example.com>' };
    await updateWithRetry(store, rma, (c) => ({ ...c, transcript: [emailed] }));
    const said = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        from: 'customer' as const,
        text: `line ${i} ${'x'.repeat(900)}`,
        at: `2026-03-20T10:00:00.${String(i).padStart(3, '0')}Z`,
      }));
    await ask(said(100));
    await ask(said(200));
    await ask(said(400));
    const kept = (await get()).transcript ?? [];
    const chat = kept.filter((l) => l.via !== 'email');
    expect(kept).toContainEqual(emailed);
    expect(chat.length).toBeLessThanOrEqual(CASE_CONVERSATION_LIMITS.lines);
    expect(new TextEncoder().encode(JSON.stringify(chat)).length).toBeLessThanOrEqual(CASE_CONVERSATION_LIMITS.bytes);
    expect(chat.at(-1)?.text).toMatch(/^line 399 /);
    expect(new Set(chat.map((l) => l.text)).size).toBe(chat.length);
  });
});

describe('"talk to a person" again, in the chat', () => {
  it('staff get what the customer said since, once; the same message delivered again adds nothing', async () => {
    // Prepare: a registered case, the conversation at its end; the clock moves a minute a message
    const clock = new FixedClock('2026-03-20T09:30:00.000Z');
    const t = testApp({ clock });
    const { contact: _contact, ...facts } = PLC_UNWANTED;
    const result = await t.app.createCase({ ...facts, contact: { email: 'ann@example.com', name: 'Ann Example' } } as Parameters<typeof t.app.createCase>[0], {
      channel: 'chat',
    });
    if (result.kind === 'need_info') throw new Error('need_info');
    const rma = result.case.rma;
    const deps: ChatDeps = chatDeps(t.app, new InMemoryConversationOrigins(), t.store);
    let chat: ChatState = {
      ...newChat('plc-technologies'),
      stage: 'done',
      contact: { name: 'Ann Example', email: 'ann@example.com' },
      rma,
      statusUrl: result.statusUrl,
      decision: chatDecision(result.case.decision),
    };
    let minute = 30;
    const turn = async (state: ChatState, text: string, id: string) => {
      minute += 1;
      clock.instant = `2026-03-20T09:${minute}:00.000Z`;
      return respond(state, text, deps, 'c1', id);
    };
    const say = async (text: string, id: string) => {
      const next = await turn(chat, text, id);
      chat = next.state;
      return next.replies.map((r) => r.text);
    };
    await say('can I talk to a person?', 'c1|0000001');
    await say('the box was also wet', 'c1|0000002');
    // Act: a person again; then the same activity again, worked out from the state before it (its save lost)
    const before = chat;
    const replies = await say('I would like to talk to a person please', 'c1|0000003');
    await turn(before, 'I would like to talk to a person please', 'c1|0000003');
    // Assess
    expect(replies).toEqual([PROMPTS.handoffOnCase(rma, 'ann@example.com')]);
    const c = (await t.store.get(rma)) as Case;
    expect(c.flags).toEqual(['wants_person']);
    expect(c.updatedAt).toBe(result.case.updatedAt);
    expect(c.transcript?.map((l) => l.text)).toEqual([
      'can I talk to a person?',
      PROMPTS.handoffOnCase(rma, 'ann@example.com'),
      'the box was also wet',
      PROMPTS.after.noted,
      'I would like to talk to a person please',
    ]);
  });
});
