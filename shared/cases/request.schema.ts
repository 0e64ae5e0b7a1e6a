// Requests to the case core, validated once at the edge (strict: unknown fields are refused).
import * as z from '../validation/zod';
import { checkDateOrder, factFieldsShape } from '../rules';
import { aboutSchema } from './about';
import { personName } from './names';

export const contactSchema = z.strictObject({
  // A space typed or pasted around the address is not part of it (the HTML form trims it too).
  email: z.pipe(z.string({ message: 'expected an email address' }).check(z.trim()), z.email({ message: 'expected an email address' }).check(z.maxLength(254))),
  name: personName,
});

// A policy is named by its id; bounded so that nothing else rides in on the field.
export const policyIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'expected a policy id: 1 to 64 lowercase letters, digits and hyphens'));

// The day of the request is the server's: a case cannot be logged on another day than today.
const { asOf: _asOf, ...caseFactFields } = factFieldsShape;

// No `channel`: which channel a case came by is the server's to say, never the client's.
export const createCaseRequestSchema = z
  .strictObject({
    policy: policyIdSchema,
    contact: contactSchema,
    /** What the item is (product, serial or order number, the problem in the customer's words): optional. */
    about: z.optional(aboutSchema),
    ...caseFactFields,
  })
  .check(z.superRefine(checkDateOrder));

export type CreateCaseRequest = z.infer<typeof createCaseRequestSchema>;

export const assessRequestSchema = z.strictObject({ policy: policyIdSchema, ...factFieldsShape }).check(z.superRefine(checkDateOrder));
export type AssessRequest = z.input<typeof assessRequestSchema>;
