// Mail to the local desk's SMTP listener: stored in the local S3 inbox, handled by the same
// handler as SES's receipt rule, answered through the local SES.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import nodemailer from 'nodemailer';
import sharp from 'sharp';
import { LOCAL_TABLE } from '../../local/stack';
import { outbox, useDesk } from '../support/local-desk';
import { FACT_LABELS } from '../../shared/rules';

jest.setTimeout(120_000);

const desk = useDesk();

function smtp() {
  return nodemailer.createTransport({ host: '127.0.0.1', port: desk().desk.smtpPort, secure: false, ignoreTLS: true });
}

describe('email to the local desk', () => {
  it('the issue’s example becomes a case at once: nothing is missing for delivery damage reported the next day', async () => {
    // Act
    await smtp().sendMail({
      from: 'Ann <ann.mail@example.com>',
      to: 'plc-technologies@rma.localhost',
      subject: 'Damaged',
      text: 'My order 12345 arrived yesterday with a cracked case',
      messageId: '<int-1@example.com>',
    });
    // Assess
    const mails = (await outbox(desk().desk)).filter((m) => m.to.includes('ann.mail@example.com'));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toMatch(/^Re: Damaged \[RMA-[0-9A-Z]{9}\]$/);
    expect(mails[0]?.text).toContain('damaged or incomplete on delivery');
  });

  it('a request missing its date gets the question; the answer in the thread gets the confirmation', async () => {
    await smtp().sendMail({
      from: 'Bea <bea.mail@example.com>',
      to: 'plc-technologies@rma.localhost',
      subject: 'Cracked case',
      text: 'My order 12345 arrived with a cracked case',
      messageId: '<int-2@example.com>',
    });
    const [ask] = (await outbox(desk().desk)).filter((m) => m.to.includes('bea.mail@example.com'));
    expect(ask?.text).toContain(FACT_LABELS.deliveryDate);
    const rma = /RMA-[0-9A-Z]{9}/.exec(ask?.subject ?? '')?.[0] as string;
    await smtp().sendMail({
      from: 'Bea <bea.mail@example.com>',
      to: 'plc-technologies@rma.localhost',
      subject: ask?.subject as string,
      text: `It came yesterday.\n\nOn Sunday the returns desk wrote:\n> ${FACT_LABELS.deliveryDate}`,
      messageId: '<int-3@example.com>',
    });
    const mails = (await outbox(desk().desk)).filter((m) => m.to.includes('bea.mail@example.com'));
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toContain(rma);
    expect(mails[1]?.text).toContain('HOW TO PACK IT');
  });

  it('a message sent twice makes one answer; a failed spam check gets none', async () => {
    const message = {
      from: 'cy@example.com',
      to: 'plc-technologies@rma.localhost',
      subject: 'wrong',
      text: 'you sent me the wrong item',
      messageId: '<int-4@example.com>',
    };
    await smtp().sendMail(message);
    await smtp().sendMail(message);
    await smtp().sendMail({ ...message, from: 'dee@example.com', messageId: '<int-5@example.com>', headers: { 'X-Test-Verdicts': 'spam=FAIL' } });
    const all = await outbox(desk().desk);
    expect(all.filter((m) => m.to.includes('cy@example.com'))).toHaveLength(1);
    expect(all.filter((m) => m.to.includes('dee@example.com'))).toHaveLength(0);
  });

  it('mail held by the checks reaches the customer once staff release it: one email, a working status link, and later updates as usual', async () => {
    // Prepare: a request whose spam check failed is held — a case, but no answer
    await smtp().sendMail({
      from: 'eve@example.com',
      to: 'plc-technologies@rma.localhost',
      subject: 'wrong one',
      text: 'you sent me the wrong item',
      messageId: '<int-held@example.com>',
      headers: { 'X-Test-Verdicts': 'spam=FAIL' },
    });
    const { app } = desk().desk;
    const [listed] = (await app.listCases()).cases.filter((c) => c.contact.email === 'eve@example.com');
    const held = await app.getCaseForStaff(listed?.rma as string);
    // Act
    const released = await app.applyAction(held.rma, { action: 'release', expectedVersion: held.version, staffMember: 'kim' });
    const mails = (await outbox(desk().desk)).filter((m) => m.to.includes('eve@example.com'));
    const link = /https?:\/\/\S+\/status\/RMA-[0-9A-Z]{9}\?token=[^\s>)]+/.exec(mails[0]?.text ?? '')?.[0] as string;
    const page = await fetch(link.replace(/^https?:\/\/[^/]+/, desk().desk.url));
    const later = await app.applyAction(held.rma, { action: 'received', expectedVersion: released.version });
    // Assess
    expect(held.emails.confirmation?.state).toBe('held');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`Re: wrong one [${held.rma}]`);
    expect(page.status).toBe(200);
    expect(released.flags).not.toContain('no_auto_reply');
    expect(released.emails.confirmation?.state).toBe('released');
    expect(later.emails['status:received']?.state).toBe('sent');
    expect((await outbox(desk().desk)).filter((m) => m.to.includes('eve@example.com'))).toHaveLength(2);
  });

  it('a photo attached to the mail goes through the photo pipeline and is on the case, re-encoded at web size', async () => {
    // Prepare
    const photo = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#842' } })
      .withExifMerge({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 20/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '18/1 4/1 0/1' } })
      .jpeg()
      .toBuffer();
    // Act
    await smtp().sendMail({
      from: 'Eve <eve.mail@example.com>',
      to: 'plc-technologies@rma.localhost',
      subject: 'Broken on arrival',
      text: 'My order 555 arrived yesterday with a cracked case, photo attached',
      messageId: '<int-photo@example.com>',
      attachments: [{ filename: 'IMG_0101.JPG', content: photo, contentType: 'image/jpeg' }],
    });
    // Assess
    const [reply] = (await outbox(desk().desk)).filter((m) => m.to.includes('eve.mail@example.com'));
    const rma = /RMA-[0-9A-Z]{9}/.exec(reply?.subject ?? '')?.[0] as string;
    let photos: { status: string; width?: number }[] = [];
    for (let i = 0; i < 100 && photos.length === 0; i++) {
      const { Item } = await desk().table.send(new GetCommand({ TableName: LOCAL_TABLE, Key: { pk: `CASE#${rma}`, sk: 'CASE' } }));
      photos = (Item?.photos ?? []) as typeof photos;
      if (photos.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(photos).toEqual([expect.objectContaining({ status: 'ready', width: 1600 })]);
  });
});
