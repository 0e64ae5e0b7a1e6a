// What staff can do to a case, one entry per action: the staff page's label, the status it leads to,
// when it is offered, and what the request carries. The staff page (its buttons), the staff API (its
// request schema) and the case core (what is offered, where it leads) all read this table; the
// lifecycle model test is keyed by its names. An action that changes more than the status (a
// decision, a resolution, facts, held mail) has its own step in `plan` (staff.ts). Which changes of
// status the customer is emailed about is the lifecycle's (updates.ts, CUSTOMER_VISIBLE).
import type { Case } from './case';
import type { Policy } from '../rules';
import { choiceAskable } from './choice';
import { awaitsPickUp, bookable } from './collection';
import type { CaseStatus } from './status';

/** A decision still governs what happens from review until the remedy: it may be reassessed until then. */
export const REASSESSABLE: readonly CaseStatus[] = ['in_review', 'awaiting_parcel', 'received', 'inspecting', 'repairing', 'replacing'];

/** Whether the case has mail the inbound checks held back, which staff may release. */
export function heldMail(c: Pick<Case, 'emails'>): boolean {
  return Object.values(c.emails).some((e) => e.state === 'held');
}

export interface StaffActionSpec {
  /** The button on the staff page. */
  label: string;
  /** The status it leads to (the lifecycle must allow it from the case's); none: the status stays. */
  to?: CaseStatus;
  /** When it is offered, besides the lifecycle allowing `to` (`merchant`: the case's policy's). */
  offered?: (c: OfferedOn, merchant?: OfferedMerchant) => boolean;
  /** What the request carries besides the version seen and a note. */
  carries: 'nothing' | 'resolution' | 'facts' | 'booking' | 'message';
}

/** What decides whether an action is offered. */
export type OfferedOn = Pick<Case, 'status' | 'emails' | 'decision' | 'collection' | 'choice'>;
export type OfferedMerchant = Pick<Policy['merchant'], 'remedyChosenBy' | 'kind'>;

// Only a review is staff's to approve or decline: the rules decided every other case.
const inReview = (c: Pick<Case, 'status'>) => c.status === 'in_review';

export const STAFF_ACTION_TABLE = {
  approve: { label: 'Approve', to: 'approved', offered: inReview, carries: 'nothing' },
  decline: { label: 'Decline', to: 'declined', offered: inReview, carries: 'nothing' },
  received: { label: 'Parcel received', to: 'received', carries: 'nothing' },
  inspecting: { label: 'Inspecting', to: 'inspecting', carries: 'nothing' },
  repairing: { label: 'Repairing', to: 'repairing', carries: 'nothing' },
  replacing: { label: 'Replacing', to: 'replacing', carries: 'nothing' },
  resolved: { label: 'Resolved', to: 'resolved', carries: 'resolution' },
  closed: { label: 'Close', to: 'closed', carries: 'nothing' },
  cancelled: { label: 'Cancel the case', to: 'cancelled', carries: 'nothing' },
  // A collected return (issue 16): staff book the courier by hand (or a carrier's API, later) and mark the pick-up.
  book_collection: { label: 'Book the collection', offered: bookable, carries: 'booking' },
  collected: { label: 'Collected by the courier', offered: awaitsPickUp, carries: 'nothing' },
  // The merchant validated the return and the policy leaves the remedy to the customer: they choose on the status page.
  ask_choice: { label: 'Return validated: ask the customer to choose', offered: choiceAskable, carries: 'nothing' },
  // Staff's own words to the customer, in the case's thread and on the status page (issue 16).
  message: { label: 'Send the message to the customer', offered: (c) => c.status !== 'draft', carries: 'message' },
  reassess: { label: 'Reassess with new facts', offered: (c) => REASSESSABLE.includes(c.status), carries: 'facts' },
  release: { label: 'Send the held emails (the sender is genuine)', offered: heldMail, carries: 'nothing' },
} as const satisfies Record<string, StaffActionSpec>;

export type StaffActionName = keyof typeof STAFF_ACTION_TABLE;

/** Every staff action, in the order the staff page shows them. */
export const STAFF_ACTIONS = Object.keys(STAFF_ACTION_TABLE) as StaffActionName[];

export const staffActionSpec = (name: StaffActionName): StaffActionSpec => STAFF_ACTION_TABLE[name];

type Table = typeof STAFF_ACTION_TABLE;
/** The names of the actions whose request carries `W`. */
export type ActionsCarrying<W extends StaffActionSpec['carries']> = { [K in StaffActionName]: Table[K]['carries'] extends W ? K : never }[StaffActionName];

/** The actions whose request carries `what` (never empty for a kind in use). */
export function actionsCarrying<W extends StaffActionSpec['carries']>(what: W): [ActionsCarrying<W>, ...ActionsCarrying<W>[]] {
  return STAFF_ACTIONS.filter((a): a is ActionsCarrying<W> => staffActionSpec(a).carries === what) as [ActionsCarrying<W>, ...ActionsCarrying<W>[]];
}
