// The desk's business metrics, read off what the case store writes: a case created (by policy,
// channel and track), a case decided (the customer's turns it took), each email's outcome, each mail
// feedback flag, each photo accepted or refused. One decorator in the composition root, so no use case
// has to remember to count, and nothing is counted that was not written. A write is compared with the
// version the decorator last saw of that case (kept for the few cases one invocation touches).
import type { Case } from './case';
import type { CaseStore, CreateResult, IdempotencyRecord } from './ports';

/** Where metrics go: CloudWatch's Embedded Metric Format on AWS (adapters/powertools), counters locally. */
export interface Meter {
  count(name: MetricName, dimensions: Record<string, string>, value?: number): void;
}

export const METRICS = {
  CasesCreated: 'A case opened (policy, channel, track).',
  CasesDecided: 'A decision reached: approved, declined or referred (policy, channel, outcome).',
  TurnsToDecision: 'The customer’s messages before the decision (channel); form requests count one.',
  Emails: 'An email’s outcome (state: sent, held, failed, rejected).',
  MailFeedback: 'A bounce or complaint recorded on a case (kind).',
  Photos: 'A photo processed (status: ready or rejected).',
} as const;
export type MetricName = keyof typeof METRICS;

const SEEN_LIMIT = 200;
const DECIDED = new Set(['approved', 'declined', 'referred']);
const COUNTED_EMAIL_STATES = new Set(['sent', 'held', 'failed', 'rejected']);

export class MeteredCaseStore implements CaseStore {
  private readonly seen = new Map<string, Case>();

  constructor(
    private readonly inner: CaseStore,
    private readonly meter: Meter,
  ) {}

  async create(c: Case, idempotency?: IdempotencyRecord): Promise<CreateResult> {
    const result = await this.inner.create(c, idempotency);
    if (result.created) this.counting(() => this.meter.count('CasesCreated', { policy: c.policy, channel: c.channel, track: c.decision.track ?? 'none' }));
    this.counting(() => (result.created ? this.changes(undefined, c) : this.remember(result.existing)));
    return result;
  }

  async get(rma: string): Promise<Case | undefined> {
    const c = await this.inner.get(rma);
    if (c) this.remember(c);
    return c;
  }

  async update(c: Case): Promise<Case> {
    const before = this.seen.get(c.rma);
    const written = await this.inner.update(c);
    this.counting(() => this.changes(before && before.version === c.version ? before : undefined, written));
    return written;
  }

  listByStatus(...args: Parameters<CaseStore['listByStatus']>): ReturnType<CaseStore['listByStatus']> {
    return this.inner.listByStatus(...args);
  }

  findCases(...args: Parameters<CaseStore['findCases']>): ReturnType<CaseStore['findCases']> {
    return this.inner.findCases(...args);
  }

  countCases(...args: Parameters<CaseStore['countCases']>): ReturnType<CaseStore['countCases']> {
    return this.inner.countCases(...args);
  }

  /** Counting never fails a write: a case it cannot read (an older shape) is simply not counted. */
  private counting(count: () => void): void {
    try {
      count();
    } catch {
      // nothing to count
    }
  }

  private remember(c: Case): void {
    this.seen.delete(c.rma);
    this.seen.set(c.rma, c);
    if (this.seen.size > SEEN_LIMIT) this.seen.delete(this.seen.keys().next().value as string);
  }

  /** Counts what changed from `before` (undefined: a new case, or one not seen: only what is certain) to `after`. */
  private changes(before: Case | undefined, after: Case): void {
    this.remember(after);
    const known = before !== undefined || after.version <= 1;
    if (!known) return;
    const wasDecided = before ? DECIDED.has(before.decision.outcome) && before.status !== 'draft' : false;
    if (!wasDecided && DECIDED.has(after.decision.outcome) && after.status !== 'draft') {
      this.meter.count('CasesDecided', { policy: after.policy, channel: after.channel, outcome: after.decision.outcome });
      const turns = (after.transcript ?? []).filter((l) => l.from === 'customer').length;
      this.meter.count('TurnsToDecision', { channel: after.channel }, Math.max(turns, 1));
    }
    for (const [key, record] of Object.entries(after.emails)) {
      if (COUNTED_EMAIL_STATES.has(record.state) && before?.emails[key]?.state !== record.state) this.meter.count('Emails', { state: record.state });
    }
    for (const [flag, kind] of [
      ['email_bounced', 'bounce'],
      ['email_complaint', 'complaint'],
    ] as const) {
      if (after.flags.includes(flag) && !before?.flags.includes(flag)) this.meter.count('MailFeedback', { kind });
    }
    const had = new Set((before?.photos ?? []).map((p) => p.id));
    for (const p of after.photos ?? []) if (!had.has(p.id)) this.meter.count('Photos', { status: p.status });
  }
}

/** A Meter that keeps the counts (the local desk shows them at /_local/metrics; tests read them). */
export class CountingMeter implements Meter {
  readonly counts = new Map<string, number>();

  count(name: MetricName, dimensions: Record<string, string>, value = 1): void {
    const key = `${name}${Object.entries(dimensions)
      .map(([k, v]) => ` ${k}=${v}`)
      .join('')}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + value);
  }
}
