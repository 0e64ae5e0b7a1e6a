// The decision the rules module returns (docs/rules-contract.md, "Decision").
import type { FactPath, FactValue } from './facts.schema';
import type { CustomerPays, DocumentKind, Outcome, PhotoKind, Remedy, Transport } from './policy.schema';

/** Three-valued: a condition can hold, fail, or be undecided because a fact is unknown. */
export type Held = 'yes' | 'no' | 'unknown';

export interface Check {
  /** What was tested, in words ("reason is dead_on_arrival", "within 15 days after the purchase date"). */
  test: string;
  held: Held;
  /** What the check saw: a fact's value, or a window's dates. Absent when the fact was unknown. */
  saw?: FactValue | { from: string; start: string; end: string; asOf: string };
  /** Set when the value was not given but presumed (the policy's `whenUnknown`). */
  assumed?: true;
}

export interface ClauseTrace {
  clause: string;
  role: 'decides' | 'adds';
  held: Held;
  checks: Check[];
}

export interface Decision {
  policy: string;
  policyVersion: string;
  outcome: Outcome;
  track?: string;
  missing: FactPath[];
  remedies: Remedy[];
  customerPays: CustomerPays[];
  restockingFeeMaxPercent?: number;
  documents: DocumentKind[];
  /** Photos the customer should send (on the status page); empty when none are needed. */
  photos: PhotoKind[];
  packing: string[];
  clauses: string[];
  deadlines: Record<string, string>;
  slaDays?: number;
  /** Days from the return within which a chosen credit or refund is paid (PLC's wrong item). */
  creditDays?: number;
  /** Approved or in review: the merchant collects the product, or the customer sends it. */
  transport?: Transport;
  notes: string[];
  /**
   * Facts the customer has not said that this decision presumed (the policy's `whenUnknown`): each is
   * stated in `notes` as a condition checked on arrival or against the order. Empty when none, and on
   * `need_info`. Inspection findings replace them through reassessment.
   */
  presumed: FactPath[];
  /** Every clause looked at, in order, with what each check saw and whether it held. */
  trace: ClauseTrace[];
}
