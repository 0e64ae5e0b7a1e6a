// Cases after the decision, for the staff and update tests: requests that land in each kind of
// decision, and staff actions applied at whatever version the case is at.
import { InMemoryMailQuota } from '../../shared/adapters/memory/in-memory-mail-quota';
import { InMemoryCaseStore } from '../../shared/adapters/memory/in-memory-case-store';
import { createCaseRequestSchema, type Case, type StaffAction, type StaffCaseView } from '../../shared/cases';
import { POLICIES, type Policy } from '../../shared/rules';
import { makeApp, type App } from '../../shared/wiring/app';
import { FixedClock, PLC_UNWANTED, PLEXTOR_DOA, RecordingMailer, ScriptedIds } from './fakes';

/** The in-memory store, keeping a log of every accepted write: which case, from which version to which. */
export class WriteLogCaseStore extends InMemoryCaseStore {
  readonly writes: { rma: string; from: number; to: number; status: Case['status'] }[] = [];
  override async update(c: Case): Promise<Case> {
    const next = await super.update(c);
    this.writes.push({ rma: c.rma, from: c.version, to: next.version, status: next.status });
    return next;
  }
}

/** Like testApp, over a store that logs its writes; `withPolicies` is the same desk under other policy files. */
export function staffApp(options: { clock?: FixedClock; policies?: ReadonlyMap<string, Policy> } = {}) {
  const store = new WriteLogCaseStore();
  const mailer = new RecordingMailer();
  const clock = options.clock ?? new FixedClock();
  const ids = new ScriptedIds();
  const config = { publicBaseUrl: 'https://returns.example.com', corsOrigins: ['https://shop.example.com'] };
  const withPolicies = (policies: ReadonlyMap<string, Policy>) => makeApp({ store, mailer, clock, ids, mailQuota: new InMemoryMailQuota() }, config, policies);
  return { app: withPolicies(options.policies ?? POLICIES), withPolicies, store, mailer, clock };
}

/** A PLC defect within the 6-month Standard Warranty: approved, with the 21-day promise. */
export const PLC_DEFECTIVE = {
  policy: 'plc-technologies',
  contact: { email: 'bea@example.com', name: 'Bea Example' },
  reason: 'defective',
  deliveryDate: '2026-02-01',
  product: { condition: 'new' },
  defectCause: 'manufacturing',
} as const;

/** A PLC unwanted return 69 days after delivery: the retailer's option, so review. */
export const PLC_LATE_UNWANTED = { ...PLC_UNWANTED, deliveryDate: '2026-01-10' } as const;

/** A Plextor drive bought 14 months ago: in the 24-month warranty the policy assumes, so approved. */
export const PLEXTOR_DEFECTIVE = { ...PLEXTOR_DOA, reason: 'defective', purchaseDate: '2025-01-10' } as const;

/** Creates a case: as staff see it, with the customer's link token. */
export async function newCase(
  app: App,
  request: unknown,
  options: Parameters<App['createCase']>[1] = {},
): Promise<{ c: StaffCaseView; rma: string; token: string }> {
  const result = await app.createCase(createCaseRequestSchema.parse(request), options);
  if (result.kind === 'need_info') throw new Error(`need_info: ${result.decision.missing.join(', ')}`);
  const token = new URL(result.statusUrl).searchParams.get('token') as string;
  return { c: await app.getCaseForStaff(result.case.rma), rma: result.case.rma, token };
}

type Action = StaffAction extends infer A ? (A extends StaffAction ? Omit<A, 'expectedVersion'> : never) : never;

/** Applies actions one after the other, each at the version the case is at. */
export async function act(app: App, rma: string, ...actions: Action[]): Promise<StaffCaseView> {
  let c = await app.getCaseForStaff(rma);
  for (const action of actions) c = await app.applyAction(rma, { ...action, expectedVersion: c.version } as StaffAction);
  return c;
}
