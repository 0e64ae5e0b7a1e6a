// "Get your link again": the page where a customer who lost their status link asks for it by email.
// Works without JavaScript; the answer is the same whether or not the address has a return.
import { html } from '../../shared/notify/html';
import type { Language } from '../../shared/extract/language';
import { afterTextIn } from '../../shared/notify/after-text';
import { page } from './layout';

export interface LinkPageInput {
  language?: Language;
  /** The request went (`/link?sent=1`). */
  sent?: boolean;
  /** What was typed, when it was no email address. */
  refused?: string;
}

/** `?lang=` for the form's action, so the answer page speaks the page's language. */
const langQuery = (language: Language | undefined) => (language && language !== 'en' ? `?lang=${language}` : '');

export function linkPage(input: LinkPageInput): string {
  const A = afterTextIn(input.language).links;
  const refused = input.refused !== undefined;
  const body = html`<h1>${A.pageTitle}</h1>
${input.sent ? html`<p class="notice" id="notice" role="status">${A.sent}</p>` : ''}
<p class="intro">${A.pageIntro}</p>
<form method="post" action="/api/link${langQuery(input.language)}" novalidate>
<div class="field${refused ? ' invalid' : ''}"><label for="link-email">${A.email}</label><input id="link-email" name="email" type="email" autocomplete="email" required maxlength="254" value="${input.refused ?? ''}"${refused ? html` aria-invalid="true" aria-describedby="link-email-error" autofocus` : ''}>${refused ? html`<p class="field-error" id="link-email-error" role="alert">${A.badEmail}</p>` : ''}</div>
<p class="actions"><button type="submit" id="link-send">${A.send}</button></p>
</form>`;
  return page(A.pageTitle, body, input.language ? { language: input.language } : {});
}

/** The way to the page, for pages a customer without their link lands on. */
export function lostLinkHint(language: Language | undefined) {
  return html`<p><a href="/link${langQuery(language)}" id="lost-link">${afterTextIn(language).links.lost}</a></p>`;
}
