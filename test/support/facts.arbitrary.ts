// fast-check generators of schema-valid facts: dates always consistent (purchase ≤ delivery ≤ asOf).
import fc from 'fast-check';
import {
  addDays,
  CUSTOMER_TYPES,
  DEFECT_CAUSES,
  FACT_PATHS,
  PRODUCT_CATEGORIES,
  PRODUCT_CONDITIONS,
  REASONS,
  type FactPath,
  type FactValue,
  type Facts,
} from '../../shared/rules';

export const POLICY_IDS = ['plextor-eu', 'plc-technologies'] as const;
// Every kind of place the policies tell apart, plus a few others.
export const COUNTRIES = ['DE', 'FR', 'BE', 'NO', 'CH', 'TR', 'GB', 'RS', 'US', 'ZA', 'JP', 'GR'] as const;

const BASE = '2020-01-01';

/** Drop keys whose value is undefined: a fact either is given or is not. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const maybe = <T>(arb: fc.Arbitrary<T>, all: boolean) => (all ? arb : fc.option(arb, { nil: undefined }));

export function factsArb(options: { complete?: boolean } = {}): fc.Arbitrary<Facts & { asOf: string }> {
  const all = options.complete ?? false;
  const product = fc.record({
    category: maybe(fc.constantFrom(...PRODUCT_CATEGORIES), all),
    condition: maybe(fc.constantFrom(...PRODUCT_CONDITIONS), all),
    customOrder: maybe(fc.boolean(), all),
    warrantyMonths: maybe(fc.integer({ min: 0, max: 60 }), all),
    supplierWarrantyMonths: maybe(fc.integer({ min: 0, max: 60 }), all),
    directWarranty: maybe(fc.boolean(), all),
  });
  const item = fc.record({
    used: maybe(fc.boolean(), all),
    damaged: maybe(fc.boolean(), all),
    labelsAttached: maybe(fc.boolean(), all),
    originalPackaging: maybe(fc.boolean(), all),
    packagingUndamaged: maybe(fc.boolean(), all),
    sealsIntact: maybe(fc.boolean(), all),
    accessoriesComplete: maybe(fc.boolean(), all),
    modified: maybe(fc.boolean(), all),
    softwareOpened: maybe(fc.boolean(), all),
  });
  return fc
    .record({
      policy: fc.constantFrom(...POLICY_IDS),
      asOfDay: fc.integer({ min: 1200, max: 3650 }),
      // Mostly recent purchases, so that every window is seen open as well as closed.
      purchaseAge: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 1200 })),
      deliveryLag: fc.integer({ min: 0, max: 10 }),
      hasPurchase: all ? fc.constant(true) : fc.boolean(),
      hasDelivery: all ? fc.constant(true) : fc.boolean(),
      reason: maybe(fc.constantFrom(...REASONS), all),
      country: maybe(fc.constantFrom(...COUNTRIES), all),
      customerType: maybe(fc.constantFrom(...CUSTOMER_TYPES), all),
      product: maybe(product.map(compact), all),
      item: maybe(item.map(compact), all),
      defectCause: maybe(fc.constantFrom(...DEFECT_CAUSES), all),
      invoiceCopy: maybe(fc.boolean(), all),
    })
    .map(({ asOfDay, purchaseAge, deliveryLag, hasPurchase, hasDelivery, ...rest }) => {
      const asOf = addDays(BASE, asOfDay);
      const purchaseDate = addDays(asOf, -purchaseAge);
      const deliveryDate = addDays(purchaseDate, Math.min(deliveryLag, purchaseAge));
      return compact({
        ...rest,
        asOf,
        purchaseDate: hasPurchase ? purchaseDate : undefined,
        deliveryDate: hasDelivery ? deliveryDate : undefined,
      }) as Facts & { asOf: string };
    });
}

/** A valid value for one fact, consistent with the dates already in `facts`. */
export function valueArb(path: FactPath, facts: Facts & { asOf: string }): fc.Arbitrary<FactValue> {
  switch (path) {
    case 'reason':
      return fc.constantFrom(...REASONS);
    case 'country':
      return fc.constantFrom(...COUNTRIES);
    case 'customerType':
      return fc.constantFrom(...CUSTOMER_TYPES);
    case 'product.category':
      return fc.constantFrom(...PRODUCT_CATEGORIES);
    case 'product.condition':
      return fc.constantFrom(...PRODUCT_CONDITIONS);
    case 'product.warrantyMonths':
    case 'product.supplierWarrantyMonths':
      return fc.integer({ min: 0, max: 60 });
    case 'defectCause':
      return fc.constantFrom(...DEFECT_CAUSES);
    case 'purchaseDate': {
      const latest = facts.deliveryDate ?? facts.asOf;
      return fc.integer({ min: 0, max: 1000 }).map((n) => addDays(latest, -n));
    }
    case 'deliveryDate': {
      const earliest = facts.purchaseDate ?? addDays(facts.asOf, -1000);
      const span = Math.max(0, Math.round((Date.parse(facts.asOf) - Date.parse(earliest)) / 86_400_000));
      return fc.integer({ min: 0, max: span }).map((n) => addDays(earliest, n));
    }
    case 'asOf':
      return fc.constant(facts.asOf);
    default:
      return fc.boolean();
  }
}

export const ALL_FACT_PATHS: readonly FactPath[] = FACT_PATHS;
