// The customer's status page for one case (rendered on the server: works without JavaScript).
import { canTransition, type CustomerCaseView } from '../../shared/cases';
import { html, type SafeHtml } from '../../shared/notify/html';
import type { Language } from '../../shared/extract/language';
import { notesIn, sentenceIn } from '../../shared/i18n/policy-text';
import { OUTCOME_LABELS, PHOTO_LABELS, REMEDY_LABELS, trackLabel, type Policy } from '../../shared/rules';
import { dateIn } from '../../shared/i18n/format';
import { aboutLines, afterTextIn } from '../../shared/notify/after-text';
import { wishAmong } from '../../shared/cases/about';
import { emailTextIn } from '../../shared/notify/email-text';
import { webTextIn } from '../text';
import { lostLinkHint } from './link';
import { page } from './layout';
import { photosSection } from './photos';

/** What the status page says above the case after an action (`?notice=`), in the page's language. */
function notices(language: Language | undefined) {
  const W = webTextIn(language);
  const A = afterTextIn(language);
  return {
    cancelled: W.cancel.done,
    not_cancellable: W.cancel.tooLate,
    mail_held: W.mailLimit.notice,
    collection_saved: A.collection.saved,
    collection_closed: A.collection.locked,
    choice_saved: A.choice.saved,
    choice_closed: A.choice.closed,
  };
}

/** The notices the status page shows (only these). */
export const STATUS_NOTICES = notices(undefined);
export type StatusNotice = keyof typeof STATUS_NOTICES;
/** The notices that say something was refused. */
const REFUSALS: readonly StatusNotice[] = ['not_cancellable', 'collection_closed', 'choice_closed'];

function noticeText(notice: StatusNotice, language: Language | undefined): string {
  return notices(language)[notice];
}

/** The collection form as the customer sent it, when something in it must be corrected. */
export interface CollectionForm {
  values: { address: string; phone: string; days: string };
  errors: { address?: string; phone?: string };
}

/**
 * Where the merchant collects it (a collected return, until the parcel is on its way): the details the
 * customer gave, a form to give or change them until the courier is booked, then the booking and the pick-up.
 */
function collectionSection(view: CustomerCaseView, token: string, form: CollectionForm | undefined): SafeHtml | '' {
  const d = view.decision;
  if (d.outcome !== 'approved' || d.transport !== 'collection' || (view.status !== 'approved' && view.status !== 'awaiting_parcel')) return '';
  const A = afterTextIn(view.language).collection;
  const c = view.collection;
  // The decision's own words on it (at no charge, nothing to post) lead the section.
  const terms = view.nextSteps.find((step) => step.kind === 'collection')?.lines ?? [];
  const lead = terms.map((line) => html`<p>${line}</p>`);
  const given = c
    ? html`<dl class="details"><dt>${A.address}</dt><dd id="collection-address-given">${c.address}</dd><dt>${A.phone}</dt><dd>${c.phone ?? '—'}</dd><dt>${A.days}</dt><dd>${c.days ?? A.anyDay}</dd>${c.notes ? html`<dt>${A.notes}</dt><dd>${c.notes}</dd>` : ''}</dl>`
    : '';
  if (c?.booking) {
    const booked = A.booked(c.booking.courier, dateIn(view.language, c.booking.day), c.booking.reference);
    return html`<section class="next-step collection" id="collection"><h2>${A.title}</h2>${lead}<p id="collection-state">${c.collectedAt ? A.collected : booked}</p>${given}</section>`;
  }
  // Given details fill the form, "any working day" too (blind run BM: shown only as a hint, it looked lost).
  const values = form?.values ?? { address: c?.address ?? '', phone: c?.phone ?? '', days: c ? (c.days ?? A.anyDay) : '' };
  const errors = form?.errors ?? {};
  const field = (name: 'address' | 'phone' | 'days', label: string, control: SafeHtml) => {
    const error = name === 'days' ? undefined : errors[name];
    return html`<div class="field${error ? ' invalid' : ''}"><label for="collection-${name}">${label}</label>${control}${error ? html`<p class="field-error" id="collection-${name}-error">${error}</p>` : ''}</div>`;
  };
  const invalid = (name: 'address' | 'phone') => (errors[name] ? html` aria-invalid="true" aria-describedby="collection-${name}-error"` : '');
  const formHtml = html`<form method="post" action="/api/cases/${view.rma}/collection" class="collection-form" novalidate>
<input type="hidden" name="token" value="${token}">
${field('address', A.address, html`<textarea id="collection-address" name="address" rows="3" maxlength="300" autocomplete="street-address" required${invalid('address')}>${values.address}</textarea>`)}
${field('phone', A.phone, html`<input id="collection-phone" name="phone" type="tel" maxlength="40" autocomplete="tel" value="${values.phone}"${invalid('phone')}>`)}
${field('days', A.days, html`<input id="collection-days" name="days" maxlength="200" value="${values.days}" placeholder="${A.anyDay}">`)}
<button type="submit" id="collection-save">${A.save}</button>
</form>`;
  // Details given are shown once; the form to change them opens on demand (open while it has errors to correct).
  const changeable = c ? html`<details class="collection-change"${form ? html` open` : ''}><summary>${A.change}</summary>${formHtml}</details>` : formHtml;
  return html`<section class="next-step collection" id="collection"><h2>${A.title}</h2>${lead}<p id="collection-state">${c ? A.waiting : A.askPage}</p>${given}
${changeable}</section>`;
}

export interface StatusPageOptions {
  /** `?cancel=1`: the customer pressed "Cancel this return"; ask before doing it. */
  confirmCancel?: boolean;
  notice?: StatusNotice;
  /** The case's policy: how its notes read in the customer's language, and how to reach the merchant. */
  policy?: Pick<Policy, 'presumedNotes' | 'merchant'>;
  /** The desk's time zone (IANA): times are shown in it. */
  timeZone?: string;
  /** The collection form sent back to be corrected. */
  collection?: CollectionForm;
}

/** The address of a case's status page; `extra`: more query parameters (fixed words, not input). */
export function statusPath(rma: string, token: string, extra = ''): string {
  return `/status/${encodeURIComponent(rma)}?token=${encodeURIComponent(token)}${extra}`;
}

/** Cancelling takes two steps without JavaScript: a link to the question, then the form that cancels. */
function cancelSection(view: CustomerCaseView, token: string, confirm: boolean): SafeHtml | '' {
  const C = webTextIn(view.language).cancel;
  if (!canTransition(view.status, 'cancelled')) return '';
  if (!confirm) {
    return html`<section class="cancel"><a class="button danger" id="cancel-return" href="${statusPath(view.rma, token, '&cancel=1')}#cancel-confirm">${C.button}</a><p class="hint">${C.hint}</p></section>`;
  }
  return html`<section class="cancel confirm" id="cancel-confirm"><h2>${C.confirmTitle}</h2><p>${C.confirmText(view.rma)}</p><form method="post" action="/api/cases/${view.rma}/cancel"><input type="hidden" name="token" value="${token}"><button type="submit" class="button danger" id="cancel-confirm-button">${C.confirm}</button></form><a href="${statusPath(view.rma, token)}" id="cancel-keep" class="button secondary">${C.keep}</a></section>`;
}

/** The remedy the customer chooses once the return is validated: each option the decision offers, the chosen one checked. */
function choiceSection(view: CustomerCaseView, token: string): SafeHtml | '' {
  const choice = view.choice;
  if (!choice || (view.status !== 'received' && view.status !== 'inspecting')) {
    if (!choice?.remedy) return '';
    const A = afterTextIn(view.language).choice;
    return html`<section id="choice"><h2>${A.title}</h2><p>${A.chosen(sentenceIn(view.language, REMEDY_LABELS[choice.remedy]))}</p></section>`;
  }
  const A = afterTextIn(view.language).choice;
  // Until they choose, what they asked for ("I just want the black one") is checked.
  const checked = choice.remedy ?? wishAmong(view.about?.wish, view.decision.remedies);
  const options = view.decision.remedies.map(
    (r) =>
      html`<label class="choice-option"><input type="radio" name="remedy" value="${r}"${checked === r ? html` checked` : ''} required> ${sentenceIn(view.language, REMEDY_LABELS[r])}</label>`,
  );
  return html`<section id="choice"><h2>${A.title}</h2><p>${A.ask(view.merchant)}</p>${choice.remedy ? html`<p id="choice-made">${A.chosen(sentenceIn(view.language, REMEDY_LABELS[choice.remedy]))} ${A.change}</p>` : ''}
<form method="post" action="/api/cases/${view.rma}/choice"><input type="hidden" name="token" value="${token}"><fieldset><legend>${A.title}</legend>${options}</fieldset><button type="submit" id="choice-save">${A.save}</button></form></section>`;
}

/** What the item is, as the customer described it. */
function aboutSection(view: CustomerCaseView): SafeHtml | '' {
  const lines = aboutLines(view.language, view.about);
  if (lines.length === 0) return '';
  return html`<section id="about"><h2>${afterTextIn(view.language).about.title}</h2><ul>${lines.map((l) => html`<li>${l}</li>`)}</ul></section>`;
}

/** An instant as the desk's customers read it: their language, the desk's time zone, named. */
function timeIn(at: string, language: Language | undefined, timeZone = 'UTC'): string {
  const locale = language === 'de' || language === 'fr' ? language : 'en-GB';
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(at));
}

/** How to reach the merchant (as the emails say it). */
function contactSection(view: CustomerCaseView, policy: Pick<Policy, 'merchant'> | undefined): SafeHtml | '' {
  if (!policy) return '';
  const T = emailTextIn(view.language);
  const ways = [policy.merchant.email, policy.merchant.phone].filter((w): w is string => Boolean(w));
  return html`<section id="contact"><h2>${T.contact}</h2><p>${ways.length > 0 ? T.contactLine(policy.merchant.name, ways.join(` ${T.contactOr} `)) : T.contactReplyPage}</p></section>`;
}

/** What staff wrote and what the customer answered by email, oldest first. */
function messagesSection(view: CustomerCaseView, timeZone?: string): SafeHtml | '' {
  if (view.messages.length === 0) return '';
  const A = afterTextIn(view.language).messages;
  return html`<section id="messages"><h2>${A.title}</h2><ol class="messages">${view.messages.map(
    (m) =>
      html`<li class="message from-${m.from}"><p class="who">${m.from === 'staff' ? A.fromStaff(view.merchant) : A.fromYou} · <time datetime="${m.at}">${timeIn(m.at, view.language, timeZone)}</time></p><p class="text">${m.text}</p></li>`,
  )}</ol></section>`;
}

/** `token`: the link's token, for the photo addresses on the page. */
export function statusPage(view: CustomerCaseView, token: string, options: StatusPageOptions = {}): string {
  const d = view.decision;
  // In the customer's language; the decision's codes and notes by their English words.
  const language = view.language;
  const W = webTextIn(language);
  const T = W.status;
  const say = (english: string) => sentenceIn(language, english);
  // Until the parcel is on its way: how it goes back and what goes in it (the photos have their own section).
  const beforeParcel = view.status === 'approved' || view.status === 'awaiting_parcel';
  // The photos and the collection have their own sections.
  const steps = view.nextSteps.filter((step) => step.kind !== 'photos' && step.kind !== 'collection');
  const label = (status: CustomerCaseView['status']) =>
    status === 'draft'
      ? W.withColleague
      : status !== 'awaiting_parcel'
        ? W.statuses[status]
        : d.transport === 'collection'
          ? W.awaitingCollection
          : d.transport === 'none'
            ? W.awaitingCancellation
            : W.statuses[status];
  const body = html`
${options.notice ? html`<p class="notice${REFUSALS.includes(options.notice) ? ' refused' : ''}" id="notice" role="status">${noticeText(options.notice, language)}</p>` : ''}
<h1>${T.title(view.rma)}</h1>
<section class="rma-card">
  <p class="label">${T.yourRma}</p>
  <p class="rma" id="rma">${view.rma}</p>
  <p class="label">${T.status}</p>
  <p class="status" id="status">${label(view.status)}</p>
  ${view.colleagueWrites && view.status !== 'draft' ? html`<p class="colleague" id="colleague">${T.colleagueWrites}</p>` : ''}
</section>
<section class="assessment ${d.outcome}">
  <h2>${T.decision}</h2>
  <p class="headline">${say(OUTCOME_LABELS[d.outcome])}${d.track ? ` — ${say(trackLabel(d.track))}` : ''}</p>
  <ul>${(options.policy ? notesIn(language, d, options.policy) : d.notes).map((n) => html`<li>${n}</li>`)}</ul>
</section>
${aboutSection(view)}
${choiceSection(view, token)}
${messagesSection(view, options.timeZone)}
${collectionSection(view, token, options.collection)}
${beforeParcel ? steps.map((step) => html`<section class="next-step"><h2>${step.title}</h2><ul>${step.lines.map((l) => html`<li>${l}</li>`)}</ul></section>`) : ''}
${d.packing.length > 0 && (view.status === 'approved' || view.status === 'awaiting_parcel') ? html`<section><h2>${T.packing}</h2><ol>${d.packing.map((p) => html`<li>${say(p)}</li>`)}</ol><p class="hint">${T.emailSent}</p></section>` : ''}
${photosSection(
  view,
  token,
  d.photos.map((p) => say(PHOTO_LABELS[p])),
)}
<section><h2>${T.history}</h2><ul class="history">${view.history.map(
    (h) =>
      html`<li><time datetime="${h.at}">${timeIn(h.at, language, options.timeZone)}</time> ${h.status === 'draft' && view.status !== 'draft' ? W.draftReceived : label(h.status)}${h.resolution ? ` — ${W.resolutions[h.resolution] ?? h.resolution}` : ''}</li>`,
  )}</ul></section>
${cancelSection(view, token, options.confirmCancel === true)}
${contactSection(view, options.policy)}`;
  return page(T.title(view.rma), body, { script: '/assets/photos.js', ...(language ? { language } : {}) });
}

export function notFoundPage(language?: Language): string {
  const T = webTextIn(language).status;
  return page(T.notFound, html`<h1>${T.notFound}</h1><p>${T.notFoundHint}</p>${lostLinkHint(language)}`, language ? { language } : {});
}

export function errorPage(language?: Language): string {
  const E = webTextIn(language).error;
  return page(E.title, html`<h1>${E.title}</h1><p>${E.retry}</p>`, language ? { language } : {});
}
