// One row per side of every boundary of every deciding clause: the facts, and the clause that must
// decide with its outcome and track.
import type { FactsInput } from '../../../../shared/rules';
import { NEW_HARDWARE, PRISTINE_ITEM } from '../../../support/returns';

export interface ClauseCase {
  name: string;
  facts: FactsInput;
  clause: string;
  outcome: string;
  track: string;
}

function plc(facts: Omit<FactsInput, 'policy'>): FactsInput {
  return { policy: 'plc-technologies', country: 'ZA', customerType: 'consumer', ...facts };
}
function plextor(facts: Omit<FactsInput, 'policy'>): FactsInput {
  return { policy: 'plextor-eu', customerType: 'consumer', country: 'DE', ...facts };
}
const unwanted = (deliveryDate: string, asOf: string, item: object = PRISTINE_ITEM, product: object = NEW_HARDWARE) =>
  plc({ reason: 'unwanted', purchaseDate: deliveryDate, deliveryDate, asOf, product, item });
const defective = (deliveryDate: string, asOf: string, extra: Partial<FactsInput> = {}) =>
  plc({ reason: 'defective', deliveryDate, asOf, defectCause: 'manufacturing', product: { ...NEW_HARDWARE }, ...extra });
const doa = (purchaseDate: string, asOf: string, extra: Partial<FactsInput> = {}) =>
  plextor({ reason: 'dead_on_arrival', purchaseDate, asOf, invoiceCopy: true, item: { damaged: false }, ...extra });
const service = (purchaseDate: string, asOf: string, country = 'DE', warrantyMonths?: number) =>
  plextor({ reason: 'defective', purchaseDate, asOf, country, ...(warrantyMonths === undefined ? {} : { product: { warrantyMonths } }) });

export const CLAUSE_CASES: ClauseCase[] = [
  // plc.general.modified
  {
    name: 'modified, whatever the reason',
    facts: plc({ reason: 'wrong_item', item: { modified: true } }),
    clause: 'plc.general.modified',
    outcome: 'declined',
    track: 'not_returnable',
  },
  {
    name: 'not modified: goes on',
    facts: plc({ reason: 'wrong_item', item: { modified: false } }),
    clause: 'plc.wrong-item.collect',
    outcome: 'approved',
    track: 'wrong_item',
  },
  // plc.unwanted.custom-order / software-opened / unboxed-or-used
  {
    name: 'custom order, unwanted',
    facts: plc({ reason: 'unwanted', product: { customOrder: true } }),
    clause: 'plc.unwanted.custom-order',
    outcome: 'declined',
    track: 'not_returnable',
  },
  {
    name: 'opened software, unwanted',
    facts: unwanted('2026-03-04', '2026-03-10', { ...PRISTINE_ITEM, softwareOpened: true }, { ...NEW_HARDWARE, category: 'software' }),
    clause: 'plc.unwanted.software-opened',
    outcome: 'declined',
    track: 'not_returnable',
  },
  {
    name: 'sealed software, unwanted',
    facts: unwanted('2026-03-04', '2026-03-10', { ...PRISTINE_ITEM, softwareOpened: false }, { ...NEW_HARDWARE, category: 'software' }),
    clause: 'plc.unwanted.window-30-days',
    outcome: 'approved',
    track: 'unwanted_return',
  },
  {
    name: 'used product, unwanted',
    facts: unwanted('2026-03-04', '2026-03-10', PRISTINE_ITEM, { ...NEW_HARDWARE, condition: 'used' }),
    clause: 'plc.unwanted.unboxed-or-used',
    outcome: 'declined',
    track: 'not_returnable',
  },
  // plc.unwanted.window-30-days: day 30 in, day 31 out
  {
    name: 'unwanted, day 30',
    facts: unwanted('2026-03-04', '2026-04-03'),
    clause: 'plc.unwanted.window-30-days',
    outcome: 'approved',
    track: 'unwanted_return',
  },
  { name: 'unwanted, day 31', facts: unwanted('2026-03-04', '2026-04-04'), clause: 'plc.unwanted.late-return', outcome: 'review', track: 'late_return' },
  {
    name: 'unwanted, day 30 across February of a leap year',
    facts: unwanted('2028-02-01', '2028-03-02'),
    clause: 'plc.unwanted.window-30-days',
    outcome: 'approved',
    track: 'unwanted_return',
  },
  {
    name: 'unwanted, day 31 across February of a leap year',
    facts: unwanted('2028-02-01', '2028-03-03'),
    clause: 'plc.unwanted.late-return',
    outcome: 'review',
    track: 'late_return',
  },
  {
    name: 'unwanted, delivered on the day',
    facts: unwanted('2026-03-04', '2026-03-04'),
    clause: 'plc.unwanted.window-30-days',
    outcome: 'approved',
    track: 'unwanted_return',
  },
  {
    name: 'unwanted, day 30 from purchase when no delivery date',
    facts: plc({ reason: 'unwanted', purchaseDate: '2026-03-04', asOf: '2026-04-03', product: NEW_HARDWARE, item: PRISTINE_ITEM }),
    clause: 'plc.unwanted.window-30-days',
    outcome: 'approved',
    track: 'unwanted_return',
  },
  {
    name: 'unwanted, day 31 from purchase when no delivery date',
    facts: plc({ reason: 'unwanted', purchaseDate: '2026-03-04', asOf: '2026-04-04', product: NEW_HARDWARE, item: PRISTINE_ITEM }),
    clause: 'plc.unwanted.late-return',
    outcome: 'review',
    track: 'late_return',
  },
  // plc.unwanted.condition-not-met: each condition alone
  ...(['used', 'damaged'] as const).map((k) => ({
    name: `unwanted, ${k}`,
    facts: unwanted('2026-03-04', '2026-03-10', { ...PRISTINE_ITEM, [k]: true }),
    clause: 'plc.unwanted.condition-not-met',
    outcome: 'declined',
    track: 'not_returnable',
  })),
  ...(['labelsAttached', 'originalPackaging', 'packagingUndamaged', 'sealsIntact', 'accessoriesComplete'] as const).map((k) => ({
    name: `unwanted, not ${k}`,
    facts: unwanted('2026-03-04', '2026-03-10', { ...PRISTINE_ITEM, [k]: false }),
    clause: 'plc.unwanted.condition-not-met',
    outcome: 'declined',
    track: 'not_returnable',
  })),
  // plc.wrong-item.collect
  {
    name: 'wrong item, a year later',
    facts: plc({ reason: 'wrong_item', deliveryDate: '2025-03-04', asOf: '2026-03-10' }),
    clause: 'plc.wrong-item.collect',
    outcome: 'approved',
    track: 'wrong_item',
  },
  // plc.delivery-damage: day 7 in, day 8 out
  {
    name: 'damaged on delivery, day 7',
    facts: plc({ reason: 'damaged_on_delivery', deliveryDate: '2026-03-04', asOf: '2026-03-11' }),
    clause: 'plc.delivery-damage.window-7-days',
    outcome: 'approved',
    track: 'delivery_damage',
  },
  {
    name: 'damaged on delivery, day 8',
    facts: plc({ reason: 'damaged_on_delivery', deliveryDate: '2026-03-04', asOf: '2026-03-12' }),
    clause: 'plc.delivery-damage.late',
    outcome: 'review',
    track: 'delivery_damage',
  },
  {
    name: 'missing parts, day 7 over a month end',
    facts: plc({ reason: 'missing_parts', deliveryDate: '2026-02-25', asOf: '2026-03-04' }),
    clause: 'plc.delivery-damage.window-7-days',
    outcome: 'approved',
    track: 'delivery_damage',
  },
  {
    name: 'missing parts, day 8 over a month end',
    facts: plc({ reason: 'missing_parts', deliveryDate: '2026-02-25', asOf: '2026-03-05' }),
    clause: 'plc.delivery-damage.late',
    outcome: 'review',
    track: 'delivery_damage',
  },
  // plc.defect.exclusions / handling-signs / direct-warranty
  ...(['wear_and_tear', 'misuse', 'electrical_surge', 'sea_air_corrosion', 'poor_care', 'unauthorized_alteration', 'not_suitable'] as const).map((cause) => ({
    name: `defect cause ${cause}`,
    facts: defective('2026-03-04', '2026-04-04', { defectCause: cause }),
    clause: 'plc.defect.exclusions',
    outcome: 'declined',
    track: 'not_a_defect',
  })),
  {
    name: 'handling signs on an Unboxed Deal',
    facts: defective('2026-03-04', '2026-04-04', { defectCause: 'handling_signs', product: { condition: 'unboxed_deal' } }),
    clause: 'plc.defect.handling-signs',
    outcome: 'declined',
    track: 'not_a_defect',
  },
  {
    name: 'handling signs on a new product',
    facts: defective('2026-03-04', '2026-04-04', { defectCause: 'handling_signs', product: { condition: 'new' } }),
    clause: 'plc.warranty.standard-6-months',
    outcome: 'approved',
    track: 'standard_warranty',
  },
  {
    name: 'cause unknown to the customer',
    facts: defective('2026-03-04', '2026-04-04', { defectCause: 'unknown' }),
    clause: 'plc.warranty.standard-6-months',
    outcome: 'approved',
    track: 'standard_warranty',
  },
  {
    name: 'direct warranty product',
    facts: defective('2026-03-04', '2026-04-04', { product: { directWarranty: true } }),
    clause: 'plc.defect.direct-warranty',
    outcome: 'referred',
    track: 'direct_warranty',
  },
  {
    name: 'dead on arrival at a retailer is a defect',
    facts: plc({ reason: 'dead_on_arrival', deliveryDate: '2026-03-04', asOf: '2026-03-05', defectCause: 'manufacturing' }),
    clause: 'plc.warranty.standard-6-months',
    outcome: 'approved',
    track: 'standard_warranty',
  },
  // plc.warranty.standard-6-months: the last day in, the next out; month ends roll back
  {
    name: 'defective, 6 months to the day',
    facts: defective('2026-03-04', '2026-09-04', { product: { condition: 'new', supplierWarrantyMonths: 0 } }),
    clause: 'plc.warranty.standard-6-months',
    outcome: 'approved',
    track: 'standard_warranty',
  },
  {
    name: 'defective, 6 months and a day',
    facts: defective('2026-03-04', '2026-09-05', { product: { condition: 'new', supplierWarrantyMonths: 0 } }),
    clause: 'plc.warranty.outside',
    outcome: 'declined',
    track: 'outside_warranty',
  },
  {
    name: 'defective, delivered 08-31: last day 02-28',
    facts: defective('2026-08-31', '2027-02-28', { product: { condition: 'new', supplierWarrantyMonths: 0 } }),
    clause: 'plc.warranty.standard-6-months',
    outcome: 'approved',
    track: 'standard_warranty',
  },
  {
    name: 'defective, delivered 08-31: 03-01 is out',
    facts: defective('2026-08-31', '2027-03-01', { product: { condition: 'new', supplierWarrantyMonths: 0 } }),
    clause: 'plc.warranty.outside',
    outcome: 'declined',
    track: 'outside_warranty',
  },
  {
    name: 'defective, delivered 2027-08-31: leap day 2028-02-29 is in',
    facts: defective('2027-08-31', '2028-02-29', { product: { condition: 'new', supplierWarrantyMonths: 0 } }),
    clause: 'plc.warranty.standard-6-months',
    outcome: 'approved',
    track: 'standard_warranty',
  },
  {
    name: 'defective, delivered 2027-08-31: 2028-03-01 is out',
    facts: defective('2027-08-31', '2028-03-01', { product: { condition: 'new', supplierWarrantyMonths: 0 } }),
    clause: 'plc.warranty.outside',
    outcome: 'declined',
    track: 'outside_warranty',
  },
  // plc.warranty.supplier: its last day in, the next out; never for Unboxed Deals or used products
  {
    name: 'supplier warranty, 12 months to the day',
    facts: defective('2026-03-04', '2027-03-04', { product: { condition: 'new', supplierWarrantyMonths: 12 } }),
    clause: 'plc.warranty.supplier',
    outcome: 'approved',
    track: 'supplier_warranty',
  },
  {
    name: 'supplier warranty, 12 months and a day',
    facts: defective('2026-03-04', '2027-03-05', { product: { condition: 'new', supplierWarrantyMonths: 12 } }),
    clause: 'plc.warranty.outside',
    outcome: 'declined',
    track: 'outside_warranty',
  },
  {
    name: 'supplier warranty, delivered on a leap day',
    facts: defective('2024-02-29', '2025-02-28', { product: { condition: 'new', supplierWarrantyMonths: 12 } }),
    clause: 'plc.warranty.supplier',
    outcome: 'approved',
    track: 'supplier_warranty',
  },
  {
    name: 'supplier warranty on a used product',
    facts: defective('2026-03-04', '2026-12-04', { product: { condition: 'used', supplierWarrantyMonths: 24 } }),
    clause: 'plc.warranty.outside',
    outcome: 'declined',
    track: 'outside_warranty',
  },
  // plc.repair-service.paid
  {
    name: 'paid repair, years later',
    facts: plc({ reason: 'paid_repair', deliveryDate: '2020-01-01', asOf: '2026-03-10' }),
    clause: 'plc.repair-service.paid',
    outcome: 'approved',
    track: 'paid_repair',
  },

  // plextor.scope
  {
    name: 'plextor: wrong item is the seller’s',
    facts: plextor({ reason: 'wrong_item' }),
    clause: 'plextor.scope.seller-returns',
    outcome: 'referred',
    track: 'not_applicable',
  },
  { name: 'plextor: from Japan', facts: service('2026-05-01', '2026-06-01', 'JP'), clause: 'plextor.scope.europe', outcome: 'referred', track: 'out_of_scope' },
  // plextor.doa.conditions: day 15 in, day 16 out
  { name: 'DOA, day 15', facts: doa('2026-05-01', '2026-05-16'), clause: 'plextor.doa.conditions', outcome: 'approved', track: 'doa' },
  { name: 'DOA, day 16', facts: doa('2026-05-01', '2026-05-17'), clause: 'plextor.doa.not-met-in-warranty', outcome: 'approved', track: 'in_warranty' },
  {
    name: 'DOA, day 15 across February (non-leap)',
    facts: doa('2026-02-20', '2026-03-07'),
    clause: 'plextor.doa.conditions',
    outcome: 'approved',
    track: 'doa',
  },
  {
    name: 'DOA, day 16 across February (non-leap)',
    facts: doa('2026-02-20', '2026-03-08'),
    clause: 'plextor.doa.not-met-in-warranty',
    outcome: 'approved',
    track: 'in_warranty',
  },
  { name: 'DOA, day 15 across February (leap)', facts: doa('2028-02-20', '2028-03-06'), clause: 'plextor.doa.conditions', outcome: 'approved', track: 'doa' },
  {
    name: 'DOA, day 16 across February (leap)',
    facts: doa('2028-02-20', '2028-03-07'),
    clause: 'plextor.doa.not-met-in-warranty',
    outcome: 'approved',
    track: 'in_warranty',
  },
  {
    name: 'DOA without an invoice copy',
    facts: doa('2026-05-01', '2026-05-05', { invoiceCopy: false }),
    clause: 'plextor.doa.not-met-in-warranty',
    outcome: 'approved',
    track: 'in_warranty',
  },
  {
    name: 'DOA, drive damaged',
    facts: doa('2026-05-01', '2026-05-05', { item: { damaged: true } }),
    clause: 'plextor.doa.not-met-in-warranty',
    outcome: 'approved',
    track: 'in_warranty',
  },
  { name: 'DOA from Turkey', facts: doa('2026-05-01', '2026-05-05', { country: 'TR' }), clause: 'plextor.doa.conditions', outcome: 'approved', track: 'doa' },
  {
    name: 'DOA too late, no warranty on the unit',
    facts: doa('2026-05-01', '2026-05-20', { product: { warrantyMonths: 0 } }),
    clause: 'plextor.doa.not-met-no-warranty',
    outcome: 'declined',
    track: 'out_of_warranty',
  },
  // plextor.warranty: the last day in, the next out (24 months by default), from a leap day
  {
    name: 'in warranty, 24 months to the day (default length)',
    facts: service('2026-05-01', '2028-05-01'),
    clause: 'plextor.warranty.in-warranty',
    outcome: 'approved',
    track: 'in_warranty',
  },
  {
    name: 'out of warranty, 24 months and a day',
    facts: service('2026-05-01', '2028-05-02'),
    clause: 'plextor.out-of-warranty.service',
    outcome: 'review',
    track: 'out_of_warranty',
  },
  {
    name: 'bought on a leap day: 2026-02-28 is in',
    facts: service('2024-02-29', '2026-02-28'),
    clause: 'plextor.warranty.in-warranty',
    outcome: 'approved',
    track: 'in_warranty',
  },
  {
    name: 'bought on a leap day: 2026-03-01 is out',
    facts: service('2024-02-29', '2026-03-01'),
    clause: 'plextor.out-of-warranty.service',
    outcome: 'review',
    track: 'out_of_warranty',
  },
  {
    name: '12-month warranty, 12 months to the day',
    facts: service('2026-01-31', '2027-01-31', 'FR', 12),
    clause: 'plextor.warranty.in-warranty',
    outcome: 'approved',
    track: 'in_warranty',
  },
  {
    name: 'paid repair of a drive in warranty is free',
    facts: plextor({ reason: 'paid_repair', purchaseDate: '2026-01-31', asOf: '2026-06-01' }),
    clause: 'plextor.warranty.in-warranty',
    outcome: 'approved',
    track: 'in_warranty',
  },
  {
    name: 'out of warranty from Switzerland',
    facts: service('2020-01-01', '2026-01-01', 'CH'),
    clause: 'plextor.out-of-warranty.service',
    outcome: 'review',
    track: 'out_of_warranty',
  },
  {
    name: 'out of warranty from the UK',
    facts: service('2020-01-01', '2026-01-01', 'GB'),
    clause: 'plextor.non-ec.in-warranty-only',
    outcome: 'declined',
    track: 'out_of_warranty',
  },
  {
    name: 'in warranty from the UK',
    facts: service('2025-01-01', '2026-01-01', 'GB'),
    clause: 'plextor.warranty.in-warranty',
    outcome: 'approved',
    track: 'in_warranty',
  },
];
