// How long each request to the local desk took, and how much of that was spent waiting on the local
// stand-ins (DynamoDB Local, the local SES, s3rver): the desk's own time is the difference. The SDK's
// HTTP calls are seen through Node's diagnostics channels, and belong to the request whose async
// context made them. Calls a request makes at the same time are counted once (their union).
import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface RequestTiming {
  route: string;
  totalMs: number;
  standInMs: number;
}

interface Open {
  /** Calls in flight, and when the oldest began (the union of overlapping calls). */
  inFlight: number;
  since: number;
  standInMs: number;
}

/** The most recent timings per desk, oldest dropped first. */
const KEEP = 100_000;

export class RequestTimings {
  private readonly context = new AsyncLocalStorage<Open>();
  private readonly calls = new WeakMap<ClientRequest, Open>();
  readonly recorded: RequestTiming[] = [];

  constructor() {
    subscribe('http.client.request.start', (message) => {
      const open = this.context.getStore();
      const request = (message as { request: ClientRequest }).request;
      if (!open) return;
      this.calls.set(request, open);
      if (open.inFlight++ === 0) open.since = performance.now();
    });
    subscribe('http.client.response.finish', (message) => {
      const open = this.calls.get((message as { request: ClientRequest }).request);
      if (!open) return;
      if (--open.inFlight === 0) open.standInMs += performance.now() - open.since;
    });
  }

  /** Runs one request's handling, and records its time and its stand-ins' part. */
  async time<T>(route: string, handle: () => Promise<T>): Promise<T> {
    const open: Open = { inFlight: 0, since: 0, standInMs: 0 };
    const start = performance.now();
    try {
      return await this.context.run(open, handle);
    } finally {
      if (this.recorded.length >= KEEP) this.recorded.shift();
      this.recorded.push({ route, totalMs: performance.now() - start, standInMs: open.standInMs });
    }
  }
}
