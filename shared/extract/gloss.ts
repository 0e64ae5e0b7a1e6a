// German and French, read through the English reader: a message is first glossed word group by
// word group into the English a customer would have written ("funktioniert seit dem ersten Tag
// nicht" → "has not worked since the first day", "il y a deux semaines" → "two weeks ago"), then
// read by the same patterns, dates and places as English. Deterministic: a fixed glossary, longest
// phrases first, whole words only. What the glossary does not know stays as written.
import { COUNTRY_CODES } from '../rules';
import type { Language } from './language';

type Glossary = readonly (readonly [RegExp, string])[];

const w = (pattern: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');

// Numbers said as words, which the English reader knows in English.
const DE_NUMBERS: Record<string, string> = {
  einem: 'a',
  einer: 'a',
  einen: 'a',
  eine: 'a',
  ein: 'a',
  zwei: 'two',
  drei: 'three',
  vier: 'four',
  fünf: 'five',
  sechs: 'six',
  sieben: 'seven',
  acht: 'eight',
  neun: 'nine',
  zehn: 'ten',
  elf: 'eleven',
  zwölf: 'twelve',
};
const FR_NUMBERS: Record<string, string> = {
  un: 'a',
  une: 'a',
  deux: 'two',
  trois: 'three',
  quatre: 'four',
  cinq: 'five',
  six: 'six',
  sept: 'seven',
  huit: 'eight',
  neuf: 'nine',
  dix: 'ten',
  onze: 'eleven',
  douze: 'twelve',
  quinze: '15',
  vingt: '20',
};
const DE_NUMBER = Object.keys(DE_NUMBERS).join('|');
const FR_NUMBER = Object.keys(FR_NUMBERS).join('|');
const number = (table: Record<string, string>, said: string): string => table[said.toLowerCase()] ?? said;

const DE_MONTHS = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const DE_MONTH_EN: Record<string, string> = {
  januar: 'January',
  jänner: 'January',
  februar: 'February',
  märz: 'March',
  april: 'April',
  mai: 'May',
  juni: 'June',
  juli: 'July',
  august: 'August',
  september: 'September',
  oktober: 'October',
  november: 'November',
  dezember: 'December',
};
const FR_MONTHS = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const FR_MONTH_EN: Record<string, string> = {
  janvier: 'January',
  février: 'February',
  fevrier: 'February',
  mars: 'March',
  avril: 'April',
  mai: 'May',
  juin: 'June',
  juillet: 'July',
  août: 'August',
  aout: 'August',
  septembre: 'September',
  octobre: 'October',
  novembre: 'November',
  décembre: 'December',
  decembre: 'December',
};
const DE_DAYS = 'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag';
const DE_DAY_EN: Record<string, string> = {
  montag: 'Monday',
  dienstag: 'Tuesday',
  mittwoch: 'Wednesday',
  donnerstag: 'Thursday',
  freitag: 'Friday',
  samstag: 'Saturday',
  sonnabend: 'Saturday',
  sonntag: 'Sunday',
};
const FR_DAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const FR_DAY_EN: Record<string, string> = {
  lundi: 'Monday',
  mardi: 'Tuesday',
  mercredi: 'Wednesday',
  jeudi: 'Thursday',
  vendredi: 'Friday',
  samedi: 'Saturday',
  dimanche: 'Sunday',
};
const unit = (said: string): string =>
  /^(?:tag|jour)/i.test(said) ? 'days' : /^(?:woche|semaine)/i.test(said) ? 'weeks' : /^(?:monat|mois)/i.test(said) ? 'months' : 'years';

const GERMAN: Glossary = [
  // Requests to the assistant itself: a person, start over, cancel, help.
  [
    w('(?:ich möchte |kann ich )?(?:mit )?(?:einem Menschen|einer Person|einem Mitarbeiter|einer Mitarbeiterin|jemandem) (?:sprechen|reden)'),
    'talk to a person',
  ],
  [w('(?:von vorne(?: anfangen)?|neu anfangen|noch ?mal von vorne)'), 'start over'],
  [w('abbrechen'), 'cancel'],
  [w('Hilfe'), 'help'],
  // Dates: "vor 5 Tagen", "vor einer Woche", "letzten Montag", "am 3. Oktober", "am 3."
  [w(`vor (\\d{1,2}|${DE_NUMBER}) (Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)`), ''],
  [w(`(?:letzten|letzte|letztem|vergangenen|vergangene) (${DE_DAYS})`), ''],
  [w(`(?:letzte|vergangene) Woche`), 'last week'],
  [w(`(?:letzten|vergangenen) Monat`), 'last month'],
  [w(`am (\\d{1,2})\\.\\s?(${DE_MONTHS})(?: (\\d{4}))?`), ''],
  [w(`am (\\d{1,2})\\.(?!\\d)`), ''],
  [w(`(?:am )?(${DE_DAYS})`), ''],
  [w(`(?<!\\d\\.? )(?:im )?(${DE_MONTHS})`), ''],
  [w('(?:am |vom )?(\\d{1,2})\\.(\\d{1,2})\\.(?!\\d)'), ''],
  [w('gestern'), 'yesterday'],
  [w('vorgestern'), 'two days ago'],
  [w('heute'), 'today'],
  // What is wrong.
  [
    w('funktioniert (?:seit dem ersten Tag|von Anfang an) nicht|(?:hat |ging )?von Anfang an nicht (?:funktioniert|gegangen|richtig funktioniert)'),
    'has not worked since the first day',
  ],
  [
    w(
      '(?:wird|werden) (?:vom (?:Rechner|Computer|PC) )?(?:gar |überhaupt )?nicht (?:mehr )?erkannt|erkennt (?:keine|kein|nichts|die|den)? ?[\\w-]* ?(?:mehr|nicht)',
    ),
    'is not recognised',
  ],
  [w('(?:lädt|lädt sich) nicht mehr|lädt nicht'), "doesn't charge"],
  [w('(?:ist )?(?:kaputtgegangen|kaputt gegangen|ausgefallen|hinüber|den Geist aufgegeben|abgeraucht)'), 'stopped working'],
  [w('(?:macht|machen) (?:seit [\\w ]{1,20} )?(?:so )?(?:komische|laute|seltsame|merkwürdige) Geräusche'), 'makes a strange noise'],
  [w('(?:runtergefallen|heruntergefallen|hinuntergefallen|fallen gelassen|vom Tisch gezogen|abegheit)'), 'dropped'],
  [
    w(
      '(?:gegen Bezahlung|kostenpflichtig) (?:reparieren|reparieren lassen|flicke)|kostenpflichtige Reparaturen?|(?:ich )?(?:zahl|zahle|bezahle) (?:das|die Reparatur|gern|gerne)(?: auch)?',
    ),
    "I'm happy to pay for a repair",
  ],
  [w('reparieren|Reparatur'), 'repair'],
  [w('(?:fehlt|fehlen|fehlten|fehlte)'), 'missing is'],
  [w('statt (?:dem|der|des|einem|einer)?'), 'instead of'],
  [
    w('(?:geliefert|zugeschickt) wurde aber|(?:bekommen|erhalten) habe ich aber|lag (?:aber )?(?:ein|eine) (?:ganz )?(?:anderes?|falsches?)'),
    'but you sent me',
  ],
  [w('(?:Delle|Dellen|Riss|Sprung|eingedrückt|verdrückt|verbogen|verbogä|abgebrochen|abgerissen|obgrissn|zerdrückt|gesprungen)'), 'damaged'],
  [w('(?:die )?(?:Lade|Schublade|Klappe) (?:geht|gaht|jeht) (?:nicht|nüm|nich) (?:mal )?(?:auf|uf|uff)'), "the tray doesn't open"],
  [w('(?:kam|ist) (?:am|heute|gestern|vorgestern|vor) '), 'arrived '],
  [w('(?:das Paket|die Lieferung|das Päckli|das Packerl) kam'), 'it arrived'],
  [w('Lieferung war'), 'delivered'],
  [w('bestellt|kaft|jekooft'), 'bought'],
  [w('(?:hat )?(?:noch )?nie funktioniert'), 'never worked'],
  [w('(?:funktioniert|geht|läuft) (?:nicht mehr|überhaupt nicht|gar nicht|nicht)'), "doesn't work"],
  [w('(?:öffnet|öffnen) (?:sich )?nicht'), "doesn't open"],
  [w('(?:liest|lesen) (?:keine|nicht)'), "doesn't read"],
  [w('(?:brennt|brennen) (?:keine|nicht)'), "doesn't burn"],
  [w('(?:schaltet sich nicht (?:mehr )?ein|lässt sich nicht (?:mehr )?einschalten)'), "doesn't turn on"],
  [w('beschädigt (?:angekommen|geliefert)|(?:kam|ist) beschädigt an'), 'arrived damaged'],
  [w('(?:beschädigt|zerkratzt|gesprungen|zerbrochen|verbeult)'), 'damaged'],
  [w('(?:kaputt|defekt)'), 'broken'],
  [w('(?:den |das |die )?falschen? (?:Artikel|Produkt|Modell|Laufwerk)|(?:ein |das )?falsches (?:Modell|Produkt|Laufwerk)'), 'the wrong item'],
  [w('(?:gefällt|gefallen) mir nicht'), "I don't like it"],
  [w('(?:brauche|benötige) (?:es|ihn|sie) nicht mehr|(?:will|möchte) (?:es|ihn|sie) nicht mehr'), 'I no longer want it'],
  [w('zurückgeben|zurücksenden|zurückschicken'), 'return it'],
  // What was bought, when and where.
  [w('gekauft|erworben|gekauft habe'), 'bought'],
  [w('geliefert|zugestellt'), 'delivered'],
  [w('erhalten|bekommen'), 'received'],
  [
    w(
      '(?:die |den |der )?(?:Rechnung|Quittung|Beleg|Kassenbon|Kassenzettel|Quittig) (?:liegt vor|(?:habe|hab) (?:ich|ick)(?: noch)?|ist vorhanden|gibt es)|(?:ich )?(?:habe|hab) (?:die|eine|den|noch die) (?:Rechnung|Quittung|Beleg|Kassenbon)',
    ),
    'I have the invoice',
  ],
  [
    w(
      '(?:ich )?(?:habe|hab) (?:keine Rechnung|die Rechnung nicht)(?: mehr)?|(?:keine Rechnung|die Rechnung nicht mehr)|Rechnung (?:habe|hab) ich (?:leider |daher )?(?:keine|nicht)',
    ),
    "I don't have the invoice",
  ],
  [w('Rechnung|Kassenbon|Quittung|Beleg'), 'invoice'],
  [w('Laufwerk'), 'drive'],
  [w('Gerät'), 'device'],
  [w('Brenner'), 'burner'],
  [w('seit dem ersten Tag|von Anfang an'), 'since the first day'],
  [w('nicht benutzt|unbenutzt|nie benutzt'), 'never used'],
  [w('originalverpackt|noch verpackt'), 'still sealed'],
  [w('ich wohne|wir wohnen|ich lebe|wir leben'), 'I live'],
  [w('in'), 'in'],
  [w('aus'), 'from'],
  // Little words last, so that nothing above is broken up ("mein" is not read as a day).
  [w('meine|meinen|meinem|meiner|mein'), 'my'],
  [w('ich'), 'I'],
  [w('und'), 'and'],
  [w('ist'), 'is'],
  [w('habe'), 'have'],
  [w('der|die|das|den|dem'), 'the'],
];

const FRENCH: Glossary = [
  // Requests to the assistant itself: a person, start over, cancel, help.
  [w("(?:je voudrais |je veux |puis-je )?parler à (?:une personne|quelqu'un|un humain|un conseiller|une conseillère)"), 'talk to a person'],
  [w('(?:recommencer|reprendre à zéro|tout reprendre)'), 'start over'],
  [w('annuler'), 'cancel'],
  [w('aide'), 'help'],
  // Dates: "il y a deux semaines", "la semaine dernière", "le 6 de ce mois", "le 3 octobre", "lundi dernier"
  [w(`il y a (\\d{1,2}|${FR_NUMBER}) (?:ans|an) et demi`), ''],
  [w(`il y a (\\d{1,2}|${FR_NUMBER}) (jours|jour|semaines|semaine|mois|ans|an|années|année)`), ''],
  [w('la semaine dernière|la semaine passée'), 'last week'],
  [w('le mois dernier|le mois passé'), 'last month'],
  [w(`(${FR_DAYS}) (?:dernier|passé)`), ''],
  [w(`le (\\d{1,2})(?:er)? (${FR_MONTHS}) dernier`), ''],
  [w(`le (\\d{1,2})(?:er)? (?:de ce mois|du mois)`), ''],
  [w(`le (\\d{1,2})(?:er)? (${FR_MONTHS})(?: (\\d{4}))?`), ''],
  [w(`(?<!\\d )(?:en )?(${FR_MONTHS})`), ''],
  [w(`(${FR_DAYS})`), ''],
  [w('avant-hier'), 'two days ago'],
  [w('hier'), 'yesterday'],
  [w("aujourd'hui"), 'today'],
  // What is wrong.
  [w("(?:n'a|n'ont) jamais (?:fonctionné|marché|voulu (?:s'ouvrir|fonctionner|marcher))"), 'never worked'],
  [w('(?:ne )?(?:fonctionne|marche) (?:plus|pas) depuis (?:le début|le premier jour|le 1er jour)'), 'has not worked since the first day'],
  [w('dès le (?:premier )?branchement|dès le (?:premier jour|début)|depuis le début'), 'since the first day'],
  [w("(?:n'est|ne sont) (?:même )?pas reconnus?|(?:n'est|ne sont) (?:plus|jamais) reconnus?"), 'is not recognised'],
  [w('(?:ne )?(?:reconnaît|reconnait) (?:plus|pas)'), "doesn't recognise"],
  [w("(?:ne )?(?:grave|gravent) plus rien|(?:n'arrive|n'arrivent) plus à (?:graver|finaliser)"), "doesn't burn"],
  [w('(?:ne )?charge plus'), "doesn't charge"],
  [w("vient de lâcher|a lâché|a rendu l'âme|est mort|est morte|tombe en panne|est tombé en panne"), 'stopped working'],
  [w('fait sauter (?:le disjoncteur|les plombs)'), 'trips the breaker'],
  [w("(?:s'ouvre|s'ouvrent) même pas"), "doesn't open"],
  [w('(?:ne )?(?:fonctionne|marche) (?:plus|pas) depuis le (?:premier|1er) jour'), 'has not worked since the first day'],
  [w("(?:ne |n')?(?:fonctionne|marche|fonctionnent|marchent) (?:plus|pas)"), "doesn't work"],
  [w("(?:ne |n')?(?:s'ouvre|s'ouvrent|ouvre) (?:plus|pas)"), "doesn't open"],
  [w("(?:ne |n')?(?:lit|lisent) (?:plus|pas|aucun)"), "doesn't read"],
  [w("(?:ne |n')?(?:grave|gravent) (?:plus|pas)"), "doesn't burn"],
  [w("(?:ne |n')?(?:s'allume|démarre) (?:plus|pas)"), "doesn't turn on"],
  [w('(?:est |sont )?(?:arrivé|arrivée|arrivés|livré|livrée) (?:endommagé|endommagée|cassé|cassée|abîmé|abîmée)'), 'arrived damaged'],
  [
    w(
      '(?:le )?(?:carton|colis|emballage|boîte)(?: extérieur)? (?:était |est )?(?:tout |complètement )?(?:enfoncé|enfoncée|déchiré|déchirée|écrasé|écrasée|mouillé|mouillée|piétiné)',
    ),
    'the box was crushed',
  ],
  [
    w("à l'ouverture (?:du carton|de la boîte|du colis)|en (?:ouvrant|déballant) (?:le carton|la boîte|le colis)|en (?:le |la )?sortant (?:de la boîte)?"),
    'when I opened the box',
  ],
  [w('arrivé|arrivée|arrivés|arrivées'), 'arrived'],
  [w('(?:endommagé|endommagée|abîmé|abîmée|rayé|rayée|fissuré|fissurée|fendu|fendue|enfoncé|enfoncée|bosse|cabossé|cabossée)'), 'damaged'],
  [w('(?:cassé|cassée|en panne|défectueux|défectueuse|HS)'), 'broken'],
  [w('(?:le |un )?mauvais (?:article|produit|modèle|lecteur|graveur)'), 'the wrong item'],
  [
    w("ce n'est (?:pas du tout|pas) (?:ce que j'ai commandé|le produit commandé|le bon (?:modèle|produit))|c'est pas ce que j'ai commandé"),
    "it's not what I ordered",
  ],
  [w('à la place'), 'instead'],
  [w('au lieu (?:de|du|des)'), 'instead of'],
  [w("(?:il )?(?:me )?manque|l'absence (?:du|de la|des|de l')"), 'missing is'],
  [w('je me suis (?:trompé|trompée)(?: de modèle| en commandant)?'), 'I ordered the wrong one'],
  [w("(?:je )?n'en (?:ai|a) (?:finalement |plus )?(?:plus )?besoin"), 'I no longer need it'],
  [w("n'en veut plus"), 'no longer wants it'],
  [w("(?:je )?(?:ne )?l'ai jamais sorti de (?:la|sa) boîte"), 'I never used it'],
  [w("(?:je n'en veux plus|je ne le veux plus|je ne la veux plus)"), 'I no longer want it'],
  [w('ne me plaît pas'), "I don't like it"],
  [w('ne me convient pas'), "doesn't suit me"],
  // A repair they pay for.
  [w("(?:je suis d'accord pour|je veux bien|je suis prêt à|je suis prête à|prêt à) payer"), "I'm happy to pay"],
  [w('je (?:payerai|paierai|paye|paie)'), 'I will pay'],
  [w('à mes frais'), 'at my cost, I will pay'],
  [w('(?:faire )?réparer|réparation'), 'repair'],
  // What was bought, when and where.
  [w('acheté|achetée|achetés|commandé|commandée|acquis|acquise'), 'bought'],
  [w('livré|livrée|livrés'), 'delivered'],
  [w('reçu|reçue'), 'received'],
  [
    w(
      "(?:j'ai (?:bien |gardé |conservé |toujours )?la (?:facture|quittance)|(?:la )?(?:facture|quittance) (?:est )?(?:disponible|conservée|jointe|en main|à disposition)|j'ai (?:bien )?le ticket(?: de caisse)?)",
    ),
    'I have the invoice',
  ],
  [w("(?:je n'ai (?:plus|pas) (?:la|de) (?:facture|quittance)|pas de (?:facture|ticket)|sans facture)"), "I don't have the invoice"],
  [w('facture|ticket de caisse|reçu de caisse'), 'invoice'],
  [w('graveur'), 'burner'],
  [w('lecteur'), 'drive'],
  [w('depuis le (?:premier|1er) jour|dès le début'), 'since the first day'],
  [
    w(
      "jamais utilisé|jamais utilisée|pas (?:encore )?utilisé|pas (?:encore )?utilisée|neuf sous blister|encore emballé|je (?:ne l'ai|n'ai) pas (?:encore )?(?:branché|utilisé|testé)(?: l'appareil| le lecteur)?",
    ),
    'never used',
  ],
  [
    w(
      "(?:l'emballage|la boîte|le carton|le sachet(?: antistatique)?|le blister)[^.!?]{0,25}(?:toujours |encore )?(?:fermé|fermée|scellé|scellée|intact|intacte)|je n'ai pas (?:ouvert|déballé)(?: le carton| la boîte| l'emballage| le lecteur)?",
    ),
    'still sealed',
  ],
  [w("je vis|j'habite|nous habitons|nous vivons|je réside|résidant|je demeure|je reste|je suis basé|je suis basée"), 'I live'],
  [w("je vous écris (?:de|d'|depuis)"), 'I am writing from'],
  [w('je suis (?:à|au|aux|en)'), "I'm in"],
  [w('à|en|au|aux'), 'in'],
  // Little words last, so that nothing above is broken up ("mon" is not read as Monday).
  [w('mon|ma|mes'), 'my'],
  [w("j'ai"), 'I have'],
  [w('je'), 'I'],
  [w('et'), 'and'],
  [w('est'), 'is'],
  [w("le|la|les|l'"), 'the '],
];

const escapedName = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const countryGlossaries = new Map<Language, Glossary>();

/** Country names in German or French ("Deutschland", "Allemagne"), as English names the place reader knows. */
function countryNames(language: Language): Glossary {
  let glossary = countryGlossaries.get(language);
  if (!glossary) {
    const local = new Intl.DisplayNames([language], { type: 'region' });
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    const pairs: [string, string][] = [];
    for (const code of COUNTRY_CODES) {
      const name = local.of(code);
      const en = english.of(code);
      if (name && en && name !== code && name !== en) pairs.push([name, en]);
    }
    // Longest first: "Vereinigtes Königreich" before "Königreich".
    pairs.sort((a, b) => b[0].length - a[0].length);
    glossary = pairs.map(([name, en]) => [w(escapedName(name)), en] as const);
    countryGlossaries.set(language, glossary);
  }
  return glossary;
}

/** Rewrites one match of a date pattern, by what it captured. */
function dateGloss(language: Language, match: string, groups: (string | undefined)[]): string {
  const months = language === 'de' ? DE_MONTH_EN : FR_MONTH_EN;
  const days = language === 'de' ? DE_DAY_EN : FR_DAY_EN;
  const numbers = language === 'de' ? DE_NUMBERS : FR_NUMBERS;
  const lower = match.toLowerCase();
  const [a, b, c] = groups;
  if (/^(?:vor|il y a)\b/.test(lower) && a && b) {
    const n = number(numbers, a);
    return `${n} ${n === 'a' ? unit(b).slice(0, -1) : unit(b)} ago`;
  }
  if (a && days[a.toLowerCase()] && /(?:letzt|vergangen|dernier)/.test(lower)) return `last ${days[a.toLowerCase()]}`;
  if (a && /^\d/.test(a) && /(?:de ce mois|du mois)$/.test(lower)) return `on the ${a}th of this month`;
  if (a && /^\d/.test(a) && b && months[b.toLowerCase()]) return `on ${a} ${months[b.toLowerCase()]}${c ? ` ${c}` : ''}`;
  if (a && /^\d/.test(a) && b && /^\d/.test(b)) return `on ${a}/${b}`;
  if (a && /^\d/.test(a)) return `on the ${a}th`;
  if (a && days[a.toLowerCase()]) return `on ${days[a.toLowerCase()]}`;
  if (a && months[a.toLowerCase()]) return `in ${months[a.toLowerCase()]}`;
  return match;
}

// A short yes or no that opens an answer ("Ja, registrieren", "Oui, enregistrer", "Nein").
const OPENING_ANSWER: Record<'de' | 'fr', readonly (readonly [RegExp, string])[]> = {
  de: [
    [/^\s*(?:ja|jawohl|genau|gerne|ok(?:ay)?, ja)\b/i, 'yes'],
    [/^\s*(?:nein|nee)\b/i, 'no'],
  ],
  fr: [
    [/^\s*(?:oui|d'accord|tout à fait)(?![\p{L}])/iu, 'yes'],
    [/^\s*non\b/i, 'no'],
  ],
};

/** The English a German or French message means, for the English reader; English is returned as it is. */
export function gloss(text: string, language: Language | undefined): string {
  if (language !== 'de' && language !== 'fr') return text;
  let out = text;
  for (const [pattern, english] of OPENING_ANSWER[language]) out = out.replace(pattern, english);
  out = out.replace(/\b(?:registrieren|enregistrer)\b/gi, 'register it');
  for (const [pattern, english] of [...(language === 'de' ? GERMAN : FRENCH), ...countryNames(language)]) {
    out = out.replace(pattern, (match: string, ...rest: unknown[]) => {
      if (english !== '') return english;
      // The captured groups, in place (an unmatched one stays undefined); then the offset and the text.
      return dateGloss(language, match, rest.slice(0, -2) as (string | undefined)[]);
    });
  }
  return out;
}
