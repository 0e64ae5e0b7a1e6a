// SES's bounce and complaint events (a configuration set's event destination, delivered through
// SNS), read into the desk's MailFeedback. SES adds fields over time, so the schemas name only what
// the desk reads and let the rest pass; anything else (deliveries, opens, a malformed message) is
// not feedback and gives undefined.
import * as z from '../../validation/zod';
import type { MailFeedback } from '../../cases/mail-feedback';
import { RMA_TAG } from './ses-mailer';

const recipients = z.array(z.looseObject({ emailAddress: z.string().check(z.minLength(3), z.maxLength(320)) })).check(z.minLength(1), z.maxLength(50));
const mail = z.looseObject({ tags: z.optional(z.record(z.string(), z.array(z.string()))), timestamp: z.optional(z.string()) });

const event = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('Bounce'),
    mail,
    bounce: z.looseObject({ bounceType: z.string(), bouncedRecipients: recipients, timestamp: z.optional(z.string()) }),
  }),
  z.looseObject({
    type: z.literal('Complaint'),
    mail,
    complaint: z.looseObject({ complainedRecipients: recipients, timestamp: z.optional(z.string()) }),
  }),
]);

/** An SNS message body from SES (event publishing's `eventType`, or a notification's `notificationType`). */
export function readSesFeedback(body: string, receivedAt: string): MailFeedback | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const raw = json as { eventType?: unknown; notificationType?: unknown };
  const parsed = event.safeParse({ ...raw, type: raw.eventType ?? raw.notificationType });
  if (!parsed.success) return undefined;
  const e = parsed.data;
  const rma = e.mail.tags?.[RMA_TAG]?.[0];
  if (e.type === 'Bounce') {
    return {
      kind: 'bounce',
      // "Undetermined" is not final; only SES's "Permanent" stops mail to the address.
      permanent: e.bounce.bounceType === 'Permanent',
      recipients: e.bounce.bouncedRecipients.map((r) => r.emailAddress),
      ...(rma ? { rma } : {}),
      at: isoOr(e.bounce.timestamp, receivedAt),
    };
  }
  return {
    kind: 'complaint',
    permanent: true,
    recipients: e.complaint.complainedRecipients.map((r) => r.emailAddress),
    ...(rma ? { rma } : {}),
    at: isoOr(e.complaint.timestamp, receivedAt),
  };
}

function isoOr(text: string | undefined, fallback: string): string {
  const ms = text ? Date.parse(text) : NaN;
  return Number.isNaN(ms) ? fallback : new Date(ms).toISOString();
}
