// What the item is, as the customer describes it: the product or model, its serial number (a
// manufacturer's drive), the order number (a shop's), the problem in their own words, and the remedy
// they asked for. Given on the form, or read from what the customer wrote in the chat or the email;
// shown to staff, in the emails and on the status page, and searched by staff.
import * as z from '../validation/zod';
import { REMEDIES, type Remedy } from '../rules/policy-terms';

export const ABOUT_LIMITS = { product: 120, serial: 60, order: 60, problem: 1000 } as const;

/** An optional text field, trimmed, at most `max` characters; empty is none. */
export const optionalText = (max: number) =>
  z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max))),
    z.transform((v: string | undefined) => (v ? v : undefined)),
  );

/** The request's `about`: every field optional, each bounded. */
export const aboutSchema = z.strictObject({
  product: optionalText(ABOUT_LIMITS.product),
  serial: optionalText(ABOUT_LIMITS.serial),
  order: optionalText(ABOUT_LIMITS.order),
  problem: optionalText(ABOUT_LIMITS.problem),
  wish: z.optional(z.enum(REMEDIES)),
});

export interface About {
  product?: string;
  serial?: string;
  order?: string;
  problem?: string;
  /** The remedy they asked for ("I just want the black one I ordered"): preselected when they choose. */
  wish?: Remedy;
}

/** Only the fields with something in them; undefined when none has. */
export function aboutOf(a: About | undefined): About | undefined {
  if (!a) return undefined;
  const kept = Object.fromEntries(Object.entries(a).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as About;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * The wish among what the decision offers: itself, or the remedy that means it here (a "new one" of a
 * wrong item is the correct product). Undefined when the decision offers nothing like it.
 */
export function wishAmong(wish: Remedy | undefined, remedies: readonly Remedy[]): Remedy | undefined {
  if (!wish) return undefined;
  if (remedies.includes(wish)) return wish;
  const near: Partial<Record<Remedy, readonly Remedy[]>> = {
    replace: ['replace_new', 'correct_product'],
    correct_product: ['replace', 'replace_new'],
    refund: ['credit'],
  };
  return near[wish]?.find((r) => remedies.includes(r));
}
