// Which questions a message about a registered return asks: the narrow kind wins over the broad
// one it would only half answer ("when does the courier come?" is about the collection's day, not
// about when the product comes back), and a question no kind covers is said back as written. Rows
// from blind customers' follow-up questions.
import { caseQuestions, unansweredQuestions, type CaseQuestion } from '../../../../shared/intake/question-kinds';

describe('the kinds of question a message asks', () => {
  it.each<[string, CaseQuestion[]]>([
    ['When does the courier come? I work weekdays.', ['collection']],
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
    ['Could I get a refund instead?', ['choose']],
    // From blind customers (run 5).
    ['Can the courier collect from my work address?', ['collection']],
    ['What is a pro-forma invoice and how do I make one? Do I have to pay customs or import tax?', ['customs']],
    ['Do I need customs papers to send it from Switzerland?', ['customs']],
    ['Why is it not dead on arrival when it never worked?', ['why']],
    // From blind customers (run 6).
    ['Can I keep the wrong remote until the right one comes?', ['worry']],
    ['Just so it is clear, I want the correct Hisense remote, not my money back. Do I need to tell someone?', ['choose']],
    ['I threw away some of the plastic wrapping. Is that a problem? I still have the box.', ['worry']],
    ['I put my laptop in it once, is that still OK?', ['worry']],
    ['Do I need the original box?', ['worry']],
    ['Is the courier free?', ['cost', 'where']],
    ['Can I get a refund instead?', ['choose']],
    // From blind customers (run 6): the law, which a person judges.
    ["I thought you're allowed to send back online purchases within 7 days?", ['rights']],
    ['What about my consumer rights? Why is it refused?', ['why', 'rights']],
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
    ["No, I mean if the printer can't be repaired, what then? Do I get a new one or my money back?", ['choose']],
    ['And when the courier comes to fetch the grey one, will they bring the navy one with them?', ['swap']],
    ['Like a swap?', ['swap']],
    ['Must I leave the ink cartridges inside when I pack it?', ['accessories']],
    ['Do I have to post it at the post office?', ['where']],
    // From blind customers (run 9).
    ['Just to check, it was a used one when I bought it. Is a used controller still covered?', ['covered']],
    ['Thanks. But are a few dead pixels even covered?', ['covered']],
    ['There is still a disc stuck inside. Should I send it with the disc inside?', ['accessories']],
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
    const text = 'Thanks. A few questions:\n- Do I have to send the whole PC back or just the fan? Only the fan is broken.\n- How long will it all take?';
    expect(caseQuestions(text)).toEqual(['when']);
    expect(unansweredQuestions(text)).toEqual(['Do I have to send the whole PC back or just the fan?']);
  });
  it('are none where every question has its answer, or nothing is asked', () => {
    expect([unansweredQuestions('Who pays the postage? Where do I send it?'), unansweredQuestions('Thanks, bye')]).toEqual([[], []]);
  });
});
