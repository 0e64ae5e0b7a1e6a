import {
  availableActions,
  CaseNotFoundError,
  ConcurrentUpdateError,
  IncompleteFactsError,
  InvalidTransitionError,
  RESOLUTIONS,
  type CaseStatus,
  type StaffAction,
} from '../../../../shared/cases';
import { UPDATE_TEXT } from '../../../../shared/notify/email-text';
import { CUSTOMER_PAYS_LABELS, InvalidFactsError, POLICIES, type Policy } from '../../../../shared/rules';
import { PLC_UNWANTED, PLEXTOR_DOA } from '../../../support/fakes';
import { act, newCase, PLC_DEFECTIVE, PLC_LATE_UNWANTED, PLEXTOR_DEFECTIVE, staffApp } from '../../../support/staff';

type Step = Parameters<typeof act>[2];

describe('applyAction: the life of an approved case', () => {
  it.each<[string, Step[], Step, CaseStatus, boolean]>([
    ['the parcel arrives', [], { action: 'received' }, 'received', true],
    ['inspection starts', [{ action: 'received' }], { action: 'inspecting' }, 'inspecting', false],
    ['a repair', [{ action: 'received' }, { action: 'inspecting' }], { action: 'repairing' }, 'repairing', true],
    ['a replacement', [{ action: 'received' }, { action: 'inspecting' }], { action: 'replacing' }, 'replacing', true],
    [
      'resolved straight after inspection',
      [{ action: 'received' }, { action: 'inspecting' }],
      { action: 'resolved', resolution: 'credited' },
      'resolved',
      true,
    ],
    [
      'resolved after the repair',
      [{ action: 'received' }, { action: 'inspecting' }, { action: 'repairing' }],
      { action: 'resolved', resolution: 'repaired' },
      'resolved',
      true,
    ],
    ['closed', [{ action: 'received' }, { action: 'inspecting' }, { action: 'resolved', resolution: 'refunded' }], { action: 'closed' }, 'closed', false],
    ['cancelled while waiting for the parcel', [], { action: 'cancelled' }, 'cancelled', true],
  ])('%s', async (_name, before, step, status, emailed) => {
    // Prepare: a PLC defect, approved and waiting for the parcel
    const { app, store, mailer, clock } = staffApp();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    const seen = await act(app, rma, ...before);
    const sentBefore = mailer.sent.length;
    const writesBefore = store.writes.length;

    // Act
    clock.instant = '2026-03-25T10:00:00.000Z';
    const after = await app.applyAction(rma, { ...step, note: 'by the book', expectedVersion: seen.version } as StaffAction);

    // Assess: the status, one history entry by staff with the note and the day, the version
    expect(after.status).toBe(status);
    expect(after.history.at(-1)).toEqual({
      at: '2026-03-25T10:00:00.000Z',
      from: seen.status,
      to: status,
      by: 'staff',
      action: step.action,
      note: 'by the book',
      day: '2026-03-25',
      ...('resolution' in step ? { resolution: step.resolution } : {}),
    });
    expect(store.writes.slice(writesBefore)[0]).toMatchObject({ from: seen.version, to: seen.version + 1, status });
    expect(mailer.sent.length - sentBefore).toBe(emailed ? 1 : 0);
    // the email's status link and its outcome are writes of their own, two versions more
    expect(after.version).toBe(seen.version + (emailed ? 3 : 1));
    expect(await app.getCaseForStaff(rma)).toEqual(after);
  });

  it.each(RESOLUTIONS)('resolved as %s: kept on the case and in the history', async (resolution) => {
    // Prepare: a return whose decision allows that end (a Plextor drive may come back unrepaired; PLC's choices are its remedies)
    const { app } = staffApp();
    const { rma } = await newCase(app, resolution === 'returned_unrepaired' ? PLEXTOR_DEFECTIVE : PLC_DEFECTIVE);
    // Act
    const after = await act(app, rma, { action: 'received' }, { action: 'inspecting' }, { action: 'resolved', resolution });
    // Assess
    expect(after.resolution).toBe(resolution);
    expect(after.history.at(-1)?.resolution).toBe(resolution);
  });
});

describe('applyAction: refused', () => {
  it.each<[string, object, Step[], Step]>([
    [
      'resolve a PLC return as returned unrepaired (not an end its decision offers)',
      PLC_DEFECTIVE,
      [{ action: 'received' }, { action: 'inspecting' }],
      { action: 'resolved', resolution: 'returned_unrepaired' },
    ],
    [
      'resolve a Plextor drive as refunded (Plextor repairs or replaces)',
      PLEXTOR_DEFECTIVE,
      [{ action: 'received' }, { action: 'inspecting' }],
      { action: 'resolved', resolution: 'refunded' },
    ],
    ['approve a case the rules approved', PLC_DEFECTIVE, [], { action: 'approve' }],
    ['decline a case the rules approved', PLC_DEFECTIVE, [], { action: 'decline' }],
    ['mark a review case received', PLC_LATE_UNWANTED, [], { action: 'received' }],
    ['repair before inspecting', PLC_DEFECTIVE, [{ action: 'received' }], { action: 'repairing' }],
    ['resolve before inspecting', PLC_DEFECTIVE, [{ action: 'received' }], { action: 'resolved', resolution: 'refunded' }],
    ['cancel once the parcel is in', PLC_DEFECTIVE, [{ action: 'received' }], { action: 'cancelled' }],
    ['close a case still waiting for its parcel', PLC_DEFECTIVE, [], { action: 'closed' }],
    ['replace during a repair', PLC_DEFECTIVE, [{ action: 'received' }, { action: 'inspecting' }, { action: 'repairing' }], { action: 'replacing' }],
    ['receive a parcel twice', PLC_DEFECTIVE, [{ action: 'received' }], { action: 'received' }],
    ['anything on a cancelled case', PLC_DEFECTIVE, [{ action: 'cancelled' }], { action: 'received' }],
    [
      'reassess a closed case',
      PLC_UNWANTED,
      [{ action: 'received' }, { action: 'inspecting' }, { action: 'resolved', resolution: 'refunded' }, { action: 'closed' }],
      { action: 'reassess', facts: { invoiceCopy: true } },
    ],
    ['reassess a declined case', { ...PLC_DEFECTIVE, defectCause: 'misuse' }, [], { action: 'reassess', facts: { defectCause: 'manufacturing' } }],
  ])('%s: InvalidTransitionError, nothing changes, nothing is sent', async (_name, request, before, step) => {
    // Prepare
    const { app, mailer } = staffApp();
    const { rma } = await newCase(app, request);
    const seen = await act(app, rma, ...before);
    const sent = mailer.sent.length;
    // Act
    const error = await app.applyAction(rma, { ...step, expectedVersion: seen.version } as StaffAction).catch((e: unknown) => e);
    // Assess
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(await app.getCaseForStaff(rma)).toEqual(seen);
    expect(mailer.sent).toHaveLength(sent);
  });

  it('a stale version: ConcurrentUpdateError, the newer change stands; a retry at the new version finds it made — one email in all', async () => {
    // Prepare: a colleague marked the parcel received after this staff member loaded the case
    const { app, mailer } = staffApp();
    const { c, rma } = await newCase(app, PLC_DEFECTIVE);
    const colleague = await app.applyAction(rma, { action: 'received', expectedVersion: c.version });
    const sent = mailer.sent.length;
    // Act
    const stale = await app.applyAction(rma, { action: 'cancelled', expectedVersion: c.version }).catch((e: unknown) => e);
    const retried = await app.applyAction(rma, { action: 'received', expectedVersion: c.version }).catch((e: unknown) => e);
    const repeated = await app.applyAction(rma, { action: 'received', expectedVersion: colleague.version }).catch((e: unknown) => e);
    // Assess
    expect(stale).toBeInstanceOf(ConcurrentUpdateError);
    expect(retried).toBeInstanceOf(ConcurrentUpdateError);
    expect(repeated).toBeInstanceOf(InvalidTransitionError);
    expect(await app.getCaseForStaff(rma)).toEqual(colleague);
    expect(mailer.sent).toHaveLength(sent);
  });

  it('two staff at once on the same version: one wins, the others get ConcurrentUpdateError', async () => {
    // Prepare
    const { app, store, mailer } = staffApp();
    const { c, rma } = await newCase(app, PLC_DEFECTIVE);
    const sent = mailer.sent.length;
    const writes = store.writes.length;
    // Act
    const results = await Promise.allSettled([
      ...Array.from({ length: 5 }, () => app.applyAction(rma, { action: 'received', expectedVersion: c.version })),
      ...Array.from({ length: 5 }, () => app.applyAction(rma, { action: 'cancelled', expectedVersion: c.version })),
    ]);
    // Assess
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual(
      Array(9).fill(expect.any(ConcurrentUpdateError)),
    );
    expect(store.writes.slice(writes).filter((w) => w.from === c.version)).toHaveLength(1);
    expect(mailer.sent.length - sent).toBe(1);
  });

  it.each(['RMA-000000000', 'not an rma'])('%s: CaseNotFoundError', async (rma) => {
    const { app } = staffApp();
    await expect(app.applyAction(rma, { action: 'received', expectedVersion: 1 })).rejects.toThrow(CaseNotFoundError);
    await expect(app.getCaseForStaff(rma)).rejects.toThrow(CaseNotFoundError);
  });
});

describe('applyAction: a review case', () => {
  it('approved by staff, it ends where a direct approval ends: waiting for the parcel, told how to pack it', async () => {
    // Prepare: the late unwanted return went to review; and the same request approved directly, for comparison
    const { app, mailer } = staffApp();
    const { c, rma } = await newCase(app, PLC_LATE_UNWANTED);
    const direct = await newCase(app, PLC_UNWANTED);
    mailer.sent.length = 0;
    // Act
    const after = await app.applyAction(rma, { action: 'approve', note: 'loyal customer', expectedVersion: c.version });
    // Assess
    expect(c.status).toBe('in_review');
    expect(after.status).toBe(direct.c.status);
    expect(after.history.slice(-2).map((h) => [h.from, h.to, h.by])).toEqual([
      ['in_review', 'approved', 'staff'],
      ['approved', 'awaiting_parcel', 'system'],
    ]);
    expect(after.history.at(-2)).toMatchObject({ action: 'approve', note: 'loyal customer', policyVersion: c.policyVersion });
    expect(after.decision).toMatchObject({
      outcome: 'approved',
      track: 'late_return',
      packing: direct.c.decision.packing,
      documents: direct.c.decision.documents,
    });
    expect(after.previousDecisions).toEqual([c.decision]);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.subject).toContain('approved');
    for (const line of direct.c.decision.packing) expect(mailer.sent[0]?.text).toContain(line);
    expect(mailer.sent[0]?.text).toContain(UPDATE_TEXT.reviewed('PLC Technologies', rma));
  });

  it('declined by staff: declined, answered in writing, nothing to pay or pack', async () => {
    // Prepare
    const { app, mailer } = staffApp();
    const { c, rma } = await newCase(app, PLC_LATE_UNWANTED);
    mailer.sent.length = 0;
    // Act
    const after = await app.applyAction(rma, { action: 'decline', expectedVersion: c.version });
    // Assess
    expect(after.status).toBe('declined');
    expect(after.decision).toMatchObject({ outcome: 'declined', customerPays: [], remedies: [], packing: [] });
    expect(after.decision).not.toHaveProperty('restockingFeeMaxPercent');
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.subject).toContain('our answer');
    expect(mailer.sent[0]?.text).toContain('Nothing in this policy limits your statutory rights.');
  });

  it.each([
    [
      'late delivery damage, approved',
      { ...PLC_DEFECTIVE, reason: 'damaged_on_delivery', deliveryDate: '2026-03-01', defectCause: undefined },
      'approve',
      { outcome: 'approved', remedies: ['repair', 'replace', 'credit', 'refund'] },
      'PLC Technologies has accepted your report of damage or missing parts',
    ],
    ['a late unwanted return, declined', PLC_LATE_UNWANTED, 'decline', { outcome: 'declined', remedies: [] }, 'PLC Technologies has not accepted this return'],
    [
      'an out-of-warranty Plextor service, approved',
      { ...PLEXTOR_DEFECTIVE, purchaseDate: '2023-01-10' },
      'approve',
      { outcome: 'approved', remedies: ['repair'], customerPays: ['repair_costs', 'transport_costs'] },
      'Plextor has accepted the out-of-warranty service',
    ],
  ] as const)('%s: the decision says what staff decided and what follows, not that a review is coming', async (_name, request, action, terms, first) => {
    // Prepare
    const { app, mailer } = staffApp();
    const { c, rma } = await newCase(app, request);
    mailer.sent.length = 0;
    // Act
    const after = await app.applyAction(rma, { action, expectedVersion: c.version });
    // Assess
    expect(c.decision.outcome).toBe('review');
    expect(after.decision).toMatchObject(terms);
    expect(after.decision.notes[0]).toContain(first);
    expect(JSON.stringify(after.decision.notes)).not.toMatch(/will review|decides whether/);
    expect(mailer.sent[0]?.text).toContain(first);
  });

  it('under a policy whose deciding clause has since changed: staff’s outcome on the decision as it was', async () => {
    // Prepare: the review clause was renamed in a newer policy file
    const { app, withPolicies } = staffApp();
    const { c, rma } = await newCase(app, PLC_LATE_UNWANTED);
    const plc = POLICIES.get('plc-technologies') as Policy;
    const renamed: Policy = {
      ...plc,
      version: 'renamed',
      clauses: plc.clauses.map((cl) => (cl.id === 'plc.unwanted.late-return' ? { ...cl, id: 'plc.unwanted.late-return-v2' } : cl)),
    };
    // Act
    const after = await withPolicies(new Map([[plc.id, renamed]])).applyAction(rma, { action: 'approve', expectedVersion: c.version });
    // Assess
    expect(after.decision).toEqual({ ...c.decision, outcome: 'approved' });
  });
});

describe('applyAction: reassess', () => {
  it('inspection finds a Plextor drive out of warranty: the rules re-run, the costs are the customer’s, who is told once', async () => {
    // Prepare
    const { app, mailer } = staffApp();
    const { rma } = await newCase(app, PLEXTOR_DEFECTIVE);
    const seen = await act(app, rma, { action: 'received' }, { action: 'inspecting' });
    const sent = mailer.sent.length;
    // Act
    const after = await app.applyAction(rma, {
      action: 'reassess',
      facts: { product: { warrantyMonths: 12 } },
      note: 'warranty card says 12 months',
      expectedVersion: seen.version,
    });
    // Assess: status kept, the new decision with its version, the old one kept, the facts merged
    expect(seen.decision.outcome).toBe('approved');
    expect(after.status).toBe('inspecting');
    expect(after.decision).toMatchObject({ outcome: 'review', track: 'out_of_warranty', customerPays: ['repair_costs', 'transport_costs'] });
    expect(after.facts).toEqual({ ...seen.facts, product: { warrantyMonths: 12 } });
    expect(after.previousDecisions).toEqual([seen.decision]);
    expect(after.history.at(-1)).toMatchObject({
      from: 'inspecting',
      to: 'inspecting',
      by: 'staff',
      action: 'reassess',
      note: 'warranty card says 12 months',
      policyVersion: POLICIES.get('plextor-eu')?.version,
    });
    expect(mailer.sent.length - sent).toBe(1);
    expect(mailer.sent.at(-1)?.subject).toContain(UPDATE_TEXT.subjects.reassessed);
    expect(mailer.sent.at(-1)?.text).toContain(CUSTOMER_PAYS_LABELS.repair_costs);
    expect(mailer.sent.at(-1)?.text).not.toContain('HOW TO PACK IT');
  });

  it('refused on reassessment before the parcel was sent: the case is declined, and the customer told not to send it', async () => {
    // Prepare: an unwanted return approved and waiting; the customer then says it has been used
    const { app, mailer } = staffApp();
    const { c, rma, token } = await newCase(app, PLC_UNWANTED);
    const sent = mailer.sent.length;
    // Act
    const after = await app.applyAction(rma, { action: 'reassess', facts: { item: { used: true } }, note: 'customer phoned', expectedVersion: c.version });
    // Assess
    expect(c.status).toBe('awaiting_parcel');
    expect([after.status, after.decision.outcome]).toEqual(['declined', 'declined']);
    expect(after.history.at(-1)).toMatchObject({ from: 'awaiting_parcel', to: 'declined', action: 'reassess' });
    expect(mailer.sent.length - sent).toBe(1);
    expect(mailer.sent.at(-1)?.subject).toContain(UPDATE_TEXT.subjects.reassessed);
    expect(mailer.sent.at(-1)?.text).not.toContain('HOW TO PACK IT');
    const view = await app.getCase(rma, token);
    expect([view.status, view.decision.outcome, view.decision.packing]).toEqual(['declined', 'declined', []]);
  });

  it('facts that change nothing for the customer: a new decision in the history, no email', async () => {
    const { app, mailer } = staffApp();
    const { rma } = await newCase(app, PLEXTOR_DEFECTIVE);
    const seen = await act(app, rma, { action: 'received' });
    const sent = mailer.sent.length;
    const after = await app.applyAction(rma, { action: 'reassess', facts: { invoiceCopy: false }, expectedVersion: seen.version });
    expect([seen.facts.invoiceCopy, after.facts.invoiceCopy]).toEqual([true, false]);
    expect(after.version).toBe(seen.version + 1);
    expect(mailer.sent).toHaveLength(sent);
  });

  it('a review case reassessed: decided by the rules again, but the customer hears only staff’s approval or refusal', async () => {
    const { app, mailer } = staffApp();
    const { c, rma, token } = await newCase(app, PLC_LATE_UNWANTED);
    const sent = mailer.sent.length;
    const after = await app.applyAction(rma, { action: 'reassess', facts: { reason: 'wrong_item' }, expectedVersion: c.version });
    expect(after.decision.outcome).toBe('approved');
    expect(after.status).toBe('in_review');
    expect(mailer.sent).toHaveLength(sent);
    // The customer's page still shows the review they were told of, until staff answer.
    expect((await app.getCase(rma, token)).decision.outcome).toBe('review');
    const approved = await app.applyAction(rma, { action: 'approve', expectedVersion: after.version });
    expect((await app.getCase(rma, token)).decision.outcome).toBe(approved.decision.outcome);
  });

  it('a review staff approved stays approved while the rules send it to the same review', async () => {
    // Prepare
    const { app, mailer } = staffApp();
    const { rma } = await newCase(app, PLC_LATE_UNWANTED);
    const seen = await act(app, rma, { action: 'approve' }, { action: 'received' });
    const sent = mailer.sent.length;
    // Act
    const after = await app.applyAction(rma, { action: 'reassess', facts: { invoiceCopy: true }, expectedVersion: seen.version });
    // Assess
    expect(after.decision).toEqual(seen.decision);
    expect(mailer.sent).toHaveLength(sent);
  });

  it.each<[string, Record<string, unknown>, new (...args: never[]) => Error]>([
    ['a fact that does not exist', { colour: 'red' }, InvalidFactsError],
    ['a date after the notice', { purchaseDate: '2026-03-21' }, InvalidFactsError],
    // Delivered more than 6 months before the notice: the supplier warranty's length is then needed.
    ['facts that leave the rules undecided', { deliveryDate: '2025-06-01' }, IncompleteFactsError],
  ])('%s: refused, nothing changes', async (_name, facts, errorType) => {
    const { app } = staffApp();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    const seen = await act(app, rma, { action: 'received' });
    await expect(app.applyAction(rma, { action: 'reassess', facts, expectedVersion: seen.version })).rejects.toThrow(errorType);
    expect(await app.getCaseForStaff(rma)).toEqual(seen);
  });
});

describe('applyAction: release held mail', () => {
  it('offered only while mail is held; sends one email with a new link, once; refused when nothing is held', async () => {
    // Prepare: a case whose mail checks failed, and one without
    const { app, mailer } = staffApp();
    const held = await newCase(app, PLC_UNWANTED, { flags: ['no_auto_reply'] });
    const plain = await newCase(app, { ...PLC_UNWANTED, contact: { email: 'b@example.com', name: 'B' } });
    mailer.sent.length = 0;
    // Act
    const released = await app.applyAction(held.rma, { action: 'release', expectedVersion: held.c.version });
    const again = app.applyAction(held.rma, { action: 'release', expectedVersion: released.version });
    const none = app.applyAction(plain.rma, { action: 'release', expectedVersion: plain.c.version });
    // Assess
    expect([
      availableActions(held.c).includes('release'),
      availableActions(plain.c).includes('release'),
      availableActions(released).includes('release'),
    ]).toEqual([true, false, false]);
    await expect(again).rejects.toThrow(InvalidTransitionError);
    await expect(none).rejects.toThrow(InvalidTransitionError);
    expect(mailer.sent).toHaveLength(1);
    const token = /token=([^\s>)]+)/.exec(mailer.sent[0]?.text ?? '')?.[1] as string;
    expect((await app.getCase(held.rma, decodeURIComponent(token))).rma).toBe(held.rma);
    await expect(app.getCase(held.rma, held.token)).rejects.toThrow(CaseNotFoundError);
    expect(released.history.at(-1)).toMatchObject({ action: 'release', from: 'awaiting_parcel', to: 'awaiting_parcel' });
  });
});

describe('policy versions', () => {
  it('a policy change leaves old decisions as they were; reassess decides under the new version and says so', async () => {
    // Prepare: a case decided under version A; then the policy file changes to version B
    const { app, withPolicies } = staffApp();
    const { rma, token } = await newCase(app, PLEXTOR_DEFECTIVE);
    const a = POLICIES.get('plextor-eu') as Policy;
    const b: Policy = { ...a, version: `${a.version}-B` };
    const desk = withPolicies(new Map([...POLICIES, [b.id, b]]));
    const seen = await act(desk, rma, { action: 'received' });

    // Act
    const view = await desk.getCase(rma, token);
    const after = await desk.applyAction(rma, { action: 'reassess', facts: { invoiceCopy: true }, expectedVersion: seen.version });

    // Assess
    expect(view.decision.policyVersion).toBe(a.version);
    expect(seen.policyVersion).toBe(a.version);
    expect(after.decision.policyVersion).toBe(b.version);
    expect(after.policyVersion).toBe(b.version);
    expect(after.history.at(-1)?.policyVersion).toBe(b.version);
    expect(after.previousDecisions?.map((d) => d.policyVersion)).toEqual([a.version]);
  });
});

describe('listCases', () => {
  it('the review queue first, then the longest waiting; staff see contact details and flags', async () => {
    // Prepare: cases made a day apart (each request's dates are before the first day)
    const { app, clock } = staffApp();
    const made: Record<string, string> = {};
    for (const [day, name, request] of [
      ['2026-03-16', 'oldApproved', PLC_DEFECTIVE],
      ['2026-03-17', 'review', PLC_LATE_UNWANTED],
      ['2026-03-18', 'doa', PLEXTOR_DOA],
      ['2026-03-19', 'newerReview', { ...PLC_LATE_UNWANTED, contact: { email: 'cy@example.com', name: 'Cy' } }],
    ] as const) {
      clock.instant = `${day}T09:30:00.000Z`;
      made[name] = (await newCase(app, request)).rma;
    }
    // Act
    const queue = await app.listCases();
    // Assess
    expect(queue.cases.map((c) => c.rma)).toEqual([made.review, made.newerReview, made.oldApproved, made.doa]);
    expect(queue.more).toBe(false);
    expect(queue.cases[0]).toMatchObject({
      status: 'in_review',
      outcome: 'review',
      reason: 'unwanted',
      policy: 'plc-technologies',
      contact: PLC_LATE_UNWANTED.contact,
      flags: [],
    });
    expect(queue.cases[0]).not.toHaveProperty('tokenHash');
  });

  it('by status, with a limit that says when there is more', async () => {
    const { app } = staffApp();
    const rmas = [];
    for (let i = 0; i < 3; i++) rmas.push((await newCase(app, PLC_DEFECTIVE)).rma);
    await act(app, rmas[1] as string, { action: 'received' });
    expect((await app.listCases({ statuses: ['received'] })).cases.map((c) => c.rma)).toEqual([rmas[1]]);
    const page = await app.listCases({ statuses: ['awaiting_parcel', 'received'], limit: 2 });
    expect(page.cases).toHaveLength(2);
    expect(page.more).toBe(true);
    expect((await app.listCases({ statuses: ['closed'] })).cases).toEqual([]);
  });

  it('a repair under the 21-day promise shows its last day', async () => {
    const { app } = staffApp();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    await act(app, rma, { action: 'received' }, { action: 'inspecting' }, { action: 'repairing' });
    const [line] = (await app.listCases({ statuses: ['repairing'] })).cases;
    expect(line?.slaLastDay).toBe('2026-04-10');
  });
});

describe('getCaseForStaff', () => {
  it('the whole case: decision with its trace, history with notes, flags, version — not the token hash', async () => {
    const { app } = staffApp();
    const { rma } = await newCase(app, PLC_DEFECTIVE);
    await act(app, rma, { action: 'received', note: 'box dented' });
    const c = await app.getCaseForStaff(rma.toLowerCase());
    expect(c.decision.trace.length).toBeGreaterThan(0);
    expect(c.history.at(-1)?.note).toBe('box dented');
    expect(c).toMatchObject({ rma, flags: [], contact: PLC_DEFECTIVE.contact });
    expect(c.version).toBeGreaterThan(1);
    expect(c).not.toHaveProperty('tokenHash');
  });
});
