// The edge of the rules module: raw JSON in, validated facts (or one clear error naming the field) out.
import type * as z from '../validation/zod';
import { RulesError } from './engine';
import { factsSchema, type EvaluableFacts } from './facts.schema';
import type { Policy } from './policy.schema';

export class InvalidFactsError extends RulesError {
  override name = 'InvalidFactsError';
  constructor(
    /** Dotted path of the offending field ("product.condition"), or "" for the whole input. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(field ? `${field}: ${problem}` : problem);
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** One zod issue as a field and a sentence a person can act on. */
export function describeIssue(issue: z.core.$ZodIssue): InvalidFactsError {
  const at = fieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] as string;
    return new InvalidFactsError(at ? `${at}.${key}` : key, 'unknown field');
  }
  if (issue.code === 'invalid_value') {
    return new InvalidFactsError(at, `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
  }
  if (issue.code === 'invalid_type') {
    return new InvalidFactsError(at, `expected ${issue.expected}`);
  }
  return new InvalidFactsError(at, issue.message);
}

export interface ParseOptions {
  /** The day to use when `asOf` is not given (the caller's clock; the core has none). */
  today: string;
  policies: ReadonlyMap<string, Policy>;
}

/** Validates one facts object. Throws InvalidFactsError naming the first bad field. */
export function parseFacts(raw: unknown, options: ParseOptions): { policy: Policy; facts: EvaluableFacts } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InvalidFactsError('', 'expected a JSON object of facts');
  }
  const withDate = 'asOf' in raw ? raw : { ...raw, asOf: options.today };
  const parsed = factsSchema.safeParse(withDate);
  if (!parsed.success) throw describeIssue(parsed.error.issues[0] as z.core.$ZodIssue);
  const facts = parsed.data as EvaluableFacts;
  const policy = options.policies.get(facts.policy);
  if (!policy) {
    const known = [...options.policies.keys()].join(', ');
    throw new InvalidFactsError('policy', `unknown policy (known: ${known})`);
  }
  return { policy, facts };
}
