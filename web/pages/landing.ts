// The landing page: the ways to start a return.
import { html } from '../../shared/notify/html';
import type { Language } from '../../shared/extract/language';
import { webTextIn } from '../text';
import { lostLinkHint } from './link';
import { page } from './layout';

export function landingPage(options: { chat: boolean; emailAddress?: string; language?: Language }): string {
  const T = webTextIn(options.language).landing;
  return page(
    T.title,
    html`<h1>${T.title}</h1>
<p class="intro">${T.intro}</p>
<ul class="ways">
  <li><a class="button" href="/form">${T.form}</a><br><span class="hint">${T.formHint}</span></li>
  ${options.chat ? html`<li><a class="button secondary" href="/chat">${T.chat}</a></li>` : ''}
</ul>
${options.emailAddress ? html`<p>${T.email(options.emailAddress)}</p>` : ''}
${lostLinkHint(options.language)}`,
    options.language ? { language: options.language } : {},
  );
}
