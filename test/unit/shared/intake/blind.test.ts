// First messages written blind by people playing customers (never by the extractor's authors), each
// sent by chat and by email: decided from that one message, as a reader of the policy would decide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { converse } from '../../../support/chat-customer';
import { inboundApp } from '../../../support/inbound';

interface BlindMessage {
  id: string;
  policy: string;
  text: string;
  /** The email's subject as the customer wrote it (it is read with the body); "return" when not kept. */
  subject?: string;
  expect: { outcome: string; track?: string; missing?: string[] };
}

const run = (name: string) => JSON.parse(readFileSync(join(__dirname, '../../../fixtures/blind', name), 'utf8')) as { day: string; messages: BlindMessage[] };
const PASS = { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;

async function byEmail(day: string, m: BlindMessage) {
  const app = inboundApp(day);
  const raw = `From: Blind Customer <blind@example.com>\r\nTo: ${m.policy}@rma.localhost\r\nSubject: ${m.subject ?? 'return'}\r\nMessage-ID: <${m.id}@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${m.text.replace(/\n/g, '\r\n')}\r\n`;
  await app.handle(new TextEncoder().encode(raw), { recipients: [`${m.policy}@rma.localhost`], verdicts: PASS });
  const c = [...app.store.cases.values()][0]!;
  return { outcome: c.decision.outcome, track: c.decision.track, missing: c.decision.missing };
}

async function byChat(day: string, m: BlindMessage) {
  const chat = await converse({ policy: m.policy, asOf: day, knows: {}, firstMessage: 'everything', text: m.text, maxTurns: 3 });
  const c = [...chat.store.cases.values()][0];
  return { decidedAtOnce: chat.turnsToDecision === 1, outcome: c?.decision.outcome, track: c?.decision.track, asked: chat.asked };
}

describe.each([
  'run-1.json',
  'run-2.json',
  'run-3.json',
  'run-4.json',
  'run-5.json',
  'run-6.json',
  'run-7.json',
  'run-8.json',
  'run-9.json',
  'run-10.json',
  'run-11.json',
  'run-12.json',
  'run-14.json',
  'run-15.json',
  'run-16.json',
  'run-17.json',
  'run-18.json',
  'run-19.json',
  'run-20.json',
  'run-21.json',
])('blind first messages (%s)', (file) => {
  const { day, messages } = run(file);
  it.each(messages.map((m) => [m.id, m] as const))('%s', async (_id, m) => {
    const email = await byEmail(day, m);
    const chat = await byChat(day, m);
    if (m.expect.outcome === 'need_info') {
      // Only what only the customer can tell is asked, first by both channels.
      expect(email).toMatchObject({ outcome: 'need_info', missing: m.expect.missing });
      expect(chat.asked[0]).toBe(m.expect.missing?.[0]);
      return;
    }
    expect({ outcome: email.outcome, track: email.track }).toEqual({ outcome: m.expect.outcome, track: m.expect.track });
    expect({ decidedAtOnce: chat.decidedAtOnce, outcome: chat.outcome, track: chat.track }).toEqual({
      decidedAtOnce: true,
      outcome: m.expect.outcome,
      track: m.expect.track,
    });
  });
});
