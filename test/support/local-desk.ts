// The local desk for integration and browser tests: real stand-ins on free ports, data in a temp dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDesk, type Desk } from '../../local/desk';
import { startStack, type LocalStack } from '../../local/stack';

export interface RunningDesk {
  desk: Desk;
  stack: LocalStack;
  dataDir: string;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export async function runDesk(options: { dataDir?: string; persist?: boolean } = {}): Promise<RunningDesk> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rma-desk-'));
  const stack = await startStack({ dataDir, persist: options.persist ?? false, ports: { dynamodb: 0, ses: 0, s3: 0 } });
  const desk = await startDesk({ port: 0, stack, logLevel: 'SILENT' });
  return {
    desk,
    stack,
    dataDir,
    async stop({ keepData = false } = {}) {
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

export async function outbox(desk: Desk): Promise<OutboxEmail[]> {
  const res = await fetch(`${desk.url}/_local/outbox`);
  return ((await res.json()) as { emails: OutboxEmail[] }).emails;
}

export function daysAgo(n: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}
