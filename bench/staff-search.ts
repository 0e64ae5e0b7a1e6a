// The staff desk's search on 10,000 cases in DynamoDB Local: the time to find a case by the
// customer's email, by a name, by an RMA number, and to page and count the "to collect" view. Each
// search is the use case staff call (app.findCases: a page and its count), over the real store.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_REGION, LOCAL_TABLE, startStack } from '../local/stack';
import { LOCAL_CREDENTIALS } from '../shared/wiring/aws-config';
import { searchText, type Case } from '../shared/cases';
import { TABLE } from '../shared/adapters/dynamodb/table';
import { awsCaseStore } from '../shared/wiring/aws-store';
import { makeFindCases } from '../shared/cases/staff';
import { evaluate, POLICIES, type Policy } from '../shared/rules';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const plc = POLICIES.get('plc-technologies') as Policy;
const FACTS = { policy: plc.id, asOf: '2026-11-20', reason: 'damaged_on_delivery', deliveryDate: '2026-11-19' } as const;
const DECISION = evaluate(plc, FACTS);
const STATUSES = ['awaiting_parcel', 'received', 'inspecting', 'resolved', 'closed'] as const;

function caseNo(n: number): Case {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    rma: `RMA-${String(n).padStart(9, '0')}`,
    policy: plc.id,
    policyVersion: plc.version,
    channel: 'form',
    contact: { email: `customer${n}@example.com`, name: `Customer ${n} Surname${n % 97}` },
    facts: FACTS,
    decision: DECISION,
    status: STATUSES[n % STATUSES.length] as Case['status'],
    history: [{ at, to: 'submitted', by: 'customer' }],
    emails: {},
    flags: [],
    tokenHash: '0'.repeat(64),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** The stored item, as the store writes it (keys, both indexes, the search text). */
function item(c: Case) {
  const sort = `${c.updatedAt}#${c.rma}`;
  return {
    pk: `CASE#${c.rma}`,
    sk: 'CASE',
    type: 'case',
    [TABLE.byStatusIndex.partitionKey]: `STATUS#${c.status}`,
    [TABLE.byStatusIndex.sortKey]: sort,
    [TABLE.byChangeIndex.partitionKey]: 'CASES',
    [TABLE.byChangeIndex.sortKey]: sort,
    searchText: searchText(c),
    ...c,
    writeId: 'bench',
  };
}

async function timed(label: string, runs: number, fn: () => Promise<{ total: number; cases: unknown[] }>): Promise<void> {
  const ms: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    total = (await fn()).total;
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(44)} ${total.toString().padStart(6)} found   median ${ms[Math.floor(runs / 2)]?.toFixed(0)} ms   worst ${ms.at(-1)?.toFixed(0)} ms`,
  );
}

export async function benchStaffSearch(): Promise<void> {
  const stack = await startStack({ dataDir: mkdtempSync(join(tmpdir(), 'rma-search-')), persist: false, ports: { dynamodb: 0, ses: 0, s3: 0 } });
  try {
    const { store } = awsCaseStore({
      tableName: LOCAL_TABLE,
      region: LOCAL_REGION,
      mailFrom: 'returns@rma.localhost',
      publicBaseUrl: 'http://127.0.0.1',
      corsOrigins: [],
      timeZone: 'UTC',
      endpoints: { dynamodb: stack.endpoints.dynamodb, ses: stack.endpoints.ses },
    });
    // Written in batches of 25 with the SDK (the desk itself never writes in batches).
    const documents = DynamoDBDocumentClient.from(
      new DynamoDBClient({ endpoint: stack.endpoints.dynamodb, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }),
    );
    const started = performance.now();
    for (let n = 1; n <= CASES; n += 25) {
      const batch = Array.from({ length: Math.min(25, CASES - n + 1) }, (_, i) => ({ PutRequest: { Item: item(caseNo(n + i)) } }));
      await documents.send(new BatchWriteCommand({ RequestItems: { [LOCAL_TABLE]: batch } }));
    }
    console.log(
      `staff search: ${CASES} cases written to DynamoDB Local in ${((performance.now() - started) / 1000).toFixed(1)} s; 5 runs each (a page of 50 and the count)`,
    );
    const find = makeFindCases({ store });
    await timed('by the customer’s email (customer4321@…)', 5, () => find({ text: 'customer4321@example.com' }));
    await timed('by a name (surname42)', 5, () => find({ text: 'surname42' }));
    await timed('by part of an RMA number (000004321)', 5, () => find({ text: '000004321' }));
    await timed('every case, first page and count', 5, () => find({}));
    await timed('status "received", first page and count', 5, () => find({ statuses: ['received'] }));
    await timed('to collect, first page and count', 5, () => find({ toCollect: true }));
  } finally {
    await stack.stop();
  }
}
