// Which language a customer writes in: English, German or French, from the little words every
// sentence uses ("und", "ich", "nicht"; "je", "le", "pas"; "the", "and", "not"). Pure and
// deterministic: no model, no network. Too little to tell (a name, an address, "ok") says nothing,
// so a conversation keeps the language it had.

export const LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

// Function words and the commonest words of a returns message, each in one language only.
const WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    "the and i my is it not with have has bought since ago week weeks days invoice receipt works working hello hi thanks please for on to of was were this that from you your what when how can would could does did doesn't don't didn't won't it's i'm i've".split(
      ' ',
    ),
  ),
  de: new Set(
    'und ich nicht mein meine meinen ist das der die ein eine einen mit habe hat haben seit vor gekauft funktioniert rechnung bitte tagen woche wochen laufwerk kaputt geht auch aber zurück wurde nach auf für wir es dem den zu bei kein keine guten tag hallo danke mir mich sich sie kann können wie wann wo noch schon leider'.split(
      ' ',
    ),
  ),
  fr: new Set(
    "je j'ai mon ma mes le la les est et pas ne une un avec acheté achetée depuis il y semaine semaines jours facture fonctionne marche graveur lecteur bonjour merci pour dans sur qui que du des au aux plus mais c'est n'est ai été vous votre quand comment où".split(
      ' ',
    ),
  ),
};

/** "Can we speak English?", "auf Deutsch bitte", "en français s'il vous plaît": a language asked for. */
export function requestedLanguage(text: string): Language | undefined {
  if (/\b(?:(?:speak|write|talk|continue|answer|reply) (?:in )?english|in english,? please|english,? please|auf englisch)\b/i.test(text)) return 'en';
  if (/\b(?:auf deutsch|deutsch,? bitte|(?:speak|write|talk|continue|answer|reply) (?:in )?german|in german,? please)\b/i.test(text)) return 'de';
  if (/(?:\ben français\b|\bfrançais,? s'il vous pla[iî]t|\b(?:speak|write|talk|continue|answer|reply) (?:in )?french\b|\bin french,? please\b)/i.test(text))
    return 'fr';
  return undefined;
}

/** The language the text is written in, when its words say so clearly; undefined when they do not. */
export function detectLanguage(text: string): Language | undefined {
  const words =
    text
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .match(/[\p{L}']+/gu) ?? [];
  const score: Record<Language, number> = { en: 0, de: 0, fr: 0 };
  for (const word of words) for (const language of LANGUAGES) if (WORDS[language].has(word)) score[language] += 1;
  const [first, second] = [...LANGUAGES].sort((a, b) => score[b] - score[a]);
  const best = score[first as Language];
  // Two words at least, and clearly more than the next language ("Köln" alone, or "ok danke", says too little).
  if (best < 2 || best < 2 * score[second as Language]) return undefined;
  return first;
}

/** A language tag ("de", "fr-CH", "en-GB") as a language the desk speaks; undefined for English and any other. */
export function languageOfTag(tag: string | undefined): Exclude<Language, 'en'> | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'de' || primary === 'fr' ? primary : undefined;
}
