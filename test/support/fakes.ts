// Test doubles that behave like the real adapters (fakes, not mocks): a clock you set, a mailer
// that records, ids with scripted random bytes.
import { NodeCryptoIds } from '../../shared/adapters/node/node-ids';
import { InMemoryCaseStore } from '../../shared/adapters/memory/in-memory-case-store';
import { InMemoryMailQuota } from '../../shared/adapters/memory/in-memory-mail-quota';
import type { Clock, Mailer, MailLimits, OutgoingEmail } from '../../shared/cases';
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

export function testApp(options: { clock?: FixedClock; mailLimits?: MailLimits } = {}) {
  const store = new InMemoryCaseStore();
  const mailQuota = new InMemoryMailQuota(options.mailLimits);
  const mailer = new RecordingMailer();
  const clock = options.clock ?? new FixedClock();
  const ids = new ScriptedIds();
  const app = makeApp({ store, mailer, clock, ids, mailQuota }, { publicBaseUrl: 'https://returns.example.com', corsOrigins: ['https://shop.example.com'] });
  return { app, store, mailer, clock, ids, mailQuota };
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
