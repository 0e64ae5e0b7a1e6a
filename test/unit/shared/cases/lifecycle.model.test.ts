// Model-based test of the case after its decision: random sequences of staff actions (some at a
// stale version) and customer cancellations (some with a wrong link) against the in-memory store,
// checked against a model written from the lifecycle in docs/architecture.md, not from status.ts.
import fc from 'fast-check';
import {
  allowedResolutions,
  canTransition,
  customerChooses,
  type Resolution,
  CASE_STATUSES,
  CaseNotFoundError,
  ConcurrentUpdateError,
  InvalidTransitionError,
  NotCancellableError,
  RESOLUTIONS,
  STAFF_ACTIONS,
  type CaseStatus,
  type StaffAction,
  type StaffActionName,
  type StaffCaseView,
} from '../../../../shared/cases';
import { POLICIES } from '../../../../shared/rules';
import { newCase, PLC_DEFECTIVE, PLC_LATE_UNWANTED, staffApp } from '../../../support/staff';

/** docs/architecture.md: from which statuses each action may be taken, where it leads, and whether the customer is emailed. */
const SPEC: Record<StaffActionName, { from: CaseStatus[]; to?: CaseStatus; emails: number }> = {
  // Approved and told how to pack it, the case waits for the parcel.
  approve: { from: ['in_review'], to: 'awaiting_parcel', emails: 1 },
  decline: { from: ['in_review'], to: 'declined', emails: 1 },
  received: { from: ['awaiting_parcel'], to: 'received', emails: 1 },
  inspecting: { from: ['received'], to: 'inspecting', emails: 0 },
  repairing: { from: ['inspecting'], to: 'repairing', emails: 1 },
  replacing: { from: ['inspecting'], to: 'replacing', emails: 1 },
  resolved: { from: ['inspecting', 'repairing', 'replacing'], to: 'resolved', emails: 1 },
  closed: { from: ['declined', 'referred', 'resolved'], to: 'closed', emails: 0 },
  cancelled: { from: ['draft', 'submitted', 'approved', 'in_review', 'awaiting_parcel'], to: 'cancelled', emails: 1 },
  // Facts that change nothing for the customer: the status stays, nothing is sent.
  reassess: { from: ['in_review', 'awaiting_parcel', 'received', 'inspecting', 'repairing', 'replacing'], emails: 0 },
  // Only for mail the inbound checks held back, which these cases (from the form) never have.
  release: { from: [], emails: 0 },
  // Only once the customer gave the collection details, which these cases never have (collection.test.ts).
  book_collection: { from: [], emails: 0 },
  // The return validated, where the customer chooses the remedy: asked once (the model checks the rest).
  ask_choice: { from: ['received', 'inspecting'], emails: 1 },
  // Staff's own message to the customer: on any case the customer knows of; the status stays.
  message: { from: CASE_STATUSES.filter((s) => s !== 'draft'), emails: 1 },
  collected: { from: [], emails: 0 },
};
const BEFORE_RECEIVED: CaseStatus[] = SPEC.cancelled.from;

interface Model {
  status: CaseStatus;
  /** The resolutions the case's decision allows (a run picks any, so some are refused). */
  resolutions: readonly Resolution[];
  /** Whether the policy leaves the remedy to the customer, and whether they were asked already. */
  customerChooses: boolean;
  asked: boolean;
}

/** Every status some run reached: a check that the runs go beyond the first steps. */
const reached = new Set<CaseStatus>();

interface Real {
  desk: ReturnType<typeof staffApp>;
  rma: string;
  token: string;
}

type Outcome = 'ok' | (new (...args: never[]) => Error);

/** Runs `attempt` and checks what it did to the case against what the model expects. */
async function observe(
  real: Real,
  expected: Outcome,
  expectedStatus: CaseStatus,
  emails: number,
  attempt: (before: StaffCaseView) => Promise<unknown>,
): Promise<void> {
  const { app, store, mailer } = real.desk;
  const before = await app.getCaseForStaff(real.rma);
  const writes = store.writes.length;
  const sent = mailer.sent.length;

  const result = await attempt(before).then(
    () => 'ok' as const,
    (error: unknown) => error,
  );

  const after = await app.getCaseForStaff(real.rma);
  const written = store.writes.slice(writes);
  if (expected === 'ok') {
    expect(result).toBe('ok');
  } else {
    // Refused: an error of the expected kind, and nothing written or sent.
    expect(result).toBeInstanceOf(expected);
    expect(after).toEqual(before);
  }
  expect(after.status).toBe(expectedStatus);
  expect(mailer.sent.length - sent).toBe(emails);
  // Every accepted write raises the version by exactly one, from the version before it.
  written.forEach((w, i) => expect([w.from, w.to]).toEqual([before.version + i, before.version + i + 1]));
  expect(after.version).toBe(before.version + written.length);
  // Never an illegal state: the history is a walk the lifecycle allows, ending in the status.
  for (const h of after.history) if (h.from !== undefined && h.from !== h.to) expect([h.from, h.to, canTransition(h.from, h.to)]).toEqual([h.from, h.to, true]);
  expect(after.history.at(-1)?.to).toBe(after.status);
}

/** A staff action: a given one, or (`sensible`) one of those the model allows now, picked by `pick`. */
class StaffCommand implements fc.AsyncCommand<Model, Real> {
  private action: StaffActionName | undefined;

  constructor(
    readonly choice: StaffActionName | 'sensible',
    readonly pick: number,
    readonly resolution: (typeof RESOLUTIONS)[number],
    readonly stale: boolean,
  ) {}

  check(): boolean {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    const sensible = STAFF_ACTIONS.filter((a) => SPEC[a].from.includes(model.status));
    const action = this.choice === 'sensible' ? (sensible[this.pick % Math.max(sensible.length, 1)] ?? 'closed') : this.choice;
    this.action = action;
    const spec = SPEC[action];
    // Asked once, where the customer chooses; resolved only as the decision allows (a review's approval brings its remedies).
    const decided = await real.desk.app.getCaseForStaff(real.rma);
    const merchant = POLICIES.get(decided.policy)?.merchant;
    model.customerChooses = customerChooses(decided, merchant);
    model.resolutions = allowedResolutions(decided, merchant);
    const allowed =
      spec.from.includes(model.status) &&
      (action !== 'ask_choice' || (model.customerChooses && !model.asked)) &&
      (action !== 'resolved' || model.resolutions.includes(this.resolution));
    const expected: Outcome = this.stale ? ConcurrentUpdateError : allowed ? 'ok' : InvalidTransitionError;
    const next = expected === 'ok' ? (spec.to ?? model.status) : model.status;
    const input =
      action === 'resolved'
        ? { resolution: this.resolution }
        : action === 'reassess'
          ? { facts: { invoiceCopy: true } }
          : action === 'message'
            ? { message: 'We have a question about your return.' }
            : action === 'book_collection'
              ? { booking: { day: '2026-12-01', courier: 'Courier', reference: 'REF1' } }
              : {};
    await observe(real, expected, next, expected === 'ok' ? spec.emails : 0, (before) =>
      real.desk.app.applyAction(real.rma, { action, ...input, expectedVersion: before.version - (this.stale ? 1 : 0) } as StaffAction),
    );
    model.status = next;
    if (action === 'ask_choice' && expected === 'ok') model.asked = true;
    reached.add(next);
  }

  toString(): string {
    const action = this.action ?? this.choice;
    return `staff ${action}${action === 'resolved' ? ` (${this.resolution})` : ''}${this.stale ? ' at a stale version' : ''}`;
  }
}

class CustomerCancelCommand implements fc.AsyncCommand<Model, Real> {
  constructor(readonly rightLink: boolean) {}

  check(): boolean {
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    const cancels = this.rightLink && BEFORE_RECEIVED.includes(model.status);
    const again = this.rightLink && model.status === 'cancelled';
    const expected: Outcome = !this.rightLink ? CaseNotFoundError : cancels || again ? 'ok' : NotCancellableError;
    const next = cancels ? 'cancelled' : model.status;
    await observe(real, expected, next, cancels ? 1 : 0, () => real.desk.app.customerCancel(real.rma, this.rightLink ? real.token : `${real.token}x`));
    model.status = next;
    reached.add(next);
  }

  toString(): string {
    return `customer cancels${this.rightLink ? '' : ' with a wrong link'}`;
  }
}

const staffCommand = (choice: fc.Arbitrary<StaffActionName | 'sensible'>) =>
  fc
    // One in five at a stale version, so that most commands get to act.
    .record({ choice, pick: fc.nat(), resolution: fc.constantFrom(...RESOLUTIONS), stale: fc.nat(4).map((n) => n === 0) })
    .map(({ choice: c, pick, resolution, stale }) => new StaffCommand(c, pick, resolution, stale));

const commands = [
  staffCommand(fc.constantFrom(...STAFF_ACTIONS)),
  // Staff mostly do what the case allows: so that runs get past the first steps.
  staffCommand(fc.constant('sensible' as const)),
  staffCommand(fc.constant('sensible' as const)),
  staffCommand(fc.constant('sensible' as const)),
  fc.boolean().map((rightLink) => new CustomerCancelCommand(rightLink)),
];

/**
 * The runs are random but reproducible: the same seed every time (so whether every status is
 * reached does not depend on luck), another with FC_SEED=<n> to explore further.
 */
const SEED = Number(process.env.FC_SEED ?? 20261122);

describe('the case after its decision, as a state machine', () => {
  it('random staff actions and customer cancellations never reach an illegal state, and rejected ones change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(PLC_DEFECTIVE, PLC_LATE_UNWANTED), fc.commands(commands, { size: 'max', maxCommands: 40 }), async (request, cmds) => {
        // Prepare: an approved case waiting for its parcel, or a case in review
        const desk = staffApp();
        const { c, rma, token } = await newCase(desk.app, request);
        // Act / Assess: each command checks itself against the model
        const merchant = POLICIES.get(c.policy)?.merchant;
        const model = { status: c.status, resolutions: allowedResolutions(c, merchant), customerChooses: customerChooses(c, merchant), asked: false };
        await fc.asyncModelRun(() => ({ model: { ...model }, real: { desk, rma, token } }), cmds);
      }),
      { numRuns: 80, seed: SEED },
    );
    expect([...reached].sort()).toEqual([
      'awaiting_parcel',
      'cancelled',
      'closed',
      'declined',
      'in_review',
      'inspecting',
      'received',
      'repairing',
      'replacing',
      'resolved',
    ]);
  });
});
