import { createCaseRequestSchema } from '../../../shared/cases';
import { EMAIL_TEXT } from '../../../shared/notify/email-text';
import { PLC_UNWANTED, PLEXTOR_DOA, testApp } from '../../support/fakes';

async function confirmation(request: unknown) {
  const { app, mailer } = testApp();
  const result = await app.createCase(createCaseRequestSchema.parse(request));
  if (result.kind === 'need_info') throw new Error('need_info');
  return { mail: mailer.sent[0]!, rma: result.case.rma, statusUrl: result.statusUrl };
}

describe('the confirmation email', () => {
  it('has the RMA number, the decision and why, terms, documents, packing, contact and the status link', async () => {
    const { mail, rma, statusUrl } = await confirmation(PLC_UNWANTED);
    expect(mail.subject).toBe(EMAIL_TEXT.subject('PLC Technologies', rma, 'approved'));
    for (const part of [
      rma,
      'Approved — return of an unwanted product',
      '[plc.unwanted.window-30-days]',
      'you log a return on the Website within 30 days of delivery to you or collection by you of the unwanted product.',
      'What you pay: the original shipping charge (kept from the refund).',
      'the RMA number, written clearly on the outside of the parcel',
      '1. Package the product safely and securely to protect it in transit.',
      'Contact PLC Technologies: support@plctechnologies.co.za or +27 (0) 82 458 5881.',
      statusUrl,
    ]) {
      expect(mail.text).toContain(part);
    }
    expect(mail.html).toContain(`<a href="${statusUrl.replace(/&/g, '&amp;')}">`);
  });

  it('a DOA lists the invoice copy and not the notice deadline the customer has already met', async () => {
    const { mail } = await confirmation(PLEXTOR_DOA);
    expect(mail.text).toContain('a copy of the purchase invoice');
    expect(mail.text).not.toContain('Last day to tell us');
  });

  it('escapes what the customer typed in the HTML, and keeps it out of the subject', async () => {
    const { mail } = await confirmation({ ...PLC_UNWANTED, contact: { email: 'ann@example.com', name: '<img src=x onerror=alert(1)>' } });
    expect(mail.html).toContain('Hello &lt;img src=x onerror=alert(1)&gt;,');
    expect(mail.html).not.toContain('<img');
    expect(mail.subject).not.toContain('img');
  });

  it('a declined return is answered in writing, without packing instructions', async () => {
    const { mail } = await confirmation({ ...PLC_UNWANTED, product: { customOrder: true } });
    expect(mail.text).toContain(EMAIL_TEXT.notApproved.declined);
    expect(mail.text).not.toContain('HOW TO PACK IT');
  });
});
