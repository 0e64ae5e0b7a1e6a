// The email that answers a customer's question in a reply to one of ours ("do I put the receipt in
// the box?", "who pays the postage?"), in the same words the chat answers it.
import type { Case } from '../cases/case';
import type { OutgoingEmail } from '../cases/ports';
import type { Policy } from '../rules';
import { emailTextIn, updateTextIn } from './email-text';
import { CONFIRMATION } from '../cases/emails';
import { closingSections, renderLetter } from './letter';

export function renderCaseAnswer(c: Case, policy: Policy, answer: string, statusUrl?: string): OutgoingEmail {
  const T = emailTextIn(c.language);
  const U = updateTextIn(c.language);
  return renderLetter(c, policy, {
    subject: U.subject(policy.merchant.name, c.rma, U.subjects.answer),
    lead: [T.answerIntro(c.rma), ...answer.split('\n\n'), T.answerMore],
    sections: closingSections(policy, statusUrl, c.emails[CONFIRMATION] !== undefined, c.language),
  });
}

/** The one note, per case, that a reply the desk cannot answer is with a colleague. */
export function renderAcknowledgement(c: Case, policy: Policy, statusUrl?: string): OutgoingEmail {
  const T = emailTextIn(c.language);
  const U = updateTextIn(c.language);
  return renderLetter(c, policy, {
    subject: U.subject(policy.merchant.name, c.rma, U.subjects.message),
    lead: [T.acknowledged(c.rma)],
    sections: closingSections(policy, statusUrl, c.emails[CONFIRMATION] !== undefined, c.language),
  });
}
