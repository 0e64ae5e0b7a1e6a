// The RMA form: plain HTML that works without JavaScript; web/client/form.ts enhances it.
import { html, type SafeHtml } from '../../shared/notify/html';
import { QUESTIONS } from '../../shared/intake/questions';
import {
  BOOLEAN_FACTS,
  COUNTRY_CODES,
  DEFECT_CAUSES,
  FACT_LABELS,
  NUMBER_FACTS,
  OUTCOME_LABELS,
  PRODUCT_CATEGORIES,
  PRODUCT_CONDITIONS,
  trackLabel,
  type Decision,
  type Policy,
} from '../../shared/rules';
import { WEB_TEXT } from '../text';
import { page } from './layout';
import { photoClientText } from './photos';

const T = WEB_TEXT.form;
type Values = Record<string, unknown>;

export interface FormPageInput {
  policies: ReadonlyMap<string, Policy>;
  values?: Values;
  error?: { message: string; field?: string | undefined };
  decision?: Decision;
  /** Preselect a merchant (e.g. from the page's link). */
  policy?: string;
}

function get(values: Values, path: string): unknown {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  const top = values[head];
  return leaf === undefined ? top : (top as Values | undefined)?.[leaf];
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

let countryOptions: { code: string; name: string }[] | undefined;
function countries() {
  if (!countryOptions) {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    countryOptions = [...COUNTRY_CODES].map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
  return countryOptions;
}

function fieldError(input: FormPageInput, name: string): SafeHtml | '' {
  const field = input.error?.field;
  if (!field || (field !== name && !field.startsWith(`${name}.`))) return '';
  return html`<p class="field-error" id="${name}-error">${T.fixField}: ${input.error?.message ?? ''}</p>`;
}

function wrap(name: string, body: SafeHtml, input: FormPageInput, extraClass = ''): SafeHtml {
  const invalid = input.error?.field === name;
  return html`<div class="field ${extraClass}${invalid ? ' invalid' : ''}" data-fact="${name}">${body}${fieldError(input, name)}</div>`;
}

function radios(name: string, legend: string, options: readonly (readonly [string, string])[], input: FormPageInput, withUnknown = false): SafeHtml {
  const current = get(input.values ?? {}, name);
  const currentText = current === true ? 'yes' : current === false ? 'no' : str(current);
  const all = withUnknown ? [...options, ['unknown', T.unknown] as const] : options;
  const checked = (value: string) => currentText === value || (value === 'unknown' && currentText === '');
  return wrap(
    name,
    html`<fieldset><legend>${legend}</legend><div class="choices">${all.map(
      ([value, label]) =>
        html`<label class="choice"><input type="radio" name="${name}" value="${value}"${checked(value) ? html` checked` : ''}> <span>${label}</span></label>`,
    )}</div></fieldset>`,
    input,
  );
}

function yesNo(name: string, legend: string, input: FormPageInput): SafeHtml {
  return radios(
    name,
    legend,
    [
      ['yes', T.yes],
      ['no', T.no],
    ],
    input,
    true,
  );
}

function textInput(name: string, label: string, type: string, input: FormPageInput, attrs: SafeHtml | '' = ''): SafeHtml {
  return wrap(
    name,
    html`<label for="f-${name}">${label}</label><input id="f-${name}" name="${name}" type="${type}" value="${str(get(input.values ?? {}, name))}" ${attrs}>`,
    input,
  );
}

function assessment(decision: Decision | undefined): SafeHtml {
  if (!decision) return html`<section id="assessment" class="assessment" aria-live="polite" hidden></section>`;
  const headline = `${OUTCOME_LABELS[decision.outcome]}${decision.track ? ` — ${trackLabel(decision.track)}` : ''}`;
  return html`<section id="assessment" class="assessment ${decision.outcome}" aria-live="polite">
<h2>${T.assessment}</h2>
<p class="headline">${headline}</p>
${
  decision.outcome === 'need_info'
    ? html`<p>${T.needInfo}</p><p>${T.stillNeeded}</p><ul>${decision.missing.map((m) => html`<li>${FACT_LABELS[m]}</li>`)}</ul>`
    : html`<ul>${decision.notes.map((n) => html`<li>${n}</li>`)}</ul>`
}
</section>`;
}

export function formPage(input: FormPageInput): string {
  const values = input.values ?? {};
  const selectedPolicy = str(values.policy) || input.policy || '';
  const country = str(values.country).toUpperCase();
  const cause = str(values.defectCause);
  const body = html`
<h1>${T.title}</h1>
<p class="intro">${T.intro}</p>
<noscript><p class="hint">${T.noScriptHint}</p></noscript>
${input.error && !input.error.field ? html`<p class="form-error" role="alert">${input.error.message}</p>` : ''}
${input.error?.field ? html`<p class="form-error" role="alert">${T.fixField}: ${input.error.field} — ${input.error.message}</p>` : ''}
${assessment(input.decision)}
<form id="rma-form" method="post" action="/api/cases" novalidate data-photo-text="${photoClientText()}" data-labels="${JSON.stringify(FACT_LABELS)}" data-text="${JSON.stringify({ outcomes: OUTCOME_LABELS, assessment: T.assessment, stillNeeded: T.stillNeeded, failed: T.failed })}" data-booleans="${BOOLEAN_FACTS.join(' ')}" data-numbers="${NUMBER_FACTS.join(' ')}">
  ${wrap(
    'policy',
    html`<label for="f-policy">${T.policy}</label><select id="f-policy" name="policy" required>${[...input.policies.values()].map(
      (p) => html`<option value="${p.id}"${p.id === selectedPolicy ? html` selected` : ''}>${p.merchant.name}</option>`,
    )}</select>`,
    input,
    'always',
  )}
  ${radios(
    'reason',
    QUESTIONS.reason.text,
    (QUESTIONS.reason.options ?? []).map((o) => [String(o.value), o.label] as const),
    input,
  )}
  <fieldset class="group"><legend>${T.dates}</legend>
    ${textInput('purchaseDate', QUESTIONS.purchaseDate.text, 'date', input)}
    ${textInput('deliveryDate', QUESTIONS.deliveryDate.text, 'date', input)}
  </fieldset>
  ${wrap(
    'country',
    html`<label for="f-country">${QUESTIONS.country.text}</label><select id="f-country" name="country"><option value="">${T.chooseCountry}</option>${countries().map(
      (c) => html`<option value="${c.code}"${c.code === country ? html` selected` : ''}>${c.name}</option>`,
    )}</select>`,
    input,
  )}
  <fieldset class="group"><legend>${T.product}</legend>
    ${radios(
      'product.category',
      T.category,
      PRODUCT_CATEGORIES.map((c) => [c, WEB_TEXT.categories[c]] as const),
      input,
      true,
    )}
    ${radios(
      'product.condition',
      T.condition,
      PRODUCT_CONDITIONS.map((c) => [c, WEB_TEXT.conditions[c]] as const),
      input,
      true,
    )}
    ${yesNo('product.customOrder', T.customOrder, input)}
    ${textInput('product.warrantyMonths', T.warrantyMonths, 'number', input, html`inputmode="numeric" min="0" max="600"`)}
    ${textInput('product.supplierWarrantyMonths', T.supplierWarrantyMonths, 'number', input, html`inputmode="numeric" min="0" max="600"`)}
  </fieldset>
  <fieldset class="group"><legend>${T.item}</legend>
    ${(Object.keys(WEB_TEXT.items) as (keyof typeof WEB_TEXT.items)[]).map((k) => yesNo(`item.${k}`, WEB_TEXT.items[k], input))}
  </fieldset>
  ${wrap(
    'defectCause',
    html`<label for="f-defectCause">${T.defectCause}</label><select id="f-defectCause" name="defectCause"><option value="">${T.chooseCause}</option>${DEFECT_CAUSES.map(
      (c) => html`<option value="${c}"${c === cause ? html` selected` : ''}>${WEB_TEXT.causes[c]}</option>`,
    )}</select>`,
    input,
  )}
  ${yesNo('invoiceCopy', T.invoiceCopy, input)}
  <fieldset class="group always" data-fact="contact"><legend>${T.contact}</legend>
    ${textInput('contact.name', T.name, 'text', input, html`autocomplete="name" required maxlength="100"`)}
    ${textInput('contact.email', T.email, 'email', input, html`autocomplete="email" required maxlength="254"`)}
  </fieldset>
  <fieldset class="group always photo-field" hidden><legend>${WEB_TEXT.photos.formField}</legend>
    <p class="hint">${WEB_TEXT.photos.formHint}</p>
    <input type="file" id="f-photos" accept="image/*,.heic,.heif" multiple aria-label="${WEB_TEXT.photos.formField}">
    <ul class="uploads" aria-live="polite"></ul>
  </fieldset>
  <p class="actions always"><button type="submit" data-busy="${T.submitting}">${T.submit}</button></p>
</form>`;
  // The photo field has no name: it is never part of the form's data, only uploaded once the case exists.
  return page(T.title, body, { scripts: ['/assets/photos.js', '/assets/form.js'] });
}
