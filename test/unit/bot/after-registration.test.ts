// After the RMA number, the chat answers from the case as it is now, not from the copy of the decision
// it kept when it registered the case: staff approving or declining a review, reassessing, or a
// cancellation are what the customer hears — said once — and an unchanged case is answered as before.
import { chatDeps, makeBot } from '../../../bot';
import { chatDecision, movedOn, type ChatDecision } from '../../../bot/case-questions';
import { MemoryChatStore } from '../../../bot/chat-store';
import { newChat, respond, type ChatDeps, type ChatState } from '../../../bot/conversation';
import { PROMPTS } from '../../../bot/prompts';
import { makeAdapter } from '../../../functions/bot/auth';
import { makeMessagesHandler } from '../../../functions/bot/messages';
import { InMemoryConversationOrigins } from '../../../shared/adapters/memory/in-memory-conversation-origins';
import type { Case } from '../../../shared/cases';
import { ANSWER_TEXT } from '../../../shared/intake/case-answers';
import { DOCUMENT_LABELS, REFUSAL_NOTE, type Decision } from '../../../shared/rules';
import { apiEvent, capturingLogger, context } from '../../support/events';
import { PLC_UNWANTED, testApp } from '../../support/fakes';
import { act, newCase, PLC_LATE_UNWANTED, staffApp } from '../../support/staff';

/** What the chat says to "what do I put in the box?" for an approved decision, from the decision's own lines. */
const includeAnswer = (d: Decision) => `${PROMPTS.after.documents(d.documents.map((doc) => DOCUMENT_LABELS[doc]))}\n\n${PROMPTS.after.packing(d.packing)}`;

/**
 * A case registered from the chat, and the conversation as registering it left it (stage done, the
 * decision kept with it). `readsCases`: the bot is given the case store, as the desk and Lambda wire it.
 */
async function registered(request: typeof PLC_UNWANTED | typeof PLC_LATE_UNWANTED, options: { readsCases?: boolean; keptDecision?: boolean } = {}) {
  const t = staffApp();
  const { rma, token } = await newCase(t.app, request, { channel: 'chat' });
  const created = (await t.store.get(rma)) as Case;
  let chat: ChatState = {
    ...newChat(request.policy),
    stage: 'done',
    contact: { ...request.contact },
    rma,
    statusUrl: `https://returns.example.com/status/${rma}?token=${token}`,
    ...(options.keptDecision === false ? {} : { decision: chatDecision(created.decision) }),
  };
  const deps: ChatDeps = chatDeps(t.app, new InMemoryConversationOrigins(), options.readsCases === false ? undefined : t.store);
  let n = 0;
  const ask = async (text: string): Promise<string[]> => {
    n += 1;
    const turn = await respond(chat, text, deps, 'conv-1', `conv-1|${String(n).padStart(7, '0')}`);
    chat = turn.state;
    return turn.replies.map((r) => r.text);
  };
  return { ...t, rma, token, ask, created, state: () => chat };
}

describe('after the RMA number: answers from the case as it is now', () => {
  it('a review staff approved: says so once, then answers from the approval', async () => {
    // Prepare: a return in review, asked about before anyone decided it
    const { app, store, rma, ask } = await registered(PLC_LATE_UNWANTED);
    expect(await ask('what do I put in the box?')).toEqual([PROMPTS.after.inReview, PROMPTS.after.passedOn]);
    // Act
    await act(app, rma, { action: 'approve' });
    const first = await ask('what do I put in the box?');
    const again = await ask('and what goes inside the parcel?');
    // Assess
    const approved = (await store.get(rma))?.decision as Decision;
    expect(approved.outcome).toBe('approved');
    expect(first).toEqual([PROMPTS.after.movedOn.approved(rma), includeAnswer(approved)]);
    expect(again).toEqual([includeAnswer(approved)]);
  });

  it('a review staff declined: says so, and that there is nothing to send', async () => {
    const { app, rma, ask } = await registered(PLC_LATE_UNWANTED);
    const declined = await act(app, rma, { action: 'decline' });
    const [news, answer] = await ask('so who pays for the postage?');
    // Why it was declined (the decision's first line), and what the customer can do.
    expect({ news, answer }).toEqual({
      news: PROMPTS.after.movedOn.declined(rma),
      answer: `${ANSWER_TEXT.declined} ${declined.decision.notes[0] as string} ${PROMPTS.after.ifDeclined}`,
    });
  });

  it('reassessed to a refusal before the parcel was sent: says so', async () => {
    // Prepare: an approved return, waiting for the parcel
    const { app, rma, ask, created } = await registered(PLC_UNWANTED);
    expect(await ask('what do I put in the box?')).toEqual([includeAnswer(created.decision)]);
    // Act: staff learn it was used
    const after = await act(app, rma, { action: 'reassess', facts: { item: { used: true } } });
    // Assess
    expect(after.status).toBe('declined');
    const [news, answer] = await ask('when do I get my money back?');
    // Why: the decision's first line and what the customer said that decided it.
    expect({ news, answer }).toEqual({
      news: PROMPTS.after.movedOn.declined(rma),
      answer: `${ANSWER_TEXT.declined} ${after.decision.notes[0] as string} ${REFUSAL_NOTE(['it has been used'])} ${PROMPTS.after.ifDeclined}`,
    });
  });

  it('cancelled (on the status page): says so, whatever is asked, and no longer points to cancelling', async () => {
    const { app, rma, token, ask } = await registered(PLC_UNWANTED);
    await app.customerCancel(rma, token);
    expect(await ask('what do I put in the box?')).toEqual([PROMPTS.after.cancelled(rma)]);
    expect(await ask('thanks, bye')).toEqual([PROMPTS.after.cancelled(rma)]);
    expect(await ask('cancel')).toEqual([PROMPTS.after.cancelled(rma)]);
  });

  it('a reassessment waiting for staff’s answer on a review is not news: the customer still hears the review, as on the status page', async () => {
    // Prepare: in review; staff learn it arrived within the 30 days, which alone would approve it
    const { app, rma, ask, store } = await registered(PLC_LATE_UNWANTED);
    await act(app, rma, { action: 'reassess', facts: { deliveryDate: '2026-03-10' } });
    const c = (await store.get(rma)) as Case;
    expect({ status: c.status, outcome: c.decision.outcome }).toEqual({ status: 'in_review', outcome: 'approved' });
    // Act / Assess
    expect(await ask('what do I put in the box?')).toEqual([PROMPTS.after.inReview, PROMPTS.after.passedOn]);
  });

  it('an unchanged case: the same answers as from the decision kept with the conversation', async () => {
    const questions = ['what do I include?', 'so who pays for the postage to send them back?', 'when do I get my money back?', 'thanks, bye', 'cancel'];
    const fromCase = await registered(PLC_UNWANTED);
    const fromCopy = await registered(PLC_UNWANTED, { readsCases: false });
    for (const q of questions) {
      const [a, b] = [await fromCase.ask(q), await fromCopy.ask(q)];
      const same = (rma: string) => (t: string) => t.replaceAll(rma, 'RMA').replace(/token=\S+/, '');
      expect(a.map(same(fromCase.rma))).toEqual(b.map(same(fromCopy.rma)));
    }
    expect(await fromCase.ask('what do I include?')).toEqual([includeAnswer(fromCase.created.decision)]);
  });

  it('a conversation kept before decisions were kept with it is answered from the case', async () => {
    const { ask, created } = await registered(PLC_UNWANTED, { keptDecision: false });
    expect(await ask('what do I include?')).toEqual([includeAnswer(created.decision)]);
  });

  it('the kept decision follows what the customer was told', async () => {
    const { app, rma, ask, state, store } = await registered(PLC_LATE_UNWANTED);
    await act(app, rma, { action: 'approve' });
    await ask('thanks');
    expect(state().decision).toEqual(chatDecision((await store.get(rma))?.decision as Decision));
  });
});

describe('movedOn', () => {
  const approved: ChatDecision = {
    outcome: 'approved',
    remedies: ['refund'],
    customerPays: ['original_shipping'],
    documents: ['rma_number_on_parcel'],
    packing: ['Pack it well.'],
    notes: ['Approved.'],
  };
  it.each<[string, ChatDecision, string | undefined]>([
    ['nothing changed', approved, undefined],
    ['review → approved', { ...approved, outcome: 'review' }, PROMPTS.after.movedOn.approved('RMA-1')],
    ['the terms changed, the outcome not', { ...approved, customerPays: ['return_shipping'] }, PROMPTS.after.movedOn.changed('RMA-1')],
    ['a restocking fee now', { ...approved, restockingFeeMaxPercent: 15 }, PROMPTS.after.movedOn.changed('RMA-1')],
  ])('%s', (_name, told, expected) => {
    expect(movedOn('RMA-1', told, approved)).toBe(expected);
  });
  it('to a referral or a review', () => {
    expect(movedOn('RMA-1', approved, { ...approved, outcome: 'referred', notes: ['Contact your shop.'] })).toBe(PROMPTS.after.movedOn.changed('RMA-1'));
    expect(movedOn('RMA-1', approved, { ...approved, outcome: 'review' })).toBe(PROMPTS.after.movedOn.review('RMA-1'));
  });
});

describe('through the bot, wired as the desk wires it', () => {
  it('answers from the case store: staff cancelled the return after the chat registered it', async () => {
    // Prepare: a return registered in the chat
    const { app, store: cases } = testApp();
    const { bot } = makeBot(new MemoryChatStore(), chatDeps(app, new InMemoryConversationOrigins(), cases));
    const h = makeMessagesHandler(
      { adapter: makeAdapter('none', () => undefined), bot },
      { logger: capturingLogger().logger, corsOrigins: [], siteOrigin: undefined },
    );
    let n = 0;
    const say = async (text: string) => {
      n += 1;
      const activity = {
        type: 'message',
        id: `a${n}`,
        text,
        channelId: 'directline',
        serviceUrl: 'https://directline.botframework.com/',
        conversation: { id: 'c1' },
        from: { id: 'u1' },
        recipient: { id: 'bot' },
        deliveryMode: 'expectReplies',
      };
      const res = await h(
        apiEvent({ method: 'POST', path: '/api/messages', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }),
        context,
      );
      return ((JSON.parse(res.body ?? '{}') as { activities?: { text: string }[] }).activities ?? []).map((a) => a.text);
    };
    for (const text of ['PLC Technologies', 'you sent me the wrong item', 'Ann Smith, ann@example.com', 'yes']) await say(text);
    const [rma] = [...cases.cases.keys()] as [string];
    // Act
    await act(app, rma, { action: 'cancelled' });
    // Assess
    expect(await say('what do I put in the box?')).toEqual([PROMPTS.after.cancelled(rma)]);
  });
});
