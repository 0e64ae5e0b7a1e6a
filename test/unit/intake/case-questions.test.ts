// Which questions a message about a registered return asks: the narrow kind wins over the broad
// one it would only half answer ("when does the courier come?" is about the collection's day, not
// about when the product comes back). Rows from blind customers' follow-up questions.
import { caseQuestions, passesOn, type CaseQuestion } from '../../../shared/intake/case-answers';
import type { DecisionTerms } from '../../../shared/intake/case-answers';

describe('the kinds of question a message asks', () => {
  it.each<[string, CaseQuestion[]]>([
    ['When does the courier come? I work weekdays.', ['collectWhen']],
    ['Can the courier collect on a Saturday?', ['collectWhen']],
    ['Will the courier bring the new one when they fetch this one?', ['swap']],
    ['How long until I get the address?', ['addressWhen']],
    ['Where do I send it?', ['where']],
    ['When do I get my money?', ['when']],
    ['Do I need to print the invoice?', ['print']],
    ['Do I put the invoice in the box?', ['invoice']],
    ['What goes in the box?', ['include']],
    // Each question on its own: the address's "when" does not swallow the new drive's.
    ['Where exactly do I send it? You write that someone will email me the address - when? When will I get the new drive?', ['addressWhen', 'when']],
    ['Can I go back to the web shop instead of sending it to Plextor?', []],
    ['Could I get a refund instead?', ['choose']],
    ['I threw away some of the plastic wrapping. Is that a problem? I still have the box.', ['worry']],
    ['I put my laptop in it once, is that still OK?', ['worry']],
    ['Do I need the original box?', ['worry']],
    ['Is the courier free?', ['cost', 'where']],
    ['Can I get a refund instead?', ['choose']],
    ['Here is the photo of the dent.', []],
    ['Thanks, bye', []],
  ])('%s', (text, kinds) => {
    expect(caseQuestions(text)).toEqual(kinds);
  });
});

describe('which answers a colleague must also see', () => {
  const terms = (over: Partial<DecisionTerms>): DecisionTerms => ({ outcome: 'approved', remedies: ['refund'], customerPays: [], documents: [], packing: [], notes: ['Approved.'], ...over });
  it('the day of a collection, where the merchant collects', () => {
    expect([passesOn('collectWhen', terms({ transport: 'collection' })), passesOn('collectWhen', terms({ transport: 'send' }))]).toEqual([true, false]);
  });
  it('a worry about the packaging, where the return has a condition about it', () => {
    const checked = terms({ presumed: ['item.originalPackaging'], notes: ['Approved.', 'This is provided it comes back in its original packaging; that is checked when it arrives.'] });
    const unchecked = terms({ presumed: ['item.modified'], notes: ['Approved.', 'This is provided it comes back as it was delivered (not modified); that is checked when it arrives.'] });
    expect([passesOn('worry', checked), passesOn('worry', unchecked), passesOn('worry', { ...checked, outcome: 'declined' })]).toEqual([true, false, false]);
  });
});
