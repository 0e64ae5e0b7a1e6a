// The engine: pure and synchronous. Facts in, a decision (or the facts still missing) out.
//
// A policy's deciding clauses form a decision list read in order. Each condition is evaluated in
// three-valued logic (yes / no / unknown while a fact is missing). The first clause that holds
// decides — unless a clause before it is still undecided and would decide differently: then the
// facts that clause is waiting for are what is missing. So `need_info` asks only for facts that can
// change the decision, and never comes back when the facts already decide.
import { addDays, addMonths, compareDates } from './dates';
import type { Check, ClauseTrace, Decision, Held } from './decision';
import { FACT_LABELS, getFact, type EvaluableFacts, type FactPath, type FactValue } from './facts.schema';
import type { Clause, Condition, DecidedOutcome, Effect, Policy, PolicyWindow } from './policy.schema';

export class RulesError extends Error {
  override name = 'RulesError';
}

/** The policy data leaves a combination of facts that no clause decides. A bug in the data. */
export class PolicyGapError extends RulesError {
  override name = 'PolicyGapError';
}

interface WindowUse {
  window: PolicyWindow;
  startFact: string;
  start: string;
  end: string;
  held: Held;
}

interface Result {
  held: Held;
  /** Facts whose absence keeps this condition undecided (only those that can still change it). */
  missing: FactPath[];
  checks: Check[];
  windows: WindowUse[];
  assumed: FactPath[];
}

interface Context {
  policy: Policy;
  facts: EvaluableFacts;
  outcome?: DecidedOutcome;
}

const NOTHING: Omit<Result, 'held' | 'checks'> = { missing: [], windows: [], assumed: [] };

function readFact(ctx: Context, path: FactPath): { value?: FactValue; assumed?: true } {
  const given = getFact(ctx.facts, path);
  if (given !== undefined) return { value: given };
  const fallback = ctx.policy.whenUnknown[path];
  return fallback ? { value: fallback.value, assumed: true } : {};
}

function leaf(ctx: Context, path: FactPath, test: string, predicate: (value: FactValue) => boolean): Result {
  const { value, assumed } = readFact(ctx, path);
  if (value === undefined) return { held: 'unknown', checks: [{ test, held: 'unknown' }], ...NOTHING, missing: [path] };
  const held: Held = predicate(value) ? 'yes' : 'no';
  const check: Check = assumed ? { test, held, saw: value, assumed } : { test, held, saw: value };
  return { held, checks: [check], ...NOTHING, assumed: assumed ? [path] : [] };
}

function windowResult(ctx: Context, id: string): Result {
  const window = ctx.policy.windows[id] as PolicyWindow;
  const test = window.label;
  const startFact = window.from.find((f) => getFact(ctx.facts, f) !== undefined);
  const missing: FactPath[] = [];
  if (!startFact) missing.push(window.from[0] as FactPath);
  let months = window.months;
  const assumed: FactPath[] = [];
  if (window.monthsFrom) {
    const length = readFact(ctx, window.monthsFrom);
    if (length.value === undefined) missing.push(window.monthsFrom);
    else months = length.value as number;
    if (length.assumed) assumed.push(window.monthsFrom);
  }
  if (!startFact || missing.length > 0) {
    return { held: 'unknown', missing, checks: [{ test, held: 'unknown' }], windows: [], assumed };
  }
  const start = getFact(ctx.facts, startFact) as string;
  const end = window.days !== undefined ? addDays(start, window.days) : addMonths(start, months ?? 0);
  const held: Held = compareDates(ctx.facts.asOf, end) <= 0 ? 'yes' : 'no';
  const saw = { from: startFact, start, end, asOf: ctx.facts.asOf };
  return { held, missing: [], checks: [{ test, held, saw }], windows: [{ window, startFact, start, end, held }], assumed };
}

function combine(parts: Result[], held: Held, relevant: Result[]): Result {
  return {
    held,
    missing: held === 'unknown' ? relevant.flatMap((r) => r.missing) : [],
    checks: parts.flatMap((r) => r.checks),
    windows: parts.flatMap((r) => r.windows),
    assumed: parts.flatMap((r) => r.assumed),
  };
}

const FLIP: Record<Held, Held> = { yes: 'no', no: 'yes', unknown: 'unknown' };

function evalCondition(cond: Condition, ctx: Context): Result {
  if ('all' in cond) {
    const parts = cond.all.map((c) => evalCondition(c, ctx));
    if (parts.some((r) => r.held === 'no')) return combine(parts, 'no', []);
    const open = parts.filter((r) => r.held === 'unknown');
    return combine(parts, open.length > 0 ? 'unknown' : 'yes', open);
  }
  if ('any' in cond) {
    const parts = cond.any.map((c) => evalCondition(c, ctx));
    if (parts.some((r) => r.held === 'yes')) return combine(parts, 'yes', []);
    const open = parts.filter((r) => r.held === 'unknown');
    return combine(parts, open.length > 0 ? 'unknown' : 'no', open);
  }
  if ('not' in cond) {
    const inner = evalCondition(cond.not, ctx);
    const held = FLIP[inner.held];
    const check: Check = { test: `not (${inner.checks.map((c) => c.test).join(' or ')})`, held };
    const saw = inner.checks.find((c) => c.saw !== undefined)?.saw;
    if (saw !== undefined) check.saw = saw;
    return { ...inner, held, checks: [check] };
  }
  if ('within' in cond) return windowResult(ctx, cond.within);
  if ('outcome' in cond) {
    const held: Held = ctx.outcome !== undefined && cond.outcome.includes(ctx.outcome) ? 'yes' : 'no';
    return { held, checks: [{ test: `the outcome is ${cond.outcome.join(' or ')}`, held, saw: ctx.outcome ?? 'undecided' }], ...NOTHING };
  }
  if ('inRegion' in cond) {
    const members = ctx.policy.regions[cond.inRegion] ?? [];
    return leaf(ctx, cond.fact, `${cond.fact} is in ${cond.inRegion}`, (v) => members.includes(v as string));
  }
  if ('in' in cond) {
    return leaf(ctx, cond.fact, `${cond.fact} is one of ${cond.in.join(', ')}`, (v) => cond.in.includes(v));
  }
  return leaf(ctx, cond.fact, `${cond.fact} is ${String(cond.is)}`, (v) => v === cond.is);
}

function effectKey(e: Effect): string {
  const sorted = (xs: readonly string[]) => [...xs].sort().join(',');
  return [e.outcome, e.track, sorted(e.remedies), sorted(e.customerPays), sorted(e.documents), e.restockingFeeMaxPercent, e.slaDays].join('|');
}

function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

type Evaluated = { clause: Clause & { decides: NonNullable<Clause['decides']> }; result: Result };

/** Evaluates the facts against the policy. Throws only on a gap in the policy data (PolicyGapError). */
export function evaluate(policy: Policy, facts: EvaluableFacts): Decision {
  const ctx: Context = { policy, facts };
  const trace: ClauseTrace[] = [];
  const pending: Evaluated[] = [];
  const assumed: FactPath[] = [];
  let decider: Evaluated | undefined;

  for (const clause of policy.clauses) {
    if (!clause.decides) continue;
    const result = evalCondition(clause.decides.when, ctx);
    trace.push({ clause: clause.id, role: 'decides', held: result.held, checks: result.checks });
    assumed.push(...result.assumed);
    const evaluated = { clause: clause as Evaluated['clause'], result };
    if (result.held === 'yes') {
      decider = evaluated;
      break;
    }
    if (result.held === 'unknown') pending.push(evaluated);
  }

  const base = { policy: policy.id, policyVersion: policy.version };
  const assumptionNotes = unique(assumed).map((path) => policy.whenUnknown[path]?.note as string);

  const settled = decider && pending.every((p) => effectKey(p.clause.decides.then) === effectKey(decider.clause.decides.then));
  if (!decider || !settled) {
    if (pending.length === 0) {
      throw new PolicyGapError(`policy ${policy.id} has no clause for these facts (reason: ${facts.reason ?? 'unknown'})`);
    }
    const candidates = decider ? [...pending, decider] : pending;
    const tracks = unique(candidates.map((c) => c.clause.decides.then.track));
    const rank = (path: FactPath) => {
      const i = policy.askOrder.indexOf(path);
      return i < 0 ? policy.askOrder.length : i;
    };
    const missing = unique(pending.flatMap((p) => p.result.missing)).sort((a, b) => rank(a) - rank(b));
    return {
      ...base,
      outcome: 'need_info',
      ...(tracks.length === 1 ? { track: tracks[0] } : {}),
      missing,
      remedies: [],
      customerPays: [],
      documents: [],
      packing: [],
      clauses: unique(candidates.map((c) => c.clause.id)),
      deadlines: {},
      notes: [`To decide, we still need ${missing.map((m) => FACT_LABELS[m]).join('; ')}.`, ...assumptionNotes],
      trace,
    };
  }

  const effect = decider.clause.decides.then;
  const documents = [...effect.documents];
  const customerPays = [...effect.customerPays];
  const packing: string[] = [];
  const notes = [...effect.notes];
  const clauses = [decider.clause.id, ...decider.clause.see];

  ctx.outcome = effect.outcome;
  for (const clause of policy.clauses) {
    if (!clause.adds) continue;
    const result = evalCondition(clause.adds.when, ctx);
    trace.push({ clause: clause.id, role: 'adds', held: result.held, checks: result.checks });
    if (result.held !== 'yes') continue;
    const add = clause.adds.then;
    documents.push(...add.documents);
    customerPays.push(...add.customerPays);
    packing.push(...add.packing);
    notes.push(...add.notes);
    clauses.push(clause.id);
  }

  const deadlines: Record<string, string> = {};
  for (const use of decider.result.windows) {
    if (use.held === 'yes') deadlines[use.window.deadline] = use.end;
    if (use.startFact !== use.window.from[0]) {
      const preferred = use.window.from[0] as FactPath;
      notes.push(
        `The time limit was counted from ${FACT_LABELS[use.startFact as FactPath]} (${use.start}) because we do not know ${FACT_LABELS[preferred]}; if that was later, tell us and we will check again.`,
      );
    }
  }

  return {
    ...base,
    outcome: effect.outcome,
    track: effect.track,
    missing: [],
    remedies: [...effect.remedies],
    customerPays: unique(customerPays),
    ...(effect.restockingFeeMaxPercent !== undefined ? { restockingFeeMaxPercent: effect.restockingFeeMaxPercent } : {}),
    documents: unique(documents),
    packing: unique(packing),
    clauses: unique(clauses),
    deadlines,
    ...(effect.slaDays !== undefined ? { slaDays: effect.slaDays } : {}),
    notes: unique([...notes, ...assumptionNotes]),
    trace,
  };
}
