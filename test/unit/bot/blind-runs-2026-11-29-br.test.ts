// Élodie's chat (blind run BR), in her words, in French: a Plextor SSD that the PC sometimes does not
// see, with photos on it that are not backed up. Each step is one thing the desk got wrong.
import { ChatTestClient } from '../../support/chat-client';
import { chatDepsFor, FixedClock, sayTo, testApp } from '../../support/fakes';
import { answerTextIn } from '../../../shared/intake/case-answer-text';
import { caseQuestions } from '../../../shared/intake/question-kinds';
import { gloss } from '../../../shared/extract/gloss';
import { readCollectionDetails } from '../../../shared/intake/collection-text';

const TODAY = '2026-11-29';

function setup() {
  const t = testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
  const client = new ChatTestClient(chatDepsFor(t, TODAY, true), { policy: 'plextor-eu' });
  return { ...t, say: (text: string) => sayTo(client, text) };
}

/** Up to the summary, as Élodie got there. */
async function toSummary(say: (text: string) => Promise<string[]>) {
  await say(
    "Bonjour, j'ai un souci avec un SSD Plextor que j'ai acheté chez vous a Noël dernier. Depuis la semaine derniere mon PC ne le voit plus du tout parfois apres un redemarrage, et apres quelques redemarrages il revient. J'aimerais bien le faire remplacer.",
  );
  await say("De France, j'habite a Lyon.");
  await say('Attendez je regarde la facture... elle est datée du 23/12/2025.');
  return say('Élodie Marchand, elodie.marchand.29r@example.com');
}

describe('blind run BR: Élodie, by chat, in French', () => {
  const FR_ANSWERS = answerTextIn('fr');

  it.each([
    "Avant, une question : j'ai des photos dessus qui ne sont pas sauvegardées ailleurs... est-ce que Plextor peut récupérer mes données ? j'ai vraiment peur de les perdre",
    "Non ce n'est pas ça, je ne veux pas vous envoyer de photos. Je veux dire : il y a mes photos perso enregistrées SUR le SSD. Est-ce que Plextor peut sauver les données qui sont dessus avant de le remplacer ?",
    "ok oublions les photos. Ma question c'est : est ce que Plextor fait de la récupération de données sur le disque ?",
  ])('photos kept on the drive are her data, not photos of the fault: "%s"', async (question) => {
    const { say } = setup();
    await toSummary(say);
    const replies = await say(question);
    expect(replies).toContain(FR_ANSWERS.wipeData);
    expect(replies.join('\n')).not.toContain('photos pour ce retour');
  });

  it('an SSD is not called "lecteur" (an optical drive in French): the desk says "produit"', async () => {
    const { say } = setup();
    const replies = (await toSummary(say)).join('\n');
    expect(replies).not.toMatch(/\blecteurs?\b/);
  });

  it('"il n\'y a pas d\'étiquette à imprimer ?" is answered: nothing to print', async () => {
    const { say } = setup();
    await toSummary(say);
    const replies = await say("Et pour l'envoi, je dois juste le poster moi-même en Belgique avec La Poste par ex., il n'y a pas d'étiquette à imprimer ?");
    expect(replies.some((r) => r.startsWith(FR_ANSWERS.nothingToPrint('Plextor Europe').slice(0, 20)))).toBe(true);
    // She sends it herself: the only label is the postage one (blind run BS, in German: "I still need a postage label").
    expect(replies.some((r) => r.includes(FR_ANSWERS.ownLabel))).toBe(true);
  });

  it('"le probleme c\'est que …" in a correction becomes the problem', async () => {
    const { say } = setup();
    await toSummary(say);
    await say('Non, modifier');
    const replies = await say("le modèle exact c'est un Plextor M9PeGN 512 Go. Et le probleme c'est que le PC ne le detecte plus parfois au redemarrage");
    expect(replies.join('\n')).toContain('le PC ne le detecte plus parfois au redemarrage');
  });
});

describe('blind run BR: Bongani, by email (the questions, in his words)', () => {
  it.each(['Muss ich ein Etikett ausdrucken?', 'Muss ich einen Paketschein drucken oder reicht die RMA-Nummer?'])(
    'German: "%s" asks what to print',
    (question) => {
      expect(caseQuestions(gloss(question, 'de'))).toContain('print');
    },
  );

  it('"how long does the refund take to come back on my card?" asks when, not how it is paid; "card or bank?" still asks how', () => {
    expect(caseQuestions('And how long does the refund take to come back on my card?')).toEqual(['when']);
    expect(caseQuestions('Will the refund go to my card or to the bank?')).toContain('paymentMethod');
  });

  it('a label asked beside the packing gets its own answer', () => {
    expect(caseQuestions('Do I have to print a label or waybill for the courier or just write the RMA number on the box?')).toEqual(
      expect.arrayContaining(['packaging', 'print']),
    );
  });
});

// Blind run BS: Matthias (German chat, an SSD with his thesis on it) and Ayesha (English email, a speaker).
describe('blind run BS: the questions, in their words', () => {
  it.each([
    'Kann Plextor die Daten retten bevor die repariert oder getauscht wird?',
    'Wenn die SSD getauscht wird sind meine Daten dann weg? Soll ich vorher versuchen was runterzukopieren?',
  ])('German: "%s" is the data question', (question) => {
    expect(caseQuestions(gloss(question, 'de'))).toContain('wipeData');
  });

  it.each([
    'Ok. Und muss ich ein Versandetikett ausdrucken? Und soll ich sie im Originalkarton schicken, den hab ich noch.',
    'und der Originalkarton? soll ich den nehmen oder ist das egal?',
  ])('German: "%s" asks about the original box', (question) => {
    expect(caseQuestions(gloss(question, 'de'))).toContain('worry');
  });

  it('German: "wo schreib ich die RMA Nummer hin, aufs Paket?" is a packing question, not one for a colleague', () => {
    expect(caseQuestions(gloss('Und wo schreib ich die RMA Nummer hin, aufs Paket?', 'de'))).toContain('packaging');
  });

  it('"I opened the box and charged it once. Is that going to be a problem for my refund?" is the worry, read with what came before', () => {
    const kinds = caseQuestions('Like I said, I opened the box and charged the speaker once to try it. Is that going to be a problem for my refund?');
    expect(kinds).toContain('worry');
    expect(kinds).not.toContain('when');
  });
});

describe('blind run BS: collection details in a sentence', () => {
  it('"my address is … Durban 4001 and my number is …" keeps no "and"', () => {
    expect(
      readCollectionDetails(
        'If it has to be the courier, my address is 14 Musgrave Road, Berea, Durban 4001 and my number is 084 210 7731. Tuesday or Thursday would suit me best.',
      ),
    ).toEqual({ address: '14 Musgrave Road, Berea, Durban 4001', phone: '084 210 7731', days: 'Tuesday or Thursday would suit me best' });
  });
});
