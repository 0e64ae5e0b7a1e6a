// The chat is no mail relay, end to end on the local desk: conversations opened from one IP (a new
// token each time) count as one sender, shared with the form, however many there are.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { PROMPTS } from '../../bot/prompts';
import { LOCAL_TABLE } from '../../local/stack';
import { MAIL_LIMIT } from '../../shared/cases';
import { outbox, runDesk, type RunningDesk } from '../support/local-desk';

jest.setTimeout(120_000);

const PER_SENDER = 2;
let running: RunningDesk;

beforeAll(async () => {
  running = await runDesk({ mailLimits: { perRecipientPerDay: 5, perSenderPerDay: PER_SENDER } });
});

afterAll(async () => {
  await running?.stop();
});

/** A Direct Line client on a conversation of its own, as a script opening many would be. */
async function openConversation(deskUrl: string) {
  const t = (await (await fetch(`${deskUrl}/api/chat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string; domain: string };
  const headers = { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' };
  const started = await fetch(`${t.domain}/conversations`, { method: 'POST', headers });
  expect(started.status).toBe(201);
  let watermark = '0';
  return async (text: string): Promise<string[]> => {
    const posted = await fetch(`${t.domain}/conversations/${t.conversationId}/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'message', from: { id: 'relay' }, text }),
    });
    expect(posted.status).toBe(200);
    const res = await fetch(`${t.domain}/conversations/${t.conversationId}/activities?watermark=${watermark}`, { headers });
    const body = (await res.json()) as { activities: { from: { id: string }; text?: string }[]; watermark: string };
    watermark = body.watermark;
    return body.activities.filter((a) => a.from.id !== 'relay').map((a) => a.text ?? '');
  };
}

describe('the chat and the daily mail limit per sender', () => {
  it('conversations opened from one IP: only the per-sender number of confirmations goes; the rest are held, flagged, and the chat says so; the form then gets 429', async () => {
    // Prepare
    const { desk } = running;
    const addresses = ['relay0@example.com', 'relay1@example.com', 'relay2@example.com', 'relay3@example.com'];
    // Act: a new conversation (a new token) for each address, all from 127.0.0.1
    const done: string[][] = [];
    for (const email of addresses) {
      const say = await openConversation(desk.url);
      for (const text of ['PLC Technologies', 'you sent me the wrong item', 'Ann', email]) await say(text);
      done.push(await say('yes'));
    }
    const form = await fetch(`${desk.url}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ policy: 'plc-technologies', reason: 'wrong_item', contact: { email: 'relay4@example.com', name: 'Ann' } }),
    });
    // Assess
    const rmas = done.map((replies) => /RMA-[0-9A-Z]{9}/.exec(replies[0] ?? '')?.[0] as string);
    expect(rmas.every(Boolean)).toBe(true);
    const mailed = (await outbox(desk)).flatMap((m) => m.to).filter((to) => to.startsWith('relay'));
    expect(mailed.sort()).toEqual(addresses.slice(0, PER_SENDER));
    for (const [i, rma] of rmas.entries()) {
      const { Item } = await running.table.send(new GetCommand({ TableName: LOCAL_TABLE, Key: { pk: `CASE#${rma}`, sk: 'CASE' } }));
      const held = i >= PER_SENDER;
      expect({ i, flagged: (Item?.flags as string[]).includes(MAIL_LIMIT) }).toEqual({ i, flagged: held });
      if (held) expect(done[i]?.[0]).toBe(PROMPTS.createdMailHeld(rma));
    }
    expect(form.status).toBe(429);
    expect(((await form.json()) as { error: { code: string } }).error.code).toBe('mail_limit');
  });
});
