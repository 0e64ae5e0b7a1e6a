// Which questions a message about a registered return asks: the narrow kind wins over the broad
// one it would only half answer ("when does the courier come?" is about the collection's day, not
// about when the product comes back), and a question no kind covers is said back as written. Rows
// from blind customers' follow-up questions.
import { caseQuestions, unansweredQuestions, type CaseQuestion, namesHazard } from '../../../../shared/intake/question-kinds';

describe('the kinds of question a message asks', () => {
  it.each<[string, CaseQuestion[]]>([
    ['When does the courier come? I work weekdays.', ['collectionWish', 'collection']],
    // Blind run BI: "or not?" after a question about the invoice asks about the invoice, not whether all is fine.
    ['ok. should I also put a copy of the invoice in the box or not?', ['invoice']],
    // Blind run 14 (AL1): a memory card is not a way to pay.
    ['Can I take the memory card out first?', ['ownThings']],
    ['Will the money go back onto my card?', ['paymentMethod']],
    ['Do I keep the SIM card in?', ['ownThings']],
    // Blind run 14 (AL2): a manufacturer's referral, and who tells the shop.
    ['Will you tell the shop?', ['tellSeller']],
    ['Can you contact the seller for me?', ['tellSeller']],
    ['So who do I contact?', ['seller']],
    // Blind run 15.
    ['Does the warranty cover the postage?', ['cost']],
    ["What if your technicians say it's because of the fall? Do I have to pay then, and how much?", ['ifNotCovered']],
    ['And you say I pay nothing even if it was the fall?', ['ifNotCovered']],
    ['Does it matter that I bought it in the United States and not in Europe?', ['boughtAbroad']],
    ['Can you not just send me a new one and I pay for it?', ['buyNew']],
    ['Can I at least return just the graphics card then?', ['wholeProduct']],
    ['I want a new one. Roughly how many days will that take?', ['chosen', 'when']],
    // Blind run 16.
    ['Will the key still work for the buyer, must I remove it first?', []],
    ['Must I return the whole toaster? Can you not just send the crumb tray?', ['wholeProduct', 'partOnly']],
    ['Could you just send me the address?', ['where']],
    ['Who do I call if the courier does not come?', ['contact', 'collection']],
    ['What value do I put on the pro-forma?', ['customs']],
    ['Will my warranty start again with the replacement?', ['warrantyAfter']],
    ['Does the new drive come with a new warranty?', ['warrantyAfter']],
    ['Is the bank statement enough?', ['otherProof']],
    ['What happens if you cannot prove the date?', ['otherProof']],
    ['Can someone come to fix it at home?', ['homeService']],
    // Blind run BD (session 7): "drop it off in Zaventem" was answered about carriers.
    ['Can I drop it off in Zaventem instead?', ['dropOff']],
    ['could I just bring it in to your shop in Centurion myself?', ['dropOff']],
    ['Can I send it with the normal post?', ['shipHow']],
    ['Does a courier come and fetch it or must I take it to the post office?', ['shipHow']],
    ['How do I get the right one?', ['next']],
    ['Will I get an invoice for the repair?', ['ifNotCovered']],
    ['Will they phone me first?', ['collection']],
    ['Or on a Saturday at home?', ['collection']],
    ['Could they come to my office?', ['collection']],
    ['Can they come fix it at home?', ['homeService']],
    ['Do I have to pay before you repair it?', ['quoteFirst']],
    ['How will the courier find me though? I work during the day so nobody is home.', ['collectionWish', 'collection']],
    ['Will I have the new machine before next weekend?', ['when']],
    ['Can you not just send me the base with a courier?', ['partOnly']],
    ['Also you want a photo of a serial number label, where is that on a fan?', ['serialWhere']],
    ['Will Plextor accept that as proof of when I bought it?', ['otherProof']],
    ['And if the technician sees it was dropped, what then?', ['ifNotCovered']],
    ['Does the courier bring something, or do they just take it on the truck?', ['packaging']],
    // Blind run 14: a choice said before a question about time; both are answered.
    ['I want a new one, not a repair. Will the new one come before next weekend?', ['chosen', 'when']],
    ['When will the courier come to fetch it, and when will I get the replacement?', ['collection']],
    ['Must I write on the Samsung box itself? I do not want to spoil it.', ['packaging']],
    ['I only have my card statement from the bank. Will Plextor accept that as proof of when I bought it?', ['otherProof']],
    ['Can the courier collect on a Saturday?', ['collection']],
    ['Will the courier bring the new one when they fetch this one?', ['swap']],
    ['How long until I get the address?', ['addressWhen']],
    ['Where do I send it?', ['where']],
    ['When do I get my money?', ['when']],
    ['Do I need to print the invoice?', ['print']],
    ['Do I put the invoice in the box?', ['invoice']],
    ['What goes in the box?', ['include']],
    // Each question on its own: the address's "when" does not swallow the new drive's.
    ['Where exactly do I send it? You write that someone will email me the address - when? When will I get the new drive?', ['addressWhen', 'when']],
    ['Can I go back to the web shop instead of sending it to Plextor?', ['seller']],
    ['Could I get a refund instead?', ['choose', 'refundAsked']],
    // Follow-ups from blind runs 7-10 that had no kind, or the wrong one, before 2026-11-28.
    ['Do I have to send the whole PC back or just the fan?', ['wholeProduct']],
    ['Whole PC or just the fan?', ['wholeProduct']],
    ['If I open the case and swap the fan myself, does that void my warranty?', ['modify']],
    ["Can't you just send me a new fan and I swap it myself?", ['modify', 'partOnly']],
    ['If you do need the whole chair back, do I have to take it apart?', ['modify']],
    ['Can I keep using the grey one until the navy one arrives?', ['keepUntil']],
    ['can i keep the S until the L comes?', ['keepUntil']],
    ["Where's the serial number label, on the tablet or the box?", ['serialWhere']],
    ['Must I put the watch box inside another box, or can I just write the number on the watch box?', ['packaging']],
    ['Will the courier bring packaging?', ['packaging']],
    ['But how am I supposed to pack a 65 inch TV without the box?', ['packaging']],
    ['And do you actually have the navy one in stock?', ['ifNotPossible']],
    ['What happens if a new replacement is not possible?', ['ifNotPossible']],
    ["And what happens if they can't fix it?", ['ifNotPossible']],
    ['Ok, so refund then please.', ['chosen']],
    ['I want a replacement please.', ['chosen']],
    ["If I can choose, I'd like a new one please.", ['chosen']],
    ['So if I choose a refund after you check it, how long does that take', ['when']],
    ['Can I swap it for a different model instead?', ['exchange']],
    ['How much will I get back exactly?', ['amountBack']],
    ['Ok, so I get R2 499 back?', ['amountBack']],
    ['Should I send it with the disc inside?', ['ownThings']],
    ['Will I get my disc back?', ['ownThings']],
    ['Is this one RMA number for both defective drives, or do I need a separate one for each drive?', ['oneRma']],
    ['Also I did not get any email from you.', ['noEmail']],
    ['please correct the purchase date: it is 22 September 2025, not 28 September.', ['correction']],
    ['My order number is 40012345.', ['detailsGiven']],
    ['You never asked for my order number, do you need it?', ['details']],
    ["And you didn't say if the money goes back onto my card.", ['paymentMethod']],
    ['Also when will the courier come', ['collection']],
    ['Do I need to be home?', ['collection']],
    ['Ok so someone will contact me to arrange it?', ['collection']],
    ['So will I get a brand new machine or will you fix this one?', ['choose']],
    ['Will you fix it or give me a new one?', ['choose']],
    ['so will you send me the L?', ['choose']],
    ['How fast will I get the new one?', ['when']],
    ["So it won't be here by Monday then?", ['when']],
    ['Do I need to send the capsule holder and the milk frother back with it too, or just the machine?', ['accessories']],
    ['And maybe I should go to FNAC instead?', ['seller']],
    ['So I have to deal with Russell Hobbs myself, not with you?', ['seller']],
    ['And can you give me the contact of the seller?', ['seller']],
    ['And who pays for the courier, me or you?', ['cost', 'where']],
    ['Does it matter that it died after a power cut?', ['covered']],
    ['Is there anyone I can actually talk to?', ['contact']],
    // Blind run 11.
    ["Yes I want the XL please. Honestly, can I not just keep the normal one? It's only a cartridge.", ['chosen', 'keepIt']],
    ['Can I still say no after you tell me the price?', ['quoteFirst']],
    ["They won't say it's my fault, will they?", ['ifNotCovered']],
    ['If I send it to Samsung, must I wipe my data first?', ['wipeData']],
    // Blind run 13.
    ['I am surprised it is under warranty: I bought it 26 months ago, in September 2024. Please check again.', ['correction']],
    ['Sorry, I think there is a mistake. My invoice is dated 24 September 2024.', ['correction']],
    // Blind run 12.
    ["Thanks. Can you just send me the size 9 then? I still want the shoes, I don't want my money back.", ['choose']],
    [
      'My neighbour Mrs Naidoo at number 14 is home in the day, she can give it to the courier. And please, I want a new kettle, not a repaired one.',
      ['chosen', 'collectionWish'],
    ],
    ["It's a microwave, it's not swelling. It makes sparks inside. Must I stop using it or not?", ['safety']],
    ["It's a microwave, it doesn't charge and it's not swelling. Must we stop using it, yes or no?", ['safety']],
    ['Does it make a difference that I got it on the Unboxed Deal discount?', ['covered']],
    ['OK. Must I take the ink cartridges out before the courier takes it?', ['ownThings']],
    ['Can I get a new kettle quickly? I use it every day', ['choose', 'when']],
    ["Wait, so I can't return it just because I opened the box?", ['why']],
    ['How am I supposed to reset it if the keyboard does not work though?', ['wipeData']],
    ['Is it safe to keep using the phone in the meantime? The battery looks quite puffy.', ['safety']],
    ['Okay but can I at least get store credit for it instead?', ['choose']],
    ['Do I have to send it back in the original box?', ['worry']],
    ['If the price is too high, I can still say no after you tell me the price?', ['quoteFirst']],
    ['Can I just attach them to a reply to this email instead of the link?', ['photos']],
    ["But it won't fit back in the box half built...", []],
    ["No, I don't want to send you a part, I want YOU to send ME the missing screws!", ['partOnly']],
    ["Honestly can't you just courier me the bag of screws? I don't want to send the whole cot back.", ['partOnly']],
    ['And what happens if your people open it and decide it was the rain that broke it?', ['ifNotCovered']],
    ['If they say riding in the rain was misuse, do I get a bill for the repair or for the courier?', ['ifNotCovered']],
    ['Must I wait for the colleague or not?', ['next']],
    ['And do I write it in Turkish lira or euro?', ['customs']],
    ['Did you register my return correctly?', ['status']],
    ['So must I take the tags off if I use it, or leave them on?', ['worry']],
    // From blind customers (run 5).
    ['Can the courier collect from my work address?', ['collection']],
    ['What is a pro-forma invoice and how do I make one? Do I have to pay customs or import tax?', ['customs']],
    ['Do I need customs papers to send it from Switzerland?', ['customs']],
    ['Why is it not dead on arrival when it never worked?', ['why']],
    // From blind customers (run 6).
    ['Can I keep the wrong remote until the right one comes?', ['keepUntil']],
    // From blind customers (run BG).
    ['Can I just use any box?', ['packaging']],
    ['must it be the original box?', ['worry']],
    ['Just so it is clear, I want the correct Hisense remote, not my money back. Do I need to tell someone?', ['chosen']],
    ['I threw away some of the plastic wrapping. Is that a problem? I still have the box.', ['worry']],
    ['I put my laptop in it once, is that still OK?', ['worry']],
    ['Do I need the original box?', ['worry']],
    ['Is the courier free?', ['cost', 'where']],
    ['Can I get a refund instead?', ['choose', 'refundAsked']],
    // From blind customers (run 6): the law, which a person judges.
    ["I thought you're allowed to send back online purchases within 7 days?", ['rights']],
    ['What about my consumer rights? Why is it refused?', ['why', 'rights']],
    // From blind customers (run BH): the legal guarantee, asked three times and never recognised.
    ["Don't I have 2 years anyway buying it in Ireland?", ['rights']],
    ['I thought it was 2 years in the EU?', ['rights']],
    ['under Irish/EU law the seller has to cover faults for at least 2 years dont they?', ['rights']],
    // Two years that are the product's age, not cover the law gives: no question of law.
    ['My laptop is 2 years old, is it still covered?', ['covered']],
    // From blind customers (run BJ): going back to the seller, said after the question it explains.
    ['Do I really have to send it to Belgium? I thought I could take it back to the shop.', ['seller']],
    // From blind customers (run 7).
    ['Do I need to send the charger and cable and everything that came in the box too, or just the tablet?', ['accessories']],
    ['The USB cable is fine, can I keep it at home and send only the drive?', ['accessories']],
    ['Must I first give back the colour one before you send me the black one?', ['swap']],
    ["Sorry, so who decides if it's fixed or replaced, me or you?", ['choose']],
    ['Will I get back my own drive, or a different one?', ['choose']],
    ['Is there a phone number I can call rather?', ['contact']],
    ['And will the money go back onto my card? I paid by card.', ['paymentMethod']],
    ['But how I pay? With card, or bank transfer, or when I send it?', ['paymentMethod']],
    ['Do I need any customs paperwork to send it from the UK, apart from that invoice you mention?', ['customs']],
    // From blind customers (run 8).
    ["So it's not a yes? I really don't want to keep it.", ['status']],
    ['Ok but like I said the outer box with the label is gone, it went out with the rubbish. Is that a problem?', ['boxGone']],
    ["Can't you just send me the charger?", ['partOnly']],
    ['Do I need to do anything else now?', ['next']],
    ["No, I mean if the printer can't be repaired, what then? Do I get a new one or my money back?", ['choose', 'refundAsked']],
    ['And when the courier comes to fetch the grey one, will they bring the navy one with them?', ['swap']],
    ['Like a swap?', ['swap']],
    ['Must I leave the ink cartridges inside when I pack it?', ['ownThings']],
    ['Do I have to post it at the post office?', ['shipHow']],
    // From blind customers (run 9).
    ['Just to check, it was a used one when I bought it. Is a used controller still covered?', ['covered']],
    ['Thanks. But are a few dead pixels even covered?', ['covered']],
    ['There is still a disc stuck inside. Should I send it with the disc inside?', ['ownThings']],
    ['What do I need to put in the box? Only the drive, or also the cables, the software CD, the invoice?', ['accessories', 'invoice', 'include']],
    ['Can I not just take it back to the shop where I bought it? It is in Poland, much closer.', ['seller']],
    ['Would it be easier to give it back to the shop instead of sending it to you?', ['seller']],
    ['Here is the photo of the dent.', []],
    ['Thanks, bye', []],
  ])('%s', (text, kinds) => {
    expect(caseQuestions(text)).toEqual(kinds);
  });
});

describe('questions no answer covers', () => {
  it('are said back as written, so that none is skipped in silence', () => {
    const text =
      'Thanks. A few questions:\n- Is this one RMA for all three? Only one is broken.\n- Can you recommend a better model?\n- How long will it all take?';
    expect(caseQuestions(text)).toEqual(['oneRma', 'when']);
    expect(unansweredQuestions(text)).toEqual(['Can you recommend a better model?']);
  });
  it('leave out a tag on the question before ("Yes or no?") and what a choice said beside them answers ("Is that noted?")', () => {
    expect(unansweredQuestions('Can I get a different monitor instead of the same LG? Yes or no?')).toEqual([]);
    expect(unansweredQuestions('Just to be clear, I want the navy one, not a refund. Is that noted?')).toEqual([]);
  });
  it('leave out a short question the next one asks in full ("but the box? can I use the dented box?"); keep one nothing asks', () => {
    expect(unansweredQuestions('but the box? can I use the dented box or not')).toEqual([]);
    expect(unansweredQuestions('but the cable? can I use the dented box or not')).toEqual(['but the cable?']);
  });
  it('keep a number that starts the question ("2 years from now, or…?"); a list number goes', () => {
    expect(unansweredQuestions('Is that it? 2 years from now, or only until May 2027?')).toContain('2 years from now, or only until May 2027?');
    expect(unansweredQuestions('1. Does Plextor still make DVD drives?')).toEqual(['Does Plextor still make DVD drives?']);
  });

  it('are none where every question has its answer, or nothing is asked', () => {
    expect([unansweredQuestions('Who pays the postage? Where do I send it?'), unansweredQuestions('Thanks, bye')]).toEqual([[], []]);
  });
});

describe('a hazard described', () => {
  it.each([
    'there are sparks inside it when it runs',
    'it smelled like something was burning and then it just cut out',
    'the battery is swelling up and the back cover is lifting off',
    'smoke came out the bottom and now it is dead',
    'the charger gets really hot and the plug has melted',
  ])('is read in "%s"', (text) => {
    expect(namesHazard(text)).toBe(true);
  });

  it.each(['No sparks, no smoke, it just stopped', 'the discs it burns cannot be read', 'the plate does not turn anymore', 'the screen flickers'])(
    'is not read in "%s"',
    (text) => {
      expect(namesHazard(text)).toBe(false);
    },
  );
});

describe('a statement before a question (blind run BK)', () => {
  it('completes a question that asks nothing of its own, and not one that does', () => {
    // Act
    const own = caseQuestions("I still have the invoice and the original box. I'd rather have a new one than a repair, is that possible?");
    const completed = caseQuestions('I threw the box away. Is that a problem?');
    // Assess
    expect(own).toEqual(['choose']);
    expect(completed).toEqual(['boxGone']);
  });

  it('the law and the shop in one question: the answer about the law, which says the shop is open, only', () => {
    // Act
    const kinds = caseQuestions(
      'And actually I thought in the EU the shop has to give you 2 years anyway, should I be going back to the shop I bought it from instead?',
    );
    // Assess
    expect(kinds).toContain('rights');
    expect(kinds).not.toContain('seller');
  });
});
