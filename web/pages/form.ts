// The RMA form: plain HTML that works without JavaScript; web/client/form.ts enhances it.
import { ABOUT_LIMITS } from '../../shared/cases/about';
import { afterTextIn } from '../../shared/notify/after-text';
import { html, type SafeHtml } from '../../shared/notify/html';
import { QUESTIONS } from '../../shared/intake/questions';
import {
  BOOLEAN_FACTS,
  COUNTRY_CODES,
  DEFECT_CAUSES,
  FACT_PATHS,
  NUMBER_FACTS,
  OUTCOME_LABELS,
  PRODUCT_CATEGORIES,
  PRODUCT_CONDITIONS,
  trackLabel,
  type Decision,
  type Policy,
} from '../../shared/rules';
import type { Language } from '../../shared/extract/language';
import { chatText, type ChatKey } from '../../shared/i18n/format';
import { neededIn, notesIn, sentenceIn } from '../../shared/i18n/policy-text';
import { webTextIn, type WebText } from '../text';
import { page } from './layout';
import { photoClientText } from './photos';

type Values = Record<string, unknown>;

export interface FormPageInput {
  policies: ReadonlyMap<string, Policy>;
  values?: Values;
  error?: { message: string; field?: string | undefined };
  decision?: Decision;
  /** Preselect a merchant (e.g. from the page's link). */
  policy?: string;
  /** The page's language (the browser's, or `?lang=`); absent: English. */
  language?: Language;
}

/** The words of the page in its language: the form's own, and the questions the chat asks. */
function wordsFor(language: Language | undefined): {
  W: WebText;
  T: WebText['form'];
  question: (key: 'reason' | 'purchaseDate' | 'deliveryDate' | 'country') => string;
  reasonLabel: (value: string, english: string) => string;
} {
  const W = webTextIn(language);
  const translated = language === 'de' || language === 'fr' ? language : undefined;
  return {
    W,
    T: W.form,
    question: (key) => (translated ? chatText(translated, `q.${key}` as ChatKey) : QUESTIONS[key].text),
    reasonLabel: (value, english) => (translated ? chatText(translated, `q.reason.${value}` as ChatKey) : english),
  };
}

function get(values: Values, path: string): unknown {
  const [head, leaf] = path.split('.') as [string, string | undefined];
  const top = values[head];
  return leaf === undefined ? top : (top as Values | undefined)?.[leaf];
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

const countryOptions = new Map<string, { code: string; name: string }[]>();
/** The countries by their names in the page's language, in its alphabetical order. */
function countries(language: Language = 'en') {
  let options = countryOptions.get(language);
  if (!options) {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    options = [...COUNTRY_CODES].map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, language));
    countryOptions.set(language, options);
  }
  return options;
}

/** What a field's error says to the customer: their words for the field, never the API's. */
export function fieldErrorText(errors: WebText['form']['errors'], field: string): string {
  if (field === 'contact.name' || field === 'contact') return errors.name;
  if (field === 'contact.email') return errors.email;
  if (/Date$/.test(field)) return errors.date;
  return errors.field;
}

/** The field the request's error names, or (an object's error, "contact") its first field. */
function erroneous(input: FormPageInput, name: string): boolean {
  const field = input.error?.field;
  return field !== undefined && (field === name || (field === 'contact' && name === 'contact.name'));
}

function fieldError(input: FormPageInput, name: string): SafeHtml | '' {
  if (!erroneous(input, name)) return '';
  return html`<p class="field-error" id="${name}-error">${fieldErrorText(webTextIn(input.language).form.errors, name)}</p>`;
}

function wrap(name: string, body: SafeHtml, input: FormPageInput, extraClass = ''): SafeHtml {
  return html`<div class="field ${extraClass}${erroneous(input, name) ? ' invalid' : ''}" data-fact="${name}">${body}${fieldError(input, name)}</div>`;
}

function radios(name: string, legend: string, options: readonly (readonly [string, string])[], input: FormPageInput, withUnknown = false): SafeHtml {
  const current = get(input.values ?? {}, name);
  const currentText = current === true ? 'yes' : current === false ? 'no' : str(current);
  const all = withUnknown ? [...options, ['unknown', webTextIn(input.language).form.unknown] as const] : options;
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
      ['yes', webTextIn(input.language).form.yes],
      ['no', webTextIn(input.language).form.no],
    ],
    input,
    true,
  );
}

function textInput(name: string, label: string, type: string, input: FormPageInput, attrs: SafeHtml | '' = ''): SafeHtml {
  return wrap(
    name,
    html`<label for="f-${name}">${label}</label><input id="f-${name}" name="${name}" type="${type}" value="${str(get(input.values ?? {}, name))}" ${attrs}${erroneous(input, name) ? html` aria-invalid="true" aria-describedby="${name}-error"` : ''}>`,
    input,
  );
}

function assessment(input: FormPageInput): SafeHtml {
  const { decision, language } = input;
  if (!decision) return html`<section id="assessment" class="assessment" aria-live="polite" hidden></section>`;
  const T = webTextIn(language).form;
  const say = (english: string) => sentenceIn(language, english);
  const headline = `${say(OUTCOME_LABELS[decision.outcome])}${decision.track ? ` — ${say(trackLabel(decision.track))}` : ''}`;
  const policy = input.policies.get(decision.policy);
  return html`<section id="assessment" class="assessment ${decision.outcome}" aria-live="polite">
<h2>${T.assessment}</h2>
<p class="headline">${headline}</p>
${
  decision.outcome === 'need_info'
    ? html`<p>${T.needInfo}</p><p>${T.stillNeeded}</p><ul>${decision.missing.map((m) => html`<li>${neededIn(language, m)}</li>`)}</ul>`
    : html`<ul>${(policy ? notesIn(language, decision, policy) : decision.notes).map((n) => html`<li>${n}</li>`)}</ul>`
}
</section>`;
}

export function formPage(input: FormPageInput): string {
  const { language } = input;
  const { W, T, question, reasonLabel } = wordsFor(language);
  // The API reads and answers in the page's language (`?lang=`); English pages add nothing.
  const lang = language && language !== 'en' ? `?lang=${language}` : '';
  const outcomes = Object.fromEntries(Object.entries(OUTCOME_LABELS).map(([k, v]) => [k, sentenceIn(language, v)]));
  const needed = Object.fromEntries(FACT_PATHS.map((path) => [path, neededIn(language, path)]));
  const values = input.values ?? {};
  const selectedPolicy = str(values.policy) || input.policy || '';
  const country = str(values.country).toUpperCase();
  const cause = str(values.defectCause);
  const A = afterTextIn(language).about;
  const body = html`
<h1>${T.title}</h1>
<p class="intro">${T.intro}</p>
<noscript><p class="hint">${T.noScriptHint}</p></noscript>
${input.error && !input.error.field ? html`<p class="form-error" role="alert">${input.error.message}</p>` : ''}
${input.error?.field ? html`<p class="form-error" role="alert"><a href="#f-${input.error.field === 'contact' ? 'contact.name' : input.error.field}">${T.errors.summary}</a></p>` : ''}
<form id="rma-form" method="post" action="/api/cases${lang}" novalidate data-lang="${lang}" data-photo-text="${photoClientText(language)}" data-labels="${JSON.stringify(needed)}" data-text="${JSON.stringify({ outcomes, assessment: T.assessment, stillNeeded: T.stillNeeded, failed: T.failed, errors: T.errors })}" data-booleans="${BOOLEAN_FACTS.join(' ')}" data-numbers="${NUMBER_FACTS.join(' ')}">
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
    question('reason'),
    (QUESTIONS.reason.options ?? []).map((o) => [String(o.value), reasonLabel(String(o.value), o.label)] as const),
    input,
  )}
  <fieldset class="group"><legend>${T.dates}</legend>
    ${textInput('purchaseDate', question('purchaseDate'), 'date', input)}
    ${textInput('deliveryDate', question('deliveryDate'), 'date', input)}
  </fieldset>
  ${wrap(
    'country',
    html`<label for="f-country">${question('country')}</label><select id="f-country" name="country"><option value="">${T.chooseCountry}</option>${countries(
      language,
    ).map((c) => html`<option value="${c.code}"${c.code === country ? html` selected` : ''}>${c.name}</option>`)}</select>`,
    input,
  )}
  <fieldset class="group"><legend>${T.product}</legend>
    ${radios(
      'product.category',
      T.category,
      PRODUCT_CATEGORIES.map((c) => [c, W.categories[c]] as const),
      input,
      true,
    )}
    ${radios(
      'product.condition',
      T.condition,
      PRODUCT_CONDITIONS.map((c) => [c, W.conditions[c]] as const),
      input,
      true,
    )}
    ${yesNo('product.customOrder', T.customOrder, input)}
    ${textInput('product.warrantyMonths', T.warrantyMonths, 'number', input, html`inputmode="numeric" min="0" max="600"`)}
    ${textInput('product.supplierWarrantyMonths', T.supplierWarrantyMonths, 'number', input, html`inputmode="numeric" min="0" max="600"`)}
  </fieldset>
  <fieldset class="group"><legend>${T.item}</legend>
    ${(Object.keys(W.items) as (keyof typeof W.items)[]).map((k) => yesNo(`item.${k}`, W.items[k], input))}
  </fieldset>
  ${wrap(
    'defectCause',
    html`<label for="f-defectCause">${T.defectCause}</label><select id="f-defectCause" name="defectCause"><option value="">${T.chooseCause}</option>${DEFECT_CAUSES.map(
      (c) => html`<option value="${c}"${c === cause ? html` selected` : ''}>${W.causes[c]}</option>`,
    )}</select>`,
    input,
  )}
  ${yesNo('invoiceCopy', T.invoiceCopy, input)}
  <fieldset class="group always" data-fact="about"><legend>${A.title}</legend>
    <p class="hint">${A.hint}</p>
    ${textInput('about.product', A.product, 'text', input, html`maxlength="${ABOUT_LIMITS.product}"`)}
    ${textInput('about.serial', A.serial, 'text', input, html`maxlength="${ABOUT_LIMITS.serial}" autocapitalize="characters"`)}
    ${textInput('about.order', A.order, 'text', input, html`maxlength="${ABOUT_LIMITS.order}"`)}
    ${wrap(
      'about.problem',
      html`<label for="f-about.problem">${A.problem}</label><textarea id="f-about.problem" name="about.problem" rows="3" maxlength="${ABOUT_LIMITS.problem}">${str(get(input.values ?? {}, 'about.problem'))}</textarea>`,
      input,
    )}
  </fieldset>
  <fieldset class="group always" data-fact="contact"><legend>${T.contact}</legend>
    ${textInput('contact.name', T.name, 'text', input, html`autocomplete="name" required maxlength="100"`)}
    ${textInput('contact.email', T.email, 'email', input, html`autocomplete="email" required maxlength="254"`)}
  </fieldset>
  <fieldset class="group always photo-field" hidden><legend>${W.photos.formField}</legend>
    <p class="hint">${W.photos.formHint}</p>
    <input type="file" id="f-photos" accept="image/*,.heic,.heif" multiple aria-label="${W.photos.formField}">
    <ul class="uploads" aria-live="polite"></ul>
  </fieldset>
  ${assessment(input)}
  <p class="actions always"><button type="submit" data-busy="${T.submitting}">${T.submit}</button></p>
</form>`;
  // The photo field has no name: it is never part of the form's data, only uploaded once the case exists.
  return page(T.title, body, { scripts: ['/assets/photos.js', '/assets/form.js'], ...(language ? { language } : {}) });
}
