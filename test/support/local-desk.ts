// The local desk for integration and browser tests: real stand-ins on free ports, data in a temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startDesk, type Desk } from '../../local/desk';
import { LOCAL_REGION, startStack, type LocalStack } from '../../local/stack';
import { LOCAL_CREDENTIALS } from '../../shared/wiring/aws-config';
import type { MailLimits } from '../../shared/cases';

export interface RunningDesk {
  desk: Desk;
  stack: LocalStack;
  /** The test's own SDK client of the desk's table, to look at it whole (scans, raw items). */
  table: DynamoDBDocumentClient;
  dataDir: string;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export async function runDesk(
  options: { dataDir?: string; persist?: boolean; mailLimits?: MailLimits; retryDelaysMs?: readonly number[]; claimStaleSeconds?: number } = {},
): Promise<RunningDesk> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rma-desk-'));
  const dropData = () => {
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  let stack: LocalStack;
  try {
    stack = await startStack({ dataDir, persist: options.persist ?? false, ports: { dynamodb: 0, ses: 0, s3: 0 } });
  } catch (error) {
    dropData();
    throw error;
  }
  let desk: Desk;
  try {
    desk = await startDesk({
      port: 0,
      smtpPort: 0,
      stack,
      logLevel: 'SILENT',
      ...(options.mailLimits ? { mailLimits: options.mailLimits } : {}),
      ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
      ...(options.claimStaleSeconds ? { claimStaleSeconds: options.claimStaleSeconds } : {}),
    });
  } catch (error) {
    // The stand-ins did start (DynamoDB Local is a java process): a desk that failed to start must not
    // leave them running, or jest never exits.
    await stack.stop().catch(() => undefined);
    dropData();
    throw error;
  }
  const table = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.endpoints.dynamodb, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }));
  return {
    desk,
    stack,
    table,
    dataDir,
    async stop({ keepData = false } = {}) {
      table.destroy();
      await desk.close();
      await stack.stop();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface OutboxEmail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export async function outbox(desk: Pick<Desk, 'url'>): Promise<OutboxEmail[]> {
  const res = await fetch(`${desk.url}/_local/outbox`);
  return ((await res.json()) as { emails: OutboxEmail[] }).emails;
}

/** The emails in the desk's outbox to one address. */
export async function outboxTo(desk: Pick<Desk, 'url'>, to: string): Promise<OutboxEmail[]> {
  return (await outbox(desk)).filter((m) => m.to.includes(to));
}

/** Opens a case through the API as the form's script does: its RMA number, status link and status. */
export async function postCase(desk: Pick<Desk, 'url'>, body: Record<string, unknown>): Promise<{ rma: string; statusUrl: string; status: string }> {
  const res = await fetch(`${desk.url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`POST /api/cases answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { rma: string; statusUrl: string; status: string };
}

export function daysAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/**
 * `npm start`'s own entry point (tsx local/start.ts) in a child process, on free ports and a
 * throwaway data directory: what a customer's browser talks to, built the way `npm start` builds it.
 */
export async function spawnStart(): Promise<{ url: string; staffToken: string; smtpPort: number; stop(): Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const root = join(__dirname, '..', '..');
  const dataDir = mkdtempSync(join(tmpdir(), 'rma-start-'));
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), ['local/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      DYNAMODB_PORT: '0',
      SES_PORT: '0',
      S3_PORT: '0',
      SMTP_PORT: '0',
      DATA_DIR: dataDir,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const whenExited = () => new Promise<void>((resolve) => (exited() ? resolve() : child.once('exit', () => resolve())));
  const ready = new Promise<[string, string, number]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up in 90 s:\n${output}`)), 90_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /Desk\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      const t = /Staff desk\s+\S+\s+token: (\S+)/.exec(output);
      const s = /SMTP on 127\.0\.0\.1:(\d+)/.exec(output);
      if (m && t && s) {
        clearTimeout(timer);
        resolve([m[1] as string, t[1] as string, Number(s[1])]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}):\n${output}`));
    });
  });
  const stop = async () => {
    // SIGINT is Ctrl-C: start.ts stops the desk and its stand-ins (DynamoDB Local) and exits.
    if (!exited()) {
      const done = whenExited();
      child.kill('SIGINT');
      await done;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  let url: string, staffToken: string, smtpPort: number;
  try {
    [url, staffToken, smtpPort] = await ready;
  } catch (error) {
    // Not up in time, or gone: a process left running would keep jest from exiting.
    await stop();
    throw error;
  }
  return { url, staffToken, smtpPort, stop };
}

/** Starts a desk before the file's tests and stops it after; the getter returns it inside tests. */
export function useDesk(): () => RunningDesk {
  let running: RunningDesk | undefined;
  beforeAll(async () => {
    running = await runDesk();
  });
  afterAll(async () => {
    await running?.stop();
  });
  return () => running as RunningDesk;
}
