// The facts a channel gathers about a return (docs/rules-contract.md, "Facts"). Validated once, at the edge.
import * as z from '../validation/zod';
import { isCountryCode } from './countries';
import { compareDates, isIsoDate } from './dates';

export const REASONS = ['unwanted', 'wrong_item', 'damaged_on_delivery', 'missing_parts', 'defective', 'dead_on_arrival', 'paid_repair'] as const;
export const CUSTOMER_TYPES = ['consumer', 'dealer', 'distributor'] as const;
export const PRODUCT_CATEGORIES = ['hardware', 'software'] as const;
export const PRODUCT_CONDITIONS = ['new', 'unboxed_deal', 'used'] as const;
export const DEFECT_CAUSES = [
  'manufacturing',
  'unknown',
  'wear_and_tear',
  'misuse',
  'electrical_surge',
  'sea_air_corrosion',
  'poor_care',
  'unauthorized_alteration',
  'not_suitable',
  'handling_signs',
] as const;

export type Reason = (typeof REASONS)[number];

export const isoDateSchema = z.string().check(z.refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' }));

const countrySchema = z
  .string()
  .check(z.trim(), z.toUpperCase(), z.refine(isCountryCode, { message: 'expected an ISO 3166-1 alpha-2 country code such as DE or ZA' }));

const months = z.int().check(z.gte(0), z.lte(600));

export const productSchema = z.strictObject({
  category: z.optional(z.enum(PRODUCT_CATEGORIES)),
  condition: z.optional(z.enum(PRODUCT_CONDITIONS)),
  customOrder: z.optional(z.boolean()),
  warrantyMonths: z.optional(months),
  supplierWarrantyMonths: z.optional(months),
  directWarranty: z.optional(z.boolean()),
  /** Delivered as a code or download (a licence key by email), not as a parcel: nothing goes back. */
  digital: z.optional(z.boolean()),
});

export const itemSchema = z.strictObject({
  used: z.optional(z.boolean()),
  damaged: z.optional(z.boolean()),
  labelsAttached: z.optional(z.boolean()),
  originalPackaging: z.optional(z.boolean()),
  packagingUndamaged: z.optional(z.boolean()),
  sealsIntact: z.optional(z.boolean()),
  accessoriesComplete: z.optional(z.boolean()),
  modified: z.optional(z.boolean()),
  softwareOpened: z.optional(z.boolean()),
});

/** The facts without `policy`: what a channel collects before it knows or names the policy. */
export const factFieldsShape = {
  asOf: z.optional(isoDateSchema),
  reason: z.optional(z.enum(REASONS)),
  purchaseDate: z.optional(isoDateSchema),
  deliveryDate: z.optional(isoDateSchema),
  country: z.optional(countrySchema),
  customerType: z.optional(z.enum(CUSTOMER_TYPES)),
  product: z.optional(productSchema),
  item: z.optional(itemSchema),
  defectCause: z.optional(z.enum(DEFECT_CAUSES)),
  invoiceCopy: z.optional(z.boolean()),
};

type DatedFacts = { asOf?: string; purchaseDate?: string; deliveryDate?: string };

/** docs/rules-contract.md: a date after `asOf`, or a delivery before the purchase, is invalid input. */
export function checkDateOrder(facts: DatedFacts, ctx: z.core.$RefinementCtx<DatedFacts>): void {
  const { asOf, purchaseDate, deliveryDate } = facts;
  if (asOf !== undefined) {
    for (const field of ['purchaseDate', 'deliveryDate'] as const) {
      const value = facts[field];
      if (value !== undefined && compareDates(value, asOf) > 0) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${value} is after asOf (${asOf}); a date cannot be in the future` });
      }
    }
  }
  if (purchaseDate !== undefined && deliveryDate !== undefined && compareDates(deliveryDate, purchaseDate) < 0) {
    ctx.addIssue({ code: 'custom', path: ['deliveryDate'], message: `${deliveryDate} is before purchaseDate (${purchaseDate})` });
  }
}

export const factsSchema = z
  .strictObject({ policy: z.string().check(z.minLength(1, 'expected a policy id')), ...factFieldsShape })
  .check(z.superRefine(checkDateOrder));

export type FactsInput = z.input<typeof factsSchema>;
export type Facts = z.output<typeof factsSchema>;
/** Facts the engine can decide on: the day of notification is always known. */
export type DatedFactsFor<T> = T & { asOf: string };
export type EvaluableFacts = DatedFactsFor<Facts>;

/** Every leaf fact a clause can look at, by its dotted path. */
export const FACT_PATHS = [
  'reason',
  'asOf',
  'purchaseDate',
  'deliveryDate',
  'country',
  'customerType',
  'product.category',
  'product.condition',
  'product.customOrder',
  'product.warrantyMonths',
  'product.supplierWarrantyMonths',
  'product.directWarranty',
  'product.digital',
  'item.used',
  'item.damaged',
  'item.labelsAttached',
  'item.originalPackaging',
  'item.packagingUndamaged',
  'item.sealsIntact',
  'item.accessoriesComplete',
  'item.modified',
  'item.softwareOpened',
  'defectCause',
  'invoiceCopy',
] as const;
export type FactPath = (typeof FACT_PATHS)[number];
export type FactValue = string | number | boolean;

function leafSchema(path: FactPath): z.ZodMiniType {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  const groups: Record<string, z.ZodMiniObject> = { product: productSchema, item: itemSchema };
  const shape = leaf === undefined ? (factFieldsShape as Record<string, z.ZodMiniType>) : (groups[head] as z.ZodMiniObject).shape;
  const field = (shape as Record<string, z.ZodMiniType>)[leaf ?? head] ?? z.string();
  return field instanceof z.ZodMiniOptional ? (field.def.innerType as z.ZodMiniType) : field;
}

/** Facts that are yes/no, and facts that are whole numbers: read from the schema, for form posts. */
export const BOOLEAN_FACTS: readonly FactPath[] = FACT_PATHS.filter((p) => leafSchema(p) instanceof z.ZodMiniBoolean);
export const NUMBER_FACTS: readonly FactPath[] = FACT_PATHS.filter((p) => leafSchema(p) instanceof z.ZodMiniNumber);

export function getFact(facts: Facts, path: FactPath): FactValue | undefined {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  const top = (facts as Record<string, unknown>)[head];
  const value = leaf === undefined ? top : (top as Record<string, unknown> | undefined)?.[leaf];
  return value as FactValue | undefined;
}

/** Facts by dotted path (what channels collect) into the nested shape the rules take. */
export function nestFacts(flat: Partial<Record<FactPath, FactValue>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const [head, leaf] = path.split('.') as [string, string | undefined];
    if (leaf === undefined) out[head] = value;
    else out[head] = { ...((out[head] as object | undefined) ?? {}), [leaf]: value };
  }
  return out;
}

/** The reverse: nested facts by dotted path, without `policy` and `asOf`. */
export function flattenFacts(facts: Record<string, unknown>): Partial<Record<FactPath, FactValue>> {
  const out: Record<string, FactValue> = {};
  for (const [k, v] of Object.entries(facts)) {
    if (k === 'policy' || k === 'asOf') continue;
    if (v && typeof v === 'object') for (const [leaf, x] of Object.entries(v)) out[`${k}.${leaf}`] = x as FactValue;
    else out[k] = v as FactValue;
  }
  return out as Partial<Record<FactPath, FactValue>>;
}

/** A copy of `facts` with one leaf set (the engine never mutates its input). */
export function withFact<T extends Facts>(facts: T, path: FactPath, value: FactValue): T {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  if (leaf === undefined) return { ...facts, [head]: value };
  const group = (facts as Record<string, unknown>)[head] as Record<string, unknown> | undefined;
  return { ...facts, [head]: { ...group, [leaf]: value } };
}

/** Plain names for facts, used in explanations ("we still need: the delivery date"). */
export const FACT_LABELS: Record<FactPath, string> = {
  reason: 'why you are returning the product',
  asOf: 'the date of your request',
  purchaseDate: 'the purchase (invoice) date',
  deliveryDate: 'the date the product was delivered to or collected by you',
  country: 'the country the product ships back from',
  customerType: 'whether you are a consumer, dealer or distributor',
  'product.category': 'whether the product is hardware or software',
  'product.condition': 'whether it was sold new, as an Unboxed Deal or used',
  'product.customOrder': 'whether it was made or configured to order',
  'product.warrantyMonths': "the length of the manufacturer's warranty",
  'product.supplierWarrantyMonths': 'how long the manufacturer’s warranty on it is (printed on the box or in the manual)',
  'product.directWarranty': 'whether the manufacturer services the warranty directly',
  'product.digital': 'whether it was delivered as a code or download',
  'item.used': 'whether it has been used',
  'item.damaged': 'whether it is physically damaged',
  'item.labelsAttached': 'whether the original labels and stickers are still attached',
  'item.originalPackaging': 'whether it is in its original packaging',
  'item.packagingUndamaged': 'whether that packaging is undamaged',
  'item.sealsIntact': 'whether all seals are intact',
  'item.accessoriesComplete': 'whether all accessories and parts are there',
  'item.modified': 'whether you have modified it',
  'item.softwareOpened': 'whether the software package has been opened',
  defectCause: 'what caused the fault, as far as you know',
  invoiceCopy: 'whether a copy of the purchase invoice will go with it',
};
