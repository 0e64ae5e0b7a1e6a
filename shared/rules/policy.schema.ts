// The policy format: a merchant's return policy as data (clauses with ids, quoted source text,
// and their condition/effect). A new merchant is a new data file, not a new branch in the engine.
import * as z from 'zod';
import { FACT_PATHS, REASONS, type FactPath, type FactValue } from './facts.schema';
import { CUSTOMER_PAYS, DECIDED_OUTCOMES, DOCUMENTS, PHOTO_KINDS, REMEDIES, TRANSPORTS } from './policy-terms';
import type { DecidedOutcome } from './policy-terms';

export type { CustomerPays, DecidedOutcome, DocumentKind, Outcome, PhotoKind, Remedy, Transport } from './policy-terms';

const factPath = z.enum(FACT_PATHS);
const factValue = z.union([z.string(), z.number(), z.boolean()]);
const dateFact = z.enum(['purchaseDate', 'deliveryDate']);
const clauseId = z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, 'clause ids look like plc.unwanted.window-30-days');

/** A condition over the facts (and, in addenda, over the decision already reached). */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: FactPath; is: FactValue }
  | { fact: FactPath; in: FactValue[] }
  | { fact: FactPath; inRegion: string }
  | { within: string }
  | { outcome: DecidedOutcome[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ fact: factPath, is: factValue }),
    z.strictObject({ fact: factPath, in: z.array(factValue).min(1) }),
    z.strictObject({ fact: factPath, inRegion: z.string() }),
    z.strictObject({ within: z.string() }),
    z.strictObject({ outcome: z.array(z.enum(DECIDED_OUTCOMES)).min(1) }),
  ]),
);

const windowSchema = z.strictObject({
  /** Plain description, e.g. "within 30 days of delivery". */
  label: z.string().min(1),
  /** Start date: the first of these facts that is known. The first is the one to ask for. */
  from: z.array(dateFact).min(1),
  days: z.number().int().min(0).optional(),
  months: z.number().int().min(0).optional(),
  /** Length in months taken from a fact (with the policy's `whenUnknown` default, if any). */
  monthsFrom: z.enum(['product.warrantyMonths', 'product.supplierWarrantyMonths']).optional(),
  /** Key under `decision.deadlines` for the window's last day. */
  deadline: z.string().min(1),
});
export type PolicyWindow = z.infer<typeof windowSchema>;

const effectSchema = z.strictObject({
  outcome: z.enum(DECIDED_OUTCOMES),
  track: z.string().min(1),
  remedies: z.array(z.enum(REMEDIES)).default([]),
  customerPays: z.array(z.enum(CUSTOMER_PAYS)).default([]),
  restockingFeeMaxPercent: z.number().min(0).max(100).optional(),
  documents: z.array(z.enum(DOCUMENTS)).default([]),
  /**
   * Photos the desk needs as evidence, by the customer's reason (one clause can decide several).
   * A desk requirement, not a term of the policy: no quote of its own.
   */
  photos: z.partialRecord(z.enum(REASONS), z.array(z.enum(PHOTO_KINDS)).min(1)).default({}),
  slaDays: z.number().int().positive().optional(),
  /** Days from the return within which a credit (or refund) the customer chose is paid ("within 10 days of the return"). */
  creditDays: z.number().int().positive().optional(),
  /**
   * How the product travels back: the merchant collects it, or the customer sends it. Said on every
   * approval and review (what the customer does next depends on it).
   */
  transport: z.enum(TRANSPORTS).optional(),
  /** Plain-language lines for the customer; the first says what was decided. */
  notes: z.array(z.string().min(1)).min(1),
  /**
   * A review's two endings, once the merchant has decided it (staff approve or decline): what the
   * customer then gets, and the lines that say so in place of the review's. Required on a review.
   * Not part of the decision the rules give: the case core applies it (shared/cases/decisions.ts).
   */
  afterReview: z
    .strictObject({
      approved: z.strictObject({ remedies: z.array(z.enum(REMEDIES)).default([]), notes: z.array(z.string().min(1)).min(1) }),
      declined: z.strictObject({ notes: z.array(z.string().min(1)).min(1) }),
    })
    .optional(),
});
export type Effect = z.infer<typeof effectSchema>;

const additionSchema = z.strictObject({
  customerPays: z.array(z.enum(CUSTOMER_PAYS)).default([]),
  documents: z.array(z.enum(DOCUMENTS)).default([]),
  packing: z.array(z.string().min(1)).default([]),
  notes: z.array(z.string().min(1)).default([]),
});

const clauseSchema = z
  .strictObject({
    id: clauseId,
    title: z.string().min(1),
    /** The source sentence(s) this clause encodes, verbatim from the policy text. */
    quote: z.array(z.string().min(1)).min(1),
    /** How we read the text where it is silent or contradicts itself (docs/rules-contract.md, "Interpretations"). */
    interpretation: z.string().min(1).optional(),
    /** Other clauses that support this one and are cited with it. */
    see: z.array(clauseId).default([]),
    /** A rule of the decision list: the first clause whose condition holds decides. */
    decides: z.strictObject({ when: conditionSchema, then: effectSchema }).optional(),
    /** Applies on top of the decision when its condition holds (documents, packing, notes). */
    adds: z.strictObject({ when: conditionSchema, then: additionSchema }).optional(),
  })
  .refine((c) => !(c.decides && c.adds), { message: 'a clause either decides or adds, not both' });
export type Clause = z.infer<typeof clauseSchema>;

const presumptionSchema = z.union([
  z.strictObject({
    value: factValue,
    /** Checked when the parcel arrives, or against the merchant's order records. */
    checked: z.enum(['arrival', 'order']),
    /** Its words in the group's sentence ("unused", "in its original packaging"). */
    phrase: z.string().min(1),
  }),
  z.strictObject({
    value: factValue,
    note: z.string().min(1),
    /** Also stated when the decision declines or refers (a presumption that can count against the customer). */
    alsoWhenRefused: z.boolean().default(false),
  }),
]);
export type Presumption = z.infer<typeof presumptionSchema>;

const merchantSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(['manufacturer', 'retailer']),
  // Only what the source text gives: neither seed names a postal address, and Plextor's names no email.
  email: z.email().optional(),
  phone: z.string().min(1).optional(),
  fax: z.string().min(1).optional(),
  website: z.string().min(1).optional(),
  /** Postal lines for the returns address (shown on the confirmation). */
  returnAddress: z.array(z.string().min(1)).min(1).optional(),
  /** The merchant pays to send a posted return back to the customer (Plextor: "All shipments of serviced in-warranty drives are handled and paid by Plextor"). */
  shipsBackFree: z.boolean().optional(),
  /** How the source says to ask for an RMA. */
  howToRequest: z.string().min(1),
  /**
   * When the customer gets what the return gives them, as the source says it: once the merchant has
   * received and inspected the product ("Once we have inspected the product and validated your
   * return…"), or on receipt ("upon receipt of the defective drive, it will be replaced").
   */
  remedyAfter: z.enum(['inspection', 'receipt']),
  /** Who chooses among the remedies: the customer ("at your choice") or the merchant ("at its own choice"). */
  remedyChosenBy: z.enum(['customer', 'merchant']),
  /** The words customers name the merchant by ("plextor"; "plc", "plc technologies"), lower case: a message naming one is for this policy. */
  mentionedAs: z.array(z.string().regex(/^[a-z0-9][a-z0-9 .&'-]*$/)).min(1),
  /**
   * What a manufacturer makes, as customers name it (the start of the word, lower case: "drive",
   * "burner", "px-"): a message that names only other products (a coffee machine, Office) is not
   * for it. Unset: anything (a shop).
   */
  makes: z
    .array(z.string().regex(/^[a-z0-9][a-z0-9 -]*$/))
    .min(1)
    .optional(),
  /**
   * What the source says about what customers ask once a return is approved, in the customer's words
   * (each names the source's own sentence beside it). Unset where the source is silent: a colleague answers.
   */
  afterApproval: z
    .strictObject({
      /** How a credit of the purchase price is paid, where credit is a remedy ("credit your account … or refund you"). */
      creditOrRefund: z.string().min(1).optional(),
      /** What the customer gets when the remedy they would like cannot be given (no stock, no repair). */
      ifNotPossible: z.string().min(1).optional(),
      /** What follows if the inspection finds the warranty does not cover the fault (its cause, or no warranty). */
      ifNotCovered: z.string().min(1).optional(),
      /** How work the customer pays for is charged ("Plextor will invoice all repair and transport costs"). */
      paidWork: z.string().min(1).optional(),
      /** The warranty of what comes back ("the warranty of the original drive is … taken over by the replacement drive"). */
      replacementWarranty: z.string().min(1).optional(),
    })
    .default({}),
});

export const policySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Raised whenever a clause changes; every decision records the version it was made under. */
    version: z.string().min(1),
    /** Prefix of this policy's clause ids (`plc` → `plc.unwanted.window-30-days`). */
    clausePrefix: z.string().regex(/^[a-z0-9]+$/),
    source: z.strictObject({ title: z.string().min(1), file: z.string().min(1), note: z.string().optional() }),
    merchant: merchantSchema,
    /** How the merchant's customers write dates (for reading "3/4/2026"). */
    locale: z.strictObject({ language: z.string().min(2), dateOrder: z.enum(['DMY', 'MDY', 'YMD']) }),
    regions: z.record(z.string(), z.array(z.string().regex(/^[A-Z]{2}$/)).min(1)).default({}),
    tracks: z.array(z.string().min(1)).min(1),
    windows: z.record(z.string(), windowSchema),
    /**
     * Presumptions: facts read as this value while the customer has not said them, never asked. How
     * the decision states each: a condition checked on arrival or against the order (its phrase joins
     * the group's one sentence in `presumedNotes`), or a note of its own.
     */
    whenUnknown: z.partialRecord(factPath, presumptionSchema).default({}),
    /** The sentence of each presumption group; `{list}` is replaced by the presumed facts' phrases. */
    presumedNotes: z.strictObject({ arrival: z.string().includes('{list}'), order: z.string().includes('{list}') }).optional(),
    /**
     * A fact a customer states in this merchant's terms under another name: for a retailer with its
     * own short warranty, "the box says 2 year warranty" is the supplier's warranty.
     */
    readsAs: z.partialRecord(factPath, factPath).default({}),
    /** The order in which missing facts are asked: most decisive and cheapest first. */
    askOrder: z.array(factPath).min(1),
    clauses: z.array(clauseSchema).min(1),
  })
  .superRefine((p, ctx) => {
    const ids = new Set<string>();
    p.clauses.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `duplicate clause id ${c.id}` });
      ids.add(c.id);
      if (!c.id.startsWith(`${p.clausePrefix}.`)) {
        ctx.addIssue({ code: 'custom', path: ['clauses', i, 'id'], message: `clause ids start with "${p.clausePrefix}."` });
      }
    });
    p.clauses.forEach((c, i) => {
      for (const ref of c.see) {
        if (!ids.has(ref)) ctx.addIssue({ code: 'custom', path: ['clauses', i, 'see'], message: `unknown clause ${ref}` });
      }
      if (c.decides?.then.outcome === 'review' && !c.decides.then.afterReview) {
        ctx.addIssue({
          code: 'custom',
          path: ['clauses', i, 'decides', 'then', 'afterReview'],
          message: 'a review says what follows when it is approved and when it is declined',
        });
      }
      const outcome = c.decides?.then.outcome;
      if ((outcome === 'approved' || outcome === 'review') && !c.decides?.then.transport) {
        ctx.addIssue({
          code: 'custom',
          path: ['clauses', i, 'decides', 'then', 'transport'],
          message: 'an approval or review says how the product travels (collection or send)',
        });
      }
      if (c.decides && !p.tracks.includes(c.decides.then.track)) {
        ctx.addIssue({ code: 'custom', path: ['clauses', i, 'decides', 'then', 'track'], message: `unknown track ${c.decides.then.track}` });
      }
      const cond = c.decides?.when ?? c.adds?.when;
      if (!cond) return;
      for (const ref of conditionRefs(cond, p.windows)) {
        if (ref.kind === 'window' && !(ref.name in p.windows)) {
          ctx.addIssue({ code: 'custom', path: ['clauses', i], message: `unknown window ${ref.name}` });
        }
        if (ref.kind === 'region' && !(ref.name in p.regions)) {
          ctx.addIssue({ code: 'custom', path: ['clauses', i], message: `unknown region ${ref.name}` });
        }
        // A fact read only by an adding clause is never asked: it adds where the customer said it.
        if (ref.kind === 'fact' && c.decides && !p.askOrder.includes(ref.name as FactPath) && !(ref.name in p.whenUnknown)) {
          ctx.addIssue({ code: 'custom', path: ['askOrder'], message: `${ref.name} is read by ${c.id} but not in askOrder` });
        }
      }
    });
    if (!p.clauses.some((c) => c.decides)) ctx.addIssue({ code: 'custom', path: ['clauses'], message: 'no clause decides' });
    for (const [path, presumption] of Object.entries(p.whenUnknown)) {
      // A fact is either asked or presumed: never both.
      if (p.askOrder.includes(path as FactPath)) ctx.addIssue({ code: 'custom', path: ['askOrder'], message: `${path} is presumed, so it is never asked` });
      if (presumption && 'checked' in presumption && !p.presumedNotes) {
        ctx.addIssue({ code: 'custom', path: ['presumedNotes'], message: `${path} is checked on ${presumption.checked}: the group's sentence is needed` });
      }
    }
  });

export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;

type Ref = { kind: 'fact' | 'window' | 'region'; name: string };

/** Facts, windows and regions a condition reads (windows read their date and length facts). */
export function conditionRefs(cond: Condition, windows?: Record<string, PolicyWindow>): Ref[] {
  if ('all' in cond) return cond.all.flatMap((c) => conditionRefs(c, windows));
  if ('any' in cond) return cond.any.flatMap((c) => conditionRefs(c, windows));
  if ('not' in cond) return conditionRefs(cond.not, windows);
  if ('within' in cond) {
    const w = windows?.[cond.within];
    const facts: Ref[] = w ? [...w.from, ...(w.monthsFrom ? [w.monthsFrom] : [])].map((name) => ({ kind: 'fact', name })) : [];
    return [{ kind: 'window', name: cond.within }, ...facts];
  }
  if ('outcome' in cond) return [];
  if ('inRegion' in cond)
    return [
      { kind: 'fact', name: cond.fact },
      { kind: 'region', name: cond.inRegion },
    ];
  return [{ kind: 'fact', name: cond.fact }];
}
