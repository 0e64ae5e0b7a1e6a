// Staff write to the customer: the message is kept on the case, emailed in its thread with a working
// status link (a new one), shown on the status page; the customer's emailed answer shows there too.
import { createCaseRequestSchema } from '../../../../shared/cases';
import { AFTER_TEXT } from '../../../../shared/notify/after-text';
import { inboundApp } from '../../../support/inbound';
import { act, PLC_DEFECTIVE } from '../../../support/staff';

const PASS = { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;

describe('a message from staff', () => {
  it('reaches the customer’s email (not marked automatic) with a status link that opens the case, and shows on the status page with the emailed answer', async () => {
    const { app, mailer, handle } = inboundApp();
    const created = await app.createCase(
      createCaseRequestSchema.parse({ ...PLC_DEFECTIVE, deliveryDate: '2026-10-01', contact: { email: 'ann@example.com', name: 'Ann' } }),
      {
        channel: 'form',
      },
    );
    if (created.kind !== 'created') throw new Error('not created');
    const rma = created.case.rma;
    const text = 'Hello Ann,\n\nCould you tell us the serial number on the back of the monitor?';
    const after = await act(app, rma, { action: 'message', message: text, staffMember: 'sam@plc.example' });
    expect(after.transcript?.at(-1)).toMatchObject({ from: 'staff', text, staffMember: 'sam@plc.example' });
    const email = mailer.sent.at(-1);
    expect(email?.to).toBe('ann@example.com');
    expect(email?.text).toContain('Could you tell us the serial number on the back of the monitor?');
    expect(email?.text).toContain(AFTER_TEXT.messages.replyHint);
    expect(email?.headers?.some((h) => h.name === 'Auto-Submitted') ?? false).toBe(false);
    // The email's own link opens the case; the first link still does too.
    const link = /https:\/\/returns\.example\.com\/status\/\S+/.exec(email?.text ?? '')?.[0] as string;
    const view = await app.getCase(rma, new URL(link).searchParams.get('token') as string);
    expect(view.messages).toEqual([expect.objectContaining({ from: 'staff', text })]);
    await app.getCase(rma, new URL(created.statusUrl).searchParams.get('token') as string);

    // The customer answers by email: on the case and on the status page.
    const reply = new TextEncoder().encode(
      [
        'From: Ann <ann@example.com>',
        'To: plc-technologies@rma.localhost',
        `Subject: Re: ${email?.subject ?? ''}`,
        'Message-ID: <answer-1@example.com>',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'The serial number is SN-4471-B.',
        '',
      ].join('\r\n'),
    );
    await handle(reply, { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    const later = await app.getCase(rma, new URL(link).searchParams.get('token') as string);
    // …and the desk's emailed answer to it, as it was sent.
    const answer = mailer.sent.at(-1);
    expect(later.messages.map((m) => m.from)).toEqual(['staff', 'customer', 'staff']);
    expect(later.messages[1]?.text).toContain('SN-4471-B');
    expect(answer?.text).toContain(later.messages[2]?.text ?? '(none)');
    expect((await app.getCaseForStaff(rma)).transcript?.slice(-2)).toMatchObject([
      { from: 'customer', via: 'email' },
      { from: 'assistant', via: 'email' },
    ]);
  });
});
