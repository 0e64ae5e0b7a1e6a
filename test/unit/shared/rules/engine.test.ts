import { BOOLEAN_FACTS, decide, evaluate, NUMBER_FACTS, PHOTO_LABELS, PolicyGapError, type PolicyInput } from '../../../../shared/rules';
import { policySchema } from '../../../../shared/rules/policy.schema';

const TODAY = '2026-11-22';

describe('need_info', () => {
  it('asks for the reason first when nothing is known', () => {
    const d = decide({ policy: 'plc-technologies', asOf: '2026-03-10' }, TODAY);
    expect(d.outcome).toBe('need_info');
    expect(d.missing[0]).toBe('reason');
    expect(d.track).toBeUndefined();
  });

  it('asks only what only the customer can tell: an unwanted return with only the reason waits for the delivery date alone', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'unwanted', asOf: '2026-03-10' }, TODAY);
    expect(d.missing).toEqual(['deliveryDate']);
    expect(d.presumed).toEqual([]);
  });

  it('does not ask about the software seal of hardware', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'unwanted', asOf: '2026-03-10', product: { category: 'hardware' } }, TODAY);
    expect(d.missing).not.toContain('item.softwareOpened');
  });

  it('decides without asking what cannot change it: a broken seal declines whatever the product facts', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'unwanted', asOf: '2026-03-10', deliveryDate: '2026-03-04', item: { sealsIntact: false } }, TODAY);
    expect({ outcome: d.outcome, track: d.track, missing: d.missing }).toEqual({ outcome: 'declined', track: 'not_returnable', missing: [] });
  });

  it('names the track when every open possibility shares it', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'wrong_item', asOf: '2026-03-10', item: {} }, TODAY);
    expect(d.outcome).toBe('approved');
    const late = decide({ policy: 'plc-technologies', reason: 'damaged_on_delivery', asOf: '2026-03-10' }, TODAY);
    expect({ outcome: late.outcome, track: late.track, missing: late.missing }).toEqual({
      outcome: 'need_info',
      track: 'delivery_damage',
      missing: ['deliveryDate'],
    });
  });

  it('asks for the supplier warranty only after 6 months, and only once the delivery date is known', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'defective', deliveryDate: '2026-01-04', asOf: '2026-11-04' }, TODAY);
    expect(d.missing).toEqual(['product.supplierWarrantyMonths']);
    const early = decide({ policy: 'plc-technologies', reason: 'defective', deliveryDate: '2026-01-04', asOf: '2026-03-04' }, TODAY);
    expect(early.outcome).toBe('approved');
    const undated = decide({ policy: 'plc-technologies', reason: 'defective', asOf: '2026-03-04' }, TODAY);
    expect(undated.missing).toEqual(['deliveryDate']);
  });

  it('says in its notes what it still needs, in words', () => {
    const d = decide({ policy: 'plextor-eu', reason: 'defective', asOf: '2026-03-10' }, TODAY);
    expect(d.notes[0]).toBe('To decide, we still need the country the product ships back from; the purchase (invoice) date.');
  });
});

describe('decisions', () => {
  it('presumes what the parcel or the order will show, and says so in one sentence each', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'unwanted', deliveryDate: '2026-03-04', asOf: '2026-03-10' }, TODAY);
    expect({ outcome: d.outcome, track: d.track, missing: d.missing }).toEqual({ outcome: 'approved', track: 'unwanted_return', missing: [] });
    expect(d.presumed).toEqual(
      expect.arrayContaining(['item.modified', 'product.customOrder', 'product.condition', 'item.used', 'item.sealsIntact', 'item.accessoriesComplete']),
    );
    const arrival = d.notes.filter((n) => n.includes('checked when it arrives'));
    expect(arrival).toEqual([
      expect.stringMatching(
        /^This is provided it comes back as it was delivered \(not modified\), unused, undamaged, .* and with all its accessories and parts; that is checked when it arrives\.$/,
      ),
    ]);
    expect(d.notes.filter((n) => n.includes('checked against your order'))).toHaveLength(1);
    expect(d.trace[0]!.checks[0]).toEqual({ test: 'item.modified is true', held: 'no', saw: false, assumed: true });
  });

  it('a Plextor drive the customer says they dropped stays in-warranty service (the contract), and says the warranty terms decide the drop', () => {
    const base = { policy: 'plextor-eu', reason: 'defective', purchaseDate: '2025-09-22', country: 'CZ', asOf: TODAY } as const;
    const dropped = decide({ ...base, defectCause: 'misuse', item: { damaged: true } }, TODAY);
    expect({ outcome: dropped.outcome, track: dropped.track }).toEqual({ outcome: 'approved', track: 'in_warranty' });
    expect(dropped.clauses).toContain('plextor.warranty.cause-said');
    expect(dropped.notes.some((n) => n.startsWith('You told us the drive is damaged, or what caused the fault'))).toBe(true);
    const plain = decide(base, TODAY);
    expect(plain.clauses).not.toContain('plextor.warranty.cause-said');
  });

  it('a faulty Unboxed Deal is told it is replaced by another Unboxed Deal, not a new product; a new one is not told so', () => {
    const base = { policy: 'plc-technologies', reason: 'defective', deliveryDate: '2026-02-01', asOf: '2026-03-10' } as const;
    const unboxed = decide({ ...base, product: { condition: 'unboxed_deal' } }, TODAY);
    expect({ outcome: unboxed.outcome, track: unboxed.track }).toEqual({ outcome: 'approved', track: 'standard_warranty' });
    expect(unboxed.clauses).toContain('plc.unboxed.replacement');
    expect(unboxed.notes.some((n) => n.includes('another Unboxed Deal or used product of the same kind'))).toBe(true);
    expect(decide(base, TODAY).clauses).not.toContain('plc.unboxed.replacement');
  });

  it('a code or download goes back without a parcel: nothing collected, packed or photographed, and only its being unused is a condition', () => {
    const base = { policy: 'plc-technologies', reason: 'unwanted', purchaseDate: '2026-03-05', asOf: '2026-03-10', product: { category: 'software' } } as const;
    const code = decide({ ...base, product: { ...base.product, digital: true } }, TODAY);
    expect({ outcome: code.outcome, transport: code.transport, packing: code.packing, photos: code.photos }).toEqual({
      outcome: 'approved',
      transport: 'none',
      packing: [],
      photos: [],
    });
    expect(code.documents).not.toContain('rma_number_on_parcel');
    expect(code.notes.join(' ')).toContain('has not been used (activated)');
    expect(code.notes.join(' ')).not.toContain('checked when it arrives');
    expect(code.presumed.filter((p) => p.startsWith('item.')).sort()).toEqual(['item.softwareOpened', 'item.used']);
    // The same return in a box is collected, as before.
    const boxed = decide(base, TODAY);
    expect({ transport: boxed.transport, arrival: boxed.notes.some((n) => n.includes('checked when it arrives')) }).toEqual({
      transport: 'collection',
      arrival: true,
    });
  });

  it('a stated fact wins over its presumption and is not listed as presumed', () => {
    const d = decide(
      { policy: 'plc-technologies', reason: 'unwanted', deliveryDate: '2026-03-04', asOf: '2026-03-10', item: { used: false, sealsIntact: true } },
      TODAY,
    );
    expect(d.outcome).toBe('approved');
    expect(d.presumed).not.toContain('item.used');
    expect(d.presumed).not.toContain('item.sealsIntact');
    expect(d.notes.join(' ')).not.toContain('unused,');
  });

  it('a refusal says nothing is checked on arrival: presumptions in the customer’s favour are not stated', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'unwanted', deliveryDate: '2026-03-04', asOf: '2026-03-10', item: { used: true } }, TODAY);
    expect({ outcome: d.outcome, presumed: d.presumed }).toEqual({ outcome: 'declined', presumed: [] });
    expect(d.notes.join(' ')).not.toMatch(/checked (when it arrives|against)/);
  });

  it('a refusal that is not about time says nothing of how the time limit was counted', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'unwanted', purchaseDate: '2026-03-04', asOf: '2026-03-10', item: { sealsIntact: false } }, TODAY);
    expect(d.outcome).toBe('declined');
    expect(d.notes.join(' ')).not.toContain('time limit was counted');
    const late = decide({ policy: 'plc-technologies', reason: 'unwanted', purchaseDate: '2026-01-04', asOf: '2026-03-08' }, TODAY);
    expect(late.notes.join(' ')).toContain('time limit was counted');
  });

  it('a defect with no cause given goes on, and the decision names the causes that are excluded', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'defective', deliveryDate: '2026-03-04', asOf: '2026-04-04' }, TODAY);
    expect({ outcome: d.outcome, track: d.track }).toEqual({ outcome: 'approved', track: 'standard_warranty' });
    expect(d.presumed).toContain('defectCause');
    expect(d.notes.join(' ')).toMatch(/wear and tear, misuse, a power surge/);
  });

  it('a Plextor DOA presumes the invoice copy, requires it, and says what happens without it', () => {
    const d = decide({ policy: 'plextor-eu', reason: 'dead_on_arrival', country: 'BE', purchaseDate: '2026-05-04', asOf: '2026-05-11' }, TODAY);
    expect({ outcome: d.outcome, track: d.track }).toEqual({ outcome: 'approved', track: 'doa' });
    expect(d.documents).toEqual(expect.arrayContaining(['invoice_copy', 'rma_number_on_parcel']));
    expect(d.presumed).toEqual(expect.arrayContaining(['invoiceCopy', 'item.damaged']));
    expect(d.notes.join(' ')).toContain('Without a copy of it in the parcel');
    const none = decide(
      { policy: 'plextor-eu', reason: 'dead_on_arrival', country: 'BE', purchaseDate: '2026-05-04', asOf: '2026-05-11', invoiceCopy: false },
      TODAY,
    );
    expect(none.track).toBe('in_warranty');
  });

  it('assumes the 24-month Plextor warranty when the length is unknown, and says so', () => {
    const d = decide({ policy: 'plextor-eu', reason: 'defective', country: 'BE', purchaseDate: '2026-05-01', asOf: '2027-01-10' }, TODAY);
    expect(d.deadlines).toEqual({ warrantyEnds: '2028-05-01' });
    expect(d.notes.join(' ')).toContain('24-month warranty');
  });

  it('counts from the purchase date when the delivery date is unknown, and says so only where the limit is missed', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'damaged_on_delivery', purchaseDate: '2026-03-04', asOf: '2026-03-08' }, TODAY);
    expect(d.outcome).toBe('approved');
    expect(d.deadlines).toEqual({ notifyBy: '2026-03-11' });
    // Met from the purchase date, it is met from any later delivery: nothing to say.
    expect(d.notes.join(' ')).not.toContain('time limit was counted');
    const late = decide({ policy: 'plc-technologies', reason: 'unwanted', purchaseDate: '2026-01-04', asOf: '2026-03-08' }, TODAY);
    expect(late.outcome).toBe('review');
    expect(late.notes.join(' ')).toContain('counted from the purchase (invoice) date (4 January 2026)');
  });

  it('gives the deadline of the window that applied', () => {
    const d = decide(
      {
        policy: 'plextor-eu',
        reason: 'dead_on_arrival',
        country: 'DE',
        purchaseDate: '2026-05-01',
        asOf: '2026-05-11',
        invoiceCopy: true,
        item: { damaged: false },
      },
      TODAY,
    );
    expect(d.deadlines).toEqual({ notifyBy: '2026-05-16' });
  });

  it('adds the pro-forma invoice outside the EC, not for Norway', () => {
    const facts = { policy: 'plextor-eu', reason: 'defective', purchaseDate: '2026-05-01', asOf: '2026-06-01' };
    expect(decide({ ...facts, country: 'TR' }, TODAY).documents).toEqual(['rma_number_on_parcel', 'signed_proforma_invoice']);
    expect(decide({ ...facts, country: 'NO' }, TODAY).documents).toEqual(['rma_number_on_parcel']);
  });

  it('packs every approved PLC return the same three ways, and cites the packing clause', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'wrong_item', asOf: '2026-03-10' }, TODAY);
    expect(d.packing).toHaveLength(3);
    expect(d.clauses).toContain('plc.packing.prepare');
    expect(d.documents).toContain('rma_number_on_parcel');
  });

  it('reminds of statutory rights on a declined PLC return, and gives no packing', () => {
    const d = decide({ policy: 'plc-technologies', reason: 'unwanted', product: { customOrder: true }, asOf: '2026-03-10' }, TODAY);
    expect(d.notes).toContain('Nothing in this policy limits your statutory rights.');
    expect(d.packing).toEqual([]);
    expect(d.documents).toEqual([]);
  });

  it('records the policy version', () => {
    const d = decide({ policy: 'plextor-eu', reason: 'unwanted', asOf: '2026-03-10' }, TODAY);
    expect(d.policyVersion).toMatch(/\S/);
  });
});

describe('photos the desk needs', () => {
  const plcDelivery = (reason: string) => ({ policy: 'plc-technologies', reason, deliveryDate: '2026-03-04', asOf: '2026-03-08' });
  const plextorDoa = {
    policy: 'plextor-eu',
    reason: 'dead_on_arrival',
    country: 'DE',
    purchaseDate: '2026-05-01',
    asOf: '2026-05-11',
    invoiceCopy: true,
    item: { damaged: false },
  };

  it.each([
    ['damage reported within 7 days (PLC)', plcDelivery('damaged_on_delivery'), ['damage', 'packaging', 'serial_label']],
    ['missing parts reported within 7 days (PLC)', plcDelivery('missing_parts'), ['contents', 'packaging', 'serial_label']],
    ['a drive dead on arrival (Plextor)', plextorDoa, ['serial_label', 'fault']],
  ])('%s: lists the photos for its reason', (_name, facts, photos) => {
    // Act
    const d = decide(facts, TODAY);

    // Assess
    expect({ outcome: d.outcome, photos: d.photos }).toEqual({ outcome: 'approved', photos });
    expect(d.photos.every((p) => PHOTO_LABELS[p].length > 0)).toBe(true);
  });

  it.each([
    ['a wrong item', { policy: 'plc-technologies', reason: 'wrong_item', asOf: '2026-03-10' }],
    [
      'a defect in the Standard Warranty',
      { policy: 'plc-technologies', reason: 'defective', defectCause: 'manufacturing', deliveryDate: '2026-03-04', asOf: '2026-04-04' },
    ],
    ['a modified product', { ...plcDelivery('damaged_on_delivery'), item: { modified: true } }],
    ['a drive in warranty', { policy: 'plextor-eu', reason: 'defective', country: 'DE', purchaseDate: '2026-05-01', asOf: '2026-06-01' }],
    ['a DOA without the invoice (standard RMA)', { ...plextorDoa, invoiceCopy: false }],
    ['delivery damage sent to Plextor (the seller handles it)', { policy: 'plextor-eu', reason: 'damaged_on_delivery', asOf: '2026-03-10' }],
    ['need_info', { policy: 'plc-technologies', reason: 'missing_parts', asOf: '2026-03-10' }],
  ])('%s: no photos', (_name, facts) => {
    // Act
    const d = decide(facts, TODAY);

    // Assess
    expect(d.photos).toEqual([]);
  });

  it('asks for the date before deciding whether photos are needed', () => {
    // Act
    const d = decide({ policy: 'plc-technologies', reason: 'damaged_on_delivery', asOf: '2026-03-10' }, TODAY);

    // Assess
    expect({ outcome: d.outcome, missing: d.missing, photos: d.photos }).toEqual({ outcome: 'need_info', missing: ['deliveryDate'], photos: [] });
  });
});

describe('a policy with a gap', () => {
  const gappy: PolicyInput = {
    id: 'gappy',
    version: '1',
    clausePrefix: 'gap',
    source: { title: 't', file: 'f' },
    merchant: { name: 'Gap', kind: 'retailer', howToRequest: 'ask', remedyAfter: 'inspection', remedyChosenBy: 'customer', mentionedAs: ['gap'] },
    locale: { language: 'en', dateOrder: 'DMY' },
    tracks: ['t'],
    windows: {},
    askOrder: ['reason'],
    clauses: [
      {
        id: 'gap.only',
        title: 't',
        quote: ['q'],
        decides: { when: { fact: 'reason', is: 'unwanted' }, then: { outcome: 'approved', track: 't', transport: 'send', notes: ['n'] } },
      },
      {
        id: 'gap.never',
        title: 't',
        quote: ['q'],
        adds: { when: { all: [{ outcome: ['declined'] }, { fact: 'reason', is: 'unwanted' }] }, then: { notes: ['x'] } },
      },
    ],
  };

  it('throws PolicyGapError where no clause decides (a bug in the data, found by the property tests)', () => {
    const policy = policySchema.parse(gappy);
    expect(() => evaluate(policy, { policy: 'gappy', reason: 'wrong_item', asOf: '2026-01-01' })).toThrow(PolicyGapError);
    const d = evaluate(policy, { policy: 'gappy', reason: 'unwanted', asOf: '2026-01-01' });
    expect(d.trace.find((t) => t.clause === 'gap.never')?.held).toBe('no');
    expect(d.notes).toEqual(['n']);
  });
});

describe('fact kinds, read from the schema', () => {
  it('knows which facts are yes/no and which are numbers', () => {
    expect(NUMBER_FACTS).toEqual(['product.warrantyMonths', 'product.supplierWarrantyMonths']);
    expect(BOOLEAN_FACTS).toHaveLength(13);
    expect(BOOLEAN_FACTS).toEqual(expect.arrayContaining(['invoiceCopy', 'product.customOrder', 'product.directWarranty', 'item.softwareOpened']));
  });
});
