// The conversation's behaviours as case tables (CoreBot style): what the customer says, and what
// the assistant answers — every expected reply built from the prompts module, never repeated here.
import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { MAX_MESSAGE_CHARACTERS, newChat, respond, TRANSCRIPT_LIMITS, type ChatDeps } from '../../../bot/conversation';
import { PROMPTS, QUESTIONS } from '../../../bot/prompts';
import { RmaDialog } from '../../../bot/rma.dialog';
import { FixedClock, testApp } from '../../support/fakes';

const TODAY = '2026-05-11';

function setup(options: { policy?: string } = {}) {
  const t = testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
  const deps: ChatDeps = {
    today: () => TODAY,
    now: () => `${TODAY}T10:00:00.000Z`,
    policies: t.app.policies,
    assess: t.app.assess,
    createCase: t.app.createCase,
    requestHuman: t.app.requestHuman,
  };
  const client = new DialogTestClient('test', new RmaDialog(deps), options.policy ? { policy: options.policy } : undefined);
  const say = async (text: string): Promise<Partial<Activity>[]> => {
    const out: Partial<Activity>[] = [];
    let reply = (await client.sendActivity(text)) as Partial<Activity> | undefined;
    while (reply) {
      out.push(reply);
      reply = client.getNextReply() as Partial<Activity> | undefined;
    }
    return out;
  };
  return { ...t, client, say };
}

type Expect = string | RegExp | ((text: string) => boolean);
interface Case {
  name: string;
  policy?: string;
  steps: [string, Expect[]][];
}

const DOA_FIRST = 'hi, my Plextor drive I bought on 1 May in Germany was dead when I opened it, I have the invoice';

const CASES: Case[] = [
  {
    name: 'the issue’s own example: nothing already said is asked again',
    steps: [
      [DOA_FIRST, [QUESTIONS['item.damaged'].text]],
      ['no', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Dirk Beispiel', [PROMPTS.askEmail('Dirk Beispiel')]],
      ['dirk@example.de', [(t) => t.startsWith("Here's what I have:") && t.includes('Bought on: 1 May 2026') && t.includes('Sending from: Germany'), PROMPTS.confirmQuestion]],
      ['yes', [/^Done! Your RMA number is RMA-[0-9A-Z]{9}\./, /^You can follow your return here: https:\/\/returns\.example\.com\/status\/RMA-/]],
    ],
  },
  {
    name: 'asks which merchant when the message does not say, with buttons',
    steps: [['it stopped working', [PROMPTS.askPolicy]]],
  },
  {
    name: 'a button answers its question exactly',
    steps: [
      ['hello', [PROMPTS.askPolicy]],
      ['PLC Technologies', [QUESTIONS.reason.text]],
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
    ],
  },
  {
    name: 'an answer it cannot read: the question again, with a hint',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
      ['purple', [`${PROMPTS.didNotCatch(QUESTIONS.deliveryDate.hint)} ${QUESTIONS.deliveryDate.text}`]],
    ],
  },
  {
    name: 'one answer settles several facts: only what is still missing is asked',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
      ['it arrived on 8 May, it is a standard model bought brand new, hardware, unused and still sealed in the original box', [QUESTIONS['item.damaged'].text]],
    ],
  },
  {
    name: 'a correction overrides the earlier answer',
    policy: 'plc-technologies',
    steps: [
      ['it arrived damaged on the 9th', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['actually it arrived on the 1st', [(t) => t.startsWith(PROMPTS.decision.review('').slice(0, 0)) && t.includes('7 days'), PROMPTS.askName]],
    ],
  },
  {
    name: 'a fact that cannot be true is refused with the reason, and the question stays',
    policy: 'plc-technologies',
    steps: [['I changed my mind; I bought it on 10 May and it arrived on 2 May', [(t) => t.startsWith(PROMPTS.invalidFact('').slice(0, 20)) && t.includes('before purchaseDate'), QUESTIONS.deliveryDate.text]]],
  },
  {
    name: 'help, at any time, then the same question again',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
      ['help', [PROMPTS.help, QUESTIONS.deliveryDate.text]],
    ],
  },
  {
    name: 'start over forgets the facts',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
      ['start over', [PROMPTS.restarted, PROMPTS.greeting]],
      ['it arrived damaged yesterday', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
    ],
  },
  {
    name: 'cancel registers nothing',
    policy: 'plc-technologies',
    steps: [['cancel', [PROMPTS.cancelled]]],
  },
  {
    name: 'declined, said kindly, and still registered in writing',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind, it was custom-built', [(t) => t.startsWith(PROMPTS.decision.declined('')) && t.endsWith(PROMPTS.notApprovedNext), PROMPTS.askName]],
      ['Ann', [PROMPTS.askEmail('Ann')]],
      ['ann@example.com', [/^Here's what I have:/, PROMPTS.confirmQuestion]],
      ['yes', [/^Done\. Your reference is RMA-/, /^You can follow your return here:/]],
    ],
  },
  {
    name: 'a name that is not a name is asked again',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['12345 !!', [`${PROMPTS.didNotCatch(PROMPTS.nameHint)} ${PROMPTS.askName}`]],
    ],
  },
  {
    name: 'an address the form would refuse is asked again',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Ann', [PROMPTS.askEmail('Ann')]],
      ['ann..smith@example.com', [PROMPTS.didNotCatch(PROMPTS.emailHint)]],
      [`${'a'.repeat(250)}@example.com`, [PROMPTS.didNotCatch(PROMPTS.emailHint)]],
      ['ann.smith@example.com', [/^Here's what I have:/, PROMPTS.confirmQuestion]],
    ],
  },
  {
    name: 'a name the form would refuse is asked again',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Visit evil.example now', [`${PROMPTS.didNotCatch(PROMPTS.nameHint)} ${PROMPTS.askName}`]],
      // A Cyrillic "А" in a Latin name.
      ['\u0410nn Smith', [`${PROMPTS.didNotCatch(PROMPTS.nameHint)} ${PROMPTS.askName}`]],
      ['Ann Smith', [PROMPTS.askEmail('Ann Smith')]],
    ],
  },
];

describe('the conversation', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { say } = setup(c.policy ? { policy: c.policy } : {});
    for (const [userSays, expected] of c.steps) {
      const replies = (await say(userSays)).map((a) => a.text ?? '');
      expect(replies).toHaveLength(expected.length);
      expected.forEach((e, i) => {
        const text = replies[i] as string;
        if (typeof e === 'string') expect(text).toBe(e);
        else if (e instanceof RegExp) expect(text).toMatch(e);
        else expect({ text, ok: e(text) }).toEqual({ text, ok: true });
      });
    }
  });

  it('offers buttons for closed questions', async () => {
    const { say } = setup({ policy: 'plextor-eu' });
    const [reply] = await say('it never worked, bought 1 May in Germany, I have the invoice');
    expect(reply?.text).toBe(QUESTIONS['item.damaged'].text);
    expect(reply?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Yes', 'No', "I don't know"]);
  });

  it('"talk to a person": a case flagged for staff, with the transcript so far', async () => {
    const { say, store } = setup({ policy: 'plc-technologies' });
    await say('I changed my mind');
    expect((await say('can I talk to a person?')).map((a) => a.text)).toEqual([PROMPTS.handoffAskEmail]);
    const [done] = await say('ann@example.com');
    expect(done?.text).toMatch(/^I've passed your conversation to a colleague/);
    const [c] = [...store.cases.values()];
    expect(c?.flags).toEqual(['wants_person']);
    expect(c?.status).toBe('draft');
    expect(c?.transcript?.map((l) => l.text)).toEqual(['I changed my mind', QUESTIONS.deliveryDate.text, 'can I talk to a person?', PROMPTS.handoffAskEmail, 'ann@example.com']);
  });

  it('after the case is registered, saying yes again registers nothing more', async () => {
    const { say, store, mailer } = setup({ policy: 'plc-technologies' });
    for (const text of ['you sent me the wrong item', 'Ann', 'ann@example.com', 'yes']) await say(text);
    const [again] = await say('yes');
    expect(again?.text).toBe(PROMPTS.alreadyDone([...store.cases.keys()][0] as string));
    expect(store.cases.size).toBe(1);
    expect(mailer.sent).toHaveLength(1);
    expect([...store.cases.values()][0]?.channel).toBe('chat');
  });
});

describe('a retried activity', () => {
  it('the same turn delivered twice (state not yet saved) registers one case and sends one email', async () => {
    // Prepare: a conversation at the confirmation
    const t = testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
    const deps: ChatDeps = { today: () => TODAY, now: () => `${TODAY}T10:00:00.000Z`, policies: t.app.policies, assess: t.app.assess, createCase: t.app.createCase, requestHuman: t.app.requestHuman };
    let state = newChat('plc-technologies');
    for (const text of ['you sent me the wrong item', 'Ann', 'ann@example.com']) state = (await respond(state, text, deps, 'conv-9')).state;
    // Act: the channel retries "yes" from the same saved state, as after a timeout
    const first = await respond(state, 'yes', deps, 'conv-9');
    const retry = await respond(state, 'yes', deps, 'conv-9');
    // Assess
    expect(retry.state.rma).toBe(first.state.rma);
    expect(t.store.cases.size).toBe(1);
    expect(t.mailer.sent).toHaveLength(1);
  });
});

describe('limits', () => {
  const t = () => testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
  const depsOf = (x: ReturnType<typeof t>): ChatDeps => ({ today: () => TODAY, now: () => `${TODAY}T10:00:00.000Z`, policies: x.app.policies, assess: x.app.assess, createCase: x.app.createCase, requestHuman: x.app.requestHuman });

  it('a message over the limit is refused politely and changes nothing', async () => {
    const deps = depsOf(t());
    const state = (await respond(newChat('plc-technologies'), 'I changed my mind', deps, 'c')).state;
    const turn = await respond(state, 'x'.repeat(MAX_MESSAGE_CHARACTERS + 1), deps, 'c');
    expect(turn.replies).toEqual([{ text: PROMPTS.tooLong }]);
    expect(turn.state).toBe(state);
    expect((await respond(state, 'x'.repeat(MAX_MESSAGE_CHARACTERS), deps, 'c')).replies).not.toEqual([{ text: PROMPTS.tooLong }]);
  });

  it('the transcript keeps the most recent lines, clipped, and staff are told how many were not kept', async () => {
    // Prepare
    const x = t();
    const deps = depsOf(x);
    let state = newChat('plc-technologies');
    let lines = 0;
    const say = async (text: string) => {
      const turn = await respond(state, text, deps, 'c');
      state = turn.state;
      lines += 1 + turn.replies.length;
    };
    // Act: long unreadable messages, far beyond what the state may hold
    for (let i = 0; i < 150; i++) await say(`${i} ${'€'.repeat(MAX_MESSAGE_CHARACTERS - 10)}`);
    await say('purple');
    const bytes = new TextEncoder().encode(JSON.stringify(state)).length;
    const kept = state.transcript.length;
    await say('talk to a person, ann@example.com');
    // Assess
    expect(kept).toBeLessThanOrEqual(TRANSCRIPT_LIMITS.lines);
    expect(bytes).toBeLessThan(TRANSCRIPT_LIMITS.bytes + 8 * 1024);
    expect(state.transcript.every((l) => l.text.length <= TRANSCRIPT_LIMITS.lineCharacters)).toBe(true);
    const [c] = [...x.store.cases.values()];
    const forStaff = c?.transcript ?? [];
    expect(forStaff[0]?.text).toBe(PROMPTS.transcriptDropped(state.transcriptDropped as number));
    expect(forStaff.map((l) => l.text)).toContain('purple');
    expect(forStaff[forStaff.length - 1]?.text).toBe('talk to a person, ann@example.com');
    // Every line is either kept or counted (the handoff's own reply comes after the case was made).
    expect(state.transcript.length + (state.transcriptDropped as number)).toBe(lines);
  });
});
