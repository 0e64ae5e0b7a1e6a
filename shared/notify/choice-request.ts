// The email that asks the customer to choose their remedy once the merchant validated the return:
// the options as the decision offers them, and where to choose (the status page, by a new link, or a reply).
import type { Case } from '../cases/case';
import type { OutgoingEmail } from '../cases/ports';
import { sentenceIn } from '../i18n/policy-text';
import { REMEDY_LABELS, type Policy } from '../rules';
import { afterTextIn } from './after-text';
import { emailTextIn, updateTextIn } from './email-text';
import { closingSections, renderLetter } from './letter';

export function renderChoiceRequest(c: Case, policy: Policy, statusUrl: string): OutgoingEmail {
  const A = afterTextIn(c.language).choice;
  const T = emailTextIn(c.language);
  const U = updateTextIn(c.language);
  const merchant = policy.merchant.name;
  return renderLetter(c, policy, {
    subject: U.subject(merchant, c.rma, A.subject),
    lead: [A.ask(merchant), T.keepNumber],
    sections: [
      { title: A.title, lines: c.decision.remedies.map((r) => sentenceIn(c.language, REMEDY_LABELS[r])), after: [A.how] },
      ...closingSections(policy, statusUrl, true, c.language),
    ],
    link: statusUrl,
  });
}
