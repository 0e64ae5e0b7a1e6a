// A staff member's own message to the customer: their words, the status link (a new one: links are
// stored hashed), and how to answer. Written by a person, so not marked as automatic.
import type { Case } from '../cases/case';
import type { OutgoingEmail } from '../cases/ports';
import type { Policy } from '../rules';
import { afterTextIn } from './after-text';
import { emailTextIn, updateTextIn } from './email-text';
import { closingSections, renderLetter } from './letter';

export function renderStaffMessage(c: Case, policy: Policy, text: string, statusUrl: string): OutgoingEmail {
  const A = afterTextIn(c.language).messages;
  const T = emailTextIn(c.language);
  const U = updateTextIn(c.language);
  const merchant = policy.merchant.name;
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return renderLetter(c, policy, {
    subject: U.subject(merchant, c.rma, A.subject),
    lead: [U.update(merchant, c.rma), T.keepNumber],
    sections: [{ title: A.fromStaff(merchant), lines: paragraphs, after: [A.replyHint] }, ...closingSections(policy, statusUrl, true, c.language)],
    link: statusUrl,
    personal: true,
  });
}
