// The registry of policies. Adding a merchant: a new `<id>.policy.ts` data file listed here.
import { policySchema, type Policy, type PolicyInput } from '../policy.schema';
import { plcTechnologies } from './plc-technologies.policy';
import { plextorEu } from './plextor-eu.policy';

export const POLICY_SOURCES: readonly PolicyInput[] = [plextorEu, plcTechnologies];

function load(sources: readonly PolicyInput[]): ReadonlyMap<string, Policy> {
  return new Map(
    sources.map((source) => {
      const policy = policySchema.parse(source);
      return [policy.id, policy] as const;
    }),
  );
}

export const POLICIES: ReadonlyMap<string, Policy> = load(POLICY_SOURCES);
