// Plain words for the decision's codes, shared by every place that shows a decision to a person.
import type { FactPath } from './facts.schema';
import type { Outcome, Remedy, CustomerPays, DocumentKind, PhotoKind } from './policy.schema';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  approved: 'Approved',
  review: 'Waiting for the merchant’s decision',
  declined: 'Declined',
  referred: 'Handled by someone else',
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
  original_shipping: 'nothing for the return itself; only the delivery charge you paid with your order is not refunded',
  return_shipping: 'shipping',
  repair_costs: 'the repair costs',
  transport_costs: 'the transport costs',
  duties_taxes: 'any duties, taxes or brokerage fees',
  restocking_fee: 'a restocking fee',
};

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  rma_number_on_parcel: 'the RMA number, written clearly on the outside',
  invoice_copy: 'a copy of the purchase invoice',
  signed_proforma_invoice: 'a signed pro-forma invoice (an invoice you write and sign yourself, listing the drive and its value, for customs)',
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

/**
 * What the customer said that makes a refusal, in plain words ("You told us that it has been used."),
 * by fact and stated value. A declined decision names the condition that failed with these.
 */
export const REFUSING_FACT_LABELS: Partial<Record<FactPath, Partial<Record<string, string>>>> = {
  'item.modified': { true: 'it has been modified' },
  'product.customOrder': { true: 'it was made or configured to order for you' },
  'item.softwareOpened': { true: 'the software package has been opened' },
  'product.condition': { unboxed_deal: 'it was bought as an Unboxed Deal (discounted open-box stock)', used: 'it was bought used' },
  'item.used': { true: 'it has been used' },
  'item.damaged': { true: 'it is damaged' },
  'item.labelsAttached': { false: 'its labels or stickers are no longer on it' },
  'item.originalPackaging': { false: 'it is no longer in its original packaging' },
  'item.packagingUndamaged': { false: 'its packaging is damaged' },
  'item.sealsIntact': { false: 'it has been opened (its seals are no longer intact)' },
  'item.accessoriesComplete': { false: 'an accessory or part is missing' },
  defectCause: {
    wear_and_tear: 'the fault comes from wear and tear',
    misuse: 'the damage comes from an accident or misuse',
    electrical_surge: 'the fault comes from a power surge',
    sea_air_corrosion: 'the fault comes from sea air corrosion',
    poor_care: 'the fault comes from a lack of care',
    unauthorized_alteration: 'it was altered',
    not_suitable: 'it works but does not suit your needs',
    handling_signs: 'it shows only signs of handling',
  },
  invoiceCopy: { false: 'there is no copy of the purchase invoice' },
};

/** A decline's line naming what decided it; `{list}` is what the customer said ("it has been used"). */
export const REFUSAL_NOTE_TEMPLATE = 'You told us that {list}.';
/** How a decline's line naming what decided it begins. */
export const REFUSAL_NOTE_START = REFUSAL_NOTE_TEMPLATE.slice(0, REFUSAL_NOTE_TEMPLATE.indexOf('{'));

export const REFUSAL_NOTE = (said: readonly string[]): string =>
  fillIn(REFUSAL_NOTE_TEMPLATE, { list: said.length === 1 ? (said[0] as string) : `${said.slice(0, -1).join(', ')} and ${said[said.length - 1] as string}` });

/** The one condition on a code's or download's return, in place of the parcel's arrival checks. */
export const DIGITAL_UNUSED = 'This is provided the code or download has not been used (activated); that is checked before anything is refunded.';

/** Said where a time limit failed counted from another date than the policy's first choice. */
export const TIME_LIMIT_NOTE =
  'The time limit was counted from {start} ({date}) because we do not know {preferred}; if that was later, tell us and we will check again.';

/** A template's `{name}` places filled in. */
export function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => values[name] ?? place);
}

/** The values a sentence made from `template` put in its places; undefined when it was not made from it. */
export function readTemplate(template: string, text: string): Record<string, string> | undefined {
  const names: string[] = [];
  const pattern = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const place = /^\{(\w+)\}$/.exec(part);
      if (!place) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(place[1] as string);
      return '(.+?)';
    })
    .join('');
  const m = new RegExp(`^${pattern}$`, 's').exec(text);
  return m ? Object.fromEntries(names.map((name, i) => [name, m[i + 1] as string])) : undefined;
}
