// One intake for every channel: what the customer just said, merged over what is known, checked by
// the rules, decided. The chat, the email channel and staff reassessment all merge facts here, so the
// same words give the same facts and the same next step whichever way they came in.
import {
  evaluate,
  monthLatest,
  flattenFacts,
  InvalidFactsError,
  nestFacts,
  parseFacts,
  type Decision,
  type FactPath,
  type FactValue,
  type Policy,
  type Reason,
} from '../rules';
import type { Extraction } from '../extract';

export type FlatFacts = Partial<Record<FactPath, FactValue>>;

export interface Refused {
  field: FactPath;
  /** Why the rules refuse it, in words ("deliveryDate is before purchaseDate"). */
  problem: string;
}

export interface Intake {
  /** What is known now: the earlier facts with what was just said over them, less what was refused. */
  facts: FlatFacts;
  /** What was just said that cannot be true; dropped, each with the reason. */
  refused: Refused[];
  /** The rules' answer on `facts`: a decision, or the questions still open (`missing`). */
  decision: Decision;
}

/** A case's stored facts, flat (the form the intake merges). */
export const flatFacts = (facts: object): FlatFacts => flattenFacts(facts as Record<string, unknown>);

/** What was said, in the merchant's terms (`readsAs`: "a 2 year warranty" is PLC's supplier warranty). */
export function inPolicyTerms(policy: Policy, said: FlatFacts): FlatFacts {
  const out: FlatFacts = {};
  for (const [path, value] of Object.entries(said) as [FactPath, FactValue][]) {
    const as = policy.readsAs[path];
    if (as && said[as] === undefined) out[as] = value;
    else if (!as) out[path] = value;
  }
  return out;
}

/**
 * Merges `said` over `known` (a value the customer states wins, except a change of mind read in an
 * answer to another question over a fault already told: keepsKnownFault) and decides. A field the rules
 * refuse is dropped and reported — first among what was just said, then among what was known — so
 * one impossible date never loses the rest of the message. Throws only if the facts cannot be made
 * valid by dropping fields (a bug, not input).
 */
export function takeIn(
  policy: Policy,
  known: FlatFacts,
  said: FlatFacts,
  today: string,
  policies: ReadonlyMap<string, Policy>,
  also: {
    faultBesideDamage?: Reason;
    dateSpans?: Extraction['dateSpans'];
    expecting?: FactPath;
    answeringOther?: boolean;
    intents?: Extraction['intents'];
    countryNamedOnly?: boolean;
    /** Known dates given only as a month, in an earlier message ("bought in November"). */
    knownMonths?: readonly DateRole[];
  } = {},
): Intake {
  const faultKept = keepsKnownFault(known, said, also) ? withoutReason(said) : said;
  // A country only named later ("it was bought in the USA") does not move where it is sent from.
  const kept = also.countryNamedOnly && known.country !== undefined && faultKept.country !== undefined ? withoutCountry(faultKept) : faultKept;
  const merged = { ...known, ...inPolicyTerms(policy, withinSpans(policy, known, kept, also.dateSpans, today, policies)) };
  const taken = decideWith(policy, withinKnownMonths(policy, merged, kept, also.knownMonths, today, policies), today, policies);
  // Damaged on arrival and not working, to a merchant who refers delivery damage elsewhere (a
  // manufacturer): the fault is theirs to service, and the damage stays a stated fact.
  if (also.faultBesideDamage && said.reason === 'damaged_on_delivery' && taken.decision.outcome === 'referred') {
    const asFault = decideWith(policy, { ...taken.facts, reason: also.faultBesideDamage, 'item.damaged': true }, today, policies);
    if (asFault.decision.outcome !== 'referred' && asFault.decision.outcome !== 'need_info')
      return { ...asFault, refused: [...taken.refused, ...asFault.refused] };
  }
  return taken;
}

/**
 * A fault already told is not turned into a change of mind by an answer to another question ("when
 * did you buy it?" — "in March, and I don't want it catching fire"): a product with a fault comes
 * back under the fault's terms. The customer changes the reason by answering what is wrong with it,
 * or by correcting it ("actually, I just don't want it").
 */
function keepsKnownFault(
  known: FlatFacts,
  said: FlatFacts,
  also: { expecting?: FactPath; answeringOther?: boolean; intents?: Extraction['intents'] },
): boolean {
  const fault = known.reason !== undefined && known.reason !== 'unwanted' && known.reason !== 'paid_repair';
  const elsewhere = also.answeringOther === true || (also.expecting !== undefined && also.expecting !== 'reason');
  return fault && said.reason === 'unwanted' && elsewhere && !also.intents?.includes('correction');
}

function withoutCountry(said: FlatFacts): FlatFacts {
  const { country: _country, ...rest } = said;
  return rest;
}

function withoutReason(said: FlatFacts): FlatFacts {
  const { reason: _reason, ...rest } = said;
  return rest;
}

/**
 * A month said without its day ("bought in March") is taken where any day of it gives the same
 * decision; where the first and the last day would decide differently, the day is asked.
 */
function withinSpans(
  policy: Policy,
  known: FlatFacts,
  said: FlatFacts,
  spans: Extraction['dateSpans'],
  today: string,
  policies: ReadonlyMap<string, Policy>,
): FlatFacts {
  const out = { ...said };
  for (const [role, span] of Object.entries(spans ?? {}) as [DateRole, { latest: string }][]) {
    if (typeof said[role] !== 'string') continue;
    const facts = { ...known, ...inPolicyTerms(policy, out) };
    if (dayDecides(policy, facts, role, span.latest, today, policies)) delete out[role];
  }
  return out;
}

type DateRole = 'purchaseDate' | 'deliveryDate';

/**
 * A month said earlier is held to the same test as one said now: the facts told since can make its
 * day matter ("in November" decided nothing between the 1st and the 28th while the drive was only
 * faulty; once it "never worked from the start", the 15 days of the DOA service do). Then it is
 * dropped, so that the day is asked. A date said again in this message is judged as said.
 */
function withinKnownMonths(
  policy: Policy,
  merged: FlatFacts,
  said: FlatFacts,
  months: readonly DateRole[] | undefined,
  today: string,
  policies: ReadonlyMap<string, Policy>,
): FlatFacts {
  const out = { ...merged };
  for (const role of months ?? []) {
    const date = out[role];
    if (said[role] !== undefined || typeof date !== 'string') continue;
    if (dayDecides(policy, out, role, monthLatest(date, today), today, policies)) delete out[role];
  }
  return out;
}

/** Whether the first and the last day a date can be (`facts[role]` and `latest`) decide differently. */
function dayDecides(policy: Policy, facts: FlatFacts, role: DateRole, latest: string, today: string, policies: ReadonlyMap<string, Policy>): boolean {
  const first = decideWith(policy, facts, today, policies).decision;
  const last = decideWith(policy, { ...facts, [role]: latest }, today, policies).decision;
  return first.outcome !== last.outcome || first.track !== last.track;
}

function decideWith(policy: Policy, merged: FlatFacts, today: string, policies: ReadonlyMap<string, Policy>): Intake {
  const facts: FlatFacts = { ...merged };
  const refused: Refused[] = [];
  for (let i = 0; i <= Object.keys(facts).length; i++) {
    try {
      const parsed = parseFacts({ ...nestFacts(facts), policy: policy.id }, { today, policies });
      return { facts, refused, decision: evaluate(policy, parsed.facts) };
    } catch (error) {
      if (!(error instanceof InvalidFactsError) || !(error.field in facts)) throw error;
      refused.push({ field: error.field as FactPath, problem: error.problem });
      delete facts[error.field as FactPath];
    }
  }
  throw new Error('the facts kept failing validation');
}

/** The dates among `facts` said only roughly ("in March last year"), for the case (Case.roughDates); undefined when none is. */
export function roughAmong(rough: Extraction['roughDates'], facts: Readonly<Record<string, unknown>>): Extraction['roughDates'] {
  const among = Object.fromEntries(Object.entries(rough ?? {}).filter(([fact]) => fact in facts));
  return Object.keys(among).length > 0 ? among : undefined;
}
