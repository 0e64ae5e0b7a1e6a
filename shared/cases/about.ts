// What the item is, as the customer describes it: the product or model, its serial number (a
// manufacturer's drive), the order number (a shop's), and the problem in their own words. Given on the
// form, or read from what the customer wrote in the chat or the email; shown to staff, in the emails
// and on the status page, and searched by staff.
import * as z from 'zod';

export const ABOUT_LIMITS = { product: 120, serial: 60, order: 60, problem: 1000 } as const;

/** An optional text field, trimmed, at most `max` characters; empty is none. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/** The request's `about`: every field optional, each bounded. */
export const aboutSchema = z.strictObject({
  product: optionalText(ABOUT_LIMITS.product),
  serial: optionalText(ABOUT_LIMITS.serial),
  order: optionalText(ABOUT_LIMITS.order),
  problem: optionalText(ABOUT_LIMITS.problem),
});

export interface About {
  product?: string;
  serial?: string;
  order?: string;
  problem?: string;
}

/** Only the fields with something in them; undefined when none has. */
export function aboutOf(a: About | undefined): About | undefined {
  if (!a) return undefined;
  const kept = Object.fromEntries(Object.entries(a).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as About;
  return Object.keys(kept).length > 0 ? kept : undefined;
}
