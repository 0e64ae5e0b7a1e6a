// Test doubles that behave like the real adapters (fakes, not mocks): a clock you set, a mailer
// that records, ids with scripted random bytes.
import { NodeCryptoIds } from '../../shared/adapters/node/node-ids';
import { InMemoryCaseStore } from '../../shared/adapters/memory/in-memory-case-store';
import { InMemoryMailQuota } from '../../shared/adapters/memory/in-memory-mail-quota';
import type { Activity } from '@microsoft/agents-activity';
import type { ChatTestClient } from './chat-client';
import type { ChatDeps } from '../../bot/chat-state';
import type { Clock, CollectionDetails, Mailer, MailLimits, OutgoingEmail } from '../../shared/cases';
import { POLICIES, type Policy } from '../../shared/rules';
import { makeApp } from '../../shared/wiring/app';
import { plcUnwantedRequest } from './returns';

export class FixedClock implements Clock {
  constructor(public instant = '2026-03-20T09:30:00.000Z') {}
  now(): string {
    return this.instant;
  }
  today(): string {
    return this.instant.slice(0, 10);
  }
}

export class RecordingMailer implements Mailer {
  readonly sent: OutgoingEmail[] = [];
  failWith?: Error;
  async send(message: OutgoingEmail): Promise<{ messageId: string }> {
    if (this.failWith) throw this.failWith;
    this.sent.push(message);
    return { messageId: `msg-${this.sent.length}` };
  }
}

/** Real crypto, but the RMA bytes can be scripted (to force collisions). */
export class ScriptedIds extends NodeCryptoIds {
  readonly script: Uint8Array[] = [];
  override randomBytes(n: number): Uint8Array {
    return this.script.shift() ?? super.randomBytes(n);
  }
}

export function testApp(options: { clock?: FixedClock; mailLimits?: MailLimits; policies?: ReadonlyMap<string, Policy> } = {}) {
  const store = new InMemoryCaseStore();
  const mailQuota = new InMemoryMailQuota(options.mailLimits);
  const mailer = new RecordingMailer();
  const clock = options.clock ?? new FixedClock();
  const ids = new ScriptedIds();
  const app = makeApp(
    { store, mailer, clock, ids, mailQuota },
    { publicBaseUrl: 'https://returns.example.com', corsOrigins: ['https://shop.example.com'] },
    options.policies,
  );
  return { app, store, mailer, clock, ids, mailQuota };
}

/** The policies with one merchant's return address left out, as a merchant whose settings name none. */
export function withoutReturnAddress(policyId: string): ReadonlyMap<string, Policy> {
  const policy = POLICIES.get(policyId) as Policy;
  const { returnAddress: _address, ...merchant } = policy.merchant;
  return new Map([...POLICIES, [policyId, { ...policy, merchant }]]);
}

/** A PLC unwanted return, pristine, delivered 10 days before the fixed clock's day. */
export const PLC_UNWANTED = plcUnwantedRequest({ email: 'ann@example.com', name: 'Ann Example' }, '2026-03-10');

/** A Plextor dead-on-arrival request from Germany, 10 days after purchase. */
export const PLEXTOR_DOA = {
  policy: 'plextor-eu',
  contact: { email: 'dirk@example.de', name: 'Dirk Beispiel' },
  reason: 'dead_on_arrival',
  country: 'DE',
  purchaseDate: '2026-03-10',
  item: { damaged: false },
  invoiceCopy: true,
} as const;

/** The chat's dependencies over a test desk, on a fixed day; `recordCollection` and `readCase` when the test needs them. */
export function chatDepsFor(t: ReturnType<typeof testApp>, today: string, withCase = false): ChatDeps {
  return {
    today: () => today,
    now: () => `${today}T10:00:00.000Z`,
    policies: t.app.policies,
    assess: t.app.assess,
    createCase: t.app.createCase,
    requestHuman: t.app.requestHuman,
    ...(withCase
      ? {
          readCase: (rma: string) => t.store.get(rma),
          recordCollection: (rma: string, details: CollectionDetails) => t.app.recordCollectionDetails(rma, details, 'chat'),
        }
      : {}),
  };
}

/** Sends one message through a dialog test client and collects every reply's text. */
export async function sayTo(client: ChatTestClient, text: string): Promise<string[]> {
  const out: string[] = [];
  let reply = (await client.sendActivity(text)) as Partial<Activity> | undefined;
  while (reply) {
    out.push(reply.text ?? '');
    reply = client.getNextReply() as Partial<Activity> | undefined;
  }
  return out;
}
