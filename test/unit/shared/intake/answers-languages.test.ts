// Questions after the RMA number in German and French: read as the English reader knows them, and
// answered in the language, every answer's message present with the values it takes.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { gloss } from '../../../../shared/extract/gloss';
import { catalogue } from '../../../../shared/adapters/node/language-catalogues';
import { ANSWER_MESSAGE_ARGUMENTS, answerTextIn } from '../../../../shared/intake/case-answer-text';
import { answerCaseQuestions, caseQuestions, decisionTerms, unansweredQuestions } from '../../../../shared/intake/case-answers';
import { evaluate, POLICIES, type Policy } from '../../../../shared/rules';
import { parseFacts } from '../../../../shared/rules/input';

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.plural || e.type === TYPE.select) out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const option of Object.values(e.options)) argumentsOf(option.value, out);
  }
  return out;
}

describe.each([
  ['de', catalogue('de').answers],
  ['fr', catalogue('fr').answers],
] as const)('the answers in %s', (language, catalogue) => {
  it('has every message, taking exactly the values its English takes', () => {
    expect(Object.keys(catalogue).length).toBeGreaterThan(80);
    for (const [key, names] of Object.entries(ANSWER_MESSAGE_ARGUMENTS)) {
      expect([key, catalogue[key] !== undefined]).toEqual([key, true]);
      expect([key, [...argumentsOf(parse(catalogue[key] as string))].sort()]).toEqual([key, [...names].sort()]);
    }
  });

  it('says the answers built from parts in the language', () => {
    const A = answerTextIn(language);
    expect(A.notAnswered(['x?', 'y?'])).not.toContain('colleague');
    expect(A.homeService('Plextor Europe', true)).toContain('Plextor Europe');
    expect(A.amountBack([A.lessRestocking(10)], true)).toContain('10');
  });
});

const decide = (raw: Record<string, unknown>) => {
  const { policy, facts } = parseFacts(raw, { today: '2026-11-28', policies: POLICIES });
  return { policy: policy as Policy, terms: decisionTerms(evaluate(policy, facts)) };
};

describe('questions after the RMA number, in German and French (blind runs AS and AT)', () => {
  it.each([
    ['de', 'Wohin schicke ich das Laufwerk?', ['where']],
    ['de', 'Wer zahlt den Versand?', ['cost']],
    ['de', 'Wie lange dauert das ungefähr?', ['when']],
    ['de', 'An wen muss ich mich jetzt wenden? Bekomme ich ein neues? Soll ich Fotos machen?', ['seller', 'photos', 'choose']],
    ['de', 'Was kostet eine Reparatur? Brauche ich Zollpapiere aus der Schweiz?', ['customs', 'cost']],
    ['de', 'Bekomme ich das ganze Geld zurück? Holt ihr das Paket ab oder muss ich es bringen?', ['amountBack', 'where']],
    ['fr', "Est-ce que je vais recevoir un appareil neuf ? Où est-ce que je l'envoie ? Qui paie le port ?", ['choose', 'cost', 'where']],
    ['fr', 'Combien de temps ça prend ?', ['when']],
    ['fr', 'Je dois renvoyer le câble aussi ?', ['accessories']],
    ['fr', "Quand est-ce que je reçois le chargeur ? Dois-je renvoyer tout l'ordinateur ?", ['wholeProduct', 'when']],
    // Blind run BJ (Julien, French chat): a new one rather than a repair, asked four times.
    ['fr', "j'aimerais plutot un neuf qu'une réparation, c'est possible ?", ['choose']],
    ['fr', "je peux demander un neuf plutot qu'une réparation ?", ['choose']],
    ['fr', "je dois vraiment l'envoyer en Belgique ? je pensais le renvoyer au vendeur", ['seller']],
    ['fr', 'le vendeur ne doit pas la garantie légale de deux ans ?', ['rights']],
    ['de', 'Ich hätte lieber ein neues Gerät statt einer Reparatur, geht das?', ['choose']],
    ['de', 'Kann ich ein neues bekommen statt Reparatur?', ['choose']],
    ['de', 'Habe ich nicht sowieso zwei Jahre gesetzliche Gewährleistung beim Händler?', ['rights']],
    // Blind run BK (Stefan, German email): the shop, the postage and a new one, none read.
    ['de', 'Und noch eine Frage: könnte ich das Gerät nicht einfach auch beim Händler zurückgeben?', ['seller']],
    ['de', 'Wer zahlt denn das Porto, und wie lange dauert das Ganze ungefähr?', ['cost', 'when']],
    ['de', 'Rechnung und Originalkarton habe ich noch. Mir wäre ein neues Laufwerk lieber als eine Reparatur, geht das?', ['choose']],
    // Blind run BL (Jonas, Austrian German chat): the shop, how long, the original box.
    ['de', 'Und wär es gscheiter, wenn ich einfach zum Shop geh wo ich ihn gekauft hab?', ['seller']],
    ['de', 'Ok. Wie lang dauert das ungefähr bis ich das Laufwerk wieder hab?', ['when']],
    ['de', 'Und ich hab noch den Originalkarton, soll ich den nehmen?', ['worry']],
    // Blind run BP (Reto, Swiss German email): asked three times, never read.
    ['de', 'Meine andere Frage haben Sie nicht beantwortet: Kann ich nicht einfach mein Geld zurückbekommen?', ['refundAsked']],
    // Blind run BQ (Claudia, written without umlauts).
    ['de', 'Und koennte ich statt einer Reparatur auch einfach mein Geld zurueckbekommen?', ['choose', 'refundAsked']],
  ] as const)('%s: %s', (language, text, kinds) => {
    expect(caseQuestions(gloss(text, language))).toEqual(kinds);
  });

  it('quotes back a question it cannot answer as the customer wrote it', () => {
    const said = 'Wohin schicke ich es? Darf mein Nachbar es abgeben?';
    expect(unansweredQuestions(said, (t) => gloss(t, 'de'))).toEqual(['Darf mein Nachbar es abgeben?']);
    // Blind run BE: a numbered list of questions came back half in English ("I würde ihn ungern…, reicht a Kopie?").
    const list =
      '1. Muss der Kassenbon jetzt mit ins Paket oder nicht? In der Mail steht nur, ich soll ihn "bereithalten". Ich würde ihn ungern im Original wegschicken, reicht eine Kopie?\n2. Gibt es keine Adresse in Deutschland?';
    const quoted = unansweredQuestions(list, (t) => gloss(t, 'de'));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(list).toContain(q);
  });

  it('answers in German, with no English word left', () => {
    const { policy, terms } = decide({ policy: 'plextor-eu', reason: 'defective', purchaseDate: '2026-03-20', country: 'DE' });
    const words = { ifDeclined: '', photosHow: '', chooseHow: '', passedOn: '', language: 'de' as const };
    const answers = answerCaseQuestions(['where', 'cost', 'when', 'include'], terms, policy.merchant, words).join(' ');
    expect(answers).toContain('Porto');
    expect(answers).not.toMatch(/\b(?:the|you|your|is|parcel|send)\b/i);
  });

  it('answers in French, with no English word left', () => {
    const { policy, terms } = decide({ policy: 'plc-technologies', reason: 'unwanted', deliveryDate: '2026-11-22' });
    const words = { ifDeclined: '', photosHow: '', chooseHow: '', passedOn: '', language: 'fr' as const };
    const answers = answerCaseQuestions(['amountBack', 'collection', 'cost'], terms, policy.merchant, words).join(' ');
    expect(answers).toMatch(/enlèvement|coursier/);
    expect(answers).not.toMatch(/\b(?:the|you|your|is|parcel|send)\b/i);
  });
});
