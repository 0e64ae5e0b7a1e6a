// Opening a case: the one place an RMA number is drawn. A number is random (never a counter) and the
// store takes it only if it is free, so a collision draws again; an idempotency key makes a retried
// request find the case it opened the first time, with the link token it was given then.
import { canonical } from './canonical';
import type { Case } from './case';
import { RmaCollisionError } from './errors';
import type { CaseStore, Ids, IdempotencyRecord } from './ports';
import { rmaFromBytes, RMA_RANDOM_BYTES } from './rma';

/** Draws before giving up: with 40 random bits a second collision in a row means something is wrong. */
const RMA_ATTEMPTS = 5;
/** How long a retried request finds its first answer. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/** A new case as its channel makes it: everything but its number, its link token and its bookkeeping. */
export type NewCase = Omit<Case, 'rma' | 'tokenHash' | 'createdAt' | 'updatedAt' | 'version'>;

export interface Idempotency {
  key: string;
  /** What was asked: the same key with a different request is not a retry. */
  request: unknown;
}

export type Opened =
  /** A new case, and the link token that opens it (stored only hashed). */
  | { created: true; case: Case; token: string }
  /** The key was seen before: the case it opened, its first token, and whether this is the same request. */
  | { created: false; case: Case; token: string; sameRequest: boolean };

export async function openCase(deps: { store: CaseStore; ids: Ids }, fields: NewCase, at: string, idempotency?: Idempotency): Promise<Opened> {
  const token = deps.ids.token();
  const requestHash = idempotency ? deps.ids.hash(canonical(idempotency.request)) : undefined;
  const record: IdempotencyRecord | undefined = idempotency
    ? {
        keyHash: deps.ids.hash(`idempotency:${idempotency.key}`),
        requestHash: requestHash as string,
        sealedToken: deps.ids.seal(idempotency.key, token),
        expiresAt: Math.floor(Date.parse(at) / 1000) + IDEMPOTENCY_TTL_SECONDS,
      }
    : undefined;
  for (let attempt = 0; attempt < RMA_ATTEMPTS; attempt++) {
    const c: Case = {
      ...fields,
      rma: rmaFromBytes(deps.ids.randomBytes(RMA_RANDOM_BYTES)),
      tokenHash: deps.ids.hash(token),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    try {
      const result = await deps.store.create(c, record);
      if (result.created) return { created: true, case: c, token };
      const key = (idempotency as Idempotency).key;
      return {
        created: false,
        case: result.existing,
        token: deps.ids.open(key, result.record.sealedToken) as string,
        sameRequest: result.record.requestHash === requestHash,
      };
    } catch (error) {
      if (!(error instanceof RmaCollisionError)) throw error;
    }
  }
  throw new RmaCollisionError(`no free RMA number after ${RMA_ATTEMPTS} draws`);
}
