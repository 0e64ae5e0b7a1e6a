// "Send me my link again": a customer who lost their status link gives their email address; the desk
// emails new links to that address, for its most recent returns. The answer is the same whether or not
// the address has a return (nobody learns who has one), and the daily mail limits count it like any
// automatic email (nobody can make the desk mail an address at volume).
import { renderLinks } from '../notify/links';
import type { Case } from './case';
import { mailboxOf } from './emails';
import type { CaseDeps } from './case-deps';
import { statusUrl, withNewLink } from './case-deps';
import { updateWithRetry } from './write';

/** The most returns one email lists (the most recently changed). */
export const LINKS_PER_EMAIL = 3;

export function makeSendLinks(deps: CaseDeps) {
  return async function sendLinks(email: string, sender: string): Promise<void> {
    const mailbox = mailboxOf(email);
    const found = await deps.store.findCases({ text: email.trim().toLowerCase() }, { limit: 20 });
    const theirs = found.cases.filter((c) => mailboxOf(c.contact.email) === mailbox && c.status !== 'draft').slice(0, LINKS_PER_EMAIL);
    if (theirs.length === 0) return;
    if (!(await deps.mailQuota.take({ recipient: theirs[0]?.contact.email as string, sender, day: deps.clock.today() }))) return;
    const links: { c: Case; url: string }[] = [];
    for (const c of theirs) {
      let token = '';
      // The new link's hash is written before the email goes, so the link works when it arrives.
      const written = await updateWithRetry(deps.store, c.rma, (x) => {
        const [linked, t] = withNewLink(x, deps.ids);
        token = t;
        return linked;
      });
      if (written) links.push({ c: written, url: statusUrl(deps.publicBaseUrl, written.rma, token) });
    }
    const first = links[0];
    if (!first) return;
    const policy = deps.policies.get(first.c.policy);
    if (!policy) return;
    await deps.mailer.send(renderLinks(first.c, policy, links));
  };
}
