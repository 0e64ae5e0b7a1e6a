// The email that tells a customer who asked for a person that a colleague has their conversation.
import type { Case } from '../cases/case';
import type { OutgoingEmail } from '../cases/ports';
import type { Policy } from '../rules';
import { emailTextIn, updateTextIn } from './email-text';
import { closingSections, renderLetter } from './letter';

export function renderHandoff(c: Case, policy: Policy, statusUrl: string): OutgoingEmail {
  const T = emailTextIn(c.language);
  const U = updateTextIn(c.language);
  return renderLetter(c, policy, {
    subject: U.subject(policy.merchant.name, c.rma, U.subjects.handoff),
    lead: [T.handoff(policy.merchant.name, c.rma), T.keepNumber],
    sections: closingSections(policy, statusUrl, true, c.language),
    link: statusUrl,
  });
}
