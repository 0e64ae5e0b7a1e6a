// The policy's own customer-facing sentences in German and French: what the desk says around the
// clause quotes (notes, packing lines, presumptions, what happens after approval, clause titles, the
// labels of remedies, documents and photos). Each is written once, in English, in the policy data or
// the rules' labels; its translation is found by that English sentence, the way gettext finds a
// translation by its source text, so a translation can never belong to another rule: a changed
// English sentence is a missing translation, and a test says so. The clause quotes are the
// merchant's own words and are never translated.
import {
  CUSTOMER_PAYS_LABELS,
  DEADLINE_LABELS,
  DIGITAL_UNUSED,
  DOCUMENT_LABELS,
  fillIn,
  OUTCOME_LABELS,
  PHOTO_LABELS,
  readTemplate,
  REFUSAL_NOTE_TEMPLATE,
  REFUSING_FACT_LABELS,
  REMEDY_LABELS,
  TIME_LIMIT_NOTE,
  TRACK_LABELS,
  FACT_LABELS,
  type Decision,
  type FactPath,
  type Policy,
} from '../rules';
import type { Language } from '../extract/language';
import { catalogue, chatText, deskText, type ChatKey, type Translated } from './format';

/** The policies' sentences in `language`, by their English. */
const CATALOGUES = { de: () => catalogue('de').policy, fr: () => catalogue('fr').policy } as const;

/** Every sentence of a policy a customer can read, once each. */
export function policySentences(policy: Policy): string[] {
  const out = new Set<string>();
  const add = (...texts: (string | undefined)[]) => texts.forEach((t) => t && out.add(t));
  const m = policy.merchant;
  add(m.howToRequest, ...Object.values(m.afterApproval ?? {}));
  for (const w of Object.values(policy.windows)) add(w.label);
  for (const p of Object.values(policy.whenUnknown)) add('phrase' in p ? p.phrase : p.note);
  add(policy.presumedNotes?.arrival, policy.presumedNotes?.order);
  for (const c of policy.clauses) {
    add(c.title, c.interpretation);
    const effect = c.decides?.then;
    if (effect) add(...effect.notes, ...(effect.afterReview?.approved.notes ?? []), ...(effect.afterReview?.declined.notes ?? []));
    const adds = c.adds?.then;
    if (adds) add(...adds.packing, ...adds.notes);
  }
  return [...out];
}

/** The rules' own words a customer reads: labels of outcomes, remedies, payments, documents, photos, refusals. */
export function ruleSentences(): string[] {
  const labels = [OUTCOME_LABELS, TRACK_LABELS, REMEDY_LABELS, CUSTOMER_PAYS_LABELS, DOCUMENT_LABELS, PHOTO_LABELS, DEADLINE_LABELS];
  const refusals = Object.values(REFUSING_FACT_LABELS).flatMap((byValue) => Object.values(byValue ?? {}));
  return [...new Set([...labels.flatMap((l) => Object.values(l) as string[]), ...(refusals as string[]), DIGITAL_UNUSED])];
}

/** A sentence of the policy or the rules in `language`; as written (English) where it has no translation. */
export function sentenceIn(language: Language | undefined, english: string): string {
  if (language === undefined || language === 'en') return english;
  return CATALOGUES[language]()[english] ?? english;
}

/** Whether a sentence has a translation in `language` (English always has). */
export function hasSentence(language: Translated, english: string): boolean {
  return CATALOGUES[language]()[english] !== undefined;
}

/** Items joined as the language says them: "a, b und c". */
export function listIn(language: Language | undefined, items: readonly string[], join: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const word = language === 'de' || language === 'fr' ? deskText(language, join === 'and' ? 'list.and' : 'list.or') : join;
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] as string}`;
}

/** The parts of an English list ("a, b and c") that are each a known sentence; undefined when one is not. */
function knownParts(language: Translated, list: string): string[] | undefined {
  const known = CATALOGUES[language]();
  const read = (rest: string): string[] | undefined => {
    if (known[rest] !== undefined) return [rest];
    for (const separator of [', ', ' and ']) {
      for (let at = rest.indexOf(separator); at > 0; at = rest.indexOf(separator, at + 1)) {
        const head = rest.slice(0, at);
        if (known[head] === undefined) continue;
        const tail = read(rest.slice(at + separator.length));
        if (tail) return [head, ...tail];
      }
    }
    return undefined;
  };
  return read(list);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "28 July 2026" (the rules' dateInWords) in the language's words. */
function dateWordsIn(language: Translated, words: string): string {
  const m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(words);
  const month = m ? MONTHS.indexOf(m[2] as string) : -1;
  if (!m || month < 0) return words;
  const date = new Date(Date.UTC(Number(m[3]), month, Number(m[1])));
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A decision's note in `language`: a sentence of the policy, or one the engine built from several
 * (the presumptions' group sentences, what a refusal rests on, how a time limit was counted). What
 * has no translation stays English: it is never lost.
 */
export function noteIn(language: Language | undefined, note: string, policy: Pick<Policy, 'presumedNotes'>): string {
  if (language === undefined || language === 'en') return note;
  const whole = CATALOGUES[language]()[note];
  if (whole !== undefined) return whole;
  const composed = composedNoteIn(language, note, policy);
  // French elides before a vowel: "que il" is "qu’il" once a phrase follows a template's "que".
  return language === 'fr' ? composed.replace(/\b([Qq]u)e (?=[aeiouyhàâéèêëîïôûù])/g, '$1’') : composed;
}

function composedNoteIn(language: Translated, note: string, policy: Pick<Policy, 'presumedNotes'>): string {
  for (const template of [policy.presumedNotes?.arrival, policy.presumedNotes?.order]) {
    const list = template && readTemplate(template, note)?.list;
    const parts = list && knownParts(language, list);
    if (template && parts)
      return sentenceIn(language, template).replace(
        '{list}',
        listIn(
          language,
          parts.map((p) => sentenceIn(language, p)),
        ),
      );
  }
  const refusal = readTemplate(REFUSAL_NOTE_TEMPLATE, note)?.list;
  const said = refusal && knownParts(language, refusal);
  if (said)
    return deskText(language, 'note.refusal', {
      list: listIn(
        language,
        said.map((p) => sentenceIn(language, p)),
      ),
    });
  // How a time limit was counted: the two dates it can name are known, so each pairing is tried
  // (a label's own brackets, "the purchase (invoice) date", would mislead a pattern with three places).
  const dated: readonly ['purchaseDate' | 'deliveryDate', string][] = [
    ['purchaseDate', FACT_LABELS.purchaseDate],
    ['deliveryDate', FACT_LABELS.deliveryDate],
  ];
  for (const [startFact, start] of dated) {
    for (const [preferredFact, preferred] of dated) {
      const date = readTemplate(fillIn(TIME_LIMIT_NOTE, { start, preferred }), note)?.date;
      if (date === undefined) continue;
      return deskText(language, 'note.timeLimit', { start: startFact, preferred: preferredFact, date: dateWordsIn(language, date) });
    }
  }
  return note;
}

/** A decision's notes in `language`. */
export function notesIn(language: Language | undefined, d: Pick<Decision, 'notes'>, policy: Pick<Policy, 'presumedNotes'>): string[] {
  return d.notes.map((note) => noteIn(language, note, policy));
}

/** The facts the rules ask, as the chat asks them in German and French (shared/i18n/chat-messages.ts). */
const ASKED_IN_WORDS: Partial<Record<FactPath, ChatKey>> = {
  reason: 'q.reason',
  purchaseDate: 'q.purchaseDate',
  deliveryDate: 'q.deliveryDate',
  country: 'q.country',
  'product.supplierWarrantyMonths': 'q.supplierWarrantyMonths',
};

/** What is still needed, in `language`: a question the chat asks in German or French; English, the fact's plain name. */
export function neededIn(language: Language | undefined, path: FactPath): string {
  const key = ASKED_IN_WORDS[path];
  return (language === 'de' || language === 'fr') && key ? chatText(language, key) : FACT_LABELS[path];
}
