// On the local desk, as `npm start` wires it: a chat token asked for one merchant starts the chat
// under that merchant's policy, and after registration the chat answers from the case as staff left it.
import { PROMPTS } from '../../bot/prompts';
import type { StaffAction } from '../../shared/cases';
import { useDesk } from '../support/local-desk';

jest.setTimeout(120_000);

const desk = useDesk();

async function openChat(body?: unknown) {
  const url = desk().desk.url;
  const res = await fetch(
    `${url}/api/chat/token`,
    body === undefined ? { method: 'POST' } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (res.status !== 200) return { status: res.status, error: (await res.json()) as { error: { code: string; field?: string } } };
  const t = (await res.json()) as { token: string; conversationId: string; domain: string };
  const auth = { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' };
  let watermark = '0';
  const post = async (activity: Record<string, unknown>): Promise<string[]> => {
    const sent = await fetch(`${t.domain}/conversations/${t.conversationId}/activities`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ from: { id: 'dl_test' }, ...activity }),
    });
    expect(sent.status).toBe(200);
    const got = (await (await fetch(`${t.domain}/conversations/${t.conversationId}/activities?watermark=${watermark}`, { headers: auth })).json()) as {
      activities: { from: { id: string }; text?: string }[];
      watermark: string;
    };
    watermark = got.watermark;
    return got.activities.filter((a) => a.from.id !== 'dl_test').map((a) => a.text ?? '');
  };
  return { status: 200, post, say: (text: string) => post({ type: 'message', text }) };
}

describe('the chat token names the merchant (local desk)', () => {
  it("the chat starts under that merchant's policy: greeted, never asked which shop", async () => {
    const chat = await openChat({ policy: 'plextor-eu' });
    expect(await chat.post?.({ type: 'event', name: 'start', value: {} })).toEqual([PROMPTS.greeting]);
  });

  it('no body: as before, the chat asks which shop', async () => {
    const chat = await openChat();
    expect(await chat.post?.({ type: 'event', name: 'start', value: {} })).toEqual([PROMPTS.greeting, PROMPTS.askPolicy]);
  });

  it('an unknown merchant is a 400 naming the field', async () => {
    const chat = await openChat({ policy: 'acme' });
    expect(chat).toMatchObject({ status: 400, error: { error: { code: 'invalid_request', field: 'policy' } } });
  });
});

describe('after the RMA number, the chat answers from the case as staff left it (local desk)', () => {
  it('staff cancelled the return: the chat says so', async () => {
    // Prepare: a return registered in a chat opened for PLC
    const chat = await openChat({ policy: 'plc-technologies' });
    await chat.post?.({ type: 'event', name: 'start', value: {} });
    await chat.say?.('you sent me the wrong item');
    await chat.say?.('Ann Smith, ann.merchant@example.com');
    const done = (await chat.say?.('yes')) ?? [];
    const rma = /RMA-[0-9A-Z]{9}/.exec(done.join(' '))?.[0] as string;
    expect(rma).toBeDefined();
    // Act
    const { app } = desk().desk;
    const c = await app.getCaseForStaff(rma);
    await app.applyAction(rma, { action: 'cancelled', expectedVersion: c.version } as StaffAction);
    // Assess
    expect(await chat.say?.('what do I put in the box?')).toEqual([PROMPTS.after.cancelled(rma)]);
  });
});
