// The answers to each kind of question about a registered return, from the case's own decision, and
// which of them a colleague must also see (passesOn).
import { ANSWER_TEXT, answerCaseQuestion, answerCaseQuestions, passesOn } from '../../../../shared/intake/case-answers';
import { DOCUMENT_LABELS } from '../../../../shared/rules';
import type { DecisionTerms } from '../../../../shared/intake/case-answers';

describe('which answers a colleague must also see', () => {
  const terms = (over: Partial<DecisionTerms>): DecisionTerms => ({
    outcome: 'approved',
    remedies: ['refund'],
    customerPays: [],
    documents: [],
    packing: [],
    notes: ['Approved.'],
    ...over,
  });
  it('the day of a collection, where the merchant collects', () => {
    expect([passesOn('collection', terms({ transport: 'collection' })), passesOn('collection', terms({ transport: 'send' }))]).toEqual([true, false]);
  });
  it('a worry about the packaging, where the return has a condition about it', () => {
    const checked = terms({
      presumed: ['item.originalPackaging'],
      notes: ['Approved.', 'This is provided it comes back in its original packaging; that is checked when it arrives.'],
    });
    const unchecked = terms({
      presumed: ['item.modified'],
      notes: ['Approved.', 'This is provided it comes back as it was delivered (not modified); that is checked when it arrives.'],
    });
    expect([passesOn('worry', checked), passesOn('worry', unchecked), passesOn('worry', { ...checked, outcome: 'declined' })]).toEqual([true, false, false]);
  });
});

describe('what goes with the product, and the shop it came from', () => {
  const words = { ifDeclined: 'ask us', photosHow: 'by reply', chooseHow: 'tell us', passedOn: 'A colleague has it.' };
  const approved = (packing: string[]): DecisionTerms => ({
    outcome: 'approved',
    remedies: ['repair'],
    customerPays: [],
    documents: [],
    packing,
    notes: ['Approved.'],
  });
  const plc = { name: 'PLC Technologies', kind: 'retailer' as const, remedyAfter: 'inspection' as const, remedyChosenBy: 'customer' as const };
  const plextor = { name: 'Plextor Europe', kind: 'manufacturer' as const, remedyAfter: 'receipt' as const, remedyChosenBy: 'merchant' as const };
  it("accessories: the policy's own packing line where it has one, else a colleague says (and sees it)", () => {
    const withLine = approved(['Include all accessories and parts that were sold with the product.']);
    expect(answerCaseQuestion('accessories', withLine, plc, words)).toBe(
      `${ANSWER_TEXT.accessoriesYes} Include all accessories and parts that were sold with the product.`,
    );
    expect(answerCaseQuestions(['accessories'], approved(['Pack the drive securely.']), plextor, words)).toEqual([
      ANSWER_TEXT.accessoriesUnsaid('Plextor Europe'),
      'A colleague has it.',
    ]);
    expect(passesOn('accessories', withLine)).toBe(false);
  });
  it("the seller: a manufacturer's customer may go to the shop too; a retailer is the shop", () => {
    expect(answerCaseQuestion('seller', approved([]), plextor, words)).toBe(ANSWER_TEXT.sellerToo('Plextor Europe'));
    expect(answerCaseQuestion('seller', approved([]), plc, words)).toBe(ANSWER_TEXT.sellerIsUs('PLC Technologies'));
  });
});

describe('several answers to one message', () => {
  it("say each sentence once: the parcel's needs and the packing steps are not repeated by a second kind", () => {
    const words = { ifDeclined: 'ask us', photosHow: 'by reply', chooseHow: 'tell us', passedOn: '' };
    const d: DecisionTerms = {
      outcome: 'approved',
      remedies: ['repair'],
      customerPays: [],
      documents: ['rma_number_on_parcel'],
      packing: ['Pack it well.', 'Write the RMA number on it.'],
      notes: ['Approved.'],
      transport: 'collection',
      photos: [],
    };
    const merchant = { name: 'PLC Technologies', kind: 'retailer' as const, remedyAfter: 'inspection' as const, remedyChosenBy: 'customer' as const };
    const text = answerCaseQuestions(['next', 'include', 'accessories'], d, merchant, words).join('\n');
    const count = (needle: string) => text.split(needle).length - 1;
    expect([count(DOCUMENT_LABELS.rma_number_on_parcel), count('Pack it well.')]).toEqual([1, 1]);
  });
});

describe('the law', () => {
  const words = { ifDeclined: 'ask us', photosHow: 'by reply', chooseHow: 'tell us', passedOn: 'A colleague has it.' };
  const declined: DecisionTerms = { outcome: 'declined', remedies: [], customerPays: [], documents: [], packing: [], notes: ['Not returnable.'] };
  it('is never judged by the desk: whatever was decided, a colleague sees the question', () => {
    expect(
      answerCaseQuestions(['rights'], declined, { name: 'PLC Technologies', kind: 'retailer', remedyAfter: 'inspection', remedyChosenBy: 'customer' }, words),
    ).toEqual([ANSWER_TEXT.rights('PLC Technologies'), 'A colleague has it.']);
    expect([passesOn('rights', declined), passesOn('rights', { ...declined, outcome: 'approved' })]).toEqual([true, true]);
  });
});

describe('customs', () => {
  const words = { ifDeclined: 'ask us', photosHow: 'by reply', chooseHow: 'tell us', passedOn: 'A colleague has it.' };
  const merchant = { name: 'Plextor Europe', kind: 'manufacturer' as const, remedyAfter: 'receipt' as const, remedyChosenBy: 'merchant' as const };
  const terms = (documents: DecisionTerms['documents']): DecisionTerms => ({
    outcome: 'approved',
    remedies: ['repair'],
    customerPays: [],
    documents,
    packing: [],
    notes: ['Approved.'],
    transport: 'send',
  });
  it('from outside the EU: the signed pro-forma invoice is named, and duties (which the policy does not settle) go to a colleague', () => {
    const answers = answerCaseQuestions(['customs'], terms(['signed_proforma_invoice', 'rma_number_on_parcel']), merchant, words);
    expect(answers).toEqual([
      `${ANSWER_TEXT.proforma(DOCUMENT_LABELS.signed_proforma_invoice)} ${ANSWER_TEXT.dutiesUnknown('Plextor Europe')}`,
      'A colleague has it.',
    ]);
  });
  it('where the policy asks for none: says so', () => {
    expect(answerCaseQuestion('customs', terms(['rma_number_on_parcel']), merchant, words)).toMatch(
      new RegExp(`^${ANSWER_TEXT.noCustomsPapers.replace(/[.()]/g, '\\$&')} `),
    );
  });
});
