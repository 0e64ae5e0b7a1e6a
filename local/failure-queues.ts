// The local stand-in of Lambda's asynchronous invocation and its on-failure destination: a handler
// is tried three times (Lambda's first try and two retries, seconds apart here instead of minutes),
// and an event that fails all three is written to a failure queue, one JSON file per record under
// <dataDir>/failures/<queue>/, in the shape Lambda gives an SQS destination (requestPayload and the
// error). `redrive` replays a queue's records through the same handler and removes each that
// succeeds, as `npm run redrive -- <queue>` does on AWS.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FailureQueueName } from '../shared/config/failure-queues';

/** The asynchronous paths the local desk runs, by the name the stack gives their failure queues. */
export const LOCAL_QUEUES = ['inboundMail', 'processPhoto', 'mailEvents', 'sla'] as const satisfies readonly FailureQueueName[];
export type LocalQueue = (typeof LOCAL_QUEUES)[number];

/** One failed invocation, as Lambda's on-failure destination records it (the fields the redrive reads). */
export interface FailureRecord {
  version: '1.0';
  timestamp: string;
  requestContext: { requestId: string; functionArn: string; condition: 'RetriesExhausted'; approximateInvokeCount: number };
  requestPayload: unknown;
  responsePayload: { errorType: string; errorMessage: string };
}

export interface RedriveResult {
  replayed: number;
  failed: number;
  /** Records still waiting (those that failed again). */
  left: number;
}

export class LocalFailureQueues {
  private readonly root: string;

  constructor(
    dataDir: string,
    /** Delays before the second and third tries (Lambda waits about one and two minutes). */
    private readonly retryDelaysMs: readonly number[] = [200, 1000],
  ) {
    this.root = join(dataDir, 'failures');
  }

  /** Runs `handler` on `payload` as an asynchronous invocation; true when it succeeded, false when the record went to the queue. */
  async invoke(queue: LocalQueue, payload: unknown, handler: (payload: unknown) => Promise<unknown>): Promise<boolean> {
    let last: unknown;
    for (let attempt = 0; attempt <= this.retryDelaysMs.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, this.retryDelaysMs[attempt - 1]));
      try {
        await handler(payload);
        return true;
      } catch (error) {
        last = error;
      }
    }
    this.put(queue, payload, last, this.retryDelaysMs.length + 1);
    return false;
  }

  /** The records waiting in `queue`, oldest first. */
  list(queue: LocalQueue): { id: string; record: FailureRecord }[] {
    const dir = join(this.root, queue);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    return files.sort().map((f) => ({ id: f.slice(0, -5), record: JSON.parse(readFileSync(join(dir, f), 'utf8')) as FailureRecord }));
  }

  /** Replays every record of `queue` through `handler`; a record that succeeds is removed, one that fails stays. */
  async redrive(queue: LocalQueue, handler: (payload: unknown) => Promise<unknown>): Promise<RedriveResult> {
    let replayed = 0;
    let failed = 0;
    for (const { id, record } of this.list(queue)) {
      try {
        await handler(record.requestPayload);
        rmSync(join(this.root, queue, `${id}.json`), { force: true });
        replayed++;
      } catch {
        failed++;
      }
    }
    return { replayed, failed, left: this.list(queue).length };
  }

  private put(queue: LocalQueue, payload: unknown, error: unknown, attempts: number): void {
    const dir = join(this.root, queue);
    mkdirSync(dir, { recursive: true });
    const timestamp = new Date().toISOString();
    const e = error instanceof Error ? error : new Error(String(error));
    const record: FailureRecord = {
      version: '1.0',
      timestamp,
      requestContext: { requestId: randomUUID(), functionArn: `local:${queue}`, condition: 'RetriesExhausted', approximateInvokeCount: attempts },
      requestPayload: payload,
      responsePayload: { errorType: e.name, errorMessage: e.message },
    };
    // Named by time first, so a listing is oldest first.
    writeFileSync(join(dir, `${timestamp.replace(/[:.]/g, '-')}-${record.requestContext.requestId}.json`), JSON.stringify(record, null, 2));
  }
}
