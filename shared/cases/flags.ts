// What a case can be flagged with for staff, one entry each with what it tells them. A case's flags
// are a set of these; the staff queue lists them.

export const FLAGS = {
  wants_person: 'The customer asked for a person.',
  customer_replied: 'The customer wrote by email since the decision: read the reply.',
  customer_asked: 'The customer asked something with their request that only a colleague can answer: read their message.',
  send_address: 'Approved, to be posted by the customer, and the policy names no address: email it to them.',
  cancel_code: 'Approved, and it came as a code or download: check it is unused, cancel it and write to the customer.',
  no_auto_reply: 'The inbound mail checks did not vouch for the sender: nothing is sent until staff release it.',
  mail_review: 'The mail checks were inconclusive (a failed or missing SPF, DKIM or DMARC result): check the sender.',
  mail_unverified: 'The mail came from an address the checks could not confirm.',
  mail_limit: 'A daily limit on automatic mail was reached: the email is held until staff release it.',
  email_failed: 'An email to the customer failed; they have not been told.',
  email_rejected: 'The mail service refused the customer’s address for good.',
  email_bounced: 'Mail to the customer’s address bounced for good: nothing more is sent to it. Reach them another way and check the address.',
  email_complaint: 'The customer marked our mail as spam: nothing more is sent to their address. Reach them another way if needed.',
  sla_breached: 'The 21-day promise was broken: the customer was offered a credit or refund.',
  credit_late: 'The credit or refund the customer chose is past the policy’s days from the return: pay it now (the customer was told).',
} as const;

export type Flag = keyof typeof FLAGS;

export const WANTS_PERSON: Flag = 'wants_person';
/** A question asked with the request that the desk's answers leave to a colleague. */
export const CUSTOMER_ASKED: Flag = 'customer_asked';
/** Approved, to be posted by the customer, and the merchant's policy names no address: staff send it. */
export const SEND_ADDRESS: Flag = 'send_address';
/** Approved, and it came as a code or download: nothing comes back, staff cancel it. */
export const CANCEL_CODE: Flag = 'cancel_code';
/** The flag the inbound mail checks set: nothing is sent to this customer until staff release it. */
export const NO_AUTO_REPLY: Flag = 'no_auto_reply';
/** The flag for mail held because a daily limit on automatic mail was reached: staff release it. */
export const MAIL_LIMIT: Flag = 'mail_limit';
/** The flag that tells staff the promise was broken and the customer offered a credit or refund. */
export const SLA_BREACHED: Flag = 'sla_breached';

/** The flag for mail the service reported back: a permanent bounce, or a complaint (mail-feedback.ts). */
export const FEEDBACK_FLAG = { bounce: 'email_bounced', complaint: 'email_complaint' } as const satisfies Record<'bounce' | 'complaint', Flag>;

/** The case with these flags added (each once). */
export function withFlags<C extends { flags: Flag[] }>(c: C, ...flags: Flag[]): C {
  const added = flags.filter((f, i) => !c.flags.includes(f) && flags.indexOf(f) === i);
  return added.length === 0 ? c : { ...c, flags: [...c.flags, ...added] };
}
