// SES's bounce and complaint events read into MailFeedback; the local SES's simulator writes the
// same shape (local/ses-gate.ts), so the two are read by one reader.
import { readSesFeedback } from '../../../../../shared/adapters/ses/ses-feedback';
import { simulated, simulatorEvent } from '../../../../../local/ses-gate';

const AT = '2026-04-01T10:00:00.000Z';
const mail = { messageId: 'm-1', destination: ['ann@example.com'], tags: { rma: ['RMA-9EW5QWH84'], 'ses:configuration-set': ['desk'] } };

describe('readSesFeedback', () => {
  it('a permanent bounce from event publishing (eventType), with the case from its tag', () => {
    const body = JSON.stringify({
      eventType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'General',
        bouncedRecipients: [{ emailAddress: 'ann@example.com', status: '5.1.1' }],
        timestamp: '2026-04-01T09:59:00Z',
      },
      mail,
    });
    expect(readSesFeedback(body, AT)).toEqual({
      kind: 'bounce',
      permanent: true,
      recipients: ['ann@example.com'],
      rma: 'RMA-9EW5QWH84',
      at: '2026-04-01T09:59:00.000Z',
    });
  });

  it('a transient bounce is read as not permanent; a notification (notificationType) as well as an event', () => {
    const body = JSON.stringify({
      notificationType: 'Bounce',
      bounce: { bounceType: 'Transient', bouncedRecipients: [{ emailAddress: 'ann@example.com' }] },
      mail,
    });
    expect(readSesFeedback(body, AT)).toMatchObject({ kind: 'bounce', permanent: false, at: AT });
  });

  it('a complaint', () => {
    const body = JSON.stringify({
      eventType: 'Complaint',
      complaint: { complainedRecipients: [{ emailAddress: 'ann@example.com' }] },
      mail: { messageId: 'm-2' },
    });
    expect(readSesFeedback(body, AT)).toEqual({ kind: 'complaint', permanent: true, recipients: ['ann@example.com'], at: AT });
  });

  it.each([
    ['a delivery', JSON.stringify({ eventType: 'Delivery', mail, delivery: {} })],
    ['no recipients', JSON.stringify({ eventType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [] }, mail })],
    ['not JSON', 'Subscription confirmed'],
    ['JSON that is no object', '42'],
  ])('%s is no feedback', (_what, body) => {
    expect(readSesFeedback(body, AT)).toBeUndefined();
  });
});

describe('the local SES’s mailbox simulator', () => {
  it.each([
    ['bounce@simulator.amazonses.com', 'bounce'],
    ['Bounce+case-7@Simulator.AmazonSES.com', 'bounce'],
    ['complaint@simulator.amazonses.com', 'complaint'],
    ['success@simulator.amazonses.com', undefined],
    ['bounce@example.com', undefined],
  ])('%s → %s', (address, kind) => {
    expect(simulated(address)).toBe(kind);
  });

  it('its events read as SES’s do, with the message’s tags', () => {
    const body = simulatorEvent(
      'bounce',
      ['bounce@simulator.amazonses.com'],
      { Destination: { ToAddresses: ['bounce@simulator.amazonses.com'] }, EmailTags: [{ Name: 'rma', Value: 'RMA-9EW5QWH84' }] },
      'm-3',
      new Date(AT),
    );
    expect(readSesFeedback(body, 'later')).toEqual({
      kind: 'bounce',
      permanent: true,
      recipients: ['bounce@simulator.amazonses.com'],
      rma: 'RMA-9EW5QWH84',
      at: AT,
    });
  });
});
