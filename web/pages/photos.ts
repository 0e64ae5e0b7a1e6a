// The photos part of a case's page: what the decision asks for, the photos so far (thumbnails, or
// why one was refused), and — with JavaScript — taking or choosing more (web/client/photos.ts).
import type { CustomerCaseView } from '../../shared/cases';
import { html } from '../../shared/notify/html';
import { PHOTO_TYPES } from '../../shared/photos/magic';
import { TAKES_PHOTOS } from '../../shared/photos/use-cases';
import type { Language } from '../../shared/extract/language';
import { webTextIn } from '../text';

/** What the browser script needs to say, as JSON for a data attribute. */
export function photoClientText(language?: Language): string {
  const T = webTextIn(language).photos;
  return JSON.stringify({ ...T.client, rejected: T.rejected, rejectedFallback: T.rejectedFallback, thumbAlt: T.thumbAlt('{n}') });
}

export function photoUrl(rma: string, id: string, token: string, size: 'thumb' | 'web'): string {
  return `/api/cases/${encodeURIComponent(rma)}/photos/${encodeURIComponent(id)}?size=${size}&token=${encodeURIComponent(token)}`;
}

/** Photos so far, and while the case takes them (TAKES_PHOTOS) what to send and the buttons; an ended case without photos has no section. */
export function photosSection(view: CustomerCaseView, token: string, requested: readonly string[]) {
  const T = webTextIn(view.language).photos;
  const ready = view.photos.filter((p) => p.status === 'ready');
  const refused = view.photos.flatMap((p) => (p.status === 'rejected' ? [p] : []));
  const open = TAKES_PHOTOS.includes(view.status);
  // Nothing to show and nothing asked for: no section (a return that needs no photos does not offer to take them).
  if (view.photos.length === 0 && (!open || requested.length === 0)) return '';
  return html`<section id="photos" class="photos" data-rma="${view.rma}" data-text="${photoClientText(view.language)}">
<h2>${T.title}</h2>
${open ? html`<p class="hint">${T.intro}</p>` : ''}
${open && requested.length > 0 ? html`<p>${T.requested}</p><ul class="requested">${requested.map((r) => html`<li>${r}</li>`)}</ul>` : ''}
<ul class="thumbs">${ready.map(
    (p, i) =>
      html`<li class="thumb" data-photo="${p.id}"><a href="${photoUrl(view.rma, p.id, token, 'web')}"><img src="${photoUrl(view.rma, p.id, token, 'thumb')}" alt="${T.thumbAlt(i + 1)}" loading="lazy"></a></li>`,
  )}</ul>
${ready.length === 0 ? html`<p class="none muted">${T.none}</p>` : ''}
${refused.length > 0 ? html`<ul class="refused">${refused.map((p) => html`<li data-photo="${p.id}">${T.rejected[p.reason] ?? T.rejectedFallback}</li>`)}</ul>` : ''}
${
  open
    ? html`<div class="photo-actions" hidden>
  <label class="button">${T.take}<input type="file" name="camera" accept="image/*" capture="environment" class="visually-hidden"></label>
  <label class="button secondary">${T.choose}<input type="file" name="photos" accept="${[...PHOTO_TYPES, '.heic', '.heif'].join(',')}" multiple class="visually-hidden"></label>
</div>
<noscript><p class="hint">${T.noScript}</p></noscript>`
    : ''
}
<ul class="uploads" aria-live="polite"></ul>
</section>`;
}
