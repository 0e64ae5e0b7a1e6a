// Requests to the case core, validated once at the edge (strict: unknown fields are refused).
import * as z from 'zod';
import { checkDateOrder, factFieldsShape, factsSchema } from '../rules';
import { CHANNELS } from './case';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

export const contactSchema = z.strictObject({
  email: z.email({ message: 'expected an email address' }).max(254),
  name: z
    .string()
    .trim()
    .min(1, 'expected your name')
    .max(100, 'at most 100 characters')
    .refine((s) => !CONTROL.test(s), 'no control characters'),
});

// The day of the request is the server's: a case cannot be logged on another day than today.
const { asOf: _asOf, ...caseFactFields } = factFieldsShape;

export const createCaseRequestSchema = z
  .strictObject({
    policy: z.string().min(1, 'expected a policy id'),
    contact: contactSchema,
    channel: z.enum(CHANNELS).optional(),
    ...caseFactFields,
  })
  .superRefine(checkDateOrder);

export type CreateCaseRequest = z.infer<typeof createCaseRequestSchema>;

export const assessRequestSchema = factsSchema;
export type AssessRequest = z.input<typeof factsSchema>;
