// Starting several long-lived things at once (the desk's process, a browser) for a test file, so
// that a failed start of one never leaves another running: a running child process or browser keeps
// jest from exiting, and the suite hangs instead of failing.

/** One thing to start for a test file, and how to stop it once started. */
export interface Part<T> {
  start(): Promise<T>;
  stop(started: T): Promise<void>;
}

export type Parts<T extends readonly unknown[]> = { readonly [K in keyof T]: Part<T[K]> };

/**
 * Starts every part at once and waits for all of them to settle. If any start fails, stops the
 * parts that did start and throws the first failure (the earliest to happen).
 */
export async function startTogether<T extends readonly unknown[]>(parts: Parts<T>): Promise<T> {
  const list = parts as unknown as readonly Part<unknown>[];
  let failure: { reason: unknown } | undefined;
  const settled = await Promise.allSettled(
    list.map((part) =>
      part.start().catch((reason: unknown) => {
        failure ??= { reason };
        throw reason;
      }),
    ),
  );
  if (!failure) return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
  const started = settled.map((s) => (s.status === 'fulfilled' ? { value: s.value } : undefined));
  try {
    await stopEach(list, started);
  } catch (stopFailure) {
    throw new AggregateError([failure.reason, stopFailure], `${String(failure.reason)} (and stopping what had started failed: ${String(stopFailure)})`);
  }
  throw failure.reason;
}

/**
 * Stops every part, the last one first (a browser before the desk it talks to), each one even when
 * an earlier stop fails; then throws the first stop failure.
 */
export async function stopTogether<T extends readonly unknown[]>(parts: Parts<T>, started: T): Promise<void> {
  await stopEach(
    parts as unknown as readonly Part<unknown>[],
    (started as readonly unknown[]).map((value) => ({ value })),
  );
}

async function stopEach(parts: readonly Part<unknown>[], started: readonly ({ value: unknown } | undefined)[]): Promise<void> {
  let failure: { reason: unknown } | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    const s = started[i];
    if (!s) continue;
    try {
      await (parts[i] as Part<unknown>).stop(s.value);
    } catch (reason) {
      failure ??= { reason };
    }
  }
  if (failure) throw failure.reason;
}
