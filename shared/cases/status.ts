// The life of a case (docs/architecture.md, "The case"): which status may follow which. Every write checks it.

export const CASE_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'in_review',
  'declined',
  'referred',
  'awaiting_parcel',
  'received',
  'inspecting',
  'repairing',
  'replacing',
  'resolved',
  'closed',
  'cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Cancelling is possible from any state before the parcel is received. */
const CANCELLABLE: readonly CaseStatus[] = ['draft', 'submitted', 'approved', 'in_review', 'awaiting_parcel'];

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  draft: ['submitted'],
  submitted: ['approved', 'in_review', 'declined', 'referred'],
  approved: ['awaiting_parcel'],
  in_review: ['approved', 'declined'],
  declined: ['closed'],
  referred: ['closed'],
  // Or, reassessed before the parcel was sent, refused or referred elsewhere (staff.ts).
  awaiting_parcel: ['received', 'declined', 'referred'],
  received: ['inspecting'],
  inspecting: ['repairing', 'replacing', 'resolved'],
  repairing: ['resolved'],
  replacing: ['resolved'],
  resolved: ['closed'],
  closed: [],
  cancelled: [],
};

export function allowedNext(from: CaseStatus): CaseStatus[] {
  return CANCELLABLE.includes(from) ? [...NEXT[from], 'cancelled'] : [...NEXT[from]];
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return allowedNext(from).includes(to);
}
