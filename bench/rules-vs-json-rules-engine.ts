// Our rules engine against json-rules-engine on the same plc-technologies decision table.
// Both decide the same 10,000 generated, complete fact sets; the outcomes must be identical.
import { Engine, type RuleProperties } from 'json-rules-engine';
import fc from 'fast-check';
import { addDays, addMonths, evaluate, POLICIES, type EvaluableFacts } from '../shared/rules';
import { factsArb } from '../test/support/facts.arbitrary';

const N = 10_000;
const SEED = 20261122;

type Flat = Record<string, string | number | boolean>;

// json-rules-engine has no dates: the windows are dynamic facts computed by the same calendar code.
function flatten(f: EvaluableFacts): Flat {
  const start = f.deliveryDate ?? f.purchaseDate ?? f.asOf;
  const supplier = f.product?.supplierWarrantyMonths ?? 0;
  return {
    reason: f.reason ?? '',
    category: f.product?.category ?? '',
    condition: f.product?.condition ?? '',
    customOrder: f.product?.customOrder ?? false,
    directWarranty: f.product?.directWarranty ?? false,
    used: f.item?.used ?? false,
    damaged: f.item?.damaged ?? false,
    labelsAttached: f.item?.labelsAttached ?? false,
    originalPackaging: f.item?.originalPackaging ?? false,
    packagingUndamaged: f.item?.packagingUndamaged ?? false,
    sealsIntact: f.item?.sealsIntact ?? false,
    accessoriesComplete: f.item?.accessoriesComplete ?? false,
    modified: f.item?.modified ?? false,
    softwareOpened: f.item?.softwareOpened ?? false,
    defectCause: f.defectCause ?? '',
    within30: f.asOf <= addDays(start, 30),
    within7: f.asOf <= addDays(start, 7),
    within6m: f.asOf <= addMonths(start, 6),
    withinSupplier: f.asOf <= addMonths(start, supplier),
  };
}

const is = (fact: string, value: unknown) => ({ fact, operator: 'equal', value });
const oneOf = (fact: string, value: unknown[]) => ({ fact, operator: 'in', value });
const DEFECT = oneOf('reason', ['defective', 'dead_on_arrival']);
const DELIVERY = oneOf('reason', ['damaged_on_delivery', 'missing_parts']);
const EXCLUDED = ['wear_and_tear', 'misuse', 'electrical_surge', 'sea_air_corrosion', 'poor_care', 'unauthorized_alteration', 'not_suitable'];
const PRISTINE = [
  is('used', false),
  is('damaged', false),
  is('labelsAttached', true),
  is('originalPackaging', true),
  is('packagingUndamaged', true),
  is('sealsIntact', true),
  is('accessoriesComplete', true),
];
const NOT_PRISTINE = [
  is('used', true),
  is('damaged', true),
  is('labelsAttached', false),
  is('originalPackaging', false),
  is('packagingUndamaged', false),
  is('sealsIntact', false),
  is('accessoriesComplete', false),
];

const TABLE: Array<[string, string, object]> = [
  ['declined', 'not_returnable', { all: [is('modified', true)] }],
  ['declined', 'not_returnable', { all: [is('reason', 'unwanted'), is('customOrder', true)] }],
  ['declined', 'not_returnable', { all: [is('reason', 'unwanted'), is('category', 'software'), is('softwareOpened', true)] }],
  ['declined', 'not_returnable', { all: [is('reason', 'unwanted'), oneOf('condition', ['unboxed_deal', 'used'])] }],
  ['approved', 'unwanted_return', { all: [is('reason', 'unwanted'), is('within30', true), ...PRISTINE] }],
  ['declined', 'not_returnable', { all: [is('reason', 'unwanted'), is('within30', true), { any: NOT_PRISTINE }] }],
  ['review', 'late_return', { all: [is('reason', 'unwanted'), is('within30', false)] }],
  ['approved', 'wrong_item', { all: [is('reason', 'wrong_item')] }],
  ['approved', 'delivery_damage', { all: [DELIVERY, is('within7', true)] }],
  ['review', 'delivery_damage', { all: [DELIVERY, is('within7', false)] }],
  ['declined', 'not_a_defect', { all: [DEFECT, oneOf('defectCause', EXCLUDED)] }],
  ['declined', 'not_a_defect', { all: [DEFECT, is('defectCause', 'handling_signs'), oneOf('condition', ['unboxed_deal', 'used'])] }],
  ['referred', 'direct_warranty', { all: [DEFECT, is('directWarranty', true)] }],
  ['approved', 'standard_warranty', { all: [DEFECT, is('within6m', true)] }],
  [
    'approved',
    'supplier_warranty',
    { all: [DEFECT, is('within6m', false), { fact: 'condition', operator: 'notIn', value: ['unboxed_deal', 'used'] }, is('withinSupplier', true)] },
  ],
  ['declined', 'outside_warranty', { all: [DEFECT, is('within6m', false)] }],
  ['approved', 'paid_repair', { all: [is('reason', 'paid_repair')] }],
];

function jsonRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  TABLE.forEach(([outcome, track, conditions], i) => {
    // Distinct priorities run the rules in table order; the first that fires stops the run.
    engine.addRule({ conditions, priority: TABLE.length - i, event: { type: 'decided', params: { outcome, track } } } as RuleProperties);
  });
  engine.on('success', () => {
    engine.stop();
  });
  return engine;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

export async function benchRules(): Promise<void> {
  const policy = POLICIES.get('plc-technologies')!;
  const facts = fc.sample(factsArb({ complete: true }), { numRuns: N, seed: SEED }).map((f) => ({ ...f, policy: policy.id }) as EvaluableFacts);
  const flat = facts.map(flatten);
  const engine = jsonRulesEngine();

  // Timed passes use each decision and drop it, as a request would; outcomes are compared separately.
  const oursOnce = () => {
    let used = 0;
    for (const f of facts) used += evaluate(policy, f).clauses.length;
    return used;
  };
  const theirsOnce = async () => {
    const out: string[] = [];
    for (const f of flat) {
      const { events } = await engine.run(f);
      const p = events[0]?.params as { outcome: string; track: string };
      out.push(`${p.outcome}/${p.track}`);
    }
    return out;
  };

  // Each engine is warmed until the JIT has settled, then timed over several passes (best pass
  // counts), one engine after the other so that neither's garbage is collected on the other's time.
  const best = <T>(runs: { value: T; ms: number }[]) => runs.sort((a, b) => a.ms - b.ms)[0] as { value: T; ms: number };
  for (let i = 0; i < 20; i++) oursOnce();
  const ours = best(Array.from({ length: 20 }, () => timed(oursOnce)));
  // Kept for the comparison only after timing: 10,000 retained decisions slow the collector down.
  const oursOutcomes = facts.map((f) => evaluate(policy, f));
  await theirsOnce();
  const theirs = best([await timedAsync(theirsOnce), await timedAsync(theirsOnce), await timedAsync(theirsOnce)]);

  const mismatches = oursOutcomes.map((d, i) => [`${d.outcome}/${d.track}`, theirs.value[i]] as const).filter(([a, b]) => a !== b);
  if (mismatches.length > 0) {
    throw new Error(`the engines disagree on ${mismatches.length} of ${N} fact sets, e.g. ${JSON.stringify(mismatches[0])}`);
  }
  const byOutcome = oursOutcomes.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.outcome]: (acc[d.outcome] ?? 0) + 1 }), {});
  const oursRate = N / (ours.ms / 1000);
  const theirsRate = N / (theirs.ms / 1000);
  console.log(`rules: ${N} complete plc-technologies fact sets (seed ${SEED}); outcomes identical in both engines`);
  console.log(
    `  outcomes: ${Object.entries(byOutcome)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(`  ours (shared/rules, with trace and notes): ${oursRate.toFixed(0)} evaluations/s (${ours.ms.toFixed(1)} ms)`);
  console.log(`  json-rules-engine ${engineVersion()}:       ${theirsRate.toFixed(0)} evaluations/s (${theirs.ms.toFixed(1)} ms)`);
  console.log(`  ratio: ${(oursRate / theirsRate).toFixed(1)}× (goal ≥ 20×)`);
}

function engineVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('json-rules-engine/package.json') as { version: string }).version;
}
