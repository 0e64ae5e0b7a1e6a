// The registry of policies, as compiled from their sources (sources.ts; `npm run policies`). A test
// fails while compiled.json differs from what the sources compile to.
import type { Policy } from '../policy.schema';
import compiled from './compiled.json';

export const POLICIES: ReadonlyMap<string, Policy> = new Map((compiled as unknown as Policy[]).map((policy) => [policy.id, policy] as const));
