// The policies as written, one `<id>.policy.ts` data file each, and their compilation: validated by the
// policy schema, with its defaults filled in. `npm run policies` writes the result to compiled.json,
// which is what the functions load (index.ts), so that none of them builds the schema at cold start.
// Adding a merchant: a new data file listed here, then `npm run policies`.
import { policySchema, type Policy, type PolicyInput } from '../policy.schema';
import { plcTechnologies } from './plc-technologies.policy';
import { plextorEu } from './plextor-eu.policy';

export const POLICY_SOURCES: readonly PolicyInput[] = [plextorEu, plcTechnologies];

export function compilePolicies(sources: readonly PolicyInput[] = POLICY_SOURCES): Policy[] {
  return sources.map((source) => policySchema.parse(source));
}
