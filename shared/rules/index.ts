// The rules module's public face. Channels import from here, nowhere deeper.
export { evaluate, RulesError, PolicyGapError } from './engine';
export { explain } from './explain';
export { parseFacts, InvalidFactsError, describeIssue } from './input';
export { POLICIES } from './policies';
export type { Decision, ClauseTrace, Check, Held } from './decision';
export * from './facts.schema';
export * from './policy-terms';
// Only its types: the schema validates the policies when they are compiled (npm run policies), not at run time.
export type * from './policy.schema';
export * from './labels';
export { addDays, addMonths, dateInWords, daysBetween, isIsoDate, monthLatest } from './dates';
export { COUNTRY_CODES, isCountryCode } from './countries';

import { evaluate } from './engine';
import { parseFacts } from './input';
import { POLICIES } from './policies';
import type { Decision } from './decision';

/** Validate raw facts against the known policies and decide. Throws InvalidFactsError on bad input. */
export function decide(raw: unknown, today: string): Decision {
  const { policy, facts } = parseFacts(raw, { today, policies: POLICIES });
  return evaluate(policy, facts);
}
