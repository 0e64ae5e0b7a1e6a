// The customer's status page for one case (rendered on the server: works without JavaScript).
import { canTransition, type CustomerCaseView } from '../../shared/cases';
import { html } from '../../shared/notify/html';
import { DOCUMENT_LABELS, OUTCOME_LABELS, PHOTO_LABELS, trackLabel } from '../../shared/rules';
import { WEB_TEXT } from '../text';
import { page } from './layout';
import { photosSection } from './photos';

const T = WEB_TEXT.status;

/** `token`: the link's token, for the photo addresses on the page. */
export function statusPage(view: CustomerCaseView, token: string): string {
  const d = view.decision;
  const body = html`
<h1>${T.title(view.rma)}</h1>
<section class="rma-card">
  <p class="label">${T.yourRma}</p>
  <p class="rma" id="rma">${view.rma}</p>
  <p class="label">${T.status}</p>
  <p class="status" id="status">${WEB_TEXT.statuses[view.status]}</p>
</section>
<section class="assessment ${d.outcome}">
  <h2>${T.decision}</h2>
  <p class="headline">${OUTCOME_LABELS[d.outcome]}${d.track ? ` — ${trackLabel(d.track)}` : ''}</p>
  <ul>${d.notes.map((n) => html`<li>${n}</li>`)}</ul>
</section>
${d.documents.length > 0 ? html`<section><h2>${T.documents}</h2><ul>${d.documents.map((doc) => html`<li>${DOCUMENT_LABELS[doc]}</li>`)}</ul></section>` : ''}
${d.packing.length > 0 ? html`<section><h2>${T.packing}</h2><ol>${d.packing.map((p) => html`<li>${p}</li>`)}</ol><p class="hint">${T.emailSent}</p></section>` : ''}
${photosSection(view, token, d.photos.map((p) => PHOTO_LABELS[p]))}
<section><h2>${T.history}</h2><ul class="history">${view.history.map(
    (h) =>
      html`<li><time datetime="${h.at}">${h.at.slice(0, 16).replace('T', ' ')} UTC</time> ${WEB_TEXT.statuses[h.status]}${h.resolution ? ` — ${WEB_TEXT.resolutions[h.resolution] ?? h.resolution}` : ''}</li>`,
  )}</ul></section>
${
  canTransition(view.status, 'cancelled')
    ? html`<section class="cancel"><form method="post" action="/api/cases/${view.rma}/cancel"><input type="hidden" name="token" value="${token}"><button type="submit" class="button danger" id="cancel-return">${WEB_TEXT.cancel.button}</button></form><p class="hint">${WEB_TEXT.cancel.hint}</p></section>`
    : ''
}`;
  return page(T.title(view.rma), body, { script: '/assets/photos.js' });
}

export function notFoundPage(): string {
  return page(T.notFound, html`<h1>${T.notFound}</h1><p>${T.notFoundHint}</p>`);
}

export function errorPage(): string {
  return page(WEB_TEXT.error.title, html`<h1>${WEB_TEXT.error.title}</h1><p>${WEB_TEXT.error.retry}</p>`);
}
