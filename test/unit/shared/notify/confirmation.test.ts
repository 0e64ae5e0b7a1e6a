import { createCaseRequestSchema, type CreateCaseRequest } from '../../../../shared/cases';
import { EMAIL_TEXT } from '../../../../shared/notify/email-text';
import { escapeHtml } from '../../../../shared/notify/html';
import { PHOTO_LIMITS } from '../../../../shared/photos/limits';
import { CUSTOMER_PAYS_LABELS, DOCUMENT_LABELS, PHOTO_LABELS, type PhotoKind } from '../../../../shared/rules';
import { PLC_UNWANTED, PLEXTOR_DOA, testApp } from '../../../support/fakes';

async function confirmation(request: unknown, options: { asTheEdgeChecks?: boolean; language?: 'de' | 'fr' } = {}) {
  const { app, mailer } = testApp();
  const parsed = options.asTheEdgeChecks === false ? (request as CreateCaseRequest) : createCaseRequestSchema.parse(request);
  const result = await app.createCase(parsed, options.language ? { language: options.language } : {});
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
      'Unwanted products: 30 days, as new, refunded less shipping',
      'you log a return on the Website within 30 days of delivery to you or collection by you of the unwanted product.',
      `What you pay: ${CUSTOMER_PAYS_LABELS.original_shipping}.`,
      DOCUMENT_LABELS.rma_number_on_parcel,
      '1. Package the product safely and securely to protect it in transit.',
      'Contact PLC Technologies: support@plctechnologies.co.za or +27 (0) 82 458 5881.',
      statusUrl,
    ]) {
      expect(mail.text).toContain(part);
    }
    expect(mail.html).toContain(`<a href="${statusUrl.replace(/&/g, '&amp;')}">`);
    // The customer reads the policy's words, not the desk's clause ids.
    expect(mail.text).not.toContain('[plc.unwanted.window-30-days]');
  });

  it.each([
    ['fr', 'Plextor Europe publie ses conditions en anglais\u00a0: elles sont citées ci-dessous telles qu’elles sont écrites.'],
    ['de', 'Plextor Europe veröffentlicht seine Bedingungen auf Englisch: Sie werden unten im Wortlaut zitiert.'],
  ] as const)('in %s, says above the quotes that the policy is quoted in English, as published (blind run BJ)', async (language, line) => {
    // Prepare / Act
    const { mail } = await confirmation(PLEXTOR_DOA, { language });
    const english = await confirmation(PLEXTOR_DOA);
    // Assess
    const at = mail.text.indexOf(line);
    expect(at).toBeGreaterThan(-1);
    expect(mail.text.indexOf('“', at)).toBeGreaterThan(at);
    expect(english.mail.text).not.toMatch(/publie ses conditions|veröffentlicht seine Bedingungen|quoted as/);
  });

  it('says what to do before the policy words it rests on', async () => {
    const { mail } = await confirmation(PLC_UNWANTED);
    const at = (heading: string) => mail.text.indexOf(heading.toUpperCase());
    const why = at(EMAIL_TEXT.why('PLC Technologies'));
    expect([at(EMAIL_TEXT.decision), at(EMAIL_TEXT.terms), at(EMAIL_TEXT.packing)].every((i) => i >= 0 && i < why)).toBe(true);
  });

  it('a DOA lists the invoice copy and not the notice deadline the customer has already met', async () => {
    const { mail } = await confirmation(PLEXTOR_DOA);
    expect(mail.text).toContain('a copy of the purchase invoice');
    expect(mail.text).not.toContain('Last day to tell us');
  });

  it('escapes what the customer typed in the HTML, and keeps it out of the subject', async () => {
    // The form refuses such a name; the email is escaped all the same, whatever the channel let through.
    const { mail } = await confirmation(
      { ...PLC_UNWANTED, contact: { email: 'ann@example.com', name: '<img src=x onerror=alert(1)>' } },
      { asTheEdgeChecks: false },
    );
    expect(mail.html).toContain('Hello &lt;img src=x onerror=alert(1)&gt;,');
    expect(mail.html).not.toContain('<img');
    expect(mail.subject).not.toContain('img');
  });

  it('a declined return is answered in writing, without packing instructions', async () => {
    const { mail } = await confirmation({ ...PLC_UNWANTED, product: { customOrder: true } });
    expect(mail.text).toContain(EMAIL_TEXT.notApproved.declined);
    expect(mail.text).not.toContain('HOW TO PACK IT');
  });

  describe('photos', () => {
    /** Damaged on delivery, four days before the fixed clock's day: within the 7 days. */
    const PLC_DAMAGED = { policy: PLC_UNWANTED.policy, contact: PLC_UNWANTED.contact, reason: 'damaged_on_delivery', deliveryDate: '2026-03-16' };
    const howTo = EMAIL_TEXT.photosHow(PHOTO_LIMITS.maxPerCase);
    const count = (text: string, part: string) => text.split(part).length - 1;

    it.each<[string, object, PhotoKind[]]>([
      ['damaged on delivery (PLC)', PLC_DAMAGED, ['damage', 'packaging', 'serial_label']],
      ['missing parts (PLC)', { ...PLC_DAMAGED, reason: 'missing_parts' }, ['contents', 'packaging', 'serial_label']],
      ['dead on arrival (Plextor)', PLEXTOR_DOA, ['serial_label', 'fault']],
    ])('%s: asks for its photos, in text and HTML, with the status page link', async (_name, request, kinds) => {
      // Act
      const { mail, statusUrl } = await confirmation(request);

      // Assess
      const section = mail.text.slice(mail.text.indexOf(EMAIL_TEXT.photos.toUpperCase()));
      for (const kind of kinds) expect(section).toContain(`  - ${PHOTO_LABELS[kind]}`);
      expect(section).toContain(`  ${howTo}\n  ${statusUrl}\n`);
      expect(count(mail.text, statusUrl)).toBe(2);
      for (const kind of kinds) expect(mail.html).toContain(`<li>${PHOTO_LABELS[kind]}</li>`);
      expect(mail.html).toContain(`<h2 style="font-size:1.1rem;margin-top:1.5rem">${EMAIL_TEXT.photos}</h2>`);
      expect(mail.html).toContain(`<p>${escapeHtml(howTo)}</p><p><a href="${escapeHtml(statusUrl)}">`);
      expect(count(mail.html, `<a href="${escapeHtml(statusUrl)}">`)).toBe(2);
    });

    it.each([
      ['an unwanted return', PLC_UNWANTED],
      ['a declined return', { ...PLC_UNWANTED, product: { customOrder: true } }],
      ['a DOA that becomes a standard RMA', { ...PLEXTOR_DOA, invoiceCopy: false }],
    ])('%s: no photo request, and the status link once', async (_name, request) => {
      // Act
      const { mail, statusUrl } = await confirmation(request);

      // Assess
      expect(mail.text).not.toContain(EMAIL_TEXT.photos.toUpperCase());
      expect(mail.text).not.toContain(howTo);
      expect(count(mail.text, statusUrl)).toBe(1);
      expect(mail.html).not.toContain(EMAIL_TEXT.photos);
      expect(count(mail.html, `<a href="${escapeHtml(statusUrl)}">`)).toBe(1);
    });
  });
});

describe('the greeting', () => {
  it.each([
    ['Ann Example', 'Hello Ann Example,'],
    ['María José de la Cruz', 'Hello María José de la Cruz,'],
    ['Your refund is ready click here to claim it', 'Hello,'],
    ['Pay the customs fee at evilshop dot com', 'Hello,'],
    ['ann@example.com', 'Hello,'],
  ])('%s → %s: the name only when it is short enough to be one, never a sentence for someone else', async (name, greeting) => {
    const { mail } = await confirmation({ ...PLC_UNWANTED, contact: { email: 'ann@example.com', name } }, { asTheEdgeChecks: false });
    expect(mail.text.split('\n')[0]).toBe(greeting);
    expect(mail.html).toContain(`<p>${greeting}</p>`);
  });
});
