// The engine: pure and synchronous. Facts in, a decision (or the facts still missing) out.
//
// A policy's deciding clauses form a decision list read in order. Each condition is evaluated in
// three-valued logic (yes / no / unknown while a fact is missing). The first clause that holds
// decides — unless a clause before it is still undecided and would decide differently: then the
// facts that clause is waiting for are what is missing. So `need_info` asks only for facts that can
// change the decision, and never comes back when the facts already decide.
import { addDays, addMonths, compareDates, dateInWords } from './dates';
import type { Check, ClauseTrace, Decision, Held } from './decision';
import { FACT_LABELS, type EvaluableFacts, type FactPath, type FactValue } from './facts.schema';
import { DIGITAL_UNUSED, fillIn, REFUSAL_NOTE, REFUSING_FACT_LABELS, TIME_LIMIT_NOTE } from './labels';
import type { Clause, Condition, DecidedOutcome, Effect, Policy, PolicyWindow } from './policy.schema';
import { isRefusalPresumption, presumptionNotes } from './presumptions';

/** A clause whose only effect is on the parcel (how to pack it, what goes on it). */
function parcelOnly(policy: Policy, id: string): boolean {
  const then = policy.clauses.find((c) => c.id === id)?.adds?.then;
  return then !== undefined && then.notes.length === 0 && then.customerPays.length === 0;
}

/** What a code or download must be to go back: unused (not activated). */
const DIGITAL_CONDITIONS: readonly FactPath[] = ['item.used', 'item.softwareOpened'];

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

/** What evaluating one condition collects; arrays are appended to, never copied. */
interface Scratch {
  policy: Policy;
  facts: EvaluableFacts;
  outcome?: DecidedOutcome;
  checks: Check[];
  /** Facts whose absence keeps the condition undecided (only those that can still change it). */
  missing: FactPath[];
  windows: WindowUse[];
  assumed: FactPath[];
}

/** A condition compiled once per policy into a function (evaluation is on every keystroke of the form). */
type Node = (s: Scratch) => Held;

const FLIP: Record<Held, Held> = { yes: 'no', no: 'yes', unknown: 'unknown' };

function reader(path: FactPath): (facts: EvaluableFacts) => FactValue | undefined {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  if (leaf === undefined) return (facts) => (facts as unknown as Record<string, FactValue | undefined>)[head];
  return (facts) => (facts as unknown as Record<string, Record<string, FactValue> | undefined>)[head]?.[leaf];
}

function compileLeaf(policy: Policy, path: FactPath, test: string, predicate: (value: FactValue) => boolean): Node {
  const read = reader(path);
  const fallback = policy.whenUnknown[path];
  return (s) => {
    let value = read(s.facts);
    let assumed = false;
    if (value === undefined && fallback) {
      value = fallback.value;
      assumed = true;
    }
    if (value === undefined) {
      s.missing.push(path);
      s.checks.push({ test, held: 'unknown' });
      return 'unknown';
    }
    const held: Held = predicate(value) ? 'yes' : 'no';
    if (assumed) {
      s.assumed.push(path);
      s.checks.push({ test, held, saw: value, assumed: true });
    } else {
      s.checks.push({ test, held, saw: value });
    }
    return held;
  };
}

// Window ends depend only on (start, length): remember them, within bounds.
const endCache = new Map<string, string>();
function windowEnd(start: string, days: number | undefined, months: number): string {
  const key = `${start}|${days ?? ''}|${months}`;
  let end = endCache.get(key);
  if (end === undefined) {
    end = days !== undefined ? addDays(start, days) : addMonths(start, months);
    if (endCache.size >= 50_000) endCache.clear();
    endCache.set(key, end);
  }
  return end;
}

function compileWindow(policy: Policy, id: string): Node {
  const window = policy.windows[id] as PolicyWindow;
  const test = window.label;
  const starts = window.from.map((f) => [f, reader(f)] as const);
  const lengthFact = window.monthsFrom;
  const readLength = lengthFact ? reader(lengthFact) : undefined;
  const fallback = lengthFact ? policy.whenUnknown[lengthFact] : undefined;
  return (s) => {
    let startFact: string | undefined;
    let start: string | undefined;
    for (const [fact, read] of starts) {
      const value = read(s.facts);
      if (value !== undefined) {
        startFact = fact;
        start = value as string;
        break;
      }
    }
    let months = window.months ?? 0;
    let lengthKnown = true;
    if (lengthFact && readLength) {
      let value = readLength(s.facts);
      if (value === undefined && fallback) {
        value = fallback.value;
        s.assumed.push(lengthFact);
      }
      if (value === undefined) lengthKnown = false;
      else months = value as number;
    }
    if (start === undefined || startFact === undefined || !lengthKnown) {
      // The length is asked only once the start is known: with the start, the window may not need it.
      if (start === undefined) s.missing.push(window.from[0] as FactPath);
      else s.missing.push(lengthFact as FactPath);
      s.checks.push({ test, held: 'unknown' });
      return 'unknown';
    }
    const end = windowEnd(start, window.days, months);
    const held: Held = compareDates(s.facts.asOf, end) <= 0 ? 'yes' : 'no';
    s.checks.push({ test, held, saw: { from: startFact, start, end, asOf: s.facts.asOf } });
    s.windows.push({ window, startFact, start, end, held });
    return held;
  };
}

/**
 * Three-valued AND (decisive 'no') or OR (decisive 'yes'). It stops at the first decisive child, as
 * the trace then has what decided it; missing facts of a decided junction cannot matter, so go.
 */
function compileJunction(children: Node[], decisive: Held): Node {
  const other: Held = decisive === 'no' ? 'yes' : 'no';
  return (s) => {
    const mark = s.missing.length;
    let result: Held = other;
    for (const child of children) {
      const held = child(s);
      if (held === decisive) {
        s.missing.length = mark;
        return decisive;
      }
      if (held === 'unknown') result = 'unknown';
    }
    return result;
  };
}

/** A condition in words, as the trace shows it ("reason is unwanted and within 30 days of delivery"). */
function describe(policy: Policy, cond: Condition): string {
  if ('all' in cond) return cond.all.map((c) => describe(policy, c)).join(' and ');
  if ('any' in cond) return cond.any.map((c) => describe(policy, c)).join(' or ');
  if ('not' in cond) return `not (${describe(policy, cond.not)})`;
  if ('within' in cond) return (policy.windows[cond.within] as PolicyWindow).label;
  if ('outcome' in cond) return `the outcome is ${cond.outcome.join(' or ')}`;
  if ('inRegion' in cond) return `${cond.fact} is in ${cond.inRegion}`;
  if ('in' in cond) return `${cond.fact} is one of ${cond.in.join(', ')}`;
  return `${cond.fact} is ${String(cond.is)}`;
}

function compile(policy: Policy, cond: Condition): Node {
  if ('all' in cond)
    return compileJunction(
      cond.all.map((c) => compile(policy, c)),
      'no',
    );
  if ('any' in cond)
    return compileJunction(
      cond.any.map((c) => compile(policy, c)),
      'yes',
    );
  if ('not' in cond) {
    const inner = compile(policy, cond.not);
    const test = `not (${describe(policy, cond.not)})`;
    return (s) => {
      const mark = s.checks.length;
      const held = FLIP[inner(s)];
      let saw: Check['saw'];
      for (let i = mark; i < s.checks.length && saw === undefined; i++) saw = s.checks[i]?.saw;
      s.checks.length = mark;
      s.checks.push(saw === undefined ? { test, held } : { test, held, saw });
      return held;
    };
  }
  if ('within' in cond) return compileWindow(policy, cond.within);
  const test = describe(policy, cond);
  if ('outcome' in cond) {
    return (s) => {
      const held: Held = s.outcome !== undefined && cond.outcome.includes(s.outcome) ? 'yes' : 'no';
      s.checks.push({ test, held, saw: s.outcome ?? 'undecided' });
      return held;
    };
  }
  if ('inRegion' in cond) {
    const members = new Set(policy.regions[cond.inRegion] ?? []);
    return compileLeaf(policy, cond.fact, test, (v) => members.has(v as string));
  }
  if ('in' in cond) {
    const values = cond.in;
    return compileLeaf(policy, cond.fact, test, (v) => values.includes(v));
  }
  const expected = cond.is;
  return compileLeaf(policy, cond.fact, test, (v) => v === expected);
}

interface CompiledClause {
  clause: Clause;
  effect?: Effect;
  key?: string;
  when: Node;
}

interface CompiledPolicy {
  deciding: CompiledClause[];
  adding: CompiledClause[];
  rank: Map<FactPath, number>;
}

const compiled = new WeakMap<Policy, CompiledPolicy>();

function compiledPolicy(policy: Policy): CompiledPolicy {
  let c = compiled.get(policy);
  if (!c) {
    c = {
      deciding: policy.clauses
        .filter((cl) => cl.decides)
        .map((cl) => {
          const decides = cl.decides as NonNullable<Clause['decides']>;
          return { clause: cl, effect: decides.then, key: effectKey(decides.then), when: compile(policy, decides.when) };
        }),
      adding: policy.clauses.filter((cl) => cl.adds).map((cl) => ({ clause: cl, when: compile(policy, (cl.adds as NonNullable<Clause['adds']>).when) })),
      rank: new Map(policy.askOrder.map((path, i) => [path, i])),
    };
    compiled.set(policy, c);
  }
  return c;
}

function effectKey(e: Effect): string {
  const sorted = (xs: readonly string[]) => [...xs].sort().join(',');
  const photos = Object.entries(e.photos)
    .map(([reason, kinds]) => `${reason}:${sorted(kinds)}`)
    .sort()
    .join(';');
  return [e.outcome, e.track, sorted(e.remedies), sorted(e.customerPays), sorted(e.documents), photos, e.restockingFeeMaxPercent, e.slaDays, e.transport].join(
    '|',
  );
}

/** The items in first-seen order, once each (the lists here are short: a loop beats a Set). */
function unique<T>(xs: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}

interface Pending {
  compiled: CompiledClause;
  missing: FactPath[];
}

/** Evaluates the facts against the policy. Throws only on a gap in the policy data (PolicyGapError). */
export function evaluate(policy: Policy, facts: EvaluableFacts): Decision {
  const { deciding, adding, rank } = compiledPolicy(policy);
  const s: Scratch = { policy, facts, checks: [], missing: [], windows: [], assumed: [] };
  const trace: ClauseTrace[] = [];
  const pending: Pending[] = [];
  let decider: CompiledClause | undefined;
  let deciderWindows: WindowUse[] = [];

  for (const c of deciding) {
    // Each clause's checks go into the trace; the scratch lists are reused and copied only when kept.
    s.checks = [];
    s.missing.length = 0;
    s.windows.length = 0;
    const held = c.when(s);
    trace.push({ clause: c.clause.id, role: 'decides', held, checks: s.checks });
    if (held === 'yes') {
      decider = c;
      deciderWindows = s.windows.slice();
      break;
    }
    if (held === 'unknown') pending.push({ compiled: c, missing: s.missing.slice() });
  }

  const base = { policy: policy.id, policyVersion: policy.version };

  const settled = decider !== undefined && pending.every((p) => p.compiled.key === decider.key);
  if (!decider || !settled) {
    if (pending.length === 0) {
      throw new PolicyGapError(`policy ${policy.id} has no clause for these facts (reason: ${facts.reason ?? 'unknown'})`);
    }
    const candidates = pending.map((p) => p.compiled);
    if (decider) candidates.push(decider);
    const tracks = unique(candidates.map((c) => (c.effect as Effect).track));
    const order = (path: FactPath) => rank.get(path) ?? rank.size;
    const missing = unique(pending.flatMap((p) => p.missing)).sort((a, b) => order(a) - order(b));
    return {
      ...base,
      outcome: 'need_info',
      ...(tracks.length === 1 ? { track: tracks[0] } : {}),
      missing,
      remedies: [],
      customerPays: [],
      documents: [],
      photos: [],
      packing: [],
      clauses: unique(candidates.map((c) => c.clause.id)),
      deadlines: {},
      notes: [`To decide, we still need ${missing.map((m) => FACT_LABELS[m]).join('; ')}.`],
      presumed: [],
      trace,
    };
  }

  const effect = decider.effect as Effect;
  // A presumption is in the customer's favour, so a refusal rests on it only where the data says it can.
  const refused = effect.outcome === 'declined' || effect.outcome === 'referred';
  const presumed = unique(s.assumed).filter((path) => !refused || isRefusalPresumption(policy.whenUnknown[path]));
  const documents = [...effect.documents];
  const customerPays = [...effect.customerPays];
  const packing: string[] = [];
  const notes = [...effect.notes];
  const clauses = [decider.clause.id].concat(decider.clause.see);

  // A code or download has no parcel: nothing is collected, packed, photographed or labelled, and the
  // one condition on its return is that it is unused (docs/rules-contract.md, "Delivered as a code").
  const digital = facts.product?.digital === true && effect.transport !== undefined;
  s.outcome = effect.outcome;
  for (const c of adding) {
    s.checks = [];
    const held = c.when(s);
    trace.push({ clause: c.clause.id, role: 'adds', held, checks: s.checks });
    if (held !== 'yes') continue;
    const add = (c.clause.adds as NonNullable<Clause['adds']>).then;
    documents.push(...add.documents);
    customerPays.push(...add.customerPays);
    packing.push(...add.packing);
    notes.push(...add.notes);
    clauses.push(c.clause.id);
  }

  const deadlines: Record<string, string> = {};
  for (const use of deciderWindows) {
    if (use.held === 'yes') deadlines[use.window.deadline] = use.end;
    // Said only where the time limit failed: a later start could change that. One met from the
    // earlier date is met from any later one, so saying how it was counted would only be noise.
    if (use.startFact !== use.window.from[0] && use.held === 'no') {
      const preferred = use.window.from[0] as FactPath;
      notes.push(fillIn(TIME_LIMIT_NOTE, { start: FACT_LABELS[use.startFact as FactPath], date: dateInWords(use.start), preferred: FACT_LABELS[preferred] }));
    }
  }

  // A refusal names the conditions that failed: what the customer said that decided it.
  if (effect.outcome === 'declined') {
    const said: string[] = [];
    for (const check of trace.find((t) => t.clause === decider.clause.id)?.checks ?? []) {
      if (check.held !== 'yes' || check.assumed || check.saw === undefined || typeof check.saw === 'object') continue;
      const fact = /^([a-zA-Z.]+) is /.exec(check.test)?.[1] as FactPath | undefined;
      const words = fact ? REFUSING_FACT_LABELS[fact]?.[String(check.saw)] : undefined;
      if (words && !said.includes(words)) said.push(words);
    }
    if (said.length > 0) notes.splice(1, 0, REFUSAL_NOTE(said));
  }

  const shown = digital ? presumed.filter((path) => !path.startsWith('item.') || DIGITAL_CONDITIONS.includes(path)) : presumed;
  const presumedText = digital
    ? [
        ...presumptionNotes(
          policy,
          shown.filter((path) => !path.startsWith('item.')),
        ),
        ...(shown.some((path) => path.startsWith('item.')) ? [DIGITAL_UNUSED] : []),
      ]
    : presumptionNotes(policy, presumed);
  const decision: Decision = {
    policy: policy.id,
    policyVersion: policy.version,
    outcome: effect.outcome,
    track: effect.track,
    missing: [],
    remedies: effect.remedies.slice(),
    customerPays: unique(customerPays),
    documents: digital ? unique(documents).filter((doc) => doc !== 'rma_number_on_parcel') : unique(documents),
    photos: facts.reason && !digital ? [...(effect.photos[facts.reason] ?? [])] : [],
    packing: digital ? [] : unique(packing),
    // A clause that only adds to the parcel says nothing about a code: it is not cited.
    clauses: digital ? unique(clauses).filter((id) => !parcelOnly(policy, id)) : unique(clauses),
    deadlines,
    notes: unique(notes.concat(presumedText)),
    presumed: shown,
    trace,
  };
  if (effect.restockingFeeMaxPercent !== undefined) decision.restockingFeeMaxPercent = effect.restockingFeeMaxPercent;
  if (effect.slaDays !== undefined) decision.slaDays = effect.slaDays;
  if (effect.creditDays !== undefined) decision.creditDays = effect.creditDays;
  if (effect.transport !== undefined) decision.transport = digital ? 'none' : effect.transport;
  return decision;
}
