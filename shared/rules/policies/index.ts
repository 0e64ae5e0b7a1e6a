// The registry of policies, as compiled from their sources (sources.ts; `npm run policies`). A test
// fails while compiled.json differs from what the sources compile to.
import type { Policy } from '../policy.schema';
import compiled from './compiled.json';

function registry(policies: readonly Policy[]): ReadonlyMap<string, Policy> {
  return new Map(policies.map((policy) => [policy.id, policy] as const));
}

// Pure: a bundle that never reads the policies (the HTTP edge alone) leaves them out.
export const POLICIES = /* @__PURE__ */ registry(compiled as unknown as Policy[]);
