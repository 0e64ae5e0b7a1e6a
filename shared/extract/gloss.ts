// German and French, read through the English reader: a message is first glossed word group by
// word group into the English a customer would have written ("funktioniert seit dem ersten Tag
// nicht" → "has not worked since the first day", "il y a deux semaines" → "two weeks ago"), then
// read by the same patterns, dates and places as English. Deterministic: a fixed glossary, longest
// phrases first, whole words only. What the glossary does not know stays as written.
import { COUNTRY_CODES } from '../rules';
import type { Language } from './language';

/** A pattern and its English: a word group, '' for a date (read by its groups), or a rewrite of what it captured. */
type Glossary = readonly (readonly [RegExp, string | ((...groups: string[]) => string)])[];

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
  dreizehn: '13',
  vierzehn: '14',
  fünfzehn: '15',
  sechzehn: '16',
  siebzehn: '17',
  achtzehn: '18',
  neunzehn: '19',
  zwanzig: '20',
  dreissig: '30',
  dreißig: '30',
  zwoa: 'two',
  zwee: 'two',
  zwo: 'two',
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
  treize: '13',
  quatorze: '14',
  quinze: '15',
  seize: '16',
  'dix-sept': '17',
  'dix-huit': '18',
  'dix-neuf': '19',
  vingt: '20',
  trente: '30',
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

/** Built on first use: several hundred patterns, compiled only when a German or French message needs them. */
function once(build: () => Glossary): () => Glossary {
  let built: Glossary | undefined;
  return () => (built ??= build());
}

const GERMAN = once((): Glossary => [
  // Back to the seller: "könnte ich es nicht einfach beim Händler zurückgeben?"
  [w('(?:einfach |lieber |gleich )?zum (?:Händler|Verkäufer|Shop|Laden|Geschäft) (?:geh|gehe|gehen|bringen|zurückbringen|zurückgehen)'), 'go back to the shop'],
  // "Ich hab noch den Originalkarton, soll ich den nehmen?": which box to use.
  [w('soll ich (?:den|die|das|ihn|sie) (?:nehmen|verwenden|benutzen)'), 'should I use it'],
  [w('ich hab noch'), 'I still have'],
  [
    w('beim (?:Händler|Verkäufer|Shop|Onlineshop|Online-Shop|Laden|Geschäft) (?:zurückgeben|abgeben|zurückbringen|zurückschicken|reklamieren)'),
    'take it back to the shop',
  ],
  // "Mir wäre ein neues Laufwerk lieber als eine Reparatur": a wish.
  [w('mir wäre'), "I'd rather have"],
  [w('lieber als'), 'than'],
  // Going back to the seller instead: "ich dachte, ich bringe es zum Händler zurück".
  [
    w(
      'ich dachte,? ich (?:bringe|gebe|schicke|sende) (?:es|ihn|sie|das Gerät|das Laufwerk) (?:zum|zur|an den|an die) (?:Händler|Händlerin|Verkäufer|Laden|Geschäft|Shop)(?: zurück)?',
    ),
    'I thought I could take it back to the shop',
  ],
  // "Brauche ich die Originalverpackung?", "Muss es in den Originalkarton?" (blind run 20's French twin).
  [
    w(
      '(?:brauche ich|muss ich|muss es in|braucht es|ist) (?:die |den |das )?(?:Originalverpackung|Originalkarton|Originalschachtel|Original-Verpackung|Originalkarton)(?: nötig| notwendig| verwenden| benutzen)?',
    ),
    'do I need the original box',
  ],
  // Requests to the assistant itself: a person, start over, cancel, help.
  [
    w('(?:ich möchte |kann ich )?(?:mit )?(?:einem Menschen|einer Person|einem Mitarbeiter|einer Mitarbeiterin|jemandem) (?:sprechen|reden)'),
    'talk to a person',
  ],
  [w('(?:von vorne(?: anfangen)?|neu anfangen|noch ?mal von vorne)'), 'start over'],
  [w('abbrechen'), 'cancel'],
  [w('Hilfe'), 'help'],
  // Questions after the decision, as the English reader knows them (blind run AS).
  [
    w(
      '(?:wohin|wo ?hin|an welche Adresse) (?:genau |denn |jetzt |nun )?(?:schicke|sende|schick|send|muss|soll|kann) (?:ich|i)(?: (?:es|ihn|sie|das Laufwerk|das Gerät|das Paket|den Brenner))?(?: (?:schicken|senden|einschicken|zurückschicken|hinschicken))?|wo (?:muss|soll) (?:ich|i) (?:es|ihn|das Paket|das Laufwerk) hin(?:schicken|senden)?',
    ),
    'where do I send it',
  ],
  [
    w(
      '(?:wer|wer von uns) (?:zahlt|bezahlt|trägt|übernimmt) (?:denn |eigentlich |dann )?(?:den Versand|das Porto|die Versandkosten|den Rückversand|die Kosten|das)|(?:muss|soll) (?:ich|i) (?:den Versand|das Porto|die Versandkosten) (?:selbst |selber )?(?:zahlen|bezahlen)|(?:kostet|kostets) (?:mich )?(?:das|der Versand) (?:etwas|was)',
    ),
    'who pays the postage',
  ],
  [
    w('wie lange? (?:dauert|brauchts|braucht|geht) (?:das|es|die Reparatur|der Austausch|die Rückerstattung)?(?: ungefähr| etwa| circa| ca\\.)?'),
    'how long does it take',
  ],
  [
    w(
      '(?:bekomme|bekomm|kriege|krieg|erhalte) (?:ich|i) (?:[\\p{L}]+ ){0,3}?(?:ein neues|einen neuen|eine neue|neues|neuen|einen Ersatz|Ersatz)(?: Gerät| Laufwerk| Tablet)?',
    ),
    'will I get a new one',
  ],
  [w('(?:soll|muss|sollte) (?:ich|i) (?:\\p{L}+ )?Fotos (?:machen|schicken|senden)|(?:braucht|brauchen) (?:ihr|Sie) Fotos'), 'do I need to take photos'],
  [w('(?:Zollpapiere|Zolldokumente|Zollformular|Zollerklärung|(?<![-\\d,])Zoll(?![-\\p{L}]))'), 'customs papers'],
  [w('(?:was|wieviel|wie viel) (?:kostet|kosten|würde|wird) (?:\\p{L}+ ){0,3}(?:Reparatur|das|es)(?: kosten)?'), 'how much does the repair cost'],
  [
    w('(?:bekomme|kriege|krieg|erhalte) (?:ich|i) (?:das ganze|mein ganzes|das|mein|den ganzen) (?:Geld|Betrag|Kaufpreis) zurück'),
    'will I get all my money back',
  ],
  [w('(?:wann|an welchem Tag) (?:holt|holen) (?:ihr|Sie|der Kurier|jemand) (?:[\\p{L}]+ ){0,2}ab'), 'when will the courier collect it'],
  [
    w('(?:holt|holen) (?:ihr|Sie) (?:das Paket|es|ihn|das) (?:ab|bei mir ab)|(?:muss|soll) (?:ich|i) (?:es|das Paket) (?:bringen|vorbeibringen|abgeben)'),
    'will you collect it or do I have to bring it',
  ],
  [
    w('an wen (?:muss|soll|kann) (?:ich|i) mich (?:jetzt |nun |dann )?wenden|wer ist (?:[\\p{L}]+ ){0,3}zuständig'),
    'do I go to the shop or to the manufacturer',
  ],
  [w('(?:kann|darf|könnte) (?:ich|i) (?:es |das |ihn |sie )?(?:[\\p{L}]+ ){0,2}(?:umtauschen|tauschen|austauschen)'), 'can I exchange it'],
  [w('wer holt (?:[\\p{L}]+ ){0,3}ab(?:,? und wann)?'), 'who collects it and when'],
  [w('(?:muss|soll) (?:ich|i) (?:das |die |den )?(?:Kabel|Zubehör)(?: auch)? (?:mit ?schicken|beilegen|mitsenden)'), 'do I have to send the cable too'],
  [
    w('(?:muss|soll) (?:ich|i) (?:die Rechnung|eine Kopie der Rechnung|den Kassenbon) (?:beilegen|mitschicken|ins Paket legen)'),
    'does the invoice go in the parcel',
  ],
  [w('wann (?:bekomme|kriege|krieg|erhalte) (?:ich|i)'), 'when do I get'],
  [
    w('(?:kann|darf) (?:ich|i) (?:es|ihn|das Laufwerk) (?:auch |nicht )?(?:im Laden|beim Händler|im Geschäft|im Elektronikmarkt|dort) (?:abgeben|zurückgeben)'),
    'can I take it back to the shop instead',
  ],
  [w('(?:soll|muss|darf) (?:ich|i) (?:es|ihn|das Gerät|das Laufwerk) (?:weiter |noch )?(?:benutzen|verwenden)'), 'should I keep using it'],
  // The verb last, put first: "ich habe Ende März bei einem Markt in Köln einen Brenner gekauft" →
  // "I bought Ende März bei einem Markt in Köln einen Brenner", so the date is read as the purchase's.
  [
    w(
      '(?:ich |wir )?(?:habe|hab|hob|han|haben) (?:ich |i |wir )?((?:[^.!?;:\\n]|\\.(?=\\d)|(?<=\\d)\\.(?= \\p{L})){1,140}?) (gekauft|gekauf|kauft|kaft|gkauft|bestellt|bstellt|erworben|jekooft|gekriegt|bekommen|erhalten)(?![\\p{L}])',
    ),
    (said: string, verb: string) => (/^(?:gekriegt|bekommen|erhalten)$/i.test(verb) ? `I received ${said}` : `I bought ${said}`),
  ],
  [
    w(
      '(?:wurde|wurden|ist|sind|isch) (?:mir |uns |es |er |sie |das Paket |die Lieferung )?((?:[^.!?;:\\n]|\\.(?=\\d)){1,60}?) (?:geliefert|zugestellt|angekommen|gekommen|eingetroffen|cho|kommen)(?![\\p{L}])',
    ),
    (said: string) => `arrived ${said}`,
  ],
  // The separable "ankommen": "kam vorgestern mit … an" is "arrived two days ago with …".
  [w('(?:kam|kamen|kommt) ((?:[^.!?;:,\\n]|\\.(?=\\d)){1,60}?) an(?![\\p{L}])'), (said: string) => `arrived ${said}`],
  [w('hier in'), 'here in'],
  [w('(?:liest|lest|brennt|erkennt) (?:er|es|sie|der Brenner|das Laufwerk) (?:\\p{L}+ )?(?:keine|nicht|kei|nöd)'), "doesn't read"],
  [w('Reparatur (?:[\\p{L}]+ ){0,3}(?:bezahlen|zahlen|übernehmen)'), "I'm happy to pay for a repair"],
  [
    w('(?:habe|hab|hob) (?:ich |i )?(?:es|ihn|sie) mir (?:[\\p{L}]+ )?(?:anders überlegt|anders überlegt)|(?:habe|hab) mir das (?:[\\p{L}]+ )?anders überlegt'),
    'I changed my mind, I no longer want it',
  ],
  [w('(?:Ende|Anfang|Mitte) (\\d{4})'), (year: string) => `in ${year}`],
  [
    w('Ende (' + DE_MONTHS + ')(?: (\\d{4}))?(?! ?\\(\\d)'),
    (month: string, year?: string) => `late ${DE_MONTH_EN[month.toLowerCase()] ?? month}${year ? ` ${year}` : ''}`,
  ],
  // "Schöne Grüße aus Salzburg": where the customer writes from.
  [
    w(
      '(?:(?:mit )?(?:freundlichen|freundliche|viele|liebe|beste|herzliche|schöne|sonnige) )?(?:Grüße|Grüssen|Grüsse|Grüßen|Gruss|Gruß|Grüessli) (?:aus|von) (\\p{Lu}[\\p{L}-]+)',
    ),
    (place: string) => `I live in ${place}. Kind regards`,
  ],
  [
    w(
      '(?:mit )?(?:freundlichen|freundliche|viele|liebe|beste|herzliche|schöne) (?:Grüße|Grüssen|Grüsse|Grüßen|Gruss|Gruß)|(?:Gruss|Gruß|Grüsse|Grüße|MfG|LG)(?= *\\n| *$)',
    ),
    'Kind regards',
  ],
  // Dates: "vor 5 Tagen", "vor einer Woche", "letzten Montag", "am 3. Oktober", "am 3."
  [
    w('vor (?:gut |etwa |ca\\. |ungefähr |knapp )?(zweieinhalb|eineinhalb|anderthalb|dreieinhalb) Jahren'),
    (n: string) => `${{ zweieinhalb: 'two', eineinhalb: 'one', anderthalb: 'one', dreieinhalb: 'three' }[n.toLowerCase()] ?? n} and a half years ago`,
  ],
  [
    w('(?:so )?vor (?:ca\\.|circa|etwa|ungefähr|rund|knapp|fast|gut|über) (\\d{1,2}|' + DE_NUMBER + ') (Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)'),
    (n: string, u: string) => `about ${number(DE_NUMBERS, n)} ${unit(u)} ago`,
  ],
  [w(`vor (\\d{1,2}|${DE_NUMBER}) (Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)`), ''],
  [w(`(?:letzten|letzte|letztem|vergangenen|vergangene) (${DE_DAYS})`), ''],
  [w(`(?:letzte|vergangene) Woche`), 'last week'],
  [w(`(?:letzten|vergangenen) Monat`), 'last month'],
  [w(`am (\\d{1,2})\\.\\s?(${DE_MONTHS})(?: (\\d{4}))?`), ''],
  [w(`am (\\d{1,2})\\.(?!\\d)`), ''],
  [w(`(?:um den |ca\\. |etwa )?(\\d{1,2})\\.\\s?(${DE_MONTHS})(?: (\\d{4}))?(?: rum| herum)?`), ''],
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
      '(?:wird|werden) (?:vom (?:Rechner|Computer|PC) )?(?:gar |überhaupt )?nicht (?:mehr )?erkannt|erkennt (?:keine|kein|nichts|die|den)? ?[\\p{L}\\p{N}_-]* ?(?:mehr|nicht)',
    ),
    'is not recognised',
  ],
  [w('(?:lädt|lädt sich) nicht mehr|lädt nicht'), "doesn't charge"],
  [w('(?:ist )?(?:kaputtgegangen|kaputt gegangen|ausgefallen|hinüber|den Geist aufgegeben|abgeraucht)'), 'stopped working'],
  [w('(?:macht|machen) (?:seit [\\p{L}\\p{N}_ ]{1,20} )?(?:so )?(?:komische|laute|seltsame|merkwürdige) Geräusche'), 'makes a strange noise'],
  [w('(?:runtergefallen|heruntergefallen|hinuntergefallen|fallen gelassen|vom Tisch gezogen|abegheit)'), 'dropped'],
  [
    w(
      '(?:gegen Bezahlung|kostenpflichtig) (?:reparieren|reparieren lassen|flicke)|kostenpflichtige Reparatur(?:en)?|(?:eine |die )?Reparatur (?:zu )?(?:bezahlen|zahlen)|(?:gäge|gegen) Bezahlig flicke|(?:auch )?gegen Bezahlung|(?:ich )?(?:zahl|zahle|bezahle) (?:das|die Reparatur|gern|gerne)(?: auch)?',
    ),
    "I'm happy to pay for a repair",
  ],
  [w('reparieren|Reparatur'), 'repair'],
  [w('(?:mein |das )?Geld (?:zurück|wieder)'), 'my money back'],
  [w('(?:eine |die )?(?:Rückerstattung|Erstattung)'), 'a refund'],
  // "Kann ich nicht einfach mein Geld zurückbekommen?" (blind run BP: asked three times, never read).
  [w('(?:mein |meinen |das |unser )?Geld (?:wieder )?(?:zur(?:ü|ue)ck(?:bekommen|erhalten|haben|kriegen)?)'), 'my money back'],
  [w('(?:ein |einen |der )?(?:Ersatz|Austausch|Umtausch)'), 'a replacement'],
  [w('(?:fehlt|fehlen|fehlten|fehlte)'), 'were missing'],
  // A remedy wished ("ich hätte lieber ein neues statt einer Reparatur, geht das?").
  [
    w(
      '(?:kann|könnte|darf) ich (?:auch |stattdessen )?(?:ein neues|einen neuen|eine neue)(?: (?:Gerät|Laufwerk|Produkt|Modell))? (?:bekommen|haben|kriegen|erhalten)',
    ),
    'can I get a new one',
  ],
  [w('ich hätte lieber'), "I'd rather have"],
  [w('ich hätte gerne?|ich möchte|ich würde gerne?'), "I'd like"],
  [w('ich will'), 'I want'],
  [w('(?:ein neues|einen neuen|eine neue)(?: (?:Gerät|Laufwerk|Produkt|Modell))?'), 'a new one'],
  [w('geht das|ist das möglich|wäre das möglich'), 'is that possible'],
  // "statt Reparatur": with its article or without.
  [w('statt(?: (?:dem|der|des|einem|einer))?'), 'instead of'],
  [
    w('(?:geliefert|zugeschickt) wurde aber|(?:bekommen|erhalten) habe ich aber|lag (?:aber )?(?:ein|eine) (?:ganz )?(?:anderes?|falsches?)'),
    'but you sent me',
  ],
  // Damage in the words the English reader knows for it: a crack, a dent, bent, snapped off.
  [w('(?:(?:einen|en|an|a|eine|ein) )?(?:Riss|Sprung|Spalt)'), 'a crack'],
  [w('(?:gesprungen|gerissen|gebrochen|zerbrochen|Risse)(?:e[mnrs]?)?'), 'cracked'],
  [w('(?:verbogen|verbogä|verbogenen|verbogene|verbogener)'), 'bent'],
  [w('(?:eingedrückt|verdrückt|zerdrückt|verbeult|(?:eine |a )?Delle|Dellen)'), 'dented'],
  [w('(?:abgebrochen|abgerissen|obgrissn|abbrochen)'), 'snapped off'],
  [w('(?:Delle|Dellen|Riss|Sprung|eingedrückt|verdrückt|verbogen|verbogä|abgebrochen|abgerissen|obgrissn|zerdrückt|gesprungen)'), 'damaged'],
  [w('(?:die )?(?:Lade|Schublade|Klappe) (?:geht|gaht|jeht) (?:nicht|nüm|nich) (?:mal )?(?:auf|uf|uff)'), "the tray doesn't open"],
  [w('(?:kam|ist) (?:am|heute|gestern|vorgestern|vor) '), 'arrived '],
  [w('(?:das Paket|die Lieferung|das Päckli|das Packerl) kam'), 'it arrived'],
  [w('Lieferung war'), 'delivered'],
  [w('bestellt|kaft|jekooft'), 'bought'],
  [w('(?:hat )?(?:noch )?nie funktioniert'), 'never worked'],
  [w('(?:funktioniert|geht|läuft) (?:nicht mehr|überhaupt nicht|gar nicht|nicht)'), "doesn't work"],
  // "Das Gerät selbst funktioniert": damage only, the device works.
  [
    w('(?:das Gerät|das Laufwerk|der Brenner|es|er) selbst (?:funktioniert|geht|läuft)(?: (?:einwandfrei|tadellos|problemlos|noch))?'),
    'the device itself works fine',
  ],
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
  // Used or not, said with the verb last: "Benutzt habe ich es natürlich nicht", "nichts benutzt".
  [
    w(
      '(?:benutzt|verwendet|eingebaut|angeschlossen|ausgepackt|getestet|ausprobiert|in Betrieb genommen)(?: oder (?:benutzt|verwendet|eingebaut|angeschlossen|ausgepackt|getestet))? (?:habe|hab|haben) (?:ich|wir) (?:es|ihn|sie|das Gerät|das Laufwerk)?(?: [\\p{L}\\p{N}_]+)?(?: [\\p{L}\\p{N}_]+)? (?:nicht|nie|noch nicht)|(?:nichts|nix|nicht|nie|noch nicht|noch nie) (?:benutzt|verwendet|eingebaut|angeschlossen|in Betrieb genommen)|(?:es|ihn|sie|das Gerät|das Laufwerk) (?:[\\p{L}\\p{N}_]+ )?(?:nicht|nie) (?:in Betrieb genommen|angeschlossen|eingebaut|benutzt)',
    ),
    'never used',
  ],
  [
    w(
      '(?:habe|hab|haben) (?:ich|wir) (?:es|ihn|sie) (?:schon |bereits )?(?:viel |oft |täglich |jeden Tag |regelmässig |regelmäßig |kurz )?(?:benutzt|verwendet|getragen|eingebaut|getestet)|(?:ich )?(?:benutze|verwende|nutze) (?:es|ihn|sie)|(?:oft|viel|täglich|fast täglich) (?:benutzt|verwendet|im Einsatz)|im Einsatz|damit (?:[\\p{L}\\p{N}_-]+ ){0,4}(?:gebrannt|jebrannt|gehört|gespielt)|(?:schon |bereits )?eingebaut und (?:kurz )?getestet',
    ),
    'I have used it',
  ],
  [
    w(
      '(?:liest|lest) (?:er |es )?(?:kaum|fast keine|keine) (?:mehr |noch )?(?:eine |einzige )?(?:Discs?|CDs?|DVDs?|Scheiben|Rohlinge)|Lesefehler|(?:der )?Laser (?:ist |scheint )?(?:[\\p{L}]+ )?(?:schwach|hinüber|kaputt|defekt)(?: geworden)?',
    ),
    "it doesn't read discs any more, a fault",
  ],
  [
    w('(?:ich )?(?:würd|würde|tät) (?:schon |auch |gern |gerne )?(?:was|etwas|dafür) (?:zahlen|bezahlen)|(?:zahlen|bezahlen) würde'),
    "I'm happy to pay for a repair",
  ],
  [w('(?:reparieren|richten) lassen'), 'have it repaired'],
  [w('Bildschirm|Display|Anzeige'), 'screen'],
  [w('beim (?:Auspacken|Öffnen|Aufmachen)'), 'when I unpacked it'],
  [
    w('(?:,? ?und zwar |schon |gleich )?(?:vom ersten Tag an|von Anfang an|seit dem ersten Tag)(?! (?:einwandfrei|gut|problemlos|super|tadellos))'),
    ', it has not worked since the first day',
  ],
  [
    w('als (?:ich|i) (?:es |ihn |sie |das [\\p{L}-]+ |den [\\p{L}-]+ |die [\\p{L}-]+ )?(?:ausgepackt|aufgemacht|geöffnet) (?:habe|hab|hatte)'),
    'when I unpacked it',
  ],
  [w('(?:lädt|laedt) (?:sich )?(?:seit [\\p{L}\\p{N}. ]{1,25} )?(?:nicht mehr|nimmer|net mehr|nüme)'), 'it no longer charges'],
  [w('(?:kommt|erscheint|gibt es|gibts) (?:[\\p{L}\\p{N}%.,„“" ]{0,40}?)(?:der |die |eine |einen |ein )?(?:Fehler|Fehlermeldung|Error)'), 'it gives an error'],
  [w('(?:gaht|goht|geht|got) (?:sit|seit) (?:[\\p{L}\\p{N}]+ ){0,2}(?:nüme|nümme|nimmer|nicht mehr|nimma)'), 'stopped working'],
  [
    w("(?:geht|gaht|jeht) (?:die |d'|d )?(?:Lade|Schublade|Schublad|Klappe) (?:nicht mehr|nicht|nüme|nümme|nimmer|net mehr) (?:auf|uf|uff)"),
    "the tray doesn't open any more",
  ],
  [w('(?:die )?Farbe (?:ist |war )?(?:falsch|verkehrt)|(?:die |eine )?falsche Farbe|in der falschen Farbe'), 'the wrong colour was delivered'],
  [w('(?:gekommen|geliefert|angekommen) (?:ist|sind|wurde) (?:sie|es|er|die Uhr|das Gerät)? ?aber (?:in|als)'), 'but the one you sent me is in'],
  [
    w(
      '(?:die|der|das|welche|welcher) ((?:vor|am|letzte|letzten|gestern|vorgestern)[^,.;!?]{0,30}?) (?:geliefert|zugestellt) (?:wurde|wurden|worden ist|worden sind)',
    ),
    (when: string) => `delivered ${when}`,
  ],
  [w('dieses Jahres|diesen Jahres|heuer'), 'this year'],
  // "September letztes Jahr" (blind run BL): the year before, as "March last year" in English.
  [w('letztes Jahr|letzten Jahres|vergangenes Jahr|vergangenen Jahres|voriges Jahr|vorigen Jahres|im Vorjahr|letztes Jahr im'), 'last year'],
  [w('dieses Jahr'), 'this year'],
  // Everyday ways to say it (blind run AS and the native speakers' corpus): what is wrong.
  [
    w(
      '(?:tut|macht|geht) (?:vom ersten (?:Moment|Tag) an |von Anfang an |seit dem Auspacken )?(?:gar |überhaupt |absolut )?(?:nix|nichts)(?: mehr)?|nix passiert|nichts passiert',
    ),
    'does nothing',
  ],
  [
    w('vom ersten (?:Moment|Tag) an|ab dem ersten Tag|seit dem Auspacken|gleich beim ersten (?:Einschalten|Anschliessen|Anschließen|Einlegen)'),
    'since the first day',
  ],
  [w('(?:geht|gaht|lauft|läuft|funktioniert) (?:seit [\\p{L}\\p{N}_. ]{1,25} )?(?:nüme|nümme|nimmer|net mehr|nicht mehr|nimma)'), 'stopped working'],
  [w('(?:spinnt|macht Mucken|macht Zicken|zickt|streikt|gibt den Geist auf|tut keinen Wank|mag nimmer|rattert|klackert|klickt)'), 'is acting up'],
  [w('(?:Fehlermeldung|Fehler|Error)'), 'error'],
  [w('(?:wirft|spuckt) (?:die )?(?:Discs?|CDs?|DVDs?|Rohlinge|Scheiben) (?:[\\p{L}\\p{N}_ ]{0,30})?(?:aus|raus)'), 'it ejects the discs, a fault'],
  [
    w(
      '(?:lief|ging|funktionierte|hat)(?: er| es| ooch| auch)?(?: bisher| immer| lange| anfangs| allet)? (?:tadellos|problemlos|einwandfrei|gut|super|gscheit|jut|ohne Probleme)(?: funktioniert| gebrannt| gelaufen)?',
    ),
    'worked fine',
  ],
  [w('(?:bricht|brechen) (?:[\\p{L}\\p{N}%.,]+ ){0,8}(?:ab)'), 'fails with an error'],
  [w('(?:macht|macht er|macht es) (?:nur|nur noch|nur mehr) (?:klick|Klick|Klick-Klick|klick klick)(?:[ -]klick)?'), 'makes a clicking noise, a fault'],
  [w('(?:klappert|klackert|surrt|rattert|brummt|quietscht|schleift)'), 'makes a strange noise'],
  [w('(?:gibt|gibt er|gibt es) (?:keinen|ka|kein) (?:Mucks|Ton|Laut)(?: mehr)?(?: von sich)?|keinen Mucks'), 'does nothing'],
  [w('zu keinem Zeitpunkt (?:funktioniert|gegangen|gelaufen)'), 'never worked'],
  [w('(?:Gewitter|durchgebrannt)'), 'a power surge'],
  [w('(?:zerdeppert|zertrümmert|kaputtgemacht)'), 'smashed'],
  // The box gone, said after it: "die Originalverpackung leider nicht mehr" (blind run BM), "den Karton hab ich weggeworfen".
  [
    w(
      '(?:die |den |das )?(?:Originalverpackung|Original-Verpackung|Originalkarton|Originalschachtel|Originalbox|Originalpackung|Karton|Verpackung|Schachtel)[^.!?,;–]{0,25}?(?:leider )?(?:nicht mehr|keine mehr|keinen mehr|nimmer|weggeworfen|weggeschmissen|entsorgt|im Müll)',
    ),
    'I no longer have the original box',
  ],
  [w('(?:nicht|net|nöd) mehr|nimmer|nüme|nümme|nimma'), 'no longer'],
  [w('Überspannung|Blitzeinschlag|Blitz|Stromausfall|Stromschlag'), 'a power surge'],
  [
    w(
      '(?:ich habe|hab) es mir anders überlegt|(?:habe|hab) (?:mich|mir) (?:um)?entschieden|bereue (?:den Kauf|es)|bereu i|(?:brauche|brauch|benötige) (?:es|ihn|sie|das Laufwerk|den Brenner)? ?(?:schlicht |einfach |doch )?(?:nicht|nöd|net|nimmer)(?: mehr)?|(?:will|möchte|mag) (?:es|ihn|sie) (?:doch )?(?:nicht|nöd|net)(?: mehr)?|ungewollt|nicht mehr gewollt',
    ),
    'I changed my mind, I no longer want it',
  ],
  [w('(?:falsch|verkehrt) bestellt|(?:das|den|die) falsche (?:bestellt|ausgewählt)|ich Depp'), 'I ordered the wrong one'],
  [
    w(
      '(?:in der Schachtel|im Karton|im Paket|in der Verpackung|drin) (?:war|waren|lag|lagen) (?:aber |jedoch )?(?:ein |eine |einen )?(?:ganz )?(?:anderes?|anderen|falsches?)',
    ),
    'inside was a different one',
  ],
  [w('(?:drin|darin) (?:war|waren|lag|lagen)'), 'inside was'],
  [w('(?:anderes|anderen|andere|anderer) (?:Modell|Gerät|Produkt|Laufwerk|Farbe|Artikel)'), 'a different model'],
  [w('(?:das|den|die) falschen?|s falsche'), 'the wrong one'],
  [w('(?:fehlt|fehlen|fehlten|fehlte|mangelt)'), 'were missing'],
  [w('(?:nicht|nöd) (?:dabei|drin|in der (?:Schachtel|Verpackung|Packung))'), 'was missing'],
  [w('(?:angekommen|ankam|gekommen|cho|kam an|eingetroffen|übercho|kriegt|gekriegt|bekomen|bekommen)'), 'arrived'],
  [w('(?:gebrochen|zerbrochen|gesprungen|geknickt|beschädigt|Beschädigungen|Beschädigung|aufgerissen|zerrissen|nass|lose)'), 'damaged'],
  [w('(?:klemmt|klemmen|hängt)'), 'is stuck'],
  // What was bought, when and where.
  [w('gekauft|erworben|gekauft habe'), 'bought'],
  [w('Kaufdatum'), 'purchase date'],
  [w('Lieferdatum'), 'delivery date'],
  [w('geliefert|zugestellt'), 'delivered'],
  [w('erhalten|bekommen'), 'received'],
  // "Rechnung und Originalkarton habe ich noch": both kept, neither lost to the other.
  [
    w(
      '(?:die )?(?:Rechnung|Quittung|Kassenbon|Beleg) und (?:den |die |das )?(?:Originalkarton|Originalverpackung|Karton|Verpackung) (?:habe|hab) ich (?:noch|beide|auch noch)',
    ),
    'I have the invoice and I still have the original box',
  ],
  // The invoice, said in any order within its clause: "Rechnung hab ich leider keine mehr", "quittig han i no".
  [
    w(
      '(?:keine|keinen|kein|ohne|ka) (?:Rechnung|Rechnig|Quittung|Quittig|Beleg|Kaufbeleg|Kaufquittung|Kassenbon|Kassenzettel|Kassabon|Kaufvertrag)|(?:Rechnung|Rechnig|Quittung|Quittig|Beleg|Kaufbeleg|Kaufquittung|Kassenbon|Kassenzettel|Kassabon|Kaufvertrag)[^.!?,;–]{0,30}?(?:keine|nicht mehr|nicht|nöd|net|verloren|verlegt|weg|weggeworfen|nimmer|nie bekommen|no longer)',
    ),
    "I don't have the invoice",
  ],
  [
    w(
      '(?:Rechnung|Rechnig|Quittung|Quittig|Beleg|Kaufbeleg|Kaufquittung|Kassenbon|Kassenzettel|Kassabon|Kaufvertrag)[^.!?,;–]{0,30}?(?:habe|hab|han|haben|vorhanden|liegt|ist da|isch da|is da|dabei|gibt es|bei|noch da)|(?:habe|hab|han i|haben wir)(?: ich| i| ick)?(?: noch| natürlich| selbstverständlich)? (?:die|den|eine|einen|noch die|a|d|de)? ?(?:Rechnung|Rechnig|Quittung|Quittig|Beleg|Kaufbeleg|Kaufquittung|Kassenbon|Kassenzettel|Kassabon|Kaufvertrag)',
    ),
    'I have the invoice',
  ],
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
  [w('Paket|Päckli|Packerl|Sendung|Lieferung'), 'parcel'],
  // "Muss es der Originalkarton sein?", "in der Originalverpackung schicken" (blind run BG): the original box, however it is asked.
  [w('Originalverpackung|Original-Verpackung|Originalkarton|Originalschachtel|Originalbox|Originalpackung'), 'original box'],
  [w('muss (?:es|er|sie|das)'), 'must it'],
  [w('muss ich'), 'must I'],
  [w('Karton|Schachtel|Schachtle|Verpackung|Versandkarton|Packung|Box'), 'box'],
  [w('Gehäuse|Frontblende|Blende|Frontrahmen'), 'case'],
  [w('Netzteil|Stromkabel|Ladekabel'), 'power supply'],
  [w('Ladegerät'), 'charger'],
  [w('Akku'), 'battery'],
  [w('Kabel|Kabl'), 'cable'],
  [w('Schrauben|Montageschrauben'), 'screws'],
  [w('(?:Lade|Schublade|Schublad)'), 'tray'],
  [w('eingeschweisst|eingeschweißt|versiegelt|noch zu|nie ausgepackt|nicht ausgepackt|nix ausgepackt|ungeöffnet|no verpackt|noch verpackt'), 'still sealed'],
  [
    w(
      '(?:Rechnung|Quittung|Beleg|Kaufbeleg|Kassenbon|Quittig) (?:verloren|nicht mehr|weg|verlegt)|(?:habe|hab) (?:die |den )?(?:Rechnung|Quittung|Beleg|Kaufbeleg|Kassenbon) (?:verloren|verlegt|nicht mehr|weggeworfen)',
    ),
    "I don't have the invoice",
  ],
  [
    w(
      '(?:Rechnung|Quittung|Beleg|Kaufbeleg|Kassenbon|Quittig) (?:ist |isch )?(?:da|vorhanden|dabei|liegt (?:bei|vor|hier|mir vor))|(?:Kaufbeleg|Beleg) liegt vor',
    ),
    'I have the invoice',
  ],
  // The seller's guarantee by law: "habe ich nicht sowieso zwei Jahre Gewährleistung?"
  [w('(?:die )?gesetzliche (?:Gewährleistung|Garantie)|(?:die )?Gewährleistung'), 'the legal guarantee'],
  [w('(?:das )?Gesetz'), 'the law'],
  [w('gesetzlich'), 'legally'],
  [w('zwei Jahre'), '2 years'],
  [w('Garantie'), 'warranty'],
  [w('abgelaufen'), 'expired'],
  [w('nicht|nöd|net|nich'), 'not'],
  [w('ein|eine|einen|einem|einer|an'), 'a'],
  [w('mehr'), 'more'],
  [w('gegen'), 'for'],
  [w('Händler|Händlerin|Verkäufer|Laden|Geschäft|Shop|Onlineshop|Online-Shop|Elektronikmarkt'), 'shop'],
  [w('oder'), 'or'],
  [w('nur'), 'only'],
  [w('drin|innen'), 'inside'],
  [w('keine|keinen|kein|keiner'), 'no'],
  [w('nie|niemals'), 'never'],
  [w('aber|jedoch|sondern'), 'but'],
  [w('war|wurde|gsi'), 'was'],
  [w('waren|wurden'), 'were'],
  [w('hat|het|hot'), 'has'],
  [w('sind'), 'are'],
  [w('es|er|isch'), 'it'],
  [w('noch'), 'still'],
  [w('jetzt|nun|nu'), 'now'],
  [w('seit'), 'since'],
  // "Kann Plextor die Daten retten?", "sind meine Daten dann weg?", "vorher was runterkopieren?" (blind run BS).
  [w('(?:die |meine |alle )?Daten (?:retten|wiederherstellen|zurückholen)|Datenrettung|Datenwiederherstellung'), 'recover my data'],
  [w('(?:sind |ist )?(?:meine |die )?(?:Daten|Dateien|Fotos) (?:dann |danach |damit )?(?:weg|futsch|verloren|gelöscht)'), 'my data be lost'],
  [w('(?:vorher )?(?:was |etwas |alles |die Daten )?(?:runter|herunter)(?:zu)?kopieren|(?:ein )?Backup machen'), 'back up my data'],
  [w('Daten|Dateien'), 'data'],
  // "soll ich sie im Originalkarton schicken", "wo schreib ich die RMA Nummer hin" (blind run BS).
  [
    w(
      '(?:soll|sollte|muss) ich (?:sie |es |ihn |den |das )?(?:im|in dem|in den) (?:Originalkarton|Originalverpackung|original box)(?: schicken| verschicken| senden| zurückschicken)?',
    ),
    'should I send it in the original box',
  ],
  [w('ist (?:das|es) egal'), 'does it matter'],
  // "und der Originalkarton? soll ich den nehmen oder ist das egal?" (blind run BS): the box, asked across two questions.
  [w('(?:der|den|die|das|the) original box\\?\\s*should I use it'), 'should I use the original box'],
  [w('wo schreib(?:e)? ich (?:die )?RMA[- ]?Nummer hin'), 'do I write the RMA number on the box'],
  [w('soll ich|sollte ich'), 'should I'],
  // "Muss ich ein Etikett ausdrucken?" (the label asked about in blind run BR, in German).
  [w('(?:versand|paket|retouren)?(?:etikett|label|schein)(?:e|en)?'), 'label'],
  [w('(?:aus)?drucken|ausgedruckt|gedruckt'), 'print'],
  // Little words last, so that nothing above is broken up ("mein" is not read as a day).
  [w('meine|meinen|meinem|meiner|mein'), 'my'],
  [w('ich'), 'I'],
  [w('und'), 'and'],
  [w('ist'), 'is'],
  [w('habe'), 'have'],
  [w('der|die|das|den|dem'), 'the'],
]);

const FRENCH = once((): Glossary => [
  // "en septembre l'année dernière": the year before.
  // "en mars de l'année dernière" (blind run BN: read as this March): the month of last year.
  [w("de l'année dernière|de l'an dernier|de l'année passée|de l'an passé"), 'of last year'],
  [w("l'année dernière|l'an dernier|l'année passée|l'an passé"), 'last year'],
  // Photos kept on the drive, not photos of the fault (blind run BR: "j'ai des photos dessus qui ne sont pas
  // sauvegardées ailleurs … est-ce que Plextor peut récupérer mes données ?" got "we need no photos", three times).
  [
    w(
      '(?:récupérer|recuperer|sauver|sauvegarder|retrouver|la récupération de|la recuperation de|de la récupération de|de la recuperation de) (?:mes |les |des |vos |toutes mes )?(?:données|donnees|fichiers|photos)(?: (?:qui sont )?(?:dessus|du disque|du ssd|sur le disque|sur le ssd))?',
    ),
    'recover my data',
  ],
  [w('(?:qui )?ne sont pas sauvegardée?s? ailleurs|pas sauvegardée?s? ailleurs|sans sauvegarde|pas de sauvegarde'), 'not backed up'],
  [
    w(
      '(?:mes |les |des )?(?:photos|fichiers|documents)(?: perso(?:nnelles|nnels)?)? (?:(?:enregistrée?s?|stockée?s?|sauvegardée?s?) )?(?:dessus|sur (?:le|la|mon|ma) (?:ssd|disque|pc|ordinateur))',
    ),
    'my files saved on the drive',
  ],
  [w('je ne les (?:revois|reverrai|reverrais|récupère|récupérerai|retrouve|retrouverai|reverrai) (?:jamais|plus)'), 'I never get them back'],
  // "j'ai des données dessus … est-ce qu'elles vont être effacées ?" (blind run BN): the data, erased.
  [w('(?:mes |les |des |vos )?données(?: personnelles)?'), 'my data'],
  [w('(?:vont|va|vont-elles|va-t-il|seront|sera|soient|soit) (?:être )?(?:effacées?|effacés?|supprimées?|supprimés?|perdues?|perdus?)'), 'will be erased'],
  [w('cette année'), 'this year'],
  // Going back to the seller instead ("je pensais le renvoyer au vendeur"), before "au" is read alone.
  [w('je pensais (?:le |la |les )?(?:renvoyer|retourner|rapporter|rendre)'), 'I thought I could take it back'],
  [w('(?:au|à la) (?:vendeur|revendeur|magasin|boutique)'), 'to the shop'],
  // Requests to the assistant itself: a person, start over, cancel, help.
  [w("(?:je voudrais |je veux |puis-je )?parler à (?:une personne|quelqu'un|un humain|un conseiller|une conseillère)"), 'talk to a person'],
  [w('(?:recommencer|reprendre à zéro|tout reprendre)'), 'start over'],
  [w('annuler'), 'cancel'],
  [w('aide'), 'help'],
  [w('(?:ne )?(?:sait|peut|arrive) plus (?:rien )?(?:à )?lire'), "doesn't read"],
  [w('(?:fait|fait un) (?:un )?bruit (?:de frottement|bizarre|étrange|de grincement)|frotte|grince'), 'makes a grinding noise'],
  [
    w(
      "(?:n'était|n'étaient|n'est|ne sont|était|étaient) pas (?:dans|à l'intérieur (?:du|de la)) (?:le )?(?:carton|colis|boîte|boite|paquet|emballage)|n'y était pas|n'y étaient pas",
    ),
    'was missing from the box',
  ],
  [
    w(
      "(?:s'est|se sont) (?:arrêté|arrêtée|arrêtés|éteint|éteinte)(?! de)|(?:a|ont) (?:arrêté|cessé) de (?:marcher|fonctionner)|(?:s'est|se sont) arrêtée?s? de fonctionner|ne (?:fait|donne) plus (?:aucun|de) son",
    ),
    'stopped working',
  ],
  [
    w(`il y a (?:environ|à peu près|presque|plus de|près de|déjà|bien) (\\d{1,2}|${FR_NUMBER}) (jours|jour|semaines|semaine|mois|ans|an|années|année)`),
    (n: string, u: string) => `about ${number(FR_NUMBERS, n)} ${unit(u)} ago`,
  ],
  // "je n'ai plus la boite d'origine, juste la facture. C'est grave ?" (blind run BR: read as a question
  // about the invoice): the box is gone, and is that a problem.
  [
    w(
      "je n'ai plus (?:la |le |l'|l’)?(?:boîte|boite|carton|emballage)(?: d['’]origine)?|(?:la |le |l')?(?:boîte|boite|carton|emballage)(?: d['’]origine)?,? je (?:l'ai|l’ai) jetée?",
    ),
    'I no longer have the original box',
  ],
  [w("c'est grave|c’est grave|est-ce grave|c'est un problème|c’est un problème"), 'is that a problem'],
  // "il n'y a pas d'étiquette à imprimer ?" (blind run BR: passed to a colleague).
  [w("(?:une |d'|d’|l'|l’|des )?étiquettes? (?:à |a )?imprimer|imprimer (?:une |l'|l’|des )?étiquettes?"), 'print a label'],
  // "le probleme c'est que le PC ne le detecte plus" (blind run BR: the correction left the problem as it was).
  [w("(?:et )?le probl[eè]me c['’]est que|(?:et )?le probl[eè]me est que"), 'and the problem is'],
  // Questions after the decision, as the English reader knows them (blind run AT).
  [
    w("(?:je dois|dois-je|faut-il|est-ce que je dois|je garde) (?:garder )?(?:le carton|la boîte|l'emballage)(?: d'origine)?"),
    'do I need to keep the original box',
  ],
  // "La boîte d'origine, je dois l'utiliser ?", "Le carton d'origine est obligatoire ?" (blind run 20).
  [
    w(
      "(?:(?:et )?(?:la |le |l')?(?:boîte|boite|carton|emballage) d['’]origine(?:,? (?:je dois l['’]utiliser|est(?:-il|-elle)? obligatoire|il (?:la|le) faut|c'est obligatoire))?)",
    ),
    'do I need the original box',
  ],
  [
    w(
      "(?:où|a quelle adresse|à quelle adresse) (?:est-ce que )?(?:je |j')?(?:l'|les )?(?:envoie|envoyer|dois-je l'envoyer|dois-je envoyer|je l'envoie|je dois l'envoyer|l'envoyer)(?: exactement)?|je l'envoie où",
    ),
    'where do I send it',
  ],
  [
    w(
      "qui (?:paie|paye|payera|paiera) (?:le port|les frais de port|les frais d'envoi|l'envoi|le transport|les frais)|(?:c'est moi qui paie|je dois payer) (?:le port|l'envoi|les frais)|les frais de port, c'est moi qui paie",
    ),
    'who pays the postage',
  ],
  [w('combien de temps (?:ça prend|cela prend|ça va prendre|faut-il|dure)?'), 'how long does it take'],
  // "Et ça prend combien de temps en tout ?" (blind run BO).
  [w('(?:ça|ca|cela) (?:prend|prendra|va prendre) combien de temps'), 'how long does it take'],
  [
    w(
      '(?:est-ce que )?(?:je vais|vais-je|je vais bien) (?:recevoir|avoir|obtenir) (?:un|une) (?:appareil |graveur |lecteur )?(?:neuf|neuve|nouveau|nouvel appareil)|(?:un|une) (?:graveur |lecteur |appareil )?neuf en échange',
    ),
    'will I get a new one',
  ],
  [w('(?:papiers|documents|formulaire)s? (?:de|pour la) douane|douane'), 'customs papers'],
  [
    w('combien (?:va |vais-je |)?(?:coûte|coûter|coûtera|couterait|coûterait) (?:la |une )?réparation|le prix de la réparation'),
    'how much does the repair cost',
  ],
  [w('(?:est-ce que je vais|vais-je) (?:être|etre) (?:entièrement |intégralement )?remboursé|récupérer (?:tout )?mon argent'), 'will I get all my money back'],
  [
    w(
      "(?:quand (?:est-ce que )?)?vous (?:venez|passez|allez venir) (?:le |la |les )?(?:chercher|prendre|récupérer|enlever)(?: quand)?|(?:quand|à quelle date) (?:a lieu |aura lieu )?l'enlèvement",
    ),
    'when will the courier collect it',
  ],
  [
    w("(?:vous venez le chercher|vous passez le prendre|vous l'enlevez)|(?:dois-je|je dois) (?:le |la )?(?:rapporter|déposer|apporter)"),
    'will you collect it or do I have to bring it',
  ],
  // "Je peux pas simplement aller le déposer moi-même là-bas ?" (blind run BO): handing it in.
  [
    w('(?:aller |venir )?(?:le |la |les |the )?(?:déposer|apporter) (?:moi-même|nous-mêmes|en personne|sur place)(?: là-bas| chez (?:vous|eux)| sur place)?'),
    'drop it off myself',
  ],
  [
    w(
      "(?:à qui|a qui) (?:dois-je|je dois|est-ce que je dois) (?:m'adresser|écrire|m'adresse)|qui (?:dois-je|je dois) contacter|qui est (?:[\\p{L}]+ ){0,2}responsable",
    ),
    'do I go to the shop or to the manufacturer',
  ],
  [
    w('(?:dois-je|je dois|faut-il) (?:renvoyer|envoyer|mettre) (?:le |les )?(?:câbles?|cables?|accessoires)(?: aussi| avec)?'),
    'do I have to send the cable too',
  ],
  [
    w("(?:dois-je|je dois|faut-il) (?:renvoyer|envoyer|retourner) (?:tout l'ordinateur|tout le|l'ordinateur entier|l'appareil entier|tout)"),
    'do I have to send back the whole product',
  ],
  [w('(?:dois-je|je dois|faut-il) mettre la facture dans le colis|la facture (?:dans le colis|avec)'), 'does the invoice go in the parcel'],
  [w('quand (?:est-ce que )?(?:je vais recevoir|vais-je recevoir|recevrai-je|je reçois|je recevrai)'), 'when do I get'],
  [
    w('(?:je peux|puis-je|est-ce que je peux) (?:pas plutôt )?(?:le |la )?(?:rapporter|ramener|rendre) (?:à la|au|chez) '),
    'can I take it back to the shop instead, at ',
  ],
  [
    w(
      "(?:bien |très )?cordialement|(?:avec )?(?:mes |nos )?(?:meilleures |sincères )?salutations(?: distinguées)?|bonne journée|merci d'avance(?: et bonne journée)?",
    ),
    'Kind regards',
  ],
  // Dates: "il y a deux semaines", "la semaine dernière", "le 6 de ce mois", "le 3 octobre", "lundi dernier"
  [w(`(?:il y a )?(\\d{1,2}|${FR_NUMBER}) (?:ans|an) et demi(?: environ| à peu près)?`), (n: string) => `${number(FR_NUMBERS, n)} and a half years ago`],
  [w(`il y a (\\d{1,2}|${FR_NUMBER}) (jours|jour|semaines|semaine|mois|ans|an|années|année)`), ''],
  [w('la semaine dernière|la semaine passée'), 'last week'],
  [w('le mois dernier|le mois passé'), 'last month'],
  [w(`(${FR_DAYS}) (?:dernier|passé)`), ''],
  [w(`le (\\d{1,2})(?:er)? (${FR_MONTHS}) dernier`), ''],
  [w(`le (\\d{1,2})(?:er)? (?:de ce mois|du mois)`), ''],
  [w(`le (\\d{1,2})(?:er)? (${FR_MONTHS})(?: (\\d{4}))?`), ''],
  [w(`(\\d{1,2})(?:er)? (${FR_MONTHS})(?: (\\d{4}))?`), ''],
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
  // Used or not.
  [
    w(
      "(?:je )?(?:ne l'ai|l'ai|n'ai|ne les ai) (?:[\\p{L}\\p{N}_]+ )?(?:jamais|pas encore|pas) (?:[\\p{L}\\p{N}_]+ )?(?:utilisé|utilisée|branché|branchée|installé|installée|servi|touché|testé|allumé)|(?:jamais|pas encore|pas) (?:été )?(?:utilisé|utilisée|branché|branchée|installé|installée|servi)|(?:elle |il )?ne s'en est jamais servie?",
    ),
    'never used',
  ],
  [
    w(
      "(?:je )?(?:l'ai|les ai) (?:beaucoup |souvent |bien |déjà )?(?:utilisé|utilisée|installé|installée|branché|branchée|testé)|(?:je )?m'en (?:suis )?(?:sers|servais|servi) (?:tous les jours|souvent|beaucoup|régulièrement)|utilisé (?:tous les jours|quotidiennement|régulièrement|souvent)",
    ),
    'I have used it',
  ],
  [w("(?:j'ai|jai|je l'ai|je les ai|nous avons|on a) (?:bien )?(?:reçu|recu|reçue|reçus)"), 'I received'],
  [w("(?:on )?(?:m'a|m'ont|nous a|nous ont) (?:envoyé|envoyée|livré|livrée|expédié|expédiée)"), 'you sent me'],
  [w("alors que (?:j'avais|j'ai|jai) (?:bien )?(?:commandé|acheté|demandé)"), ', but I ordered'],
  [w("(?:ne |n')?(?:contenait|contient|contenaient) (?:pas|plus)"), 'did not contain'],
  [
    w(
      "(?:je )?(?:ne |n')?(?:le|la|les) veux (?:plus|pas)|(?:je )?(?:n'en|nen) (?:ai|avais) (?:plus |pas )?(?:l'utilité|besoin)|(?:ne|n') (?:le|la) supporte (?:plus|pas)",
    ),
    'I no longer want it',
  ],
  [w('dès (?:la|le) (?:première|premier) (?:mise en (?:route|service)|utilisation|essai|branchement)|du premier coup'), 'since the first day'],
  [
    w("contre paiement|moyennant paiement|même (?:si|s'il) (?:je dois|il faut) (?:payer|que je paie)|même payante?|à mes frais"),
    "I'm happy to pay for a repair",
  ],
  [w('(?:marche|fonctionne) pu(?: pantoute)?|(?:reconnaît|reconnait|lit) pu'), 'stopped working'],
  // Everyday ways to say it (blind run AT and the native speakers' corpus): what is wrong.
  [
    w(
      "(?:ne |n')?(?:marche|fonctionne) (?:pa|pas|plu|plus) depuis? (?:le )?d[ée]but|jamais (?:marché|fonctionné|réussi)|(?:ne s'est|s'est) jamais (?:allumé|allumée)|(?:n'a|na) jamais (?:été )?(?:reconnu|détecté|allumé)",
    ),
    'never worked',
  ],
  [w('(?:ne )?(?:le |la )?(?:détecte|voit|reconnaît|reconnait) (?:même )?(?:pas|plus)|(?:rien|nada|que dalle)(?: du tout)?[.!]?$'), 'is not recognised'],
  [w('(?:marche|fonctionne) (?:plu|pa)|(?:a lâché|a laché|déconne|fait des siennes|rame|bug|bugge|plante)'), 'is acting up'],
  [w("(?:erreur|message d'erreur)"), 'error'],
  [w('(?:passaient|marchait|fonctionnait|tournait) (?:parfaitement|très bien|bien|nickel|sans problème)(?: avant)?|a donné satisfaction'), 'worked fine'],
  [w('coupure de courant|surtension|orage|foudre|la foudre|un court-circuit'), 'a power surge'],
  [
    w(
      "(?:je l'ai |l'ai |jlai |je l'ai malheureusement |l'ai malheureusement )?fait tomber|(?:est |il est |elle est )?tombée?s?(?: de mon bureau| du bureau| par terre| de la table)?",
    ),
    'dropped',
  ],
  [
    w(
      "j'ai changé d'avis|changé d'avis|je regrette(?: mon achat)?|finalement (?:je n'en ai |j'en ai )?(?:pas|plus) besoin|(?:je )?(?:n'en|nen) (?:ai|avais) (?:plus |pas )?besoin|plus besoin|moins cher ailleurs|en avais déjà un|ne sert à rien",
    ),
    'I changed my mind, I no longer want it',
  ],
  [w('je (?:voudrais|veux|souhaite|souhaiterais) (?:le |la |les )?(?:retourner|renvoyer|rendre)(?: le mien)?'), "I'd like to return it"],
  [w("erreur de ma part|je me suis (?:trompé|trompée)|j'ai (?:commandé|pris) (?:la mauvaise|le mauvais|par erreur)"), 'I ordered the wrong one'],
  [
    w("(?:dans|à l'intérieur (?:du|de la)) (?:le )?(?:carton|colis|boîte|paquet) il y avait|il y avait (?:un|une) (?:autre|différent)"),
    'inside was a different one',
  ],
  [w('(?:un |une )?(?:autre|différent|différente) (?:modèle|produit|appareil|couleur|article)'), 'a different model'],
  [w("(?:m'a |m'ont |on m'a )?(?:envoyé|envoyée|expédié|livré) (?:un |une )?(?:autre|mauvais|mauvaise)"), 'you sent me a different one'],
  [
    w(
      "(?:il )?(?:me )?manque|manquent|manquait|manquaient|manquant|manquants|l'absence (?:du|de la|des|de l')|(?:il n'y a|y a) (?:ni|pas de)|pas de (?:chargeur|câble|cable|vis|alimentation|manuel|notice)|ni (?:le|la|les|l')",
    ),
    'were missing',
  ],
  [w('(?:est |sont )?(?:arrivé|arrivée|arrivés|arrivées)|reçu|reçue|recu|recue'), 'arrived'],
  // Damage in the words the English reader knows for it: a crack, a dent, bent, snapped off.
  [w('(?:une )?(?:fissure|fêlure|félure)|fissuré|fissurée|fendu|fendue|fêlé|fêlée'), 'cracked'],
  [w('(?:enfoncé|enfoncée|cabossé|cabossée|(?:une )?bosse|écrasé|écrasée)'), 'dented'],
  [w('(?:tordu|tordue|plié|pliée)'), 'bent'],
  [w('(?:arraché|arrachée|cassé net|décroché|décrochée)'), 'snapped off'],
  [w('(?:fendu|fendue|fissuré|fissurée|cassé|cassée|enfoncé|enfoncée|écrasé|écrasée|piétiné|déchiré|déchirée|ne tient plus|coin enfoncé|bosse)'), 'damaged'],
  // A repair they pay for.
  [
    w(
      "(?:je suis d'accord (?:pour|de)|je veux bien|je suis prêt à|je suis prête à|je serais prêt à|je serais prête à|je serais d'accord (?:pour|de)|prêt à|prête à|d'accord de) payer",
    ),
    "I'm happy to pay",
  ],
  [
    w(
      'je (?:payerai|paierai|paye|paie)|(?:même )?payante?s?|réparations? payantes?|(?:à|a) mes frais|(?:combien|quel prix|le prix)(?: ça| cela)? (?:coûte|coute|couterait|coûterait)',
    ),
    "I'm happy to pay for a repair",
  ],
  [w('à mes frais'), 'at my cost, I will pay'],
  [w('(?:faire )?réparer|réparation'), 'repair'],
  // What was bought, when and where.
  [w("(?:j'ai|jai|je l'ai|je les ai|nous avons|on a) (?:acheté|achetée|achetés|achete|commandé|commandée|commande|acquis|acquise)"), 'I bought'],
  [w('(?:date d.)?achat(?= (?:le|du|on) )'), 'bought'],
  // "La date d'achat c'est le 18 novembre": the date named as such.
  [w("date d['’]achat"), 'purchase date'],
  [w('date de (?:livraison|réception)'), 'delivery date'],
  [w('acheté|achetée|achetés|commandé|commandée|acquis|acquise'), 'bought'],
  [w('livré|livrée|livrés'), 'delivered'],
  [w('reçu|reçue'), 'received'],
  // The invoice, said in any order within its clause: "la facture, je l'ai perdue", "je n'ai plus la facture".
  [
    w(
      "(?:sans|pas de|aucune|plus de|ni) (?:facture|ticket de caisse|ticket|quittance|reçu d'achat|preuve d'achat|bon de caisse)|(?:je n'ai|j'ai) (?:plus|pas|perdu|égaré|jeté) (?:la |le |de |ma |mon )?(?:facture|ticket de caisse|ticket|quittance|reçu d'achat|preuve d'achat|bon de caisse)|(?:facture|ticket de caisse|ticket|quittance|reçu d'achat|preuve d'achat|bon de caisse)[^.!?;]{0,30}?(?:perdue|perdu|égarée|égaré|jetée|plus|introuvable|pas trouvé)",
    ),
    "I don't have the invoice",
  ],
  [
    w(
      "(?:facture|ticket de caisse|ticket|quittance|reçu d'achat|preuve d'achat|bon de caisse)[^.!?,;]{0,30}?(?:conservée|conservé|gardée|gardé|disponible|jointe|en main|ok|dispo|en ma possession|je l'ai)|(?:j'ai|jai|je dispose de|nous avons|j'ai (?:bien |toujours |encore )?(?:gardé|conservé))(?: bien| toujours| encore)? (?:la |le |ma |mon |une |un )?(?:facture|ticket de caisse|ticket|quittance|reçu d'achat|preuve d'achat|bon de caisse)",
    ),
    'I have the invoice',
  ],
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
  [w('colis|paquet|envoi|commande'), 'parcel'],
  [w('carton|boîte|boite|emballage'), 'box'],
  [w('boîtier|façade|facade|grille|coque|écran'), 'case'],
  [w('chargeur|alimentation|bloc secteur|adaptateur secteur'), 'power supply'],
  [w('câble|cable|cordon'), 'cable'],
  [w('vis'), 'screws'],
  [w('tiroir'), 'tray'],
  [
    w(
      '(?:pas|jamais|non) (?:encore )?(?:ouvert|ouverte|déballé|déballée|été ouvert|été déballé)|(?:emballage|carton|boîte) (?:pas ouvert|scellé|scellée|intact|fermé)|sous blister|(?:toujours|encore) (?:dans son|sous) (?:emballage|film)',
    ),
    'still sealed',
  ],
  [w("(?:j'ai )?perdu la facture|(?:je n'ai|j'ai) plus (?:la )?facture|facture (?:perdue|égarée)"), "I don't have the invoice"],
  [
    w(
      '(?:ticket de caisse|facture|ticket|quittance) (?:conservé|conservée|ok|dispo)|je dispose (?:bien entendu )?de la facture|jai (?:le|la) (?:ticket|facture)',
    ),
    'I have the invoice',
  ],
  // The seller's guarantee by law, and the seller: "je pensais le renvoyer au vendeur".
  [w('(?:la )?garantie légale(?: de conformité)?|(?:la )?garantie de conformité'), 'the legal guarantee'],
  [w('(?:la )?loi'), 'the law'],
  [w('légalement'), 'legally'],
  [w('(?:le|la) (?:vendeur|revendeur|magasin|boutique)'), 'the shop'],
  [w('vendeur|revendeur|magasin|boutique'), 'shop'],
  [w('deux ans'), '2 years'],
  [w('garantie'), 'warranty'],
  [w('(?:être |me faire |se faire )?(?:remboursé|remboursée|rembourser)|un remboursement|le remboursement'), 'get a refund'],
  // A remedy wished ("j'aimerais plutôt un neuf qu'une réparation, c'est possible ?"): what the choice reads.
  [w("j'aimerais|je voudrais|je souhaiterais|je souhaite|je préférerais|je préfèrerais"), "I'd like"],
  [w('je veux'), 'I want'],
  [w('plutôt|plutot'), 'rather'],
  [
    w(
      '(?:par |contre )?(?:un|une) (?:appareil |graveur |lecteur |burner |drive |produit |modèle )?(?:neuf|neuve)|(?:un|une) (?:nouveau|nouvelle|nouvel)(?: (?:appareil|graveur|lecteur|produit|modèle))?',
    ),
    'a new one',
  ],
  [w("qu'une|qu'un"), 'than a'],
  // "… plutôt qu'un réparé" (blind run BO).
  [w('réparée?s?|réparé'), 'repaired'],
  [w("au lieu d'une|au lieu d'un|au lieu de|à la place d'une|à la place d'un"), 'instead of'],
  [w("c'est possible|est-ce possible|c'est faisable"), 'is that possible'],
  [w('demander'), 'ask for'],
  [w('remplacement|échange'), 'replacement'],
  [w('est-ce que je (?:peux|pourrais)|puis-je|je peux|je pourrais'), 'can I'],
  [w('quand'), 'when'],
  [w('ou'), 'or'],
  [w("(?:ne |n')?(?:pas|pa)"), 'not'],
  [w("(?:ne |n')?(?:plus|plu)"), 'no longer'],
  [w('jamais|jamai'), 'never'],
  [w('mais'), 'but'],
  [w('était|a été'), 'was'],
  [w('il|elle|ça|ca'), 'it'],
  [w('depuis|depui'), 'since'],
  [w('maintenant'), 'now'],
  [w("ne|n'"), ''],
  // Little words last, so that nothing above is broken up ("mon" is not read as Monday).
  [w('mon|ma|mes'), 'my'],
  [w("j'ai"), 'I have'],
  [w('je'), 'I'],
  [w('et'), 'and'],
  [w('est'), 'is'],
  [w("le|la|les|l'"), 'the '],
]);

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
    [/^\s*(?:oui|d'accord|tout à fait)(?![\\p{L}])/iu, 'yes'],
    [/^\s*non\b/i, 'no'],
  ],
};

/** The English a German or French message means, for the English reader; English is returned as it is. */
export function gloss(text: string, language: Language | undefined): string {
  if (language !== 'de' && language !== 'fr') return text;
  let out = text;
  for (const [pattern, english] of OPENING_ANSWER[language]) out = out.replace(pattern, english);
  out = out.replace(/\b(?:registrieren|enregistrer)\b/gi, 'register it');
  for (const [pattern, english] of [...(language === 'de' ? GERMAN() : FRENCH()), ...countryNames(language)]) {
    out = out.replace(pattern, (match: string, ...rest: unknown[]) => {
      if (typeof english === 'function') return english(...(rest.slice(0, -2) as string[]));
      if (english !== '') return english;
      // The captured groups, in place (an unmatched one stays undefined); then the offset and the text.
      return dateGloss(language, match, rest.slice(0, -2) as (string | undefined)[]);
    });
  }
  // "le " glosses to "the ": the spaces it leaves are one, as the English reader expects.
  return out.replace(/[ \t]{2,}/g, ' ');
}
