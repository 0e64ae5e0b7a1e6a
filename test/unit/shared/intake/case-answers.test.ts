// The answers to each kind of question about a registered return, from the case's own decision, and
// which of them a colleague must also see (passesOn).
import { ANSWER_TEXT, answerCaseQuestion, answerCaseQuestions, passesOn } from '../../../../shared/intake/case-answers';
import { DOCUMENT_LABELS, type Policy } from '../../../../shared/rules';
import { POLICIES } from '../../../../shared/rules/policies';
import { NEXT_TEXT } from '../../../../shared/notify/next-steps';
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
  const plc = {
    name: 'PLC Technologies',
    kind: 'retailer' as const,
    remedyAfter: 'inspection' as const,
    remedyChosenBy: 'customer' as const,
    afterApproval: {},
  };
  const plextor = {
    name: 'Plextor Europe',
    kind: 'manufacturer' as const,
    remedyAfter: 'receipt' as const,
    remedyChosenBy: 'merchant' as const,
    afterApproval: {},
  };
  it('photos asked beside "what next?" are answered once, by their own answer: no step split from its list (blind run BG)', () => {
    const d: DecisionTerms = { ...approved([]), transport: 'collection', photos: ['damage', 'packaging'] };
    const both = answerCaseQuestions(['photos', 'next'], d, plc, words).join(' ');
    expect(both).toContain(answerCaseQuestion('photos', d, plc, words));
    expect(both).not.toContain(NEXT_TEXT.photosWhere);
    // Asked alone, "what next?" still names the photos.
    expect(answerCaseQuestions(['next'], d, plc, words).join(' ')).toContain(NEXT_TEXT.photosWhere);
  });

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
    const merchant = {
      name: 'PLC Technologies',
      kind: 'retailer' as const,
      remedyAfter: 'inspection' as const,
      remedyChosenBy: 'customer' as const,
      afterApproval: {},
    };
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
      answerCaseQuestions(
        ['rights'],
        declined,
        { name: 'PLC Technologies', kind: 'retailer', remedyAfter: 'inspection', remedyChosenBy: 'customer', afterApproval: {} },
        words,
      ),
    ).toEqual([ANSWER_TEXT.rights('PLC Technologies'), 'A colleague has it.']);
    expect([passesOn('rights', declined), passesOn('rights', { ...declined, outcome: 'approved' })]).toEqual([true, true]);
  });

  it("to a manufacturer's customer, says the guarantee the law gives is the seller's, and that the shop is still open to them", () => {
    // Prepare
    const manufacturer = {
      name: 'Plextor Europe',
      kind: 'manufacturer' as const,
      remedyAfter: 'inspection' as const,
      remedyChosenBy: 'merchant' as const,
      afterApproval: {},
    };
    // Act
    const answers = answerCaseQuestions(['rights'], declined, manufacturer, words);
    // Assess
    expect(answers).toEqual([ANSWER_TEXT.rightsSeller('Plextor Europe'), 'A colleague has it.']);
    expect(answers[0]).toMatch(/owed by the shop that sold it to you, not by Plextor Europe/);
    // Whether to cancel, if they go to the shop (blind run BL): they tell us, and the return is closed.
    expect(answers[0]).toMatch(/If you do, tell us, and Plextor Europe closes this return/);
  });
});

describe('customs', () => {
  const words = { ifDeclined: 'ask us', photosHow: 'by reply', chooseHow: 'tell us', passedOn: 'A colleague has it.' };
  const merchant = {
    name: 'Plextor Europe',
    kind: 'manufacturer' as const,
    remedyAfter: 'receipt' as const,
    remedyChosenBy: 'merchant' as const,
    afterApproval: {},
  };
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

describe('answers from what the merchant’s own terms say after approval (blind runs 7-10)', () => {
  const words = { ifDeclined: 'ask us', photosHow: 'by reply', chooseHow: 'tell us', passedOn: 'A colleague has it.' };
  const plc = (POLICIES.get('plc-technologies') as Policy).merchant;
  const plextor = (POLICIES.get('plextor-eu') as Policy).merchant;
  const approved = (over: Partial<DecisionTerms>): DecisionTerms => ({
    outcome: 'approved',
    remedies: ['repair', 'replace', 'credit', 'refund'],
    customerPays: [],
    documents: [],
    packing: [],
    notes: ['Approved.'],
    transport: 'collection',
    ...over,
  });
  it('"card or store credit?": PLC credits the account unless a refund is asked for; how a refund is paid out is for a colleague', () => {
    const answer = answerCaseQuestion('paymentMethod', approved({}), plc, words);
    expect(answer).toBe(`${plc.afterApproval.creditOrRefund} ${ANSWER_TEXT.refundHowUnsaid}`);
    expect(passesOn('paymentMethod', approved({}))).toBe(true);
  });
  it('"how do I pay?" for paid work: Plextor invoices the repair and the transport', () => {
    const review = approved({ outcome: 'review', remedies: [], customerPays: ['repair_costs', 'transport_costs'], transport: 'send' });
    expect(answerCaseQuestion('paymentMethod', review, plextor, words)).toBe(plextor.afterApproval.paidWork);
  });
  it('"what if it can\'t be repaired?": each merchant\'s own terms; a merchant without them passes it on', () => {
    expect(answerCaseQuestion('ifNotPossible', approved({}), plc, words)).toMatch(/credits the purchase price/);
    expect(answerCaseQuestion('ifNotPossible', approved({ remedies: ['replace_new'], transport: 'send' }), plextor, words)).toMatch(/same type/);
    expect(answerCaseQuestion('ifNotPossible', approved({}), { ...plc, afterApproval: {} }, words)).toBe(ANSWER_TEXT.notSaid('PLC Technologies'));
  });
  it('"does the warranty start again with the replacement?": Plextor\'s own terms; PLC\'s say nothing, so a colleague', () => {
    const drive = approved({ remedies: ['replace_new'], transport: 'send' });
    expect(answerCaseQuestion('warrantyAfter', drive, plextor, words)).toBe(plextor.afterApproval.replacementWarranty);
    expect(plextor.afterApproval.replacementWarranty).toMatch(/does not start again/);
    expect(answerCaseQuestion('warrantyAfter', approved({}), plc, words)).toBe(ANSWER_TEXT.notSaid('PLC Technologies'));
  });
  it('"is a bank statement enough?": where the invoice is asked for, a colleague says; where the merchant sold it, its order shows the dates', () => {
    const drive = approved({ remedies: ['replace_new'], transport: 'send', documents: ['invoice_copy'] });
    expect(answerCaseQuestion('otherProof', drive, plextor, words)).toBe(`${ANSWER_TEXT.otherProof('Plextor Europe')} ${plextor.afterApproval.ifNotCovered}`);
    expect([passesOn('otherProof', drive), passesOn('otherProof', approved({}))]).toEqual([true, false]);
    expect(answerCaseQuestion('otherProof', approved({}), plc, words)).toBe(ANSWER_TEXT.proofFromOrder('PLC Technologies'));
    // Blind run BE: a manufacturer has no order of the customer's to check: the shop's receipt shows the date.
    expect(answerCaseQuestion('otherProof', approved({ transport: 'send' }), plextor, words)).toBe(ANSWER_TEXT.proofFromReceipt('Plextor Europe'));
  });
  it('"can I send it by normal post?": collected, nothing is posted; posted, any carrier, with the policy\'s own word on the risk', () => {
    expect(answerCaseQuestion('shipHow', approved({}), plc, words)).toBe(ANSWER_TEXT.collectedNotPosted('PLC Technologies'));
    const risk = 'Pack the drive securely: Plextor is not responsible for loss or damage in transport, so consider a tracked, insured service.';
    const sent = approved({ transport: 'send', packing: ['Write the RMA number on it.', risk] });
    const { returnAddress: _address, ...noAddress } = plextor;
    // No address in the merchant's settings: that it comes by email is said first (blind run 15: "can I post it on Monday?").
    expect(answerCaseQuestion('shipHow', sent, noAddress, words)).toBe(`${ANSWER_TEXT.addressWhen} ${ANSWER_TEXT.anyCarrier('Plextor Europe')} ${risk}`);
    expect(answerCaseQuestion('shipHow', sent, plextor, words)).toBe(`${ANSWER_TEXT.anyCarrier('Plextor Europe')} ${risk}`);
  });
  it('"when do I get the new one?" quotes the decision on time ("as soon as possible"), not when the customer wrote', () => {
    const d = approved({
      notes: [
        'You told us within 7 days of delivery, so returning it costs you nothing.',
        'Once it has been inspected you choose: a repair or replacement (where possible), done as soon as possible, a credit of the purchase price, or a refund.',
      ],
      remedies: ['repair', 'replace', 'credit', 'refund'],
    });
    const when = answerCaseQuestion('when', d, plc, words);
    expect(when).toContain('done as soon as possible');
    expect(when).not.toContain('You told us within 7 days');
  });

  it('"must I return the whole toaster? can\'t you just send the tray?": the part is asked for, so sending only a part is not offered', () => {
    const both = answerCaseQuestions(['wholeProduct', 'partOnly'], approved({}), plc, words).join(' ');
    expect(both).toContain(ANSWER_TEXT.wholeProduct);
    expect(both).not.toContain(ANSWER_TEXT.sendOnlyPart);
    expect(answerCaseQuestions(['wholeProduct'], approved({}), plc, words).join(' ')).toContain(ANSWER_TEXT.sendOnlyPart);
  });

  it('a wish for the collection said beside the question is not invited again in the same reply', () => {
    const both = answerCaseQuestions(['collection', 'collectionWish'], approved({}), plc, words).join(' ');
    expect(both).toContain(ANSWER_TEXT.collectionNoted('PLC Technologies'));
    expect(both).not.toContain(ANSWER_TEXT.collectionInvite);
    expect(answerCaseQuestions(['collection'], approved({}), plc, words).join(' ')).toContain(ANSWER_TEXT.collectionInvite);
  });
  it('"can someone fix it at home?": not what the policy provides; a colleague sees it', () => {
    expect(answerCaseQuestion('homeService', approved({}), plc, words)).toBe(ANSWER_TEXT.homeService('PLC Technologies', true));
    expect(passesOn('homeService', approved({}))).toBe(true);
    expect(answerCaseQuestion('dropOff', approved({}), plc, words)).toBe(ANSWER_TEXT.dropOff('PLC Technologies', true));
    expect(passesOn('dropOff', approved({}))).toBe(true);
  });
  it('"how long until I get the black one?": the decision’s own words about time come before "no set number of days"', () => {
    const wrongItem = approved({
      remedies: ['correct_product', 'credit', 'refund'],
      notes: ['We delivered the wrong product.', 'You choose: the correct product, a credit of the purchase price within 10 days of the return, or a refund.'],
    });
    const answer = answerCaseQuestion('when', wrongItem, plc, words);
    expect(answer).toContain('within 10 days of the return');
    expect(answer).not.toContain(ANSWER_TEXT.noDays('PLC Technologies'));
  });
  it('"how much will I get back?": the purchase price, less what the decision keeps back', () => {
    const unwanted = approved({ remedies: ['refund'], customerPays: ['original_shipping'] });
    expect(answerCaseQuestion('amountBack', unwanted, plc, words)).toBe(ANSWER_TEXT.amountBack([], true));
    expect(ANSWER_TEXT.amountBack([], true)).toMatch(
      /^The purchase price you paid for the product\. The delivery charge you paid with your order is not refunded\./,
    );
    expect(answerCaseQuestion('amountBack', approved({ restockingFeeMaxPercent: 20 }), plc, words)).toContain('restocking fee of up to 20%');
  });
  it('"can I keep it until the new one comes?": yes, unless it must come back unused', () => {
    expect(answerCaseQuestion('keepUntil', approved({}), plc, words)).toBe(ANSWER_TEXT.keepUntil.collection('PLC Technologies'));
    expect(answerCaseQuestion('keepUntil', approved({ presumed: ['item.used'] }), plc, words)).toBe(ANSWER_TEXT.keepUnused);
  });
  it('a remedy chosen in a statement is noted on the case, where the customer chooses; Plextor chooses itself', () => {
    expect(answerCaseQuestions(['chosen'], approved({}), plc, words)).toEqual([
      ANSWER_TEXT.choiceNoted('a repair, or a replacement, or a credit of the purchase price, or a refund'),
    ]);
    expect(answerCaseQuestion('chosen', approved({ remedies: ['repair', 'replace'], transport: 'send' }), plextor, words)).toMatch(
      /^Plextor Europe chooses which.*Your wish goes on your case\.$/,
    );
    expect(passesOn('chosen', approved({}))).toBe(true);
  });
  it('"a different model instead?": the same product, or credit and order the other', () => {
    expect(answerCaseQuestion('exchange', approved({}), plc, words)).toMatch(/^This return gives the same product/);
    expect(answerCaseQuestion('exchange', approved({ remedies: ['refund'] }), plc, words)).toMatch(/^An exchange for another product is not one of/);
  });
  it('"what if they find the rain caused it?": what each merchant\'s terms say then, and a colleague sees it', () => {
    expect(answerCaseQuestion('ifNotCovered', approved({}), plc, words)).toMatch(/not treated as a defect.*paid repair service/);
    expect(answerCaseQuestion('ifNotCovered', approved({ transport: 'send' }), plextor, words)).toMatch(/invoice you for all service and transport costs/);
    expect(passesOn('ifNotCovered', approved({}))).toBe(true);
  });
  it('a referred return needs no photos from us', () => {
    expect(answerCaseQuestion('photos', approved({ outcome: 'referred', remedies: [], notes: ['Contact the shop.'] }), plextor, words)).toBe(
      ANSWER_TEXT.noPhotosReferred,
    );
  });
});
