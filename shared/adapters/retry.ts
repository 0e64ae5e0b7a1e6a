// Retries with exponential backoff and full jitter, for errors a service says are worth retrying.
import { UnavailableError } from '../cases/errors';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Whether this error is transient (throttling, a 5xx, a transaction conflict). */
  retryable: (error: unknown) => boolean;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(what: string, fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  let last: unknown;
  for (let attempt = 0; attempt < options.attempts; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!options.retryable(error)) throw error;
      last = error;
      if (attempt + 1 < options.attempts) {
        const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
        await sleep(Math.floor(random() * cap));
      }
    }
  }
  throw new UnavailableError(`${what} failed after ${options.attempts} attempts`, { cause: last });
}

/** The error's name, for SDK errors (which are matched by name, not class, across SDK versions). */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}
