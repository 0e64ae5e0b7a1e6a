// Two layers of retry, never both for one failure. The clients' own retry (the DynamoDB client's and
// the SDK's standard mode, configured in shared/wiring/aws-config.ts) covers the transport and the
// service being busy: throttling, 5xx, timeouts, dropped connections. `withRetry` is for what only the application can recognise as
// passing, such as a DynamoDB transaction cancelled by a conflict with another writer.
import { isPassingFailure, isThrottling } from './aws-errors';
import { UnavailableError } from '../cases/errors';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Whether this error is an application-level conflict worth another try. */
  retryable: (error: unknown) => boolean;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with full jitter; UnavailableError once the attempts are spent. */
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

/**
 * Whether this error is the service or the network failing (throttled, a 5xx, a
 * timeout, a reset connection) rather than as a fault of the request. Such an error reaching an
 * adapter has outlasted the client's retries.
 */
export function isUnavailable(error: unknown): boolean {
  return error instanceof Error && (isThrottling(error) || isPassingFailure(error));
}

/** Runs one call of a client; a failure it retried in vain becomes UnavailableError (a 503), keeping the cause. */
export async function unlessUnavailable<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asUnavailable(what, error);
  }
}

export function asUnavailable(what: string, error: unknown): unknown {
  if (!isUnavailable(error)) return error;
  const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts;
  return new UnavailableError(`${what} failed${attempts ? ` after ${attempts} attempts` : ''}`, { cause: error });
}

/** The error's name, for SDK errors (which are matched by name, not class, across SDK versions). */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}
