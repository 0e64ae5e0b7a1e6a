// The one way a case is written: the status transition checked against the lifecycle, the write
// conditional on the version read (optimistic locking). Two ways to meet a concurrent write:
// the system's own bookkeeping re-reads and re-applies (updateWithRetry); a person's decision,
// made on what they saw, is refused so that they look again (updateAtVersion).
import type { Case, StatusChange } from './case';
import { withFlags, type Flag } from './flags';
import { CaseNotFoundError, ConcurrentUpdateError, InvalidTransitionError } from './errors';
import type { CaseStore } from './ports';
import { canTransition, type CaseStatus } from './status';

const UPDATE_ATTEMPTS = 10;

/**
 * A short, random wait before trying again after losing a race: writers that collided once would
 * otherwise collide again at once (fifteen photos processed together lost one after five tries).
 */
function backOff(attempt: number): Promise<void> {
  const ms = Math.random() * Math.min(250, 5 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function checkedUpdate(store: CaseStore, current: Case, next: Case): Promise<Case> {
  if (next.status !== current.status && !canTransition(current.status, next.status)) {
    throw new InvalidTransitionError(current.status, next.status);
  }
  return store.update(next);
}

/**
 * Re-read the case, apply `change`, check the status transition, write with the version
 * condition; on a concurrent write, start again. `change` returns undefined when moot.
 */
export async function updateWithRetry(
  store: CaseStore,
  rma: string,
  change: (c: Case) => Case | undefined,
  /** The case as the caller last saw it: saves the first read when nobody wrote since. */
  known?: Case,
): Promise<Case | undefined> {
  let current = known;
  for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
    current ??= await store.get(rma);
    if (!current) throw new CaseNotFoundError(`case ${rma} vanished`);
    const next = change(current);
    if (!next) return undefined;
    try {
      return await checkedUpdate(store, current, next);
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError)) throw error;
      current = undefined;
      await backOff(attempt);
    }
  }
  throw new ConcurrentUpdateError(`case ${rma} kept changing under us`);
}

/**
 * One attempt, conditional on the version the caller saw: ConcurrentUpdateError when the case is
 * at another version now, or changes before the write lands. Never retried: what changed meanwhile
 * may be exactly what should change the caller's mind.
 */
export async function updateAtVersion(
  store: CaseStore,
  rma: string,
  expectedVersion: number,
  change: (c: Case) => Case,
): Promise<{ before: Case; after: Case }> {
  const before = await store.get(rma);
  if (!before) throw new CaseNotFoundError(`no case ${rma}`);
  if (before.version !== expectedVersion) throw new ConcurrentUpdateError(`case ${rma} is at version ${before.version}, not ${expectedVersion}`);
  return { before, after: await checkedUpdate(store, before, change(before)) };
}

/** The case with its status changed and the change in its history. */
export function withStatus(c: Case, to: CaseStatus, at: string, by: StatusChange['by'], details: Omit<StatusChange, 'at' | 'from' | 'to' | 'by'> = {}): Case {
  return { ...c, status: to, updatedAt: at, history: [...c.history, { at, from: c.status, to, by, ...details }] };
}

export function withFlag(c: Case, flag: Flag): Case {
  return withFlags(c, flag);
}
