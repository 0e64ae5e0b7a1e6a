// The conversation's behaviours as case tables (CoreBot style): what the customer says, and what
// the assistant answers — every expected reply built from the prompts module, never repeated here.
import type { Activity } from '@microsoft/agents-activity';
import { ChatTestClient } from '../../support/chat-client';
import { MAX_MESSAGE_CHARACTERS, newChat, respond, TRANSCRIPT_LIMITS, type ChatDeps } from '../../../bot/conversation';
import { PROMPTS, QUESTIONS, promptsFor, questionsFor } from '../../../bot/prompts';
import { CUSTOMER_PAYS_LABELS, DOCUMENT_LABELS, REFUSAL_NOTE, REMEDY_LABELS, type Decision } from '../../../shared/rules';
import { ANSWER_TEXT } from '../../../shared/intake/case-answers';
import { EMAIL_TEXT, UPDATE_TEXT } from '../../../shared/notify/email-text';
import { listInWords, NEXT_TEXT, nextTextIn } from '../../../shared/notify/next-steps';
import { AFTER_TEXT } from '../../../shared/notify/after-text';
import { POLICIES } from '../../../shared/rules';
import { chatDepsFor, FixedClock, PLEXTOR_DOA, sayTo, testApp } from '../../support/fakes';
import { createCaseRequestSchema } from '../../../shared/cases/request.schema';

const TODAY = '2026-05-11';

function setup(options: { policy?: string } = {}) {
  const t = testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
  const deps = chatDepsFor(t, TODAY);
  const client = new ChatTestClient(deps, options.policy ? { policy: options.policy } : {});
  const say = async (text: string): Promise<Partial<Activity>[]> => {
    const out: Partial<Activity>[] = [];
    let reply = (await client.sendActivity(text)) as Partial<Activity> | undefined;
    while (reply) {
      out.push(reply);
      reply = client.getNextReply() as Partial<Activity> | undefined;
    }
    return out;
  };
  return { ...t, client, say };
}

type Expect = string | RegExp | ((text: string) => boolean);
interface Case {
  name: string;
  policy?: string;
  steps: [string, Expect[]][];
}

const DOA_FIRST = 'hi, my Plextor drive I bought on 1 May in Germany was dead when I opened it, I have the invoice';

const CASES: Case[] = [
  {
    name: 'a month said earlier is asked for its day once a later fact makes the day decide (DOA within 15 days)',
    steps: [
      [
        'Hi, I bought a Plextor drive in April in Belgium, it does not power on at all.',
        [(t) => t.startsWith(PROMPTS.decision.approved('')) && t.includes('within its warranty'), PROMPTS.askName],
      ],
      ['Actually it never worked, it was dead out of the box. I have the invoice.', [/^When did you buy it\?/]],
      ['28 April', [(t) => t.startsWith(PROMPTS.decision.approved('')) && t.includes('dead-on-arrival (DOA) service'), PROMPTS.askName]],
    ],
  },
  {
    name: 'a month said earlier stays when no day of it changes the decision (all of March is past the 15 days)',
    steps: [
      ['Hi, I bought a Plextor drive in March in Belgium, it does not power on at all.', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      [
        'Actually it never worked, it was dead out of the box. I have the invoice.',
        [(t) => t.includes('does not meet every dead-on-arrival condition'), PROMPTS.askName],
      ],
    ],
  },
  {
    name: 'the issue’s own example: nothing already said is asked again',
    steps: [
      [DOA_FIRST, [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Dirk Beispiel', [PROMPTS.askEmail('Dirk Beispiel')]],
      [
        'dirk@example.de',
        [(t) => t.startsWith("Here's what I have:") && t.includes('Bought on: 1 May 2026') && t.includes('Sending from: Germany'), PROMPTS.confirmQuestion],
      ],
      [
        'yes',
        [/^Done! Your return number \(RMA number\) is RMA-[0-9A-Z]{9}\./, /^You can follow your return here: https:\/\/returns\.example\.com\/status\/RMA-/],
      ],
    ],
  },
  {
    // Blind customer (session 7): "ok before I say yes" registered the return; the order number and the model said as a correction were lost.
    name: 'a correction with the order number and the model shows in the summary; "ok, before I say yes: …?" does not register',
    policy: 'plc-technologies',
    steps: [
      [
        'Hi, I received my order from you 2 days ago and the monitor is broken. The screen is cracked. I want a replacement please',
        [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName],
      ],
      [
        'Thandi Nkosi, thandi@example.com',
        [(t) => t.includes('Delivered on: 9 May 2026') && !t.includes('Bought on') && t.includes('Product or model: monitor'), PROMPTS.confirmQuestion],
      ],
      ['No, change something', [PROMPTS.whatToChange]],
      [
        "Its the Dell 24 inch monitor, I ordered it a few days before it came. Also you didn't ask my order number, its PLC-51877",
        [
          PROMPTS.sameAnswer.approved(),
          (t) => t.includes('Product or model: Dell 24 inch monitor') && t.includes('Order number: PLC-51877') && !t.includes('Bought on'),
          PROMPTS.confirmQuestion,
        ],
      ],
      ['ok before I say yes. will someone come fetch it at my house? and when?', [(t) => !t.includes('RMA-'), (t) => !t.includes('RMA-'), PROMPTS.confirmHint]],
      ['yes', [/^Done! Your return number \(RMA number\) is RMA-/, /^You can follow your return here/]],
    ],
  },
  {
    // Blind run BE: the order number asked about at the summary was answered, not taken; questions beside a fact were not answered.
    name: 'at the summary, "don\'t you need my order number? it\'s …" adds it; questions beside a new fact are answered',
    policy: 'plc-technologies',
    steps: [
      ['Hi, I got my order today but its the wrong keyboard in the box', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Lerato Mokoena, lerato@example.com', [(t) => t.includes('Product or model: keyboard') && !t.includes('Order number'), PROMPTS.confirmQuestion]],
      ['wait dont you need my order number? its PLC-60214', [(t) => t.includes('Order number: PLC-60214'), PROMPTS.confirmQuestion]],
      [
        'who pays for the courier? I still have the original box, must it go back in that?',
        [
          // "must it go back in that?" asks about the box it names (it had gone unanswered).
          (t) => t.includes('no condition about the packaging'),
          (t) => t === ANSWER_TEXT.youPay(NEXT_TEXT.payNothing) || /pay nothing/i.test(t),
          (t) => t.includes('collection'),
          PROMPTS.sameAnswer.approved(),
          (t) => t.includes('In its original packaging: yes'),
          PROMPTS.confirmQuestion,
        ],
      ],
    ],
  },
  {
    name: 'a question while it waits for the name and email is answered, then name and email in one message',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['do you collect it or do I post it?', [NEXT_TEXT.collection('PLC Technologies'), PROMPTS.thenContact]],
      ['Ann Example, ann@example.com', [(t) => t.startsWith("Here's what I have:") && t.includes('Email: ann@example.com'), PROMPTS.confirmQuestion]],
    ],
  },
  {
    // From a blind customer: after "I can't decide without…", the question's own button was not read.
    name: 'after "I can\'t decide this without…", the answer (or its button) still decides',
    policy: 'plc-technologies',
    steps: [
      ['it stopped working, it was delivered on 2 August 2025', [QUESTIONS['product.supplierWarrantyMonths'].text]],
      ["I don't know", [(t) => t.startsWith(PROMPTS.cannotDecide('').slice(0, 30))]],
      ['24 months', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
    ],
  },
  {
    // From blind customers: a name and an address said in a sentence, politely.
    name: 'name and email in a sentence, with courtesies around them',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      [
        'My name is Nomsa Dube and my email is nomsa.dube@example.com',
        [(t) => t.includes('- Name: Nomsa Dube\n') && t.endsWith('- Email: nomsa.dube@example.com'), PROMPTS.confirmQuestion],
      ],
    ],
  },
  {
    name: 'an apology before the name is not part of it',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['I am sorry. Nomsa Dube, nomsa.dube@example.com', [(t) => t.includes('- Name: Nomsa Dube\n'), PROMPTS.confirmQuestion]],
    ],
  },
  {
    name: 'asks which merchant when the message does not say, with buttons, saying it kept the story',
    steps: [['it stopped working', [PROMPTS.askPolicyAfterStory]]],
  },
  {
    name: 'a button answers its question exactly',
    steps: [
      ['hello', [PROMPTS.askPolicy]],
      ['PLC Technologies', [QUESTIONS.reason.text]],
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
    ],
  },
  {
    name: 'an answer it cannot read: the question again, with a hint',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
      ['purple', [`${PROMPTS.didNotCatch(QUESTIONS.deliveryDate.hint)} ${QUESTIONS.deliveryDate.text}`]],
    ],
  },
  {
    name: 'what the parcel will show is presumed, never asked: the delivery date decides an unwanted return',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
      ['it arrived on 8 May', [(t) => t.startsWith(PROMPTS.decision.approved('')) && t.includes('checked when it arrives'), PROMPTS.askName]],
    ],
  },
  {
    name: 'an objection that changes nothing gets a line, not the whole refusal again; a question about the law is answered and offered a person',
    policy: 'plc-technologies',
    steps: [
      [
        'I no longer want it, it arrived on the 8th, I opened the box and tried it once',
        [
          (t) => t.startsWith(PROMPTS.decision.declined('')) && t.includes(REFUSAL_NOTE(['it has been opened (its seals are no longer intact)'])),
          PROMPTS.askName,
        ],
      ],
      [
        "Really? It's like new, I only typed on it for a few minutes.",
        [PROMPTS.sameAnswer.declined(REFUSAL_NOTE(['it has been opened (its seals are no longer intact)'])), PROMPTS.askName],
      ],
      [
        "I thought you're allowed to send back online purchases within 7 days?",
        [ANSWER_TEXT.rights('PLC Technologies'), PROMPTS.after.askAPerson, PROMPTS.thenContact],
      ],
    ],
  },
  {
    name: 'before registering, a question a colleague must answer says how to reach one, and claims nothing was passed on',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Can the courier come on a Saturday?', [ANSWER_TEXT.collection('PLC Technologies'), PROMPTS.after.askAPerson, PROMPTS.thenContact]],
    ],
  },
  {
    name: 'a month said without its day decides where any day of it would, and the summary shows the month',
    steps: [
      [
        'My Plextor drive, bought in March this year in Germany, stopped reading discs. I have the invoice.',
        [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName],
      ],
      ['Dirk Beispiel, dirk@example.de', [(t) => t.includes('- Bought on: March 2026\n'), PROMPTS.confirmQuestion]],
    ],
  },
  {
    // From a blind customer (run 7): "delivered about four months ago" showed as a day they never gave.
    name: 'a date worked out from "about four months ago" is shown as around that day',
    policy: 'plc-technologies',
    steps: [
      ["My speaker won't charge any more, it was delivered about four months ago.", [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Ayesha Patel, ayesha@example.com', [(t) => t.includes(`- Delivered on: ${PROMPTS.around('11 January 2026')}\n`), PROMPTS.confirmQuestion]],
    ],
  },
  {
    name: 'a correction overrides the earlier answer',
    policy: 'plc-technologies',
    steps: [
      ['it arrived damaged on the 9th', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['actually it arrived on the 1st', [(t) => t.startsWith(PROMPTS.decision.review('').slice(0, 0)) && t.includes('7 days'), PROMPTS.askName]],
    ],
  },
  {
    name: 'a fact that cannot be true is refused with the reason, and the question stays',
    policy: 'plc-technologies',
    steps: [
      [
        'I changed my mind; I bought it on 10 May and it arrived on 2 May',
        [(t) => t.startsWith(PROMPTS.invalidFact('').slice(0, 20)) && t.includes('before purchaseDate'), QUESTIONS.deliveryDate.text],
      ],
    ],
  },
  {
    name: 'help, at any time, then the same question again',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
      ['help', [PROMPTS.help, QUESTIONS.deliveryDate.text]],
    ],
  },
  {
    name: 'start over forgets the facts',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind', [QUESTIONS.deliveryDate.text]],
      ['start over', [PROMPTS.restarted, PROMPTS.greeting]],
      ['it arrived damaged yesterday', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
    ],
  },
  {
    name: 'cancel registers nothing',
    policy: 'plc-technologies',
    steps: [['cancel', [PROMPTS.cancelled]]],
  },
  {
    name: 'declined, said kindly, and still registered in writing',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind, it was custom-built', [(t) => t.startsWith(PROMPTS.decision.declined('')) && t.endsWith(PROMPTS.notApprovedNext), PROMPTS.askName]],
      ['Ann', [PROMPTS.askEmail('Ann')]],
      // Registering a refusal gives the answer in writing: the question does not promise a return.
      ['ann@example.com', [/^Here's what I have:/, PROMPTS.confirmAnswer]],
      ['yes', [/^Done\. Your reference is RMA-/, /^You can follow your return here:/]],
    ],
  },
  {
    name: 'an objection while it waits for the name is not met with "just your name"',
    policy: 'plc-technologies',
    steps: [
      ['I changed my mind, it was custom-built', [(t) => t.startsWith(PROMPTS.decision.declined('')), PROMPTS.askName]],
      ['Wait, so I cannot return it at all?', [PROMPTS.cannotAnswer, PROMPTS.thenContact]],
      ['Ann Example, ann@example.com', [/^Here's what I have:/, PROMPTS.confirmAnswer]],
    ],
  },
  {
    name: 'asked which remedy, after the RMA number: the customer chooses once it has been inspected',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Ann Example, ann@example.com', [/^Here's what I have:/, PROMPTS.confirmQuestion]],
      ['yes', [/^Done! Your return number \(RMA number\) is RMA-/, /^You can follow your return here:/]],
      [
        'can I get a refund instead?',
        [ANSWER_TEXT.choose([REMEDY_LABELS.correct_product, REMEDY_LABELS.credit, REMEDY_LABELS.refund].join(', or '), PROMPTS.after.chooseHow)],
      ],
      // Two questions in one message: both answered. One it cannot answer: said so, with the way on.
      ['who pays for the courier, and where does it go?', [PROMPTS.youPay(NEXT_TEXT.payNothing), NEXT_TEXT.collection('PLC Technologies')]],
      ['must I wipe my files off it first?', [ANSWER_TEXT.wipeData]],
      [
        'can you recommend a better model?',
        [/^I can't answer that myself, so I've passed your question to a colleague who can see RMA-\w+\. They will write to you at ann@example\.com\.$/],
      ],
      ['ok so what happens next?', [(t) => t.startsWith(NEXT_TEXT.collection('PLC Technologies')) && t.includes(NEXT_TEXT.documents)]],
    ],
  },
  {
    // Blind run 13: "is it safe?" asked while the chat still needed a fact got the same question again, three times.
    name: 'is it safe? is answered at any stage, before the question the chat still needs',
    policy: 'plc-technologies',
    steps: [['my vacuum cleaner cut out and smells of burning, is it safe to plug it in again?', [PROMPTS.after.safety, (t) => t.length > 0]]],
  },
  {
    // Blind run 12: sparks inside a microwave, described and not asked about, got no word on safety.
    name: 'sparks described unasked: how to stay safe comes first, once',
    policy: 'plc-technologies',
    steps: [
      ['my microwave from you started making sparks inside', [PROMPTS.after.safety, (t) => t.length > 0 && t !== PROMPTS.after.safety]],
      ['it still sparks, I bought it about 4 months ago', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
    ],
  },
  {
    // Blind run 14: "Really? Even though it was my fault?" while the chat waited for the name turned a dropped drive into an unwanted return.
    name: 'a reaction while the chat waits for the name does not turn a fault into a change of mind',
    policy: 'plextor-eu',
    steps: [
      [
        'my Plextor drive bought 14 months ago in Brno, Czech Republic, I dropped it and now the tray does not close, I have the invoice',
        [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName],
      ],
      ['Really? Even though it was my fault?', [(t) => t.length > 0, (t) => t.length > 0]],
      ['Marek Dvorak, marek@example.com', [(t) => t.includes("it's faulty") && !t.includes('no longer want'), PROMPTS.confirmQuestion]],
    ],
  },
  {
    // Blind run 14 (AL1): "will I get a new camera or another unboxed one?" at the summary got "Say yes…" alone.
    name: 'a question at the summary is answered, then the summary question again; an Unboxed Deal is replaced by another',
    policy: 'plc-technologies',
    steps: [
      [
        'my Canon camera bought as an Unboxed Deal 5 weeks ago shows a lens error every time and will not take photos',
        [(t) => t.startsWith(PROMPTS.decision.approved('')) && t.includes('another Unboxed Deal or used product of the same kind'), PROMPTS.askName],
      ],
      ['Refilwe Molefe, refilwe@example.com', [/^Here's what I have:/, PROMPTS.confirmQuestion]],
      [
        'will I get a new camera or another unboxed one?',
        [(t) => t.startsWith('You choose once it has been inspected') && t.includes('not with a new one'), PROMPTS.confirmHint],
      ],
      ['is the weather nice there?', [PROMPTS.cannotAnswer, PROMPTS.confirmHint]],
      ['yes', [/^Done! Your return number \(RMA number\) is RMA-/, /^You can follow your return here:/]],
    ],
  },
  {
    // Blind run 14 (AL2): "will you tell the shop?" after a referral went to a colleague; the summary said "we sent the wrong item".
    name: 'a wrong model from a shop, to the manufacturer: referred, and the customer is told Plextor does not contact the shop',
    policy: 'plextor-eu',
    steps: [
      [
        'I bought a Plextor drive 10 days ago from an online shop in Athens, I ordered the model with LightScribe and they sent me the one without it. I have the invoice.',
        [(t) => t.includes('contact the shop you bought the drive from'), PROMPTS.askName],
      ],
      ['Giorgos Papadopoulos, giorgos@example.com', [(t) => t.includes('Problem: the wrong item was delivered'), PROMPTS.confirmAnswer]],
      ['yes', [/^Done\. Your reference is RMA-/, /^You can follow your return here:/]],
      ['Will you tell the shop?', [ANSWER_TEXT.tellSeller('Plextor Europe')]],
    ],
  },
  {
    // Blind run 15 (AN3): "I did not say yet that I want the repair. Can you…?" at the summary registered the request.
    name: 'an objection with a question at the summary is answered and registers nothing; "fine, register it" does',
    policy: 'plextor-eu',
    steps: [
      [
        'my Plextor drive bought 3 years ago in Milan, Italy makes a loud clicking noise and no longer writes, I have the invoice',
        [(t) => t.length > 0, PROMPTS.askName],
      ],
      ['Marco Bianchi, marco@example.com', [/^Here's what I have:/, PROMPTS.confirmAnswer]],
      [
        'Will I know the price before they repair it, or do I have to pay anyway once I send it?',
        [ANSWER_TEXT.quoteUnsaid('Plextor Europe'), (t) => t.length > 0, PROMPTS.confirmHint],
      ],
      [
        'I did not say yet that I want the repair. Can you not just send me a new one and I pay for it?',
        [ANSWER_TEXT.buyNew('Plextor Europe'), (t) => t.length > 0, PROMPTS.confirmHint],
      ],
      ['ok fine, register it', [/^Done\. Your reference is RMA-/, /^You can follow your return here:/]],
    ],
  },
  {
    // Blind run 15 (AO4): "I want my phone fixed" after a free warranty approval started a paid repair.
    name: 'on an approved warranty return, "I want it fixed" chooses the repair; it does not start a paid one',
    policy: 'plc-technologies',
    steps: [
      [
        'my Samsung phone bought about 5 weeks ago: the charging port has become loose and it only charges at an angle',
        [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName],
      ],
      ['Naledi Sithole, naledi@example.com', [/^Here's what I have:/, PROMPTS.confirmQuestion]],
      ['yes', [/^Done! Your return number/, /^You can follow your return here:/]],
      ["Wait, I don't want credit, I want my phone fixed.", [(t) => t.startsWith('Noted: your choice goes on your case') && !t.includes('paid repair')]],
    ],
  },
  {
    // Blind run 15 (AN1, AM2): "You can get a repair, or a replacement" read as the customer's choice, then "Plextor chooses".
    name: 'where the merchant chooses the remedy, the decision says so',
    policy: 'plextor-eu',
    steps: [
      [
        'my Plextor DVD writer bought 14 months ago in Graz, Austria no longer reads any disc, I have the receipt',
        [(t) => t.includes(PROMPTS.youGet('a repair, or a replacement, as Plextor Europe decides')), PROMPTS.askName],
      ],
    ],
  },
  {
    // Blind run 15 (AN4): an emailed antivirus code was to be "packed and ready" for a courier, after three corrections.
    name: 'a download code goes back without a parcel: nothing collected or posted, in the decision and in the answers',
    policy: 'plc-technologies',
    steps: [
      [
        "I bought a Kaspersky antivirus download code on Thursday but I picked the wrong one, it's for 1 device and I need 3. I haven't used the code, never activated it.",
        [
          (t) => t.startsWith(PROMPTS.decision.approved('')) && t.includes(NEXT_TEXT.nothingToSend('PLC Technologies')) && !t.includes('collection'),
          PROMPTS.askName,
        ],
      ],
      ['Zanele Khumalo, zanele@example.com', [(t) => t.includes('Delivered as a code or download: yes'), PROMPTS.confirmQuestion]],
      ['yes', [/^Done! Your return number/, /^You can follow your return here:/]],
      ['how do I send back a code?', [NEXT_TEXT.nothingToSend('PLC Technologies')]],
      ['must I wait for a courier?', [NEXT_TEXT.nothingToSend('PLC Technologies')]],
    ],
  },
  {
    // The issue on German and French: a German customer's answers are read in German, the conversation's language.
    name: 'German: understood, decided and registered in German, the next steps too',
    policy: 'plextor-eu',
    steps: [
      [
        'Guten Tag, mein neues Plextor-Laufwerk funktioniert seit dem ersten Tag nicht. Gekauft vor einer Woche in Köln, Rechnung liegt vor.',
        [questionsFor('de').country.text],
      ],
      [
        'Deutschland',
        [
          (t) =>
            t.startsWith(promptsFor('de').decision.approved('')) &&
            t.includes('DOA-Service') &&
            t.includes(`${nextTextIn('de').documents}: `) &&
            !/\b(?:the|you|your|parcel)\b/i.test(t),
          promptsFor('de').askName,
        ],
      ],
      [
        'Anna Schmidt, anna@example.com',
        [(t) => t.includes('Rücksendung aus: Deutschland') && t.includes('Gekauft am: etwa '), promptsFor('de').confirmQuestion],
      ],
      ['Ja, registrieren', [/^Erledigt! Ihre Rücksendenummer \(RMA-Nummer\) ist RMA-/, /^Hier können Sie Ihre Rücksendung verfolgen: /]],
    ],
  },
  {
    name: 'French: understood and registered in French; "can we speak English?" switches',
    policy: 'plextor-eu',
    steps: [
      ["Bonjour, mon graveur Plextor acheté la semaine dernière à Lyon n'a jamais fonctionné. J'ai gardé la facture.", [questionsFor('fr').country.text]],
      [
        'France',
        [
          (t) =>
            t.startsWith(promptsFor('fr').decision.approved('')) &&
            t.includes(`${nextTextIn('fr').documents}\u00a0: `) &&
            !/\b(?:the|you|your|parcel)\b/i.test(t),
          promptsFor('fr').askName,
        ],
      ],
      ['Can we speak English, please? Anne Martin, anne@example.com', [/^Here's what I have:/, PROMPTS.confirmQuestion]],
    ],
  },
  {
    // Blind run 14: "about 3 months ago" said before the shop was known was summed up as an exact day.
    name: 'a rough date said before the merchant is known stays rough in the summary',
    steps: [
      ['my external drive from you guys stopped working, I bought it about 3 months ago', [(t) => t.length > 0]],
      ['PLC Technologies', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Megan Pillay, megan@example.com', [(t) => /Bought on: around /.test(t), PROMPTS.confirmQuestion]],
    ],
  },
  {
    // Blind run 11: the name and email beside a question were dropped, and then not read again.
    name: 'the name and email beside a question: the question is answered, and the name and email are kept',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      [
        'Ann Example, ann@example.com. But who pays for the courier?',
        [PROMPTS.youPay(NEXT_TEXT.payNothing), NEXT_TEXT.collection('PLC Technologies'), /^Here's what I have:/, PROMPTS.confirmQuestion],
      ],
    ],
  },
  {
    name: 'the name and email after a complaint in the same message',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      [
        'I already gave you my name and email? Ann Example, ann@example.com',
        [/^Here's what I have:[\s\S]*Ann Example[\s\S]*ann@example\.com/, PROMPTS.confirmQuestion],
      ],
    ],
  },
  {
    name: 'a name that is not a name is asked again',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['12345 !!', [`${PROMPTS.didNotCatch(PROMPTS.nameHint)} ${PROMPTS.askName}`]],
    ],
  },
  {
    name: 'an address the form would refuse is asked again',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Ann', [PROMPTS.askEmail('Ann')]],
      ['ann..smith@example.com', [PROMPTS.didNotCatch(PROMPTS.emailHint)]],
      [`${'a'.repeat(250)}@example.com`, [PROMPTS.didNotCatch(PROMPTS.emailHint)]],
      ['ann.smith@example.com', [/^Here's what I have:/, PROMPTS.confirmQuestion]],
    ],
  },
  {
    name: 'a name the form would refuse is asked again',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Visit evil.example now', [`${PROMPTS.didNotCatch(PROMPTS.nameHint)} ${PROMPTS.askName}`]],
      // A Cyrillic "А" in a Latin name.
      ['\u0410nn Smith', [`${PROMPTS.didNotCatch(PROMPTS.nameHint)} ${PROMPTS.askName}`]],
      ['Ann Smith', [PROMPTS.askEmail('Ann Smith')]],
    ],
  },
  {
    name: 'asked for a name, a name that is also a place is a name; "yes" is not one',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['yes', [`${PROMPTS.didNotCatch(PROMPTS.nameHint)} ${PROMPTS.askName}`]],
      ['Chad Smith', [PROMPTS.askEmail('Chad Smith')]],
    ],
  },
  {
    name: 'asked for a name, "Georgia Brown" is a person',
    policy: 'plextor-eu',
    steps: [
      ['my drive never worked, bought it 5 days ago in Germany, I have the invoice, not damaged', [(t) => t.length > 0, PROMPTS.askName]],
      ['Georgia Brown', [PROMPTS.askEmail('Georgia Brown')]],
    ],
  },
  {
    // From a blind customer (run 7): "Great, thanks." before the name read as a "yes".
    name: 'courtesies before the name and email are not the name, nor an answer',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      [
        'Great, thanks. Oliver Hughes, oliver@example.com',
        [(t) => t.includes('- Name: Oliver Hughes\n') && t.endsWith('- Email: oliver@example.com'), PROMPTS.confirmQuestion],
      ],
    ],
  },
  {
    name: 'name and email in one message: both taken, the email not asked for',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ["I'm Ann Smith, ann@example.com", [(t) => t.includes('- Name: Ann Smith\n') && t.endsWith('- Email: ann@example.com'), PROMPTS.confirmQuestion]],
      ['yes', [/^Done! Your return number \(RMA number\) is RMA-[0-9A-Z]{9}\./, /^You can follow your return here:/]],
    ],
  },
  {
    name: 'name and email in one message, the name one the form would refuse: the name is asked again',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Visit evil.example now, ann@example.com', [`${PROMPTS.didNotCatch(PROMPTS.nameHint)} ${PROMPTS.askName}`]],
      // The address was good, and is not asked for again.
      ['Ann Smith', [(t) => t.includes('- Name: Ann Smith\n') && t.endsWith('- Email: ann@example.com'), PROMPTS.confirmQuestion]],
    ],
  },
  {
    name: 'an address with words that are no name, when the name was asked: the address is kept, the name asked again',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['here it is: ann@example.com', [`${PROMPTS.didNotCatch(PROMPTS.nameHint)} ${PROMPTS.askName}`]],
      ['Ann Smith', [(t) => t.includes('- Name: Ann Smith\n') && t.endsWith('- Email: ann@example.com'), PROMPTS.confirmQuestion]],
    ],
  },
  {
    name: 'name and email in one message, the address one the form would refuse: the name is kept, the address asked again',
    policy: 'plc-technologies',
    steps: [
      ['you sent me the wrong item', [(t) => t.startsWith(PROMPTS.decision.approved('')), PROMPTS.askName]],
      ['Ann Smith, ann..smith@example.com', [PROMPTS.didNotCatch(PROMPTS.emailHint)]],
      ['ann@example.com', [(t) => t.includes('- Name: Ann Smith\n') && t.endsWith('- Email: ann@example.com'), PROMPTS.confirmQuestion]],
    ],
  },
];

describe('the conversation', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { say } = setup(c.policy ? { policy: c.policy } : {});
    for (const [userSays, expected] of c.steps) {
      const replies = (await say(userSays)).map((a) => a.text ?? '');
      expect(replies).toHaveLength(expected.length);
      expected.forEach((e, i) => {
        const text = replies[i] as string;
        if (typeof e === 'string') expect(text).toBe(e);
        else if (e instanceof RegExp) expect(text).toMatch(e);
        else expect({ text, ok: e(text) }).toEqual({ text, ok: true });
      });
    }
  });

  it('says each term of the decision once: what the notes say is not added again (blind run 14)', async () => {
    const { say } = setup({ policy: 'plc-technologies' });
    const [damaged] = await say('my coffee machine arrived yesterday with the water tank cracked and the courier box crushed, not used');
    expect(damaged?.text).toContain('costs you nothing');
    expect(damaged?.text).not.toContain(PROMPTS.youPay(NEXT_TEXT.payNothing));
    expect(damaged?.text).not.toMatch(/^Good news[^\n]*You can get/);
    const other = setup({ policy: 'plc-technologies' });
    const [unwanted] = await other.say('I changed my mind about the smartwatch delivered 8 days ago, never opened, still sealed in the plastic');
    expect(unwanted?.text?.match(/not refunded/g)).toHaveLength(1);
    expect(unwanted?.text).not.toContain(PROMPTS.youGet(REMEDY_LABELS.refund));
  });

  it('says who pays the postage once each way: Plextor’s note on it is left to the lines that say it (blind run BL)', async () => {
    const { say } = setup({ policy: 'plextor-eu' });
    const [approved] = await say('my Plextor PX-610U stopped writing discs, bought 18 March 2025 in Galway, Ireland, I have the invoice');
    const text = approved?.text ?? '';
    expect(text).toContain(PROMPTS.youPay(NEXT_TEXT.postageOnly));
    expect(text).toContain(AFTER_TEXT.postage.merchantBack('Plextor Europe'));
    expect(text.match(/postage/g)).toHaveLength(1);
    expect(text.match(/back to you/g)).toHaveLength(1);
    // The other notes stay: what an out-of-warranty drive may cost.
    expect(text).toContain('invoice all service and transport costs');
  });

  it('a merchant named later replaces one guessed from the product, and a date put right is taken (blind run BH)', async () => {
    const { say, client } = setup();
    // A coffee machine is not something Plextor makes: the other merchant, guessed.
    await say('I bought a coffee machine from you back in March and it stopped working');
    expect(client.state?.policy).toBe('plc-technologies');
    expect(client.state?.facts.purchaseDate).toBe('2026-03-01');
    // Then the customer names the manufacturer: the conversation is Plextor's, the facts go with it.
    await say("sorry, it's not the coffee machine, it's a Plextor PX-891SAF drive, it was March last year so 2025");
    expect(client.state?.policy).toBe('plextor-eu');
    expect(client.state?.facts.purchaseDate).toBe('2025-03-01');
    expect(client.state?.facts.reason).toBe('defective');
    // A merchant the customer chose is never replaced that way.
    const chosen = setup({ policy: 'plc-technologies' });
    await chosen.say('My Plextor drive stopped working, I bought it in March');
    expect(chosen.client.state?.policy).toBe('plc-technologies');
  });

  it('a return quoted from another conversation: nothing of it is opened, and the customer is told where it is answered (blind run BH)', async () => {
    const t = testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
    const earlier = await t.app.createCase(createCaseRequestSchema.parse({ ...PLEXTOR_DOA, contact: { name: 'Siobhan Kelly', email: 'siobhan@example.com' } }));
    if (earlier.kind === 'need_info') throw new Error('the earlier return was not registered');
    const rma = earlier.case.rma;
    const client = new ChatTestClient({ ...chatDepsFor(t, TODAY), linkPage: 'https://returns.example.com/link' });
    const say = (text: string) => sayTo(client, text);
    const replies: Partial<Activity>[] = [];
    let reply = (await client.sendActivity(
      `Hi, I was on earlier about my SSD, ref ${rma}. Just a quick question, do I need the original box? I threw it out`,
    )) as Partial<Activity> | undefined;
    while (reply) {
      replies.push(reply);
      reply = client.getNextReply() as Partial<Activity> | undefined;
    }
    // Where that return is answered, the button to get its link again, and that a new return can start here: no intake question.
    expect(replies.map((r) => r.text)).toEqual([PROMPTS.otherReturn(rma), PROMPTS.otherReturnNew]);
    expect(JSON.stringify(replies[0])).toContain('https://returns.example.com/link');
    // Nothing of the case is said: not its decision, not its email address.
    expect(JSON.stringify(replies)).not.toContain('siobhan@example.com');
    // A new story starts the intake as usual.
    expect(await say('Something else: my Plextor DVD writer stopped reading discs')).not.toContain(PROMPTS.otherReturn(rma));
    expect(client.state?.facts.reason).toBe('defective');
    // A number that is not a valid RMA number is not taken for one.
    const other = new ChatTestClient(chatDepsFor(t, TODAY));
    expect(await sayTo(other, 'my ref is RMA-12345678X, the drive is dead')).not.toContain(PROMPTS.otherReturnNew);
  });

  it('a correction beside the name and address is taken before the summary (blind run BI)', async () => {
    const t = testApp({ clock: new FixedClock('2026-11-29T10:00:00.000Z') });
    const client = new ChatTestClient(chatDepsFor(t, '2026-11-29'));
    const say = async (text: string) => (await sayTo(client, text)).map((r) => ({ text: r }));
    await say('Hi, I have a problem with a Plextor Blu-ray burner, it keeps ejecting the disc in the middle of burning');
    await say('Czech Republic, Prague');
    await say('last summer, July I think');
    expect(client.state?.facts.purchaseDate).toBe('2026-07-01');
    const replies = (
      await say('Daniel Novak, daniel.novak@example.com. Oh wait, I just found the invoice, it actually says 3 August 2026, not July. sorry')
    ).map((r) => r.text ?? '');
    expect(client.state?.facts.purchaseDate).toBe('2026-08-03');
    expect(client.state?.contact).toEqual({ name: 'Daniel Novak', email: 'daniel.novak@example.com' });
    const summary = replies.find((r) => r.startsWith(PROMPTS.summary([]).trim()));
    expect(summary).toContain('3 August 2026');
    expect(summary).not.toContain('July');
  });

  it('the remedy asked for in the chat goes on the case it registers (blind run BI)', async () => {
    const { say, store } = setup({ policy: 'plc-technologies' });
    await say('I changed my mind about the smartwatch delivered 8 days ago, never opened, still sealed in the plastic. I would like my money back please.');
    await say('Ann Example, ann@example.com');
    await say('yes');
    const [c] = [...store.cases.values()];
    expect(c?.about?.wish).toBe('refund');
  });

  it('offers buttons for closed questions', async () => {
    const { say } = setup({ policy: 'plextor-eu' });
    const [reply] = await say('hello, it is about my drive');
    expect(reply?.text).toBe(QUESTIONS.reason.text);
    expect(reply?.suggestedActions?.actions.map((a) => a.title)).toEqual(QUESTIONS.reason.options?.map((o) => o.label));
  });

  it('"talk to a person": a case flagged for staff, with the transcript so far', async () => {
    const { say, store } = setup({ policy: 'plc-technologies' });
    await say('I changed my mind');
    expect((await say('can I talk to a person?')).map((a) => a.text)).toEqual([PROMPTS.handoffAskEmail]);
    const [done] = await say('ann@example.com');
    expect(done?.text).toMatch(/^I've passed your conversation to a colleague/);
    const [c] = [...store.cases.values()];
    expect(c?.flags).toEqual(['wants_person']);
    expect(c?.status).toBe('draft');
    expect(c?.transcript?.map((l) => l.text)).toEqual([
      'I changed my mind',
      QUESTIONS.deliveryDate.text,
      'can I talk to a person?',
      PROMPTS.handoffAskEmail,
      'ann@example.com',
    ]);
    // No name beside the address: the case is addressed by it.
    expect(c?.contact.name).toBe('ann@example.com');
  });

  it('"talk to a person": a name given beside the address is kept, so the email greets them by it (blind run BH)', async () => {
    const { say, store } = setup({ policy: 'plc-technologies' });
    await say('I changed my mind');
    await say('talk to a person');
    await say("siobhan.kelly@example.com - it's Siobhan Kelly");
    const [c] = [...store.cases.values()];
    expect(c?.contact).toEqual(expect.objectContaining({ email: 'siobhan.kelly@example.com', name: 'Siobhan Kelly' }));
  });

  it('a German customer who asks for a person is answered in German, with the reference', async () => {
    const { say } = setup({ policy: 'plextor-eu' });
    expect((await say('Mein Laufwerk ist kaputt, ich möchte mit einem Menschen sprechen')).map((a) => a.text)).toEqual([promptsFor('de').handoffAskEmail]);
    const [done, link] = await say('anna@example.com');
    expect(done?.text).toMatch(/^Ich habe Ihr Gespräch an eine Kollegin oder einen Kollegen weitergegeben, .* Ihre Referenz ist RMA-/);
    expect(link?.text).toMatch(/^Hier können Sie Ihre Rücksendung verfolgen: /);
  });

  it('a case registered in German records the language, for staff and for what is written later', async () => {
    const { say, store } = setup({ policy: 'plextor-eu' });
    await say('Mein Laufwerk funktioniert seit dem ersten Tag nicht. Gekauft vor einer Woche, ich wohne in Köln, Rechnung liegt vor.');
    await say('Anna Schmidt, anna@example.com');
    await say('Ja');
    expect([...store.cases.values()].map((c) => c.language)).toEqual(['de']);
  });

  it('handed to a colleague before any decision, what needs none is still answered (blind run 15: "will my files be deleted?")', async () => {
    const { say, store } = setup({ policy: 'plc-technologies' });
    await say('I changed my mind');
    await say('can I talk to a person?');
    await say('ann@example.com');
    expect((await say('If it goes in for repair, will my files be deleted?')).map((a) => a.text)).toEqual([ANSWER_TEXT.wipeData, PROMPTS.handoffAlready]);
    expect((await say('when will someone get back to me?')).map((a) => a.text)).toEqual([ANSWER_TEXT.replyWhen('PLC Technologies'), PROMPTS.handoffAlready]);
    // What none of that answers goes to the colleague too (blind run BN: it reached nobody).
    expect((await say('can I get a loan laptop?')).map((a) => a.text)).toEqual([PROMPTS.after.noted]);
    expect([...store.cases.values()][0]?.transcript?.map((l) => l.text)).toContain('can I get a loan laptop?');
    expect((await say('ok thanks')).map((a) => a.text)).toEqual([PROMPTS.handoffAlready]);
  });

  it('"talk to a person": the customer gets the status link and an email saying a colleague has it', async () => {
    const { say, mailer, store } = setup({ policy: 'plc-technologies' });
    await say('I changed my mind');
    await say('can I talk to a person?');
    const replies = (await say('ann@example.com')).map((a) => a.text ?? '');
    const [c] = [...store.cases.values()];
    expect(replies).toEqual([
      PROMPTS.handoffDone(c!.rma, 'ann@example.com'),
      expect.stringMatching(/^You can follow your return here: https:\/\/returns\.example\.com\/status\/RMA-/),
    ]);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.subject).toBe(UPDATE_TEXT.subject('PLC Technologies', c!.rma, UPDATE_TEXT.subjects.handoff));
    expect(mailer.sent[0]?.text).toContain(EMAIL_TEXT.handoff('PLC Technologies', c!.rma));
    expect(c?.emails.handoff?.state).toBe('sent');
  });

  it('after the case is registered, saying yes again registers nothing more', async () => {
    const { say, store, mailer } = setup({ policy: 'plc-technologies' });
    for (const text of ['you sent me the wrong item', 'Ann', 'ann@example.com', 'yes']) await say(text);
    const [again] = await say('yes');
    expect(again?.text).toBe(PROMPTS.alreadyDone([...store.cases.keys()][0] as string));
    expect(store.cases.size).toBe(1);
    expect(mailer.sent).toHaveLength(1);
    expect([...store.cases.values()][0]?.channel).toBe('chat');
  });
});

describe('a retried activity', () => {
  it('the same turn delivered twice (state not yet saved) registers one case and sends one email', async () => {
    // Prepare: a conversation at the confirmation
    const t = testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
    const deps = chatDepsFor(t, TODAY);
    let state = newChat('plc-technologies');
    for (const text of ['you sent me the wrong item', 'Ann', 'ann@example.com']) state = (await respond(state, text, deps, 'conv-9')).state;
    // Act: the channel retries "yes" from the same saved state, as after a timeout
    const first = await respond(state, 'yes', deps, 'conv-9');
    const retry = await respond(state, 'yes', deps, 'conv-9');
    // Assess
    expect(retry.state.rma).toBe(first.state.rma);
    expect(t.store.cases.size).toBe(1);
    expect(t.mailer.sent).toHaveLength(1);
  });
});

describe('limits', () => {
  const t = () => testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
  const depsOf = (x: ReturnType<typeof t>): ChatDeps => chatDepsFor(x, TODAY);

  it('a message over the limit is refused politely and changes nothing', async () => {
    const deps = depsOf(t());
    const state = (await respond(newChat('plc-technologies'), 'I changed my mind', deps, 'c')).state;
    const turn = await respond(state, 'x'.repeat(MAX_MESSAGE_CHARACTERS + 1), deps, 'c');
    expect(turn.replies).toEqual([{ text: PROMPTS.tooLong }]);
    expect(turn.state).toBe(state);
    expect((await respond(state, 'x'.repeat(MAX_MESSAGE_CHARACTERS), deps, 'c')).replies).not.toEqual([{ text: PROMPTS.tooLong }]);
  });

  it('the transcript keeps the most recent lines, clipped, and staff are told how many were not kept', async () => {
    // Prepare
    const x = t();
    const deps = depsOf(x);
    let state = newChat('plc-technologies');
    let lines = 0;
    const say = async (text: string) => {
      const turn = await respond(state, text, deps, 'c');
      state = turn.state;
      lines += 1 + turn.replies.length;
    };
    // Act: long unreadable messages, far beyond what the state may hold
    for (let i = 0; i < 150; i++) await say(`${i} ${'€'.repeat(MAX_MESSAGE_CHARACTERS - 10)}`);
    await say('purple');
    const bytes = new TextEncoder().encode(JSON.stringify(state)).length;
    const kept = state.transcript.length;
    await say('talk to a person, ann@example.com');
    // Assess
    expect(kept).toBeLessThanOrEqual(TRANSCRIPT_LIMITS.lines);
    expect(bytes).toBeLessThan(TRANSCRIPT_LIMITS.bytes + 8 * 1024);
    expect(state.transcript.every((l) => l.text.length <= TRANSCRIPT_LIMITS.lineCharacters)).toBe(true);
    const [c] = [...x.store.cases.values()];
    const forStaff = c?.transcript ?? [];
    expect(forStaff[0]?.text).toBe(PROMPTS.transcriptDropped(state.transcriptDropped as number));
    expect(forStaff.map((l) => l.text)).toContain('purple');
    expect(forStaff[forStaff.length - 1]?.text).toBe('talk to a person, ann@example.com');
    // Every line is either kept or counted (the handoff's own reply comes after the case was made).
    expect(state.transcript.length + (state.transcriptDropped as number)).toBe(lines);
  });
});

describe('the paid repair a refusal offers', () => {
  it('"I want the paid repair you offered" after a refusal starts that request, with the name and email already known; its RMA number is a new one', async () => {
    const { say, store } = setup({ policy: 'plc-technologies' });
    for (const text of ['it stopped working, it was delivered in January 2025', 'no extended warranty', 'Ann Smith, ann@example.com', 'yes']) await say(text);
    const [declined] = [...store.cases.values()];
    expect({ outcome: declined?.decision.outcome, track: declined?.decision.track }).toEqual({ outcome: 'declined', track: 'outside_warranty' });
    // Act
    const replies = (await say('ok then, I want the paid repair you offered')).map((a) => a.text ?? '');
    const registered = (await say('yes')).map((a) => a.text ?? '');
    // Assess: said so, decided, summed up with the contact already known; registered as a second case
    expect(replies[0]).toBe(PROMPTS.paidRepairStarts(declined?.rma as string));
    expect(replies.some((t) => t.includes('- Email: ann@example.com'))).toBe(true);
    const cases = [...store.cases.values()];
    expect(cases.map((c) => c.decision.track)).toEqual(['outside_warranty', 'paid_repair']);
    expect(registered[0]).toMatch(new RegExp(`^Done! Your return number \\(RMA number\\) is ${cases[1]?.rma as string}\\.`));
  });
});

describe('name and email in one message', () => {
  it.each([
    ["I'm Ann Smith, ann@example.com"],
    ['Ann Smith ann@example.com'],
    ['My name is Ann Smith and my email is ann@example.com'],
    ['ann@example.com, Ann Smith'],
    ['Ann Smith; email: ann@example.com.'],
  ])('%s', async (message) => {
    const { say } = setup({ policy: 'plc-technologies' });
    await say('you sent me the wrong item');
    const replies = (await say(message)).map((a) => a.text ?? '');
    expect(replies).toEqual([expect.stringContaining('- Name: Ann Smith\n- Email: ann@example.com'), PROMPTS.confirmQuestion]);
  });
});

describe('after the RMA number', () => {
  // Each return registered from the chat, with names and addresses given one at a time.
  const RETURNS: Record<string, { policy: string; says: string[]; outcome: Decision['outcome'] }> = {
    'Plextor dead on arrival': { policy: 'plextor-eu', says: [DOA_FIRST, 'Dirk Beispiel', 'dirk@example.de', 'yes'], outcome: 'approved' },
    'Plextor, wrong item (referred to the shop)': {
      policy: 'plextor-eu',
      says: ['you sent me the wrong item, I am in Germany', 'Dirk Beispiel', 'dirk@example.de', 'yes'],
      outcome: 'referred',
    },
    'PLC wrong item': { policy: 'plc-technologies', says: ['you sent me the wrong item', 'Ann', 'ann@example.com', 'yes'], outcome: 'approved' },
    'PLC unwanted': {
      policy: 'plc-technologies',
      says: ['the laptop bag came yesterday but it is too small, I want my money back', 'Ann', 'ann@example.com', 'yes'],
      outcome: 'approved',
    },
    'PLC paid repair': { policy: 'plc-technologies', says: ['I want a paid repair', 'Ann', 'ann@example.com', 'yes'], outcome: 'approved' },
    'PLC warranty': {
      policy: 'plc-technologies',
      says: ['it stopped working, it arrived on 1 May, bought new', 'A manufacturing fault', 'Ann', 'ann@example.com', 'yes'],
      outcome: 'approved',
    },
    'PLC late damage (review)': { policy: 'plc-technologies', says: ['it arrived damaged on the 1st', 'Ann', 'ann@example.com', 'yes'], outcome: 'review' },
    'PLC custom-built (declined)': {
      policy: 'plc-technologies',
      says: ['I changed my mind, it was custom-built', 'Ann', 'ann@example.com', 'yes'],
      outcome: 'declined',
    },
  };
  type Registered = { rma: string; statusUrl: string; decision: Decision };
  const plextor = POLICIES.get('plextor-eu')?.merchant;
  const PLEXTOR_SEND = `${NEXT_TEXT.sendTo('Plextor Europe', plextor?.returnAddress ?? [])} ${AFTER_TEXT.postage.youThere('Plextor Europe')} ${AFTER_TEXT.postage.merchantBack('Plextor Europe')}`;
  const ROWS: [string, string, (r: Registered) => string[]][] = [
    [
      'Plextor dead on arrival',
      'what goes in the box?',
      (r) => [
        `${PROMPTS.after.documents([DOCUMENT_LABELS.invoice_copy, DOCUMENT_LABELS.rma_number_on_parcel])}\n\n${PROMPTS.after.packing(r.decision.packing)}`,
      ],
    ],
    ['Plextor dead on arrival', 'do I put the invoice in the box?', () => [ANSWER_TEXT.invoiceInParcel]],
    // From a blind customer (run 4): asked whether the receipt goes in the parcel, and told "no" where it does not.
    ['PLC warranty', 'And I must send the receipt in the box or only keep it?', () => [ANSWER_TEXT.invoiceKept('PLC Technologies')]],
    [
      'PLC wrong item',
      'what do I include?',
      (r) => [`${PROMPTS.after.documents([DOCUMENT_LABELS.rma_number_on_parcel])}\n\n${PROMPTS.after.packing(r.decision.packing)}`],
    ],
    ['Plextor dead on arrival', 'how much is the repair?', () => [`${PROMPTS.youPay(NEXT_TEXT.postageOnly)} ${ANSWER_TEXT.wayBackFree('Plextor Europe')}`]],
    // From a blind customer.
    ['PLC wrong item', 'so who pays for the postage to send them back?', () => [PROMPTS.youPay(NEXT_TEXT.payNothing)]],
    [
      'PLC paid repair',
      'what does it cost?',
      () => [
        `${PROMPTS.youPay(listInWords([CUSTOMER_PAYS_LABELS.return_shipping, CUSTOMER_PAYS_LABELS.duties_taxes, CUSTOMER_PAYS_LABELS.repair_costs]))} ${ANSWER_TEXT.noPrice('PLC Technologies')}`,
      ],
    ],
    ['PLC wrong item', 'where do I send it?', () => [NEXT_TEXT.collection('PLC Technologies')]],
    ['PLC wrong item', 'do you collect it?', () => [NEXT_TEXT.collection('PLC Technologies')]],
    ['Plextor dead on arrival', 'where do I send it?', () => [PLEXTOR_SEND]],
    [
      'Plextor dead on arrival',
      'when do I get the new one?',
      () => [`${PROMPTS.youGet(REMEDY_LABELS.replace_new)} ${ANSWER_TEXT.after.receipt('Plextor Europe')} ${ANSWER_TEXT.noDays('Plextor Europe')}`],
    ],
    [
      'PLC warranty',
      'when do I get the new one?',
      () => [
        `${PROMPTS.youGet([REMEDY_LABELS.repair, REMEDY_LABELS.replace, REMEDY_LABELS.credit, REMEDY_LABELS.refund].join(', or '))} ${ANSWER_TEXT.after.inspection('PLC Technologies')} ${PROMPTS.after.promised(21)} ${PROMPTS.after.eachStep}`,
      ],
    ],
    // From blind customers (run 3): the questions the first answers only half answered.
    [
      'PLC unwanted',
      'when do I get my money back?',
      () => [`${PROMPTS.youGet(REMEDY_LABELS.refund)} ${ANSWER_TEXT.after.inspection('PLC Technologies')} ${ANSWER_TEXT.noDays('PLC Technologies')}`],
    ],
    // From blind customers (run 4): two questions in one message, each answered; using it meanwhile; keeping the box.
    [
      'Plextor dead on arrival',
      'How long until I get the address? And when will I get the new drive?',
      () => [
        PLEXTOR_SEND,
        `${PROMPTS.youGet(REMEDY_LABELS.replace_new)} ${ANSWER_TEXT.after.receipt('Plextor Europe')} ${ANSWER_TEXT.noDays('Plextor Europe')}`,
      ],
    ],
    ['PLC wrong item', 'Can I keep using the wrong one until the right one comes?', () => [ANSWER_TEXT.keepUntil.collection('PLC Technologies')]],
    [
      'Plextor dead on arrival',
      'Do I need customs papers? Do I pay import tax?',
      () => [`${ANSWER_TEXT.noCustomsPapers} ${ANSWER_TEXT.dutiesUnknown('Plextor Europe')}`, PROMPTS.after.passedOn],
    ],
    ['PLC late damage (review)', 'How long does it take?', () => [`${PROMPTS.after.inReview} ${ANSWER_TEXT.noDays('PLC Technologies')}`]],
    ['PLC late damage (review)', 'Why does it need a review?', (r) => [r.decision.notes[0] as string]],
    // A question no answer covers, beside one that has its answer: said back, and passed on (run 7).
    [
      'PLC late damage (review)',
      'How long does it take? Can you just send me the screws?',
      () => [ANSWER_TEXT.partOnly('PLC Technologies'), `${PROMPTS.after.inReview} ${ANSWER_TEXT.noDays('PLC Technologies')}`, PROMPTS.after.passedOn],
    ],
    ['PLC late damage (review)', 'Do I have to keep the box?', () => [PROMPTS.after.inReview, PROMPTS.after.passedOn]],
    // What is told after the question is noted, and not invited again (blind run 15).
    [
      'PLC warranty',
      'when will the courier come? I work during the day',
      () => [
        ANSWER_TEXT.collectionNoted('PLC Technologies'),
        ANSWER_TEXT.collection('PLC Technologies').replace(` ${ANSWER_TEXT.collectionInvite}`, ''),
        PROMPTS.after.passedOn,
      ],
    ],
    ['PLC unwanted', 'Can the courier collect on a Saturday?', () => [ANSWER_TEXT.collection('PLC Technologies'), PROMPTS.after.passedOn]],
    ['PLC warranty', 'will the courier bring the new one when they fetch this one?', () => [ANSWER_TEXT.noSwap.inspection('PLC Technologies')]],
    // A choice said, not asked (blind run 8): noted on the case, not "your return is registered".
    ['PLC warranty', 'Ok, so refund then please.', (r) => [ANSWER_TEXT.choiceNoted(r.decision.remedies.map((x) => REMEDY_LABELS[x]).join(', or '))]],
    [
      'PLC warranty',
      'So if I choose a refund after you check it, how long does that take',
      (r) => [expect.stringContaining(ANSWER_TEXT.promised(r.decision.slaDays as number))],
    ],
    // The merchant's settings name the address: the answer is the address itself, and who pays each way.
    ['Plextor dead on arrival', 'how long until I get the address?', () => [PLEXTOR_SEND]],
    ['PLC warranty', 'do I need to print the invoice?', () => [ANSWER_TEXT.nothingToPrint('PLC Technologies')]],
    ['Plextor dead on arrival', 'do I need to print the invoice?', () => [ANSWER_TEXT.print([DOCUMENT_LABELS.invoice_copy])]],
    ['PLC warranty', 'I threw away some of the plastic wrapping. Is that a problem?', () => [ANSWER_TEXT.noConditions]],
    [
      'PLC unwanted',
      'I put my laptop in it once, is that still OK?',
      (r) => [`${r.decision.notes.find((n) => n.includes('checked when it arrives')) as string} ${ANSWER_TEXT.decidedOnArrival}`, PROMPTS.after.passedOn],
    ],
    ['PLC late damage (review)', 'do I put the invoice in the box?', () => [PROMPTS.after.inReview, PROMPTS.after.passedOn]],
    ['PLC late damage (review)', 'where do I send it?', () => [PROMPTS.after.inReview, PROMPTS.after.passedOn]],
    ['PLC late damage (review)', 'how much is the repair?', () => [PROMPTS.youPay(NEXT_TEXT.payNothing)]],
    [
      'PLC custom-built (declined)',
      'where do I send it?',
      (r) => [
        `${ANSWER_TEXT.declined} ${r.decision.notes[0] as string} ${REFUSAL_NOTE(['it was made or configured to order for you'])} ${PROMPTS.after.ifDeclined}`,
      ],
    ],
    [
      'Plextor, wrong item (referred to the shop)',
      'where do I send it?',
      (r) => [`${r.decision.notes[0] as string} ${ANSWER_TEXT.handledElsewhere}`, PROMPTS.after.passedOn],
    ],
    ['PLC wrong item', 'thanks, bye', (r) => [PROMPTS.alreadyDone(r.rma), PROMPTS.followLink(r.statusUrl)]],
  ];

  it.each(ROWS)('%s: "%s"', async (kind, question, expected) => {
    const { policy, says, outcome } = RETURNS[kind] as (typeof RETURNS)[string];
    const { say, store } = setup({ policy });
    let statusUrl = '';
    for (const text of says) {
      const replies = (await say(text)).map((a) => a.text ?? '');
      statusUrl = replies.map((t) => /(https:\/\/\S+)$/.exec(t)?.[1]).find(Boolean) ?? statusUrl;
    }
    const [c] = [...store.cases.values()];
    if (!c) throw new Error(`${kind}: no case registered`);
    expect(c.decision.outcome).toBe(outcome);
    expect((await say(question)).map((a) => a.text)).toEqual(expected({ rma: c.rma, statusUrl, decision: c.decision }));
  });

  it('"talk to a person": the registered case goes to staff, once, with the conversation; no second RMA number', async () => {
    // Prepare: a registered return
    const { say, store, mailer } = setup({ policy: 'plc-technologies' });
    for (const text of ['you sent me the wrong item', 'Ann', 'ann@example.com', 'yes']) await say(text);
    const [rma] = [...store.cases.keys()] as [string];
    // Act: asked twice
    const first = (await say('can I talk to a person?')).map((a) => a.text);
    const second = (await say('talk to a person please')).map((a) => a.text);
    // Assess
    expect(first).toEqual([PROMPTS.handoffOnCase(rma, 'ann@example.com')]);
    expect(second).toEqual([PROMPTS.handoffOnCase(rma, 'ann@example.com')]);
    expect([...store.cases.keys()]).toEqual([rma]);
    const c = store.cases.get(rma);
    expect(c?.flags).toEqual(['wants_person']);
    expect(c?.status).toBe('awaiting_parcel');
    const said = c?.transcript?.map((l) => l.text) ?? [];
    expect(said[0]).toBe('you sent me the wrong item');
    expect(said).toContain(PROMPTS.created(rma, 'ann@example.com'));
    // Asked again, staff get what was said since (once each), not the conversation twice.
    expect(said.slice(-3)).toEqual(['can I talk to a person?', PROMPTS.handoffOnCase(rma, 'ann@example.com'), 'talk to a person please']);
    expect(said.filter((t) => t === 'you sent me the wrong item')).toHaveLength(1);
    expect(mailer.sent).toHaveLength(1);
  });

  it('"cancel" after the RMA number points to the status page, where cancelling is; the case stays', async () => {
    const { say, store } = setup({ policy: 'plc-technologies' });
    let statusUrl = '';
    for (const text of ['you sent me the wrong item', 'Ann', 'ann@example.com', 'yes']) {
      statusUrl = (await say(text)).map((a) => /(https:\/\/\S+)$/.exec(a.text ?? '')?.[1]).find(Boolean) ?? statusUrl;
    }
    const [c] = [...store.cases.values()];
    expect((await say('cancel')).map((a) => a.text)).toEqual([PROMPTS.cancelRegistered(c?.rma ?? '', statusUrl)]);
    expect((await store.get(c?.rma ?? ''))?.status).toBe('awaiting_parcel');
  });
});
