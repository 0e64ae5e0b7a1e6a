// The chat after a collected return is approved: the address, phone and days asked once, the rest
// only for what was left out; questions still answered; "later" is fine (the status page takes it).
import { ChatTestClient } from '../../support/chat-client';
import { AFTER_TEXT, afterTextIn, collectionNoted } from '../../../shared/notify/after-text';
import { chatDepsFor, FixedClock, sayTo, testApp } from '../../support/fakes';

const TODAY = '2026-05-10';

function setup() {
  const t = testApp({ clock: new FixedClock(`${TODAY}T10:00:00.000Z`) });
  const client = new ChatTestClient(chatDepsFor(t, TODAY, true), { policy: 'plc-technologies' });
  const say = (text: string) => sayTo(client, text);
  const theCase = () => [...t.store.cases.values()][0];
  return { ...t, say, theCase };
}

/** A PLC return damaged in delivery two days ago, registered by chat: the story, the name and address, "yes". */
async function registered(say: (text: string) => Promise<string[]>, language: 'en' | 'de' = 'en'): Promise<string[]> {
  const says =
    language === 'de'
      ? ['Der Monitor kam vorgestern mit gesprungenem Bildschirm an, der Karton war eingedrückt. Ich wohne in Berlin.', 'Anna Berg, anna@example.com', 'ja']
      : ['The monitor arrived two days ago with a cracked screen, the box was crushed too. I live in Cape Town.', 'Ann Example, ann@example.com', 'yes'];
  let replies: string[] = [];
  for (const text of says) replies = await say(text);
  return replies;
}

describe('the chat asks where to collect an approved return', () => {
  it('once, right after the RMA number; an answer with all three is recorded and said back', async () => {
    const { say, theCase } = setup();
    const replies = await registered(say);
    expect(theCase()?.decision).toMatchObject({ outcome: 'approved', transport: 'collection' });
    expect(replies.at(-1)).toBe(AFTER_TEXT.collection.ask('PLC Technologies'));
    const details = { address: '12 Long Street, Cape Town 8001', phone: '082 555 1234', days: 'weekdays after 2pm' };
    expect(await say('12 Long Street, Cape Town 8001, phone 082 555 1234, weekdays after 2pm')).toEqual([collectionNoted(undefined, details)]);
    expect(theCase()?.collection).toMatchObject({ ...details, via: 'chat' });
  });

  it('asks only for what the answer left out, each once; "no" and "any" are answers', async () => {
    const { say, theCase } = setup();
    await registered(say);
    expect(await say('Flat 2, 17 Kloof St, Gardens, Cape Town 8001')).toEqual([AFTER_TEXT.collection.askPhone]);
    expect(await say('no thanks')).toEqual([AFTER_TEXT.collection.askDays]);
    const noted = await say('any');
    expect(noted).toEqual([collectionNoted(undefined, { address: 'Flat 2, 17 Kloof St, Gardens, Cape Town 8001' })]);
    expect(theCase()?.collection).toMatchObject({ address: 'Flat 2, 17 Kloof St, Gardens, Cape Town 8001' });
    expect(theCase()?.collection?.phone).toBeUndefined();
  });

  it('a question in between is answered and the address still taken after it; "later" ends the asking', async () => {
    const { say, theCase } = setup();
    await registered(say);
    const answered = await say('Do I need the original box?');
    expect(answered.join(' ')).not.toContain(AFTER_TEXT.collection.notAddress);
    expect(await say('later')).toEqual([AFTER_TEXT.collection.later]);
    expect(theCase()?.collection).toBeUndefined();
  });

  it('in German', async () => {
    const { say, theCase } = setup();
    const replies = await registered(say, 'de');
    expect(replies.at(-1)).toBe(afterTextIn('de').collection.ask('PLC Technologies'));
    const answer = await say('Hauptstraße 5, 10115 Berlin, Tel. 030 1234567, am liebsten vormittags');
    expect(answer).toEqual([collectionNoted('de', { address: 'Hauptstraße 5, 10115 Berlin', phone: '030 1234567', days: 'am liebsten vormittags' })]);
    expect(theCase()?.collection?.address).toBe('Hauptstraße 5, 10115 Berlin');
  });

  it('blind run 20: days said with a place that is no address are kept; the address is asked again, then only the phone', async () => {
    const { say, theCase } = setup();
    await registered(say);
    expect(await say('They can get it at the farm stall next to the station in Stellenbosch. Tuesdays or Thursdays are best.')).toEqual([
      AFTER_TEXT.collection.notAddress,
    ]);
    expect(await say('Ag ok. 3 Dorp Street, Stellenbosch 7600.')).toEqual([AFTER_TEXT.collection.askPhone]);
    const noted = await say('082 909 1122');
    const details = { address: '3 Dorp Street, Stellenbosch 7600', phone: '082 909 1122', days: 'Tuesdays or Thursdays are best' };
    expect(noted).toEqual([collectionNoted(undefined, details)]);
    expect(theCase()?.collection).toMatchObject(details);
  });

  it('a corrected address is taken while the collection is open; "is my address right now?" is answered from the case', async () => {
    const { say, theCase } = setup();
    await registered(say);
    await say('5 Jacaranda Avenue, Waterkloof, Pretoria 0181, 071 234 5678, any day');
    const fixed = await say("That's wrong, the address is just 5 Jacaranda Avenue, Waterkloof, Pretoria 0182. Can you fix it?");
    expect(theCase()?.collection?.address).toBe('5 Jacaranda Avenue, Waterkloof, Pretoria 0182');
    expect(fixed).toEqual([collectionNoted(undefined, { address: '5 Jacaranda Avenue, Waterkloof, Pretoria 0182', phone: '071 234 5678' })]);
    const asked = await say('So is my address correct now? When will the courier come?');
    expect(asked.join(' ')).toContain('Pretoria 0182');
    expect(asked.join(' ')).toContain(AFTER_TEXT.collection.waiting);
  });

  // Blind run BC (session 7): every question about the courier was met with the whole set of details again,
  // and a correction of the date and the order number was taken as one about the collection.
  it('"when will the courier come? must I pay?": where the booking stands and the cost, not the details again', async () => {
    const { say } = setup();
    await registered(say);
    await say('14 Jacaranda Avenue, Lynnwood, Pretoria 0081. cell 082 555 0143. Tuesdays or Thursdays only please');
    const asked = await say('ok thanks. so when will the courier come? which Tuesday or Thursday? and must I pay anything for this?');
    expect(asked[0]).toBe(AFTER_TEXT.collection.waiting);
    expect(asked.join(' ')).not.toContain('Jacaranda');
    expect(asked.slice(1).join(' ')).toMatch(/pay nothing/i);
    const later = await say('will the courier phone me before they come? and how long before I get the new monitor more or less?');
    expect(later[0]).toBe(AFTER_TEXT.collection.waiting);
    expect(later).toHaveLength(2);
    const corrected = await say(
      "the date you have is wrong, I do not know when I ordered. can you fix that? also you still don't have my order number PLC-51877",
    );
    expect(corrected.join(' ')).not.toContain('Jacaranda');
    expect(corrected.join(' ')).not.toContain(AFTER_TEXT.collection.waiting);
  });
});
