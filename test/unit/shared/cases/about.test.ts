// What the item is, on every channel: typed on the form, read from the chat's and the email's own
// words; shown to staff, in the confirmation and on the status page; found by staff's search.
import { ChatTestClient } from '../../../support/chat-client';
import { makeCreateCaseHandler } from '../../../../functions/api/create-case';
import { mergeAbout, readAbout, storyOf } from '../../../../shared/intake/about-text';
import { aboutLines, AFTER_TEXT } from '../../../../shared/notify/after-text';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { chatDepsFor, FixedClock, sayTo, testApp } from '../../../support/fakes';
import { inboundApp } from '../../../support/inbound';

describe('what the item is, in the customer’s words', () => {
  it.each([
    ['my order number is PLC-48213 and the serial is SN4471B', { order: 'PLC-48213', serial: 'SN4471B' }],
    ['Bestellnummer: 100234, Seriennummer ABC12345', { order: '100234', serial: 'ABC12345' }],
    ['mon graveur Plextor PX-891SAF, numéro de série 12A34567', { product: 'PX-891SAF', serial: '12A34567' }],
    ['the serial number is on the back', {}],
    ['order #55123', { order: '55123' }],
    // The product as named, brand and size included (blind run BC).
    ['Its the Dell 24 inch monitor, order number, its PLC-51877', { product: 'Dell 24 inch monitor', order: 'PLC-51877' }],
    ['My JBL Flip 5 speaker stopped working', { product: 'JBL Flip 5 speaker' }],
    ['Mein Monitor ist kaputt', { product: 'Monitor' }],
    ['the device will not turn on', {}],
    ['I installed it on my laptop', {}],
    // Blind run BE: where the number is written, between the label and the number.
    ['Die Seriennummer auf dem Aufkleber ist 1A2B345678.', { serial: '1A2B345678' }],
    ['wait dont you need my order number? its PLC-60214', { order: 'PLC-60214' }],
    // How it came is no part of its name (blind run BJ: "Product or model: Damaged kettle").
    ['Damaged kettle - order PLC-63011', { product: 'kettle', order: 'PLC-63011' }],
  ])('%j', (text, expected) => {
    expect(readAbout(text)).toEqual(expected);
  });

  it.each([
    [
      'Sehr geehrte Damen und Herren,\n\nmein DVD-Brenner liest keine Disc mehr. Wohin muss ich ihn schicken?\n\nMit freundlichen Grüßen\nKlaus Weber',
      'mein DVD-Brenner liest keine Disc mehr.',
    ],
    ['Hi there. I bought a Samsung Galaxy phone about 8 months ago.', 'I bought a Samsung Galaxy phone about 8 months ago.'],
    ['Hi I bought a drive. It broke.', 'Hi I bought a drive. It broke.'],
    ['where do I send it?', 'where do I send it?'],
    // A question without its question mark is a question too (blind run BG).
    [
      "My air fryer came on the 24th. The lid was cracked. Also do I need to keep all the packaging, I still have it for now but it's taking up space.",
      'My air fryer came on the 24th. The lid was cracked.',
    ],
    // "Good day" is a greeting too (blind run BH).
    [
      'Good day\n\nI received a Lenovo Tab M11 from you on Monday 23 November. It will not charge past 3%.\n\nThank you\n\nThabo Mokoena\n082 640 7715',
      'I received a Lenovo Tab M11 from you on Monday 23 November. It will not charge past 3%.',
    ],
    // An Austrian greeting (blind run BM): "Grüß Gott," stayed in "the problem, in your words".
    [
      'Grüß Gott,\n\nSeit ca. zehn Tagen liest er keine CDs mehr. Gilt da noch die Garantie?\n\nDanke und schöne Grüße aus Linz\nLukas Hofer',
      'Seit ca. zehn Tagen liest er keine CDs mehr.',
    ],
    // Swiss spelling, and the line that leads into the questions (blind run BP).
    [
      'Grüezi\n\nSeit ein paar Tagen brennt er keine DVDs mehr.\n\nJetzt meine Fragen:\nGilt da noch die Garantie?\n\nFreundliche Grüsse\nReto Meier\nZürich',
      'Seit ein paar Tagen brennt er keine DVDs mehr.',
    ],
  ])('the problem as told: %j → %j (no greeting, sign-off or questions)', (text, story) => {
    expect(storyOf(text)).toBe(story);
  });

  it('a product named more fully later replaces the plain noun; a model replaces a noun; other fields keep the first', () => {
    expect(mergeAbout(readAbout('the monitor is broken'), readAbout('Its the Dell 24 inch monitor'))).toEqual({ product: 'Dell 24 inch monitor' });
    expect(mergeAbout({ product: 'drive' }, { product: 'PX-760A' })).toEqual({ product: 'PX-760A' });
    expect(mergeAbout({ product: 'Dell monitor', order: 'A1234' }, { product: 'speaker', order: 'B5678' })).toEqual({
      product: 'Dell monitor',
      order: 'A1234',
    });
  });
});

describe('the item on each channel', () => {
  it('the form: typed in its fields (a form post), kept on the case, in the confirmation and found by staff by the order number', async () => {
    const t = testApp();
    const { logger } = capturingLogger();
    const create = makeCreateCaseHandler(t.app, { logger, corsOrigins: t.app.config.corsOrigins, siteOrigin: 'https://returns.example.com' });
    const fields = {
      policy: 'plc-technologies',
      reason: 'wrong_item',
      'contact.name': 'Ann',
      'contact.email': 'ann@example.com',
      'about.product': 'Logitech MX Keys',
      'about.order': 'PLC-48213',
      'about.problem': 'I got a mouse instead of the keyboard.',
    };
    const res = await create(
      {
        ...apiEvent({
          method: 'POST',
          path: '/api/cases',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
          body: Buffer.from(new URLSearchParams(fields).toString()).toString('base64'),
        }),
        isBase64Encoded: true,
      },
      context,
    );
    expect(res.statusCode).toBe(303);
    const c = [...t.store.cases.values()][0];
    expect(c?.about).toEqual({ product: 'Logitech MX Keys', order: 'PLC-48213', problem: 'I got a mouse instead of the keyboard.' });
    const mail = t.mailer.sent[0]?.text ?? '';
    for (const line of aboutLines(undefined, c?.about)) expect(mail).toContain(line);
    const found = await t.app.findCases({ text: 'plc-48213' });
    expect(found.cases.map((x) => x.rma)).toEqual([c?.rma]);
  });

  it('the chat: the story as told, and a serial number quoted later', async () => {
    const t = testApp({ clock: new FixedClock('2026-05-10T10:00:00.000Z') });
    const client = new ChatTestClient(chatDepsFor(t, '2026-05-10'), { policy: 'plextor-eu' });
    const story = 'Hi, my Plextor PX-891SAF burner I bought on 1 May in Germany was dead when I opened it';
    for (const text of [story, 'yes I have the invoice, serial number S123456789', 'Dirk Beispiel', 'dirk@example.de', 'yes']) await sayTo(client, text);
    const c = [...t.store.cases.values()][0];
    expect(c?.about).toEqual({ product: 'PX-891SAF', serial: 'S123456789', problem: story.replace(/^Hi, /, '') });
  });

  it('the email: the first message is the problem as written; its model and serial are read', async () => {
    const { handle, store, mailer } = inboundApp();
    const text = 'Hello, my Plextor PX-760A drive (serial no. PX7600123) stopped reading discs. Bought it 3 months ago, invoice attached. I live in Belgium.';
    await handle(
      new TextEncoder().encode(
        [
          'From: Piet <piet@example.be>',
          'To: plextor-eu@rma.localhost',
          'Subject: drive broken',
          'Message-ID: <about-1@example.be>',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          '',
          text,
          '',
        ].join('\r\n'),
      ),
      { recipients: ['plextor-eu@rma.localhost'], verdicts: { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } },
    );
    const c = [...store.cases.values()][0];
    // The problem as told: without the greeting.
    expect(c?.about).toEqual({ product: 'PX-760A', serial: 'PX7600123', problem: text.replace(/^Hello, /, '') });
    expect(mailer.sent[0]?.text).toContain(AFTER_TEXT.about.title.toUpperCase());
  });
});
