// What the desk keeps about mail and its senders, on DynamoDB Local: the daily mail limits (counted
// per recipient and per sender in one transaction, exact under a crowd, stored without addresses),
// message claims (one handler at a time; a failed or abandoned one taken over, so nothing is lost),
// and who opened each chat conversation (the chat's sender for the limits).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDbConversationOrigins } from '../../shared/adapters/dynamodb/dynamodb-conversation-origins';
import { DynamoDbMailLog } from '../../shared/adapters/dynamodb/dynamodb-mail-log';
import { NodeCryptoIds } from '../../shared/adapters/node/node-ids';
import { clientSender } from '../../shared/cases';
import { DynamoDbMailQuota } from '../../shared/adapters/dynamodb/dynamodb-mail-quota';
import { MESSAGE_CLAIM_STALE_SECONDS } from '../../shared/email/inbound';
import { ensureTable, LOCAL_REGION, startStack, type LocalStack } from '../../local/stack';
import type { DynamoDbHttp } from '../../shared/adapters/dynamodb/dynamodb-http';
import { dynamoDbTable } from '../../shared/wiring/aws-config';

jest.setTimeout(120_000);

let stack: LocalStack;
let dataDir: string;
let client: DynamoDBClient;
let table: DynamoDbHttp;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rma-quota-'));
  stack = await startStack({ dataDir, persist: false, ports: { dynamodb: 0, ses: 0, s3: 0 } });
  client = new DynamoDBClient({ endpoint: stack.endpoints.dynamodb, region: LOCAL_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  table = dynamoDbTable({ region: LOCAL_REGION, endpoints: stack.endpoints });
});

afterAll(async () => {
  client?.destroy();
  table?.destroy();
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const NOW = 1_800_000_000;

async function quota(limits = { perRecipientPerDay: 5, perSenderPerDay: 8 }) {
  const tableName = `quota-${Math.random().toString(36).slice(2)}`;
  await ensureTable(stack.endpoints.dynamodb, tableName);
  const documents = table;
  return { documents, tableName, quota: new DynamoDbMailQuota({ client: documents, tableName, hash: sha256, limits }) };
}

describe('DynamoDbMailQuota on DynamoDB Local', () => {
  it('twenty concurrent emails to one address: exactly the limit goes', async () => {
    const { quota: q } = await quota();
    const taken = await Promise.all(
      Array.from({ length: 20 }, (_, i) => q.take({ recipient: 'Victim@Example.com', sender: `ip:198.51.100.${i}`, day: '2026-11-27' })),
    );
    expect(taken.filter(Boolean)).toHaveLength(5);
  });

  it('one sender, many addresses: the sender limit holds, and a refusal counts against neither', async () => {
    const { quota: q } = await quota();
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await q.take({ recipient: `r${i}@example.com`, sender: 'ip:203.0.113.9', day: '2026-11-27' }));
    expect(results).toEqual([...Array(8).fill(true), false, false]);
    // r8 was refused for the sender's sake: its own count is untouched, so another sender may still write to it.
    for (let i = 0; i < 5; i++) expect(await q.take({ recipient: 'r8@example.com', sender: `ip:192.0.2.${i}`, day: '2026-11-27' })).toBe(true);
    expect(await q.take({ recipient: 'r8@example.com', sender: 'ip:192.0.2.99', day: '2026-11-27' })).toBe(false);
  });

  it('a new day starts again; nothing stored names the address', async () => {
    const { quota: q, tableName } = await quota({ perRecipientPerDay: 1, perSenderPerDay: 1 });
    expect(await q.take({ recipient: 'ann@example.com', day: '2026-11-27' })).toBe(true);
    expect(await q.take({ recipient: 'ann@example.com', day: '2026-11-27' })).toBe(false);
    expect(await q.take({ recipient: 'ann@example.com', day: '2026-11-28' })).toBe(true);
    const items = (await DynamoDBDocumentClient.from(client).send(new ScanCommand({ TableName: tableName }))).Items ?? [];
    expect(JSON.stringify(items)).not.toMatch(/ann|example/i);
    expect(items.every((item) => typeof item.ttl === 'number')).toBe(true);
  });
});

describe('DynamoDbMailLog message claims on DynamoDB Local', () => {
  async function log() {
    const { documents, tableName } = await quota();
    let clock = 1_800_000_000;
    const mailLog = new DynamoDbMailLog({ client: documents, tableName, hash: sha256, now: () => clock });
    return { mailLog, tick: (seconds: number) => (clock += seconds) };
  }

  it('ten handlers at once: one claims; done stays done', async () => {
    const { mailLog, tick } = await log();
    const claims = await Promise.all(Array.from({ length: 10 }, () => mailLog.claimMessage('<m-1@example.com>')));
    expect(claims.filter((c) => c === 'claimed')).toHaveLength(1);
    // the others are told it is being handled (they fail and are retried), not that it is done
    expect(claims.filter((c) => c === 'busy')).toHaveLength(9);
    await mailLog.settleMessage('<m-1@example.com>', 'done');
    tick(MESSAGE_CLAIM_STALE_SECONDS * 100);
    expect(await mailLog.claimMessage('<m-1@example.com>')).toBe('done');
  });

  it('a failed handling is taken over at once; an abandoned one once it is stale', async () => {
    const { mailLog, tick } = await log();
    expect(await mailLog.claimMessage('<m-2@example.com>')).toBe('claimed');
    await mailLog.settleMessage('<m-2@example.com>', 'failed');
    expect(await mailLog.claimMessage('<m-2@example.com>')).toBe('claimed');
    // …and this handler dies without settling
    expect(await mailLog.claimMessage('<m-2@example.com>')).toBe('busy');
    tick(MESSAGE_CLAIM_STALE_SECONDS - 1);
    expect(await mailLog.claimMessage('<m-2@example.com>')).toBe('busy');
    tick(2);
    expect(await mailLog.claimMessage('<m-2@example.com>')).toBe('claimed');
  });
});

async function origins() {
  const { documents, tableName } = await quota();
  return { documents, tableName, origins: new DynamoDbConversationOrigins({ client: documents, tableName, hash: sha256, now: () => NOW }) };
}

describe('DynamoDbConversationOrigins on DynamoDB Local', () => {
  it('gives back the sender recorded for a conversation, and none for a conversation it never saw', async () => {
    // Prepare
    const { origins: o } = await origins();
    const sender = clientSender('198.51.100.4', new NodeCryptoIds());
    // Act
    await o.record('Kx2bQ9-conversation', sender);
    await o.record('another-conversation', 'ip:other');
    // Assess
    expect(await o.senderOf('Kx2bQ9-conversation')).toBe(sender);
    expect(await o.senderOf('another-conversation')).toBe('ip:other');
    expect(await o.senderOf('19:teams-conversation')).toBeUndefined();
  });

  it('stores one CONV# item per conversation, keyed by its hash, expiring with the chat state (30 days), with neither the IP nor the conversation id', async () => {
    // Prepare
    const { origins: o, tableName } = await origins();
    // Act
    await o.record('Kx2bQ9-conversation', clientSender('198.51.100.4', new NodeCryptoIds()));
    await o.record('Kx2bQ9-conversation', clientSender('198.51.100.4', new NodeCryptoIds()));
    // Assess
    const items = (await DynamoDBDocumentClient.from(client).send(new ScanCommand({ TableName: tableName }))).Items ?? [];
    expect(items).toEqual([
      { pk: `CONV#${sha256('Kx2bQ9-conversation')}`, sk: 'ORIGIN', sender: `ip:${sha256('198.51.100.4')}`, ttl: NOW + 30 * 24 * 60 * 60 },
    ]);
    expect(JSON.stringify(items)).not.toMatch(/198\.51|Kx2bQ9/);
  });
});
