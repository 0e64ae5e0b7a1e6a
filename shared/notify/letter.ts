// The shape every case email shares: a greeting, a lead paragraph, titled sections, the sign-off
// and the automatic-message note — once as plain text and once as HTML with the same content.
import type { Case } from '../cases/case';
import type { OutgoingEmail } from '../cases/ports';
import type { Policy } from '../rules';
import type { Language } from '../extract/language';
import { emailTextIn } from './email-text';
import { html, type SafeHtml } from './html';

export interface Section {
  title: string;
  lines: string[];
  ordered?: boolean;
  /** Paragraphs after the list. */
  after?: string[];
}

export interface Letter {
  subject: string;
  /** The opening paragraph: lines in the text, one paragraph in the HTML. */
  lead: string[];
  sections: Section[];
  /** A line equal to this becomes a link in the HTML (the customer's status page). */
  link?: string;
  /** Written by a person (a staff member's message): not marked as sent automatically. */
  personal?: boolean;
}

/** How to reach the merchant, and the status page (by its link, or where to find the link). */
export function closingSections(policy: Policy, statusUrl: string | undefined, confirmed = true, language?: Language): Section[] {
  const merchant = policy.merchant;
  const T = emailTextIn(language);
  const ways = [merchant.email, merchant.phone].filter((w): w is string => Boolean(w));
  return [
    { title: T.contact, lines: [ways.length > 0 ? T.contactLine(merchant.name, ways.join(` ${T.contactOr} `)) : T.contactReply] },
    // A draft has had no confirmation yet: its link comes with it, not "in our first email".
    { title: T.statusLink, lines: statusUrl ? [statusUrl, T.statusHint] : [confirmed ? T.statusLinkInConfirmation : T.statusLinkLater] },
  ];
}

function textBody(c: Case, policy: Policy, letter: Letter): string {
  const T = emailTextIn(c.language);
  const lines = [T.greeting(c.contact.name), '', ...letter.lead, ''];
  for (const s of letter.sections) {
    lines.push(s.title.toUpperCase());
    s.lines.forEach((l, i) => lines.push(s.ordered ? `  ${i + 1}. ${l}` : `  - ${l}`));
    for (const a of s.after ?? []) lines.push(`  ${a}`);
    lines.push('');
  }
  lines.push(T.signOff(policy.merchant.name), ...(letter.personal ? [] : ['', T.autoNote]));
  return `${lines.join('\n')}\n`;
}

function htmlBody(c: Case, policy: Policy, letter: Letter): string {
  const T = emailTextIn(c.language);
  const line = (l: string): SafeHtml | string => (l === letter.link ? html`<a href="${l}">${l}</a>` : l);
  const list = (s: Section): SafeHtml => {
    const items = s.lines.map((l) => html`<li>${line(l)}</li>`);
    const after = (s.after ?? []).map((a) => html`<p>${line(a)}</p>`);
    return html`${s.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`}${after}`;
  };
  return html`<!doctype html>
<html lang="${c.language ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${c.rma}</title></head>
<body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;line-height:1.5;color:#1a1a1a;max-width:40rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere;word-break:break-word">
<p>${T.greeting(c.contact.name)}</p>
<p>${letter.lead.join(' ')}</p>
<p style="font-size:1.5rem;font-weight:700;letter-spacing:.05em">${c.rma}</p>
${letter.sections.map((s) => html`<h2 style="font-size:1.1rem;margin-top:1.5rem">${s.title}</h2>${list(s)}`)}
<p style="white-space:pre-line">${T.signOff(policy.merchant.name)}</p>
${letter.personal ? '' : html`<p style="color:#666;font-size:.85rem">${T.autoNote}</p>`}
</body></html>`.value;
}

export function renderLetter(c: Case, policy: Policy, letter: Letter): OutgoingEmail {
  return { to: c.contact.email, subject: letter.subject, text: textBody(c, policy, letter), html: htmlBody(c, policy, letter), rma: c.rma };
}
