// The email with new status links, for a customer who asked for theirs again.
import type { Case } from '../cases/case';
import type { OutgoingEmail } from '../cases/ports';
import type { Policy } from '../rules';
import { afterTextIn } from './after-text';
import { renderLetter } from './letter';

export function renderLinks(c: Case, policy: Policy, links: readonly { c: Case; url: string }[]): OutgoingEmail {
  const A = afterTextIn(c.language).links;
  return renderLetter(c, policy, {
    subject: A.subject(policy.merchant.name),
    lead: [A.lead],
    sections: links.map((l) => ({ title: l.c.rma, lines: [l.url] })).concat([{ title: A.notYou, lines: [A.ignore] }]),
    ...(links.length === 1 && links[0] ? { link: links[0].url } : {}),
  });
}
