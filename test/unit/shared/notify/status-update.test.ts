import type { Case } from '../../../../shared/cases';
import { renderDecisionUpdate } from '../../../../shared/notify/confirmation';
import { EMAIL_TEXT, UPDATE_TEXT } from '../../../../shared/notify/email-text';
import { escapeHtml } from '../../../../shared/notify/html';
import { renderStatusUpdate, type StatusUpdate } from '../../../../shared/notify/status-update';
import { PHOTO_LIMITS } from '../../../../shared/photos/limits';
import { POLICIES, type Policy } from '../../../../shared/rules';
import { PLC_UNWANTED } from '../../../support/fakes';
import { newCase, PLC_DEFECTIVE, staffApp } from '../../../support/staff';

const plc = POLICIES.get('plc-technologies') as Policy;
const promise = { days: 21, since: '2026-03-20', lastDay: '2026-04-10' };

async function aCase(request: object = PLC_DEFECTIVE): Promise<Case> {
  const { app, store } = staffApp();
  const { rma } = await newCase(app, request);
  return (await store.get(rma)) as Case;
}

describe('status update emails', () => {
  it.each<[StatusUpdate, string, string[]]>([
    [{ kind: 'received' }, UPDATE_TEXT.subjects.received, [UPDATE_TEXT.received]],
    [{ kind: 'repairing', promise }, UPDATE_TEXT.subjects.repairing, [UPDATE_TEXT.repairing, UPDATE_TEXT.promise(21, '2026-04-10')]],
    [{ kind: 'replacing' }, UPDATE_TEXT.subjects.replacing, [UPDATE_TEXT.replacing]],
    [{ kind: 'resolved', resolution: 'returned_unrepaired' }, UPDATE_TEXT.subjects.resolved, [UPDATE_TEXT.resolved.returned_unrepaired]],
    [{ kind: 'cancelled', by: 'customer' }, UPDATE_TEXT.subjects.cancelled, [UPDATE_TEXT.cancelled.customer]],
    [
      { kind: 'sla_offer', work: 'replacing', promise },
      UPDATE_TEXT.subjects.slaOffer,
      [UPDATE_TEXT.slaLate('replacement', 21, '2026-03-20'), UPDATE_TEXT.slaChoice, UPDATE_TEXT.slaWait('replacement')],
    ],
  ])('%o: the subject names the RMA, text and HTML say the same, and where the link is', async (update, subject, lines) => {
    // Prepare
    const c = await aCase();
    // Act
    const mail = renderStatusUpdate(c, plc, update);
    // Assess
    expect(mail.to).toBe(PLC_DEFECTIVE.contact.email);
    expect(mail.subject).toBe(UPDATE_TEXT.subject(plc.merchant.name, c.rma, subject));
    for (const line of [...lines, UPDATE_TEXT.update(plc.merchant.name, c.rma), EMAIL_TEXT.statusLinkInConfirmation, EMAIL_TEXT.autoNote]) {
      expect(mail.text).toContain(line);
      expect(mail.html).toContain(escapeHtml(line));
    }
    expect(mail.text).not.toContain('/status/');
  });

  it('escapes what the customer typed in the HTML', async () => {
    // The form refuses such a name; the email is escaped all the same, whatever a channel let through.
    const stored = await aCase();
    const c = { ...stored, contact: { email: 'x@example.com', name: '<b>Bea</b>' } };
    const mail = renderStatusUpdate(c, plc, { kind: 'received' });
    expect(mail.html).toContain(escapeHtml(EMAIL_TEXT.greeting('<b>Bea</b>')));
    expect(mail.html).not.toContain('<b>');
  });
});

describe('the decision written again', () => {
  it('before the parcel is sent: the photos are asked for through the link in the confirmation', async () => {
    // Prepare: damaged on delivery, four days ago: photos wanted
    const c = await aCase({ ...PLC_UNWANTED, reason: 'damaged_on_delivery', deliveryDate: '2026-03-16' });
    // Act
    const mail = renderDecisionUpdate(c, plc, 'reassessed', { packing: true });
    // Assess
    expect(mail.subject).toBe(UPDATE_TEXT.subject(plc.merchant.name, c.rma, UPDATE_TEXT.subjects.reassessed));
    expect(mail.text).toContain(UPDATE_TEXT.photosHowByConfirmation(PHOTO_LIMITS.maxPerCase));
    expect(mail.text).toContain(EMAIL_TEXT.packing.toUpperCase());
    expect(mail.text).not.toContain('/status/');
  });

  it('once the parcel is in: no packing instructions, no photos', async () => {
    const c = await aCase({ ...PLC_UNWANTED, reason: 'damaged_on_delivery', deliveryDate: '2026-03-16' });
    const mail = renderDecisionUpdate(c, plc, 'reassessed', { packing: false });
    expect(mail.text).not.toContain(EMAIL_TEXT.packing.toUpperCase());
    expect(mail.text).not.toContain(EMAIL_TEXT.photos.toUpperCase());
    expect(mail.text).toContain(UPDATE_TEXT.reassessed(plc.merchant.name, c.rma));
  });
});
