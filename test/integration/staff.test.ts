// Staff actions and the 21-day check on DynamoDB Local: the version condition under a crowd of
// writers, and the byStatus index as the staff queue and the SLA check read it.
import { InMemoryMailQuota } from '../../shared/adapters/memory/in-memory-mail-quota';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDbHttp } from '../../shared/adapters/dynamodb/dynamodb-http';
import { dynamoDbTable } from '../../shared/wiring/aws-config';
import { DynamoDbCaseStore } from '../../shared/adapters/dynamodb/dynamodb-case-store';
import { ConcurrentUpdateError, SLA_BREACHED, updateWithRetry } from '../../shared/cases';
import { makeApp } from '../../shared/wiring/app';
import { ensureTable, LOCAL_REGION, startStack, type LocalStack } from '../../local/stack';
import { caseStoreBehaviour } from '../support/case-store-behaviour';
import { FixedClock, RecordingMailer, ScriptedIds } from '../support/fakes';
import { act, newCase, PLC_DEFECTIVE, PLC_LATE_UNWANTED } from '../support/staff';

jest.setTimeout(120_000);

let stack: LocalStack;
let dataDir: string;
const clients: DynamoDbHttp[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rma-staff-'));
  stack = await startStack({ dataDir, persist: false, ports: { dynamodb: 0, ses: 0, s3: 0 } });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A DynamoDB case store on a table of its own. */
async function freshStore(): Promise<DynamoDbCaseStore> {
  const tableName = `staff-${Math.random().toString(36).slice(2)}`;
  await ensureTable(stack.endpoints.dynamodb, tableName);
  const client = dynamoDbTable({ region: LOCAL_REGION, endpoints: stack.endpoints });
  clients.push(client);
  return new DynamoDbCaseStore({ client, tableName });
}

async function desk() {
  const store = await freshStore();
  const mailer = new RecordingMailer();
  const clock = new FixedClock();
  const app = makeApp(
    { store, mailer, clock, ids: new ScriptedIds(), mailQuota: new InMemoryMailQuota() },
    { publicBaseUrl: 'http://127.0.0.1', corsOrigins: [] },
  );
  return { app, store, mailer, clock };
}

caseStoreBehaviour('DynamoDbCaseStore on DynamoDB Local', freshStore);

describe('the system’s own writes on DynamoDB Local', () => {
  it('fifteen writers adding to one case at once (photos processed together): every write lands', async () => {
    // Prepare
    const { app, store } = await desk();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    // Act: each adds its own record, re-reading and retrying when another wrote first
    await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        updateWithRetry(store, rma, (c) => ({ ...c, emails: { ...c.emails, [`writer_${i}`]: { state: 'sent' as const, at: '2026-11-27T10:00:00.000Z' } } })),
      ),
    );
    // Assess
    const keys = Object.keys((await store.get(rma))?.emails ?? {});
    expect(keys.filter((k) => k.startsWith('writer_')).sort()).toEqual(Array.from({ length: 15 }, (_, i) => `writer_${i}`).sort());
  });
});

describe('staff on DynamoDB Local', () => {
  it('100 parallel transitions on one case: exactly one succeeds, 99 get ConcurrentUpdateError, one email', async () => {
    // Prepare
    const { app, mailer } = await desk();
    const { c, rma } = await newCase(app, PLC_DEFECTIVE);
    mailer.sent.length = 0;

    // Act
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        app.applyAction(rma, { action: i % 2 === 0 ? 'received' : 'cancelled', note: `clerk ${i}`, expectedVersion: c.version }),
      ),
    );

    // Assess
    const won = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof app.applyAction>>> => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.filter((r) => r.reason instanceof ConcurrentUpdateError)).toHaveLength(99);
    const stored = await app.getCaseForStaff(rma);
    expect(stored.history.filter((h) => h.by === 'staff')).toHaveLength(1);
    expect(stored.status).toBe(won[0]?.value.status);
    expect(mailer.sent).toHaveLength(1);
  });

  it('the queue comes from the byStatus index: review first, then the oldest', async () => {
    // Prepare
    const { app, clock } = await desk();
    clock.instant = '2026-03-18T08:00:00.000Z';
    const older = (await newCase(app, PLC_DEFECTIVE)).rma;
    clock.instant = '2026-03-19T08:00:00.000Z';
    const review = (await newCase(app, PLC_LATE_UNWANTED)).rma;
    clock.instant = '2026-03-20T08:00:00.000Z';
    const newer = (await newCase(app, PLC_DEFECTIVE)).rma;
    await act(app, newer, { action: 'received' });
    // Act
    const queue = await app.listCases();
    const received = await app.listCases({ statuses: ['received'] });
    // Assess
    expect(queue.cases.map((c) => [c.rma, c.status])).toEqual([
      [review, 'in_review'],
      [older, 'awaiting_parcel'],
      [newer, 'received'],
    ]);
    expect(received.cases.map((c) => c.rma)).toEqual([newer]);
  });

  it('the 21-day check: day 21 nothing, day 22 one offer, again nothing', async () => {
    // Prepare
    const { app, mailer, clock } = await desk();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    await act(app, rma, { action: 'received' }, { action: 'inspecting' }, { action: 'repairing' });
    mailer.sent.length = 0;
    // Act
    clock.instant = '2026-04-10T23:00:00.000Z';
    const day21 = await app.runSlaCheck();
    clock.instant = '2026-04-11T06:00:00.000Z';
    const day22 = await app.runSlaCheck();
    const again = await app.runSlaCheck();
    // Assess
    expect([day21.offered, day22.offered, again.offered]).toEqual([0, 1, 0]);
    expect(mailer.sent).toHaveLength(1);
    expect((await app.getCaseForStaff(rma)).flags).toContain(SLA_BREACHED);
  });
});
