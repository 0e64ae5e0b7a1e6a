// Thabo's chat (blind run BM), in his words: a PLC monitor with a line of dead pixels, delivered "on
// the 23rd", collected from him. Each step is one thing the desk got wrong.
import { ChatTestClient } from '../../support/chat-client';
import { chatDepsFor, FixedClock, sayTo, testApp } from '../../support/fakes';
import { PROMPTS, promptsFor } from '../../../bot/prompts';
import { AFTER_TEXT } from '../../../shared/notify/after-text';
import { ANSWER_TEXT } from '../../../shared/intake/case-answers';

const TODAY = '2026-11-29';

function setup(policy = 'plc-technologies') {
  const t = testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
  const client = new ChatTestClient(chatDepsFor(t, TODAY, true), { policy });
  return { ...t, say: (text: string) => sayTo(client, text), theCase: () => [...t.store.cases.values()][0] };
}

const FIRST =
  'Hi there. I got a Samsung 27 inch monitor from you guys on the 23rd and when I set it up that evening theres a thin vertical line of dead pixels right down the middle of the screen. Not happy. What can you do?';

describe('blind run BM: Thabo, by chat', () => {
  it('"got a Samsung 27 inch monitor from you guys on the 23rd" is the delivery, this month: not asked again', async () => {
    const { say } = setup();
    const [decision] = await say(FIRST);
    expect(decision?.startsWith(PROMPTS.decision.approved(''))).toBe(true);
  });

  it('"rather have a replacement than my money back" asks for the replacement, and "the problem is …" shows as the problem', async () => {
    const { say } = setup();
    await say(FIRST);
    await say('Thabo Nkosi, thabo.nkosi.29t@example.com');
    const replies = await say(
      "Before I say yes - dont you need my order number? Its PLC-61234. And the problem is a line of dead pixels down the middle, not just 'faulty'. Also I'd rather have a replacement than my money back",
    );
    const summary = replies.find((r) => r.includes('PLC-61234')) ?? '';
    expect(summary).toContain('a replacement');
    expect(summary).not.toContain('a refund');
    expect(summary).toContain("a line of dead pixels down the middle, not just 'faulty'.");
  });

  it('a question none answers, beside ones that are, is quoted back with how to ask a person', async () => {
    const { say } = setup();
    await say(FIRST);
    await say('Thabo Nkosi, thabo.nkosi.29t@example.com');
    const replies = await say(
      "ok thats better. quick q's first - so you guys come fetch it from my place in Pretoria, I dont have to courier it myself or pay anything? And is there any chance you can lend me a screen in the meantime? I work from home so im a bit stuck without it",
    );
    expect(replies).toContain(`“And is there any chance you can lend me a screen in the meantime?” — ${PROMPTS.cannotAnswer}`);
    expect(replies.at(-1)).toBe(PROMPTS.confirmHint);
  });

  it('"ok … one more change - under problem can you put that …" changes the problem; it does not register the return', async () => {
    const { say, theCase } = setup();
    await say(FIRST);
    await say('Thabo Nkosi, thabo.nkosi.29t@example.com');
    const replies = await say(
      "ok ill ask about that after. one more change - under problem can you put that its a vertical line of dead pixels down the middle of the screen, since new. 'its faulty' doesnt say much",
    );
    expect(theCase()).toBeUndefined();
    expect(replies.join('\n')).toContain('its a vertical line of dead pixels down the middle of the screen, since new.');
    expect(replies.at(-1)).toBe(PROMPTS.confirmQuestion);
    // "Did you put the dead pixels in?" is answered, not read as a question about accessories.
    expect(await say('did you put the dead pixels in?')).toEqual([ANSWER_TEXT.detailsGiven, PROMPTS.confirmHint]);
  });

  it('after the collection details: "when will the courier actually come?" is not a correction, and "do I still need to reply?" is answered', async () => {
    const { say } = setup();
    await say(FIRST);
    await say('Thabo Nkosi, thabo.nkosi.29t@example.com');
    await say('yes');
    await say('address is 14 Jacaranda Street, Hatfield, Pretoria 0083. phone 082 664 3017. Any weekday is fine, I work from home so im here all day');
    const when = await say('thanks. but you didnt answer - did the dead pixel line get put on my case? and when will the courier actually come?');
    expect(when).toEqual([AFTER_TEXT.collection.waiting, ANSWER_TEXT.detailsGiven]);
    const reply = await say(
      'got the email thanks. it says I must reply with the address for collection but I already gave it to you here - do I still need to reply?',
    );
    expect(reply).toHaveLength(1);
    expect(reply[0]).toContain('14 Jacaranda Street');
    expect(reply[0]).toContain(AFTER_TEXT.collection.noResend);
  });
});

describe('blind run BN: Nomvula, by chat', () => {
  async function atSummary() {
    const t = setup();
    await t.say("Hi, I'd like to return a webcam I ordered from you please");
    await t.say("Nothing wrong with it, I just don't need it anymore. I bought a laptop that has a good camera built in. It's still sealed, I never opened it");
    await t.say('20 November');
    await t.say('Nomvula Dlamini, nomvula.dlamini.29n@example.com');
    return t;
  }

  it('"drop it at a PLC shop in Durban" is asked as a drop-off, not answered with "PLC is the shop"', async () => {
    const { say } = await atSummary();
    const replies = await say(
      'But how do they arrange it with me, will they phone me? my number is 073 402 8816. And can I not just drop it at a PLC shop in Durban instead? that would be quicker for me',
    );
    expect(replies[0]).toContain('do not offer a drop-off');
    expect(replies.join('\n')).not.toContain('is the shop');
  });

  it('"did you save my phone number?" is about hers, and "so the courier can call me" asks for no person', async () => {
    const { say, theCase } = await atSummary();
    expect((await say('ok. did you save my phone number?'))[0]).toBe(ANSWER_TEXT.detailsGiven);
    const replies = await say('Sorry I meant MY phone number 073 402 8816, please put it on so the courier can call me. And how long does the refund take?');
    expect(theCase()).toBeUndefined();
    expect(replies.join('\n')).not.toContain('passed your conversation');
    expect(replies.at(-1)).toBe(PROMPTS.confirmHint);
  });
});

describe('blind run BN: a month said in the chat', () => {
  it('goes on the case as a month, so that the email counts the warranty to a month, not a made-up day', async () => {
    const t = setup('plextor-eu');
    const say = t.say;
    await say('My Plextor PX-891SAF no longer reads CDs, I bought it in March last year in Lyon, France, I have the invoice');
    await say('Julien Martin, julien@example.com');
    await say('yes');
    const registered = [...t.store.cases.values()][0];
    expect(registered?.roughDates).toEqual({ purchaseDate: 'month' });
    expect(t.mailer.sent[0]?.text).toContain('Warranty ends on: March 2027.');
  });
});

describe('blind run BO: Mathieu, by chat in French, before he registers', () => {
  it('a new one rather than a repaired one, the cables, handing it in at Zaventem and how long are each answered, none met with "I cannot answer"', async () => {
    const { say } = setup('plextor-eu');
    await say("Bonjour, mon graveur Plextor ne s'ouvre plus, le tiroir reste bloqué. Je l'ai acheté le 02/06/2025, j'habite à Liège en Belgique.");
    await say('Mathieu Lambert, mathieu.lambert.29m@example.com');
    const fr = promptsFor('fr');
    for (const question of [
      "Je préférerais un graveur neuf plutôt qu'un réparé, c'est possible ?",
      'ok. Et est-ce que je dois renvoyer les câbles aussi ou juste le graveur ?',
      "Plextor est à Zaventem, c'est pas si loin. Je peux pas simplement aller le déposer moi-même là-bas ?",
      'Et ça prend combien de temps en tout ?',
    ]) {
      const replies = await say(question);
      expect({ question, replies }).toEqual({ question, replies: expect.not.arrayContaining([fr.cannotAnswer]) as unknown });
      expect(replies.at(-1)).toBe(fr.confirmHint);
    }
  });
});

describe('blind run BP: Lindiwe, by chat', () => {
  it('"can you add my order number please its PLC-62777" adds it, and the broken handle with a dented box stays delivery damage', async () => {
    const { say } = setup();
    await say('Hi, I received an air fryer from you and its broken');
    await say('It came on the 26th, so thursday');
    await say('Lindiwe Khumalo, lindiwe.khumalo.29l@example.com');
    const replies = await say(
      'Almost, can you add my order number please its PLC-62777. And its a Philips air fryer, the handle of the basket is snapped off and the box had a big dent in it. I havent used it at all',
    );
    const summary = replies.find((r) => r.includes('Philips air fryer')) ?? '';
    expect(summary).toContain('Order number: PLC-62777');
    expect(summary).toContain(`Problem: ${PROMPTS.reasonWords.damaged_on_delivery}`);
  });
});

describe('blind run BP: after the collection details', () => {
  it('"how long does it take for the new one to come after they collect?" is answered as when it comes, not with the booking', async () => {
    const { say } = setup();
    await say('Hi, I received an air fryer from you and its broken, the box had a big dent');
    await say('It came on the 26th, so thursday');
    await say('Lindiwe Khumalo, lindiwe.khumalo.29l@example.com');
    await say('yes');
    await say('14 Rosmead Avenue, Kenilworth, Cape Town 7708. Phone 079 555 2184. Weekdays are fine but not before 9, or Saturday morning');
    const replies = await say('Sorry one last question, how long does it take for the new one to come after they collect?');
    expect(replies).not.toContain(AFTER_TEXT.collection.waiting);
    expect(replies.join('\n')).toMatch(/no set number of days/);
  });
});

describe('blind run BQ: Pieter, at the summary', () => {
  it('"ja but how many days till i get the money back?" is a question before a yes: the return is not registered', async () => {
    const { say, theCase } = setup();
    await say('hi there, my kettle from you guys arrived broken');
    await say('on the 24th');
    await say('Pieter van der Merwe, pieter.vdm.29p@example.com');
    const replies = await say('ja but how many days till i get the money back?');
    expect(theCase()).toBeUndefined();
    expect(replies.at(-1)).toBe(PROMPTS.confirmHint);
    await say('yes');
    expect(theCase()).toBeDefined();
  });
});
