// The confirmation email of a case: plain text and HTML with the same content.
import type { Case } from '../cases/case';
import type { OutgoingEmail } from '../cases/ports';
import {
  CUSTOMER_PAYS_LABELS,
  DEADLINE_LABELS,
  DOCUMENT_LABELS,
  OUTCOME_LABELS,
  PHOTO_LABELS,
  REMEDY_LABELS,
  trackLabel,
  type Policy,
} from '../rules';
import { PHOTO_LIMITS } from '../photos/limits';
import { EMAIL_TEXT as T } from './email-text';
import { html, type SafeHtml } from './html';

interface Section {
  title: string;
  lines: string[];
  ordered?: boolean;
  /** Paragraphs after the list. */
  after?: string[];
}

function sections(c: Case, policy: Policy, statusUrl: string): Section[] {
  const d = c.decision;
  const merchant = policy.merchant;
  const out: Section[] = [];
  const headline = `${OUTCOME_LABELS[d.outcome]}${d.track ? ` — ${trackLabel(d.track)}` : ''}`;
  out.push({ title: T.decision, lines: [headline, ...d.notes] });

  const cited = d.clauses.map((id) => policy.clauses.find((cl) => cl.id === id)).filter((cl) => cl !== undefined);
  out.push({ title: T.why(merchant.name), lines: cited.map((cl) => `${cl.title} [${cl.id}]: “${cl.quote.join(' … ')}”`) });

  if (d.outcome === 'approved' || d.outcome === 'review') {
    const terms: string[] = [];
    if (d.remedies.length > 0) terms.push(`${T.youGet}: ${d.remedies.map((r) => REMEDY_LABELS[r]).join(', or ')}.`);
    terms.push(`${T.youPay}: ${d.customerPays.length > 0 ? d.customerPays.map((p) => CUSTOMER_PAYS_LABELS[p]).join('; ') : T.payNothing}.`);
    if (d.restockingFeeMaxPercent !== undefined) terms.push(T.restocking(d.restockingFeeMaxPercent));
    if (d.slaDays !== undefined) terms.push(`${T.slaLabel}: ${T.sla(d.slaDays)}.`);
    // The customer has told us already: the notice deadline is history; later dates still matter.
    for (const [key, date] of Object.entries(d.deadlines)) if (key !== 'notifyBy') terms.push(`${DEADLINE_LABELS[key] ?? key}: ${date}.`);
    out.push({ title: T.terms, lines: terms });
  }
  if (d.photos.length > 0) {
    // Photos are uploaded on the status page: the same personal link as below.
    out.push({ title: T.photos, lines: d.photos.map((p) => PHOTO_LABELS[p]), after: [T.photosHow(PHOTO_LIMITS.maxPerCase), statusUrl] });
  }
  if (d.outcome === 'approved') {
    if (d.documents.length > 0) out.push({ title: T.documents, lines: d.documents.map((doc) => DOCUMENT_LABELS[doc]) });
    if (d.packing.length > 0) out.push({ title: T.packing, lines: d.packing, ordered: true });
    out.push({ title: T.returnAddress, lines: merchant.returnAddress ?? [T.noAddress(merchant.name)] });
  } else {
    out.push({ title: T.decision, lines: [T.notApproved[d.outcome as keyof typeof T.notApproved]] });
  }
  const ways = [merchant.email, merchant.phone].filter((w): w is string => Boolean(w));
  out.push({ title: T.contact, lines: [ways.length > 0 ? T.contactLine(merchant.name, ways.join(' or ')) : T.contactReply] });
  out.push({ title: T.statusLink, lines: [statusUrl, T.statusHint] });
  return out;
}

function textBody(c: Case, policy: Policy, parts: Section[]): string {
  const lines = [T.greeting(c.contact.name), '', T.intro(policy.merchant.name, c.rma), T.keepNumber, ''];
  for (const s of parts) {
    lines.push(s.title.toUpperCase());
    s.lines.forEach((l, i) => lines.push(s.ordered ? `  ${i + 1}. ${l}` : `  - ${l}`));
    for (const a of s.after ?? []) lines.push(`  ${a}`);
    lines.push('');
  }
  lines.push(T.signOff(policy.merchant.name), '', T.autoNote);
  return `${lines.join('\n')}\n`;
}

function htmlBody(c: Case, policy: Policy, parts: Section[], statusUrl: string): string {
  const line = (l: string): SafeHtml | string => (l === statusUrl ? html`<a href="${l}">${l}</a>` : l);
  const list = (s: Section): SafeHtml => {
    const items = s.lines.map((l) => html`<li>${line(l)}</li>`);
    const after = (s.after ?? []).map((a) => html`<p>${line(a)}</p>`);
    return html`${s.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`}${after}`;
  };
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${c.rma}</title></head>
<body style="font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;line-height:1.5;color:#1a1a1a;max-width:40rem;margin:0 auto;padding:1rem">
<p>${T.greeting(c.contact.name)}</p>
<p>${T.intro(policy.merchant.name, c.rma)} ${T.keepNumber}</p>
<p style="font-size:1.5rem;font-weight:700;letter-spacing:.05em">${c.rma}</p>
${parts.map((s) => html`<h2 style="font-size:1.1rem;margin-top:1.5rem">${s.title}</h2>${list(s)}`)}
<p style="white-space:pre-line">${T.signOff(policy.merchant.name)}</p>
<p style="color:#666;font-size:.85rem">${T.autoNote}</p>
</body></html>`.value;
}

/** The confirmation for a newly created case (also the written answer for review, declined, referred). */
export function renderConfirmation(c: Case, policy: Policy, statusUrl: string): OutgoingEmail {
  const parts = sections(c, policy, statusUrl);
  return {
    to: c.contact.email,
    subject: T.subject(policy.merchant.name, c.rma, c.decision.outcome),
    text: textBody(c, policy, parts),
    html: htmlBody(c, policy, parts, statusUrl),
  };
}
