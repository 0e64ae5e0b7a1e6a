import { decide, explain, PHOTO_LABELS, POLICIES } from '../../../../shared/rules';

const TODAY = '2026-11-22';
function text(facts: Record<string, unknown> & { policy: string; asOf: string }) {
  return explain(decide(facts, TODAY), POLICIES.get(facts.policy)!, facts.asOf);
}

describe('explain', () => {
  it('a DOA case: the outcome, the quoted conditions, what to send and how to pack, then the checks for staff', () => {
    const out = text({
      policy: 'plextor-eu',
      reason: 'dead_on_arrival',
      country: 'DE',
      asOf: '2026-05-11',
      purchaseDate: '2026-05-01',
      item: { damaged: false },
      invoiceCopy: true,
    });
    const [customer, staff] = out.split('— for staff: how the rules read it —');
    expect(customer).toContain('Decision: Approved — dead-on-arrival (DOA) replacement');
    expect(customer).toContain('“The problem is mentioned by written notice (fax or email) to Plextor support within 15 days after the purchase date.”');
    expect(customer).toContain('• a copy of the purchase invoice');
    expect(customer).toContain('Last day to tell us: 2026-05-16 (your request: 2026-05-11).');
    expect(customer).toContain('What you pay: nothing.');
    expect(customer).not.toMatch(/dead_on_arrival|item\.damaged/);
    expect(staff).toContain('✓ within 15 days after the purchase date: purchaseDate 2026-05-01, last day 2026-05-16, request on 2026-05-11');
    expect(staff).toContain('✗ not (country is in ec or country is in ec_equivalent or country is in non_ec_europe): DE');
  });

  it('delivery damage: the photos to send, in words, for the customer', () => {
    // Act
    const out = text({ policy: 'plc-technologies', reason: 'damaged_on_delivery', deliveryDate: '2026-03-04', asOf: '2026-03-08' });

    // Assess
    const [customer] = out.split('— for staff: how the rules read it —');
    for (const kind of ['damage', 'packaging', 'serial_label'] as const) expect(customer).toContain(`• ${PHOTO_LABELS[kind]}`);
    expect(customer).not.toContain(PHOTO_LABELS.contents);
  });

  it('a wrong item: no photos to send', () => {
    // Act
    const out = text({ policy: 'plc-technologies', reason: 'wrong_item', asOf: '2026-03-10' });

    // Assess
    for (const label of Object.values(PHOTO_LABELS)) expect(out).not.toContain(label);
  });

  it('need_info: lists what to tell us, in words', () => {
    const out = text({ policy: 'plc-technologies', reason: 'unwanted', asOf: '2026-03-10' });
    expect(out).toContain('Decision: More information needed');
    expect(out).toContain('  1. the date the product was delivered to or collected by you');
    expect(out).toContain('? plc.unwanted.window-30-days (decides)');
    expect(out).not.toContain('What you pay');
  });

  it('a late return: the fee, the merchant contact, and presumed facts marked', () => {
    const out = text({
      policy: 'plc-technologies',
      reason: 'unwanted',
      asOf: '2026-04-20',
      deliveryDate: '2026-03-04',
      product: { customOrder: false, condition: 'new', category: 'hardware' },
    });
    expect(out).toContain('A restocking fee of up to 20% may apply.');
    expect(out).toContain('What you pay: a restocking fee.');
    expect(out).toContain('Contact: support@plctechnologies.co.za · +27 (0) 82 458 5881.');
    expect(out).toContain('item.modified is true: false (presumed)');
    expect(out).toMatch(/presumed, not said by the customer \(check on arrival or against the order\): .*item\.modified/);
  });

  it('a standard warranty: the promised handling time', () => {
    const out = text({ policy: 'plc-technologies', reason: 'defective', defectCause: 'manufacturing', asOf: '2026-04-20', deliveryDate: '2026-03-04' });
    expect(out).toContain('Promised handling time: 21 days.');
    expect(out).toContain('What you can get: a repair, or a replacement, or a credit of the purchase price, or a refund.');
  });
});
