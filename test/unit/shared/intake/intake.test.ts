// One intake: what was said over what is known, what cannot be true dropped with the reason — and
// the same words, sent by chat or by email, give the same facts and the same decision.
import { takeIn } from '../../../../shared/intake/intake';
import { QUESTIONS } from '../../../../shared/intake/questions';
import { escapeHtml } from '../../../../shared/notify/html';
import { formPage } from '../../../../web/pages/form';
import { POLICIES } from '../../../../shared/rules';
import { SEND_ADDRESS } from '../../../../shared/cases/use-cases';
import { converse } from '../../../support/chat-customer';
import { PLC_UNWANTED, PLEXTOR_DOA, testApp, withoutReturnAddress } from '../../../support/fakes';
import { inboundApp } from '../../../support/inbound';

const plc = POLICIES.get('plc-technologies')!;
const TODAY = '2026-11-22';

describe('takeIn', () => {
  it('puts what was just said over what was known, and decides', () => {
    const intake = takeIn(plc, { reason: 'defective', deliveryDate: '2026-01-02' }, { reason: 'unwanted', deliveryDate: '2026-11-20' }, TODAY, POLICIES);
    expect(intake.facts).toEqual({ reason: 'unwanted', deliveryDate: '2026-11-20' });
    expect({ outcome: intake.decision.outcome, track: intake.decision.track, refused: intake.refused }).toEqual({
      outcome: 'approved',
      track: 'unwanted_return',
      refused: [],
    });
  });

  it('keeps a fault already told when an answer to another question reads as a change of mind; the reason question or a correction changes it', () => {
    const known = { reason: 'defective', deliveryDate: '2026-11-01' } as const;
    const said = { reason: 'unwanted', purchaseDate: '2026-10-30' } as const;
    const aside = takeIn(plc, known, said, TODAY, POLICIES, { expecting: 'purchaseDate' });
    expect({ reason: aside.facts.reason, purchaseDate: aside.facts.purchaseDate }).toEqual({ reason: 'defective', purchaseDate: '2026-10-30' });
    expect(takeIn(plc, known, said, TODAY, POLICIES, { expecting: 'reason' }).facts.reason).toBe('unwanted');
    expect(takeIn(plc, known, said, TODAY, POLICIES, { expecting: 'purchaseDate', intents: ['correction'] }).facts.reason).toBe('unwanted');
    // One fault for another is the customer's to give (a refinement: "it never worked at all").
    expect(takeIn(plc, known, { reason: 'dead_on_arrival' }, TODAY, POLICIES, { expecting: 'purchaseDate' }).facts.reason).toBe('dead_on_arrival');
  });

  it('a country only named later ("it was bought in the USA") does not move where a drive is sent from; one said as home does', () => {
    const plextor = POLICIES.get('plextor-eu')!;
    const known = { reason: 'defective', purchaseDate: '2026-06-28', country: 'SE' } as const;
    const named = takeIn(plextor, known, { country: 'US' }, TODAY, POLICIES, { countryNamedOnly: true });
    expect({ country: named.facts.country, outcome: named.decision.outcome }).toEqual({ country: 'SE', outcome: 'approved' });
    const moved = takeIn(plextor, known, { country: 'US' }, TODAY, POLICIES);
    expect({ country: moved.facts.country, outcome: moved.decision.outcome }).toEqual({ country: 'US', outcome: 'referred' });
  });

  it('takes a month said without its day where any day of it decides the same, and asks the day where it would not', () => {
    const plextor = POLICIES.get('plextor-eu')!;
    const known = { country: 'DE', invoiceCopy: true } as const;
    // In warranty whichever day of March: taken.
    const march = takeIn(plextor, known, { reason: 'defective', purchaseDate: '2026-03-01' }, TODAY, POLICIES, {
      dateSpans: { purchaseDate: { latest: '2026-03-31' } },
    });
    expect({ date: march.facts.purchaseDate, outcome: march.decision.outcome }).toEqual({ date: '2026-03-01', outcome: 'approved' });
    // Dead on arrival "in November": within 15 days on the 22nd, not on the 1st: the day is asked.
    const november = takeIn(plextor, known, { reason: 'dead_on_arrival', purchaseDate: '2026-11-01' }, TODAY, POLICIES, {
      dateSpans: { purchaseDate: { latest: TODAY } },
    });
    expect({ date: november.facts.purchaseDate, missing: november.decision.missing }).toEqual({ date: undefined, missing: ['purchaseDate'] });
  });

  it('drops what cannot be true, says why, and keeps the rest of the message', () => {
    const intake = takeIn(plc, { purchaseDate: '2026-11-10' }, { reason: 'unwanted', deliveryDate: '2026-11-02' }, TODAY, POLICIES);
    expect(intake.refused).toEqual([{ field: 'deliveryDate', problem: expect.stringContaining('before purchaseDate') }]);
    expect(intake.facts).toEqual({ purchaseDate: '2026-11-10', reason: 'unwanted' });
    expect(intake.decision.outcome).toBe('approved');
  });

  it('damaged on arrival and not working: a manufacturer who refers delivery damage services the fault, the damage kept as said', () => {
    const plextor = POLICIES.get('plextor-eu')!;
    const said = { reason: 'damaged_on_delivery', purchaseDate: '2026-11-12', country: 'FR', invoiceCopy: true } as const;
    const referred = takeIn(plextor, {}, said, TODAY, POLICIES);
    const serviced = takeIn(plextor, {}, said, TODAY, POLICIES, { faultBesideDamage: 'dead_on_arrival' });
    // Without the fault, delivery damage is the seller's; with it, DOA fails on the damage and the standard service applies.
    expect(referred.decision.outcome).toBe('referred');
    expect({ outcome: serviced.decision.outcome, track: serviced.decision.track, damaged: serviced.facts['item.damaged'] }).toEqual({
      outcome: 'approved',
      track: 'in_warranty',
      damaged: true,
    });
    // A retailer that takes delivery damage itself keeps it as it is.
    expect(
      takeIn(plc, {}, { reason: 'damaged_on_delivery', deliveryDate: '2026-11-20' }, TODAY, POLICIES, { faultBesideDamage: 'defective' }).decision.track,
    ).toBe('delivery_damage');
  });

  it('asks only what the customer alone can tell', () => {
    expect(takeIn(plc, {}, { reason: 'unwanted' }, TODAY, POLICIES).decision.missing).toEqual(['deliveryDate']);
  });
});

// First messages as customers wrote them (blind runs), each sent once by chat and once by email.
const FIRST_MESSAGES: [policy: string, text: string][] = [
  ['plc-technologies', 'Hi, the kettle I ordered came on Monday but it is black, I ordered the white one.'],
  ['plc-technologies', 'I changed my mind about the headphones, they arrived 3 weeks ago and are still sealed. I want a refund.'],
  ['plc-technologies', 'My laptop was delivered on 28 July and last week the keyboard stopped working. I did not drop it or spill anything on it.'],
  ['plc-technologies', 'The router came yesterday but the power adapter is missing from the box.'],
  ['plextor-eu', 'Hello, my Plextor drive bought on 18 November never worked, the computer does not see it. I live in Lyon, France and have the receipt.'],
  ['plextor-eu', 'My Plextor DVD drive bought 14 months ago stopped reading discs. I am in the UK and have the invoice.'],
];

describe('the same words by chat and by email', () => {
  it.each(FIRST_MESSAGES)('%s: %s', async (policy, text) => {
    // By email: one message to the merchant's address.
    const email = inboundApp(TODAY);
    await email.handle(
      new TextEncoder().encode(
        `From: Ann Example <ann@example.com>\r\nTo: ${policy}@rma.localhost\r\nSubject: return\r\nMessage-ID: <same-words@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n`,
      ),
      { recipients: [`${policy}@rma.localhost`], verdicts: { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } },
    );
    const byEmail = [...email.store.cases.values()][0]!;
    // By chat: the same words as the first message, then name, email and "yes".
    const chat = await converse({ policy, asOf: TODAY, knows: {}, firstMessage: 'everything', text });
    const byChat = [...chat.store.cases.values()][0];
    if (byEmail.decision.outcome === 'need_info') {
      // Undecided either way: the chat asks first what the email asked first, and registers nothing.
      expect({ asked: chat.asked[0], registered: byChat !== undefined }).toEqual({ asked: byEmail.decision.missing[0], registered: false });
      return;
    }
    const view = (c: typeof byEmail) => ({ facts: { ...c.facts }, outcome: c.decision.outcome, track: c.decision.track, missing: c.decision.missing });
    expect(view(byChat!)).toEqual(view(byEmail));
  });
});

describe('the questions', () => {
  it('the form labels the fields the rules may ask about with the chat’s own questions', () => {
    const page = formPage({ policies: POLICIES });
    for (const fact of ['reason', 'purchaseDate', 'deliveryDate', 'country'] as const) expect(page).toContain(escapeHtml(QUESTIONS[fact].text));
    for (const option of QUESTIONS.reason.options ?? []) expect(page).toContain(escapeHtml(option.label));
  });
});

describe('in the merchant’s terms', () => {
  it('for PLC, the warranty a customer names (on the box) is the supplier warranty the policy asks about', () => {
    const intake = takeIn(plc, {}, { reason: 'defective', deliveryDate: '2026-03-22', 'product.warrantyMonths': 24 }, TODAY, POLICIES);
    expect(intake.facts).toEqual({ reason: 'defective', deliveryDate: '2026-03-22', 'product.supplierWarrantyMonths': 24 });
    expect({ outcome: intake.decision.outcome, track: intake.decision.track }).toEqual({ outcome: 'approved', track: 'supplier_warranty' });
  });

  it('a blender 8 months old whose box says "2 year warranty" is decided from the first chat message', async () => {
    const chat = await converse({
      policy: 'plc-technologies',
      asOf: TODAY,
      knows: {},
      firstMessage: 'everything',
      text: 'my blender was delivered about 8 months ago and has stopped working, the box says 2 year warranty',
    });
    expect(chat.asked).toEqual([]);
    expect([...chat.store.cases.values()][0]?.decision.track).toBe('supplier_warranty');
  });
});

describe('where the parcel goes', () => {
  it('a customer who posts it to a merchant whose settings name no address is sent one by staff (flagged), and told to wait', async () => {
    const { app } = testApp({ policies: withoutReturnAddress('plextor-eu') });
    const plextor = await app.createCase(PLEXTOR_DOA, { channel: 'form' });
    const plcCase = await app.createCase(PLC_UNWANTED, { channel: 'form' });
    expect(plextor.kind === 'created' && plextor.case.flags).toEqual([SEND_ADDRESS]);
    expect(plcCase.kind === 'created' && plcCase.case.flags).toEqual([]);
  });
  it('with the address in the merchant’s settings, nobody needs to send it', async () => {
    const { app } = testApp();
    const plextor = await app.createCase(PLEXTOR_DOA, { channel: 'form' });
    expect(plextor.kind === 'created' && plextor.case.flags).toEqual([]);
  });
});
