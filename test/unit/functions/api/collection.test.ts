// The status page's collection form without JavaScript: shown for a collected return, posted back
// (base64, as API Gateway hands it over), refused field by field with what was typed kept, then
// saved; and the reply to the confirmation that gives the details by email.
import { makeCancelCaseHandler } from '../../../../functions/api/cancel-case';
import { makePagesHandler } from '../../../../functions/web/pages';
import { createCaseRequestSchema } from '../../../../shared/cases';
import { AFTER_TEXT, collectionNoted } from '../../../../shared/notify/after-text';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { inboundApp } from '../../../support/inbound';
import { PLC_DEFECTIVE } from '../../../support/staff';
import { testApp } from '../../../support/fakes';

async function setup() {
  const t = testApp();
  const { logger } = capturingLogger();
  const options = { logger, corsOrigins: t.app.config.corsOrigins, siteOrigin: 'https://returns.example.com' };
  const created = await t.app.createCase(createCaseRequestSchema.parse(PLC_DEFECTIVE), { channel: 'form' });
  if (created.kind !== 'created') throw new Error('not created');
  const rma = created.case.rma;
  const token = new URL(created.statusUrl).searchParams.get('token') as string;
  const post = (fields: Record<string, string>) =>
    makeCancelCaseHandler(t.app, options)(
      {
        ...apiEvent({
          method: 'POST',
          path: `/api/cases/${rma}/collection`,
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: Buffer.from(new URLSearchParams({ token, ...fields }).toString()).toString('base64'),
          route: '/api/cases/{rma}/collection',
          pathParameters: { rma },
        }),
        isBase64Encoded: true,
      },
      context,
    );
  const page = async () =>
    (await makePagesHandler(t.app, { ...options, chat: false })(apiEvent({ method: 'GET', path: `/status/${rma}`, query: { token } }), context)).body as string;
  return { ...t, rma, token, post, page };
}

describe('the status page’s collection form', () => {
  it('asks where to collect it, refuses a form without an address and a phone with no digits beside each field (keeping what was typed), then saves it', async () => {
    const { post, page, store, rma, token } = await setup();
    const before = await page();
    expect(before).toContain(AFTER_TEXT.collection.askPage);
    expect(before).toContain(`action="/api/cases/${rma}/collection"`);

    const refused = await post({ address: '', phone: 'call me', days: 'Mondays' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(AFTER_TEXT.collection.missingAddress);
    expect(refused.body).toContain(AFTER_TEXT.collection.badPhone);
    expect(refused.body).toContain('aria-invalid="true"');
    expect(refused.body).toContain('value="Mondays"');
    expect((await store.get(rma))?.collection).toBeUndefined();

    const saved = await post({ address: '12 Long Street\nCape Town 8001', phone: '082 555 1234', days: '' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers?.location).toBe(`/status/${rma}?token=${encodeURIComponent(token)}&notice=collection_saved`);
    expect((await store.get(rma))?.collection).toMatchObject({ address: '12 Long Street, Cape Town 8001', phone: '082 555 1234', via: 'status_page' });
    const after = await page();
    expect(after).toContain('12 Long Street, Cape Town 8001');
    expect(after).toContain(AFTER_TEXT.collection.waiting);
    // No days given is any working day: the form says so in its field, not only as a grey hint (blind run BM).
    expect(after).toContain(`name="days" maxlength="200" value="${AFTER_TEXT.collection.anyDay}"`);
  });
});

describe('a reply to the confirmation with the collection details', () => {
  it('records them and says them back once; the same reply again sends nothing more', async () => {
    const { handle, store, mailer, app } = inboundApp();
    const created = await app.createCase(
      createCaseRequestSchema.parse({ ...PLC_DEFECTIVE, deliveryDate: '2026-10-01', contact: { email: 'ann@example.com', name: 'Ann' } }),
      { channel: 'form' },
    );
    if (created.kind !== 'created') throw new Error('not created');
    const rma = created.case.rma;
    expect(mailer.sent[0]?.text).toContain(AFTER_TEXT.collection.askEmail);
    const reply = new TextEncoder().encode(
      [
        'From: Ann <ann@example.com>',
        'To: plc-technologies@rma.localhost',
        `Subject: Re: your return ${rma}`,
        'Message-ID: <reply-1@example.com>',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hi,\r\n\r\nAddress: 3 Oak Road, Durban 4001\r\nPhone: +27 31 555 0000\r\nAny weekday morning\r\n\r\nThanks\r\nAnn',
        '',
      ].join('\r\n'),
    );
    const verdicts = { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;
    await handle(reply, { recipients: ['plc-technologies@rma.localhost'], verdicts });
    const details = { address: '3 Oak Road, Durban 4001', phone: '+27 31 555 0000', days: 'Any weekday morning' };
    expect((await store.get(rma))?.collection).toMatchObject({ ...details, via: 'email' });
    expect(mailer.sent).toHaveLength(2);
    expect(mailer.sent[1]?.text).toContain(collectionNoted(undefined, details));
    await handle(reply, { recipients: ['plc-technologies@rma.localhost'], verdicts });
    expect(mailer.sent).toHaveLength(2);
  });

  it('blind run 20: an address in the first email is kept (the confirmation says it back, not asks); "do you have my address?" is answered from the case', async () => {
    const { handle, store, mailer } = inboundApp();
    const verdicts = { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;
    const send = (id: string, subject: string, body: string) =>
      handle(
        new TextEncoder().encode(
          [
            'From: Sipho <sipho@example.com>',
            'To: plc-technologies@rma.localhost',
            `Subject: ${subject}`,
            `Message-ID: <${id}@example.com>`,
            'MIME-Version: 1.0',
            'Content-Type: text/plain; charset=utf-8',
            '',
            body,
            '',
          ].join('\r\n'),
        ),
        { recipients: ['plc-technologies@rma.localhost'], verdicts },
      );
    await send(
      'first',
      'Wrong item delivered',
      'I ordered a keyboard and got a mouse, delivered on Thursday. My address is Unit 7, Palm Gardens, 22 Ridge Road, Umhlanga 4319 (a complex). Phone +27 31 555 0199. Weekday mornings are best.\r\n\r\nRegards\r\nSipho',
    );
    const c = [...store.cases.values()][0];
    expect(c?.collection).toMatchObject({
      address: 'Unit 7, Palm Gardens, 22 Ridge Road, Umhlanga 4319 (a complex)',
      phone: '+27 31 555 0199',
      days: 'Weekday mornings are best',
      via: 'email',
    });
    expect(mailer.sent[0]?.text).not.toContain(AFTER_TEXT.collection.askEmail);
    expect(mailer.sent[0]?.text).toContain(AFTER_TEXT.collection.waiting);
    await send('second', `Re: Wrong item delivered [${c?.rma ?? ''}]`, 'Do you have my address for the courier now?');
    expect(mailer.sent[1]?.text).toContain('Unit 7, Palm Gardens, 22 Ridge Road');
    expect(mailer.sent[1]?.text).toContain(AFTER_TEXT.collection.waiting);
  });
});
