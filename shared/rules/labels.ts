// Plain words for the decision's codes, shared by every place that shows a decision to a person.
import type { Outcome, Remedy, CustomerPays, DocumentKind, PhotoKind } from './policy.schema';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  approved: 'Approved',
  review: 'Needs the merchant’s review',
  declined: 'Declined',
  referred: 'Referred elsewhere',
  need_info: 'More information needed',
};

export const TRACK_LABELS: Record<string, string> = {
  doa: 'dead-on-arrival (DOA) replacement',
  in_warranty: 'in-warranty service',
  out_of_warranty: 'out-of-warranty service',
  out_of_scope: 'outside Plextor Europe’s service area',
  not_applicable: 'a return for the seller, not the manufacturer',
  unwanted_return: 'return of an unwanted product',
  late_return: 'late return of an unwanted product',
  wrong_item: 'wrong product delivered',
  delivery_damage: 'damaged or incomplete on delivery',
  standard_warranty: '6-month Standard Warranty',
  supplier_warranty: 'extended supplier warranty',
  paid_repair: 'paid repair service',
  not_returnable: 'not returnable',
  not_a_defect: 'not a defect under the policy',
  outside_warranty: 'outside the warranty',
  direct_warranty: 'manufacturer’s direct warranty',
};

export const REMEDY_LABELS: Record<Remedy, string> = {
  replace_new: 'a new replacement (if possible)',
  repair: 'a repair',
  replace: 'a replacement',
  correct_product: 'the correct product',
  credit: 'a credit of the purchase price',
  refund: 'a refund',
  supplier_remedy: 'the remedy the supplier or manufacturer offers',
};

export const CUSTOMER_PAYS_LABELS: Record<CustomerPays, string> = {
  original_shipping: 'the original shipping charge (kept from the refund)',
  return_shipping: 'shipping',
  repair_costs: 'the repair costs',
  transport_costs: 'the transport costs',
  duties_taxes: 'any duties, taxes or brokerage fees',
  restocking_fee: 'a restocking fee',
};

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  rma_number_on_parcel: 'the RMA number, written clearly on the outside of the parcel',
  invoice_copy: 'a copy of the purchase invoice',
  signed_proforma_invoice: 'a signed pro-forma invoice',
};

export const PHOTO_LABELS: Record<PhotoKind, string> = {
  damage: 'the damage, close up and with the whole product in view',
  contents: 'everything that came in the box, laid out as you received it',
  packaging: 'the outer box, with its shipping label',
  serial_label: 'the label with the serial number',
  fault: 'the fault, if it can be seen (for example an error message, or a tray that will not open)',
};

export const DEADLINE_LABELS: Record<string, string> = {
  notifyBy: 'Last day to tell us',
  warrantyEnds: 'Warranty ends on',
};

export function trackLabel(track: string): string {
  return TRACK_LABELS[track] ?? track.replace(/_/g, ' ');
}
