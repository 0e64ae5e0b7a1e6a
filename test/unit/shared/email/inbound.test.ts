// The email channel end to end over fakes: .eml fixtures in, cases and replies out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VerdictStatus, Verdicts } from '../../../../shared/email/verdicts';
import { ANSWER_TEXT } from '../../../../shared/intake/case-answers';
import { answerTextIn } from '../../../../shared/intake/case-answer-text';
import { EMAIL_TEXT, emailTextIn } from '../../../../shared/notify/email-text';
import { NEXT_TEXT } from '../../../../shared/notify/next-steps';
import { AFTER_TEXT } from '../../../../shared/notify/after-text';
import { DOCUMENT_LABELS, FACT_LABELS, PHOTO_LABELS, POLICIES, REMEDY_LABELS } from '../../../../shared/rules';
import { MISSING_QUESTIONS_MAX, renderMissingReply } from '../../../../shared/notify/missing-reply';
import { MAIL_REPLY_LIMITS, MESSAGE_CLAIM_STALE_SECONDS, MessageBusyError } from '../../../../shared/email/inbound';
import { CUSTOMER_ASKED } from '../../../../shared/cases';
import { inboundApp } from '../../../support/inbound';
import { PLEXTOR_DOA } from '../../../support/fakes';
import { createCaseRequestSchema } from '../../../../shared/cases/request.schema';

const PASS: Verdicts = { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };
const eml = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/email', name)));
const mail = (headers: Record<string, string>, body: string) =>
  new TextEncoder().encode(
    `${Object.entries({
      From: 'Ann Example <ann@example.com>',
      To: 'plc-technologies@rma.localhost',
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=utf-8',
      ...headers,
    })
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\n\r\n${body}\r\n`,
  );

const setup = inboundApp;

describe('an email to the RMA address', () => {
  it('that gives a phone number in its signature but no address is not asked for the phone again; the address reply takes it', async () => {
    const { handle, store, mailer } = setup();
    const first = await handle(
      mail(
        { Subject: 'Return - JBL speaker, order PLC-59930', 'Message-ID': '<sig-1@example.com>' },
        'Hi there,\r\n\r\nYou delivered my JBL Charge 5 speaker (order PLC-59930) on 20 November. It is still sealed in its box; I changed my mind and would like my money back.\r\n\r\nThanks,\r\nJohan van Wyk\r\n072 118 4420',
      ),
      { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS },
    );
    expect(first).toMatchObject({ outcome: 'created', replied: true });
    const c = [...store.cases.values()][0]!;
    expect(c.decision.transport).toBe('collection');
    const confirmation = mailer.sent[0]!.text;
    expect(confirmation).toContain(AFTER_TEXT.collection.askEmailHavePhone('072 118 4420'));
    expect(confirmation).not.toContain(AFTER_TEXT.collection.askEmail);
    await handle(
      mail(
        { Subject: `Re: Return - JBL speaker, order PLC-59930 [${c.rma}]`, 'Message-ID': '<sig-2@example.com>', 'In-Reply-To': '<desk@rma.localhost>' },
        'The address is 22 Kiaat Street, Centurion 0157. Any weekday is fine.',
      ),
      { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS },
    );
    expect((await store.get(c.rma))?.collection).toMatchObject({ address: '22 Kiaat Street, Centurion 0157', phone: '072 118 4420' });
  });

  it("a reply to the desk's own address (where a mail program's Reply goes) reaches the case it answers, whatever channel opened it (blind run BI)", async () => {
    const { handle, store, app } = setup();
    const created = await app.createCase(createCaseRequestSchema.parse({ ...PLEXTOR_DOA, contact: { name: 'Ann Example', email: 'ann@example.com' } }));
    if (created.kind === 'need_info') throw new Error('not registered');
    const rma = created.case.rma;
    const reply = await handle(
      mail(
        { To: 'returns@rma.localhost', Subject: `Re: Plextor Europe return ${rma}: approved`, 'Message-ID': '<own-1@example.com>' },
        'I lost the USB cable that came with the drive. Is it ok if I send the drive without the cable?',
      ),
      { recipients: ['returns@rma.localhost'], verdicts: PASS },
    );
    expect(reply).toMatchObject({ rma });
    expect(reply.outcome).not.toBe('ignored');
    expect((await store.get(rma))?.transcript?.some((l) => l.from === 'customer' && l.text.includes('USB cable'))).toBe(true);
    // Mail to that address that answers no case is not taken for a request.
    const stray = await handle(mail({ To: 'returns@rma.localhost', Subject: 'Hello', 'Message-ID': '<own-2@example.com>' }, 'My drive is broken.'), {
      recipients: ['returns@rma.localhost'],
      verdicts: PASS,
    });
    expect(stray).toEqual({ outcome: 'ignored', reason: 'not an RMA address' });
  });

  it('from an address alone is greeted by the name it is signed with (blind run BI)', async () => {
    const { handle, store, mailer } = setup();
    await handle(
      mail(
        { From: 'aisha.patel@example.com', Subject: 'Wrong colour JBL Flip 6 - order PLC-62105', 'Message-ID': '<ap-1@example.com>' },
        'Hi there,\r\n\r\nI ordered a black JBL Flip 6 speaker from you (order number PLC-62105) and it was delivered on Wednesday, 25 November. But the speaker inside is blue, not black.\r\n\r\nThanks\r\n\r\nAisha Patel\r\n071 552 9034',
      ),
      { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS },
    );
    const c = [...store.cases.values()][0]!;
    expect(c.contact).toMatchObject({ name: 'Aisha Patel', email: 'aisha.patel@example.com', phone: '071 552 9034' });
    expect(mailer.sent[0]?.text).toMatch(/^Hello Aisha Patel,/);
  });

  it('keeps the remedy the customer asks for, shown back to them, and a later reply that asks again changes it (blind run BI)', async () => {
    const { handle, store, mailer } = setup();
    await handle(
      mail(
        { From: 'Aisha Patel <aisha.patel@example.com>', Subject: 'Wrong colour JBL Flip 6 - order PLC-62105', 'Message-ID': '<aw-1@example.com>' },
        "Hi there,\r\n\r\nI ordered a black JBL Flip 6 speaker from you (order number PLC-62105) and it was delivered on Wednesday, 25 November. But the speaker inside is blue, not black. I only opened the box to check it, I haven't used it at all.\r\n\r\nI don't want a refund, I just want the black one that I ordered.\r\n\r\nThanks\r\nAisha Patel",
      ),
      { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS },
    );
    const c = [...store.cases.values()][0]!;
    expect(c.about?.wish).toBe('correct_product');
    expect(mailer.sent[0]?.text).toContain(`${AFTER_TEXT.about.wish}: ${REMEDY_LABELS.correct_product}`);
    await handle(
      mail(
        {
          From: 'Aisha Patel <aisha.patel@example.com>',
          Subject: `Re: Wrong colour JBL Flip 6 [${c.rma}]`,
          'Message-ID': '<aw-2@example.com>',
          'In-Reply-To': '<desk@rma.localhost>',
        },
        'Actually, a refund then, please.',
      ),
      { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS },
    );
    expect((await store.get(c.rma))?.about?.wish).toBe('refund');
  });

  it('that says enough becomes a case, confirmed in the same thread, marked as automatic', async () => {
    // Prepare
    const { handle, store, mailer } = setup();
    // Act
    const result = await handle(eml('plain.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    // Assess
    expect(result).toMatchObject({ outcome: 'created', replied: true });
    const c = [...store.cases.values()][0];
    expect({ channel: c?.channel, track: c?.decision.track, status: c?.status }).toEqual({
      channel: 'email',
      track: 'delivery_damage',
      status: 'awaiting_parcel',
    });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.subject).toBe(`Re: Broken on arrival [${c?.rma}]`);
    expect(mailer.sent[0]?.headers).toEqual([
      { name: 'In-Reply-To', value: '<plain-1@mail.example.com>' },
      { name: 'References', value: '<plain-1@mail.example.com>' },
      { name: 'Auto-Submitted', value: 'auto-replied' },
    ]);
  });

  it('that does not say enough gets one reply asking exactly what is missing; the answer completes the case', async () => {
    const { handle, store, mailer } = setup();
    const first = await handle(mail({ Subject: 'return please', 'Message-ID': '<q-1@example.com>' }, 'I changed my mind about the keyboard.'), {
      recipients: ['plc-technologies@rma.localhost'],
      verdicts: PASS,
    });
    expect(first).toMatchObject({ outcome: 'draft', replied: true });
    const draft = [...store.cases.values()][0]!;
    expect(draft.status).toBe('draft');
    const ask = mailer.sent[0]!;
    expect(ask.subject).toBe(`Re: return please [${draft.rma}]`);
    expect(ask.text).toContain(`1. ${FACT_LABELS.deliveryDate}`);
    expect(ask.text).toContain(EMAIL_TEXT.missingHow);
    // The customer answers in the thread, quoting our mail.
    const answer = mail(
      { Subject: `Re: return please [${draft.rma}]`, 'Message-ID': '<q-2@example.com>', 'In-Reply-To': '<desk@rma.localhost>' },
      "It arrived on 15 November, a standard model I bought brand new, it's hardware, unused and not damaged, the seals are intact, still in the original box, the packaging is in perfect condition, labels are still on and nothing is missing.\r\n\r\nOn Sun, 22 Nov 2026, Returns wrote:\r\n> 1. the date",
    );
    const second = await handle(answer, { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    expect(second).toMatchObject({ outcome: 'created', rma: draft.rma, replied: true });
    const done = await store.get(draft.rma);
    expect({ status: done?.status, track: done?.decision.track }).toEqual({ status: 'awaiting_parcel', track: 'unwanted_return' });
    expect(done?.history.map((h) => h.to)).toEqual(['draft', 'submitted', 'approved', 'awaiting_parcel']);
    expect(mailer.sent).toHaveLength(2);
    expect(mailer.sent[1]?.headers?.[0]).toEqual({ name: 'In-Reply-To', value: '<q-2@example.com>' });
  });

  it('a Plextor draft completed by the answer is treated as a complete first message would be (the address is in the merchant’s settings: no flag)', async () => {
    const { handle, store } = setup();
    const first = await handle(
      mail({ Subject: 'dead drive', 'Message-ID': '<x-1@example.com>' }, 'My Plextor drive died, I bought it 3 months ago and have the invoice.'),
      {
        recipients: ['plextor-eu@rma.localhost'],
        verdicts: PASS,
      },
    );
    expect(first).toMatchObject({ outcome: 'draft', missing: ['country'] });
    const draft = [...store.cases.values()][0]!;
    const second = await handle(mail({ Subject: `Re: dead drive [${draft.rma}]`, 'Message-ID': '<x-2@example.com>' }, 'Germany'), {
      recipients: ['plextor-eu@rma.localhost'],
      verdicts: PASS,
    });
    expect(second).toMatchObject({ outcome: 'created', rma: draft.rma });
    const done = (await store.get(draft.rma))!;
    expect({ track: done.decision.track, flags: done.flags }).toEqual({ track: 'in_warranty', flags: [] });
  });

  it('a reply that completes a draft and asks something gets the confirmation with the answers, and what it cannot answer goes to a colleague', async () => {
    const { handle, store, mailer } = setup();
    const to = { recipients: ['plextor-eu@rma.localhost'], verdicts: PASS };
    await handle(
      mail({ Subject: 'dead drive', 'Message-ID': '<y-1@example.com>' }, 'My Plextor drive died, I bought it 3 months ago and have the invoice.'),
      to,
    );
    const draft = [...store.cases.values()][0]!;
    const reply = 'Germany. Do I need to send the cables with it? And does Plextor still make DVD drives?';
    const second = await handle(mail({ Subject: `Re: dead drive [${draft.rma}]`, 'Message-ID': '<y-2@example.com>' }, reply), to);
    expect(second).toMatchObject({ outcome: 'created', rma: draft.rma, replied: true });
    const done = (await store.get(draft.rma))!;
    expect(done.asked?.kinds).toContain('accessories');
    expect(done.flags).toContain(CUSTOMER_ASKED);
    const confirmation = mailer.sent.at(-1)!.text;
    expect(confirmation).toContain(EMAIL_TEXT.yourQuestions.toUpperCase());
    // The questions are answered after the decision and before how to pack it.
    expect(confirmation.indexOf(EMAIL_TEXT.yourQuestions.toUpperCase())).toBeGreaterThan(confirmation.indexOf(EMAIL_TEXT.decision.toUpperCase()));
    expect(confirmation.indexOf(EMAIL_TEXT.yourQuestions.toUpperCase())).toBeLessThan(confirmation.indexOf(EMAIL_TEXT.packing.toUpperCase()));
    expect(confirmation).toContain('“And does Plextor still make DVD drives?”');
  });

  it("blind run BM (Lukas, German): the first email's questions are answered with the decision, and the quoted question in his reply is not read as his", async () => {
    const { handle, store, mailer } = inboundApp('2026-11-29');
    const to = { recipients: ['plextor-eu@rma.localhost'], verdicts: PASS };
    const lukas = { From: 'Lukas Hofer <lukas.hofer.29l@example.com>', To: 'plextor-eu@rma.localhost' };
    await handle(
      mail(
        { ...lukas, Subject: 'Plextor PX-891SAF liest keine CDs mehr', 'Message-ID': '<lukas-1@example.com>' },
        'Grüß Gott,\r\n\r\nich hab im Frühjahr letzten Jahres bei einem österreichischen Onlineshop einen Plextor DVD-Brenner gekauft, PX-891SAF. Seit ca. zehn Tagen liest er keine CDs mehr, gar keine, DVDs gehen manchmal noch, manchmal nicht.\r\n\r\nJetzt meine Fragen: gilt da noch die Plextor-Garantie? Oder soll ich das besser über die Gewährleistung beim Shop machen? Und was genau muss ich ins Paket geben? Die Rechnung hab ich noch, die Originalverpackung leider nicht mehr.\r\n\r\nWäre es auch möglich, statt einer Reparatur einfach das Geld zurück zu bekommen?\r\n\r\nDanke und schöne Grüße aus Linz\r\nLukas Hofer',
      ),
      to,
    );
    const draft = [...store.cases.values()][0]!;
    expect(draft.status).toBe('draft');
    // Asked for the date, he is told his questions are not forgotten.
    expect(mailer.sent[0]!.text).toContain(emailTextIn('de').missingAnswersLater);
    await handle(
      mail(
        { ...lukas, Subject: `AW: Re: Plextor PX-891SAF liest keine CDs mehr [${draft.rma}]`, 'Message-ID': '<lukas-2@example.com>' },
        'Hallo,\r\n\r\nhab auf der Rechnung nachgeschaut: gekauft am 14.04.2025.\r\n\r\nLG\r\nLukas Hofer\r\n\r\n-----Ursprüngliche Nachricht-----\r\nVon: Plextor Europe\r\nGesendet: 29.11.2026\r\nAn: lukas.hofer.29l@example.com\r\nBetreff: Re: Plextor PX-891SAF liest keine CDs mehr\r\n\r\n  1. Wann haben Sie es gekauft? (das Datum auf der Rechnung)',
      ),
      to,
    );
    const done = (await store.get(draft.rma))!;
    expect(done.decision.track).toBe('in_warranty');
    expect(done.asked?.kinds).toEqual(expect.arrayContaining(['rights', 'choose']));
    expect(done.asked?.kinds).not.toContain('invoice');
    const confirmation = mailer.sent.at(-1)!.text;
    const A = answerTextIn('de');
    expect(confirmation).toContain(A.noRefund('Plextor Europe'));
    expect(confirmation).toContain('gesetzliche Gewährleistung');
    // The status page's messages hold what he wrote, not the desk's email he quoted.
    expect(done.transcript?.at(-1)?.text).not.toContain('Wann haben Sie es gekauft');
  });

  it('blind run BR (Bongani): the first email\'s "can I just drop it at your Midrand branch?" is answered with the decision', async () => {
    const { handle, store, mailer } = inboundApp('2026-11-29');
    const to = { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS };
    await handle(
      mail(
        {
          From: 'Bongani Dlamini <bongani.dlamini.29b@example.com>',
          To: 'plc-technologies@rma.localhost',
          Subject: 'Return mouse order PLC-63114',
          'Message-ID': '<bongani-1@example.com>',
        },
        'Hi\r\n\r\nI got a Logitech wireless mouse from you 3 days ago, order PLC-63114. Tried it for a few min but its too small for my hand so I want to return it and get my money back to my card please. Its still perfect, everything in the box.\r\n\r\nDo I have to pay to send it back? Can I maybe just drop it at your Midrand branch?\r\n\r\nThanks\r\nBongani\r\n\r\nSent from my iPhone',
      ),
      to,
    );
    const done = [...store.cases.values()][0]!;
    expect(done.decision.outcome).toBe('approved');
    expect(done.asked?.kinds).toContain('dropOff');
    expect(mailer.sent.at(-1)!.text).toContain(EMAIL_TEXT.yourQuestions.toUpperCase());
  });

  it('blind run BN (Julien, French): "en mars de l\'année dernière" is March last year, and the warranty end is said as a month; the model and the data question are read', async () => {
    const { handle, store, mailer } = inboundApp('2026-11-29');
    const to = { recipients: ['plextor-eu@rma.localhost'], verdicts: PASS };
    const julien = { From: 'Julien Martin <julien.martin.29j@example.com>', To: 'plextor-eu@rma.localhost' };
    await handle(
      mail(
        { ...julien, Subject: 'SSD Plextor M9PeG plus reconnu - garantie ?', 'Message-ID': '<julien-1@example.com>' },
        "Bonjour,\r\n\r\nJ'ai un SSD Plextor M9PeG que j'ai acheté en mars de l'année dernière sur un site français. Depuis une semaine mon PC ne le reconnait plus du tout, il n'apparait plus ni dans le BIOS ni dans Windows.\r\n\r\nEst-ce qu'il est encore sous garantie Plextor ? Ou est-ce que je dois plutôt passer par la garantie légale de conformité auprès du vendeur ?\r\n\r\nMerci d'avance,\r\nJulien Martin",
      ),
      to,
    );
    const draft = [...store.cases.values()][0]!;
    expect(draft.roughDates).toEqual({ purchaseDate: 'month' });
    await handle(
      mail(
        { ...julien, Subject: `RE: Re: SSD Plextor M9PeG plus reconnu - garantie ? [${draft.rma}]`, 'Message-ID': '<julien-2@example.com>' },
        "Bonjour,\r\n\r\nDe France, j'habite à Lyon.\r\n\r\nJulien Martin\r\n\r\nLe dim. 29 nov. 2026 à 13:39, Le service des retours de Plextor Europe <plextor-eu@rma.localhost> a écrit :\r\n> 1. De quel pays le renverrez-vous ?",
      ),
      to,
    );
    const done = (await store.get(draft.rma))!;
    expect(done.facts.purchaseDate).toBe('2025-03-01');
    expect(done.about?.product).toBe('Plextor M9PeG');
    const confirmation = mailer.sent.at(-1)!.text;
    expect(confirmation).toContain('Fin de la garantie le\u00a0: mars 2027.');
    await handle(
      mail(
        { ...julien, Subject: `RE: Re: SSD Plextor M9PeG plus reconnu - garantie ? [${draft.rma}]`, 'Message-ID': '<julien-3@example.com>' },
        "Bonjour,\r\n\r\nj'ai des données dessus (photos, documents...). Est-ce qu'elles vont être effacées ?\r\n\r\nCordialement,\r\nJulien Martin",
      ),
      to,
    );
    const answer = mailer.sent.at(-1)!.text;
    expect(answer).not.toContain(answerTextIn('fr').noPhotos);
    expect((await store.get(draft.rma))!.transcript?.at(-1)?.text).toContain(answerTextIn('fr').wipeData.slice(0, 30));
  });

  it('a first message that asks for a remedy has it noted in the confirmation, and a colleague sees it, where there is a choice', async () => {
    const { handle, store, mailer } = setup();
    const text = 'My coffee machine was delivered yesterday and the water tank was cracked. I have not used it. I would like a replacement please.';
    const result = await handle(mail({ Subject: 'Coffee machine arrived broken', 'Message-ID': '<c-1@example.com>' }, text), {
      recipients: ['plc-technologies@rma.localhost'],
      verdicts: PASS,
    });
    expect(result).toMatchObject({ outcome: 'created', replied: true });
    const c = [...store.cases.values()][0]!;
    expect({ track: c.decision.track, flags: c.flags }).toEqual({ track: 'delivery_damage', flags: [CUSTOMER_ASKED] });
    expect(mailer.sent[0]!.text).toContain(EMAIL_TEXT.yourQuestions.toUpperCase());
    expect(mailer.sent[0]!.text).toContain('Noted: your choice goes on your case');
  });

  it('a first message that describes sparks or a swelling battery is told how to stay safe first, complete or not', async () => {
    const { handle, store, mailer } = setup();
    const complete = await handle(
      mail(
        { Subject: 'Microwave sparking', 'Message-ID': '<z-1@example.com>' },
        'I bought a Hisense microwave from you 4 months ago. It has started making sparks inside when it is on. What do I do now?',
      ),
      { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS },
    );
    expect(complete).toMatchObject({ outcome: 'created', replied: true });
    const text = mailer.sent[0]!.text;
    expect(text).toContain(ANSWER_TEXT.safety);
    expect(text.indexOf(EMAIL_TEXT.safetyFirst.toUpperCase())).toBeLessThan(text.indexOf(EMAIL_TEXT.decision.toUpperCase()));
    // Incomplete: the questions come after how to stay safe.
    const incomplete = await handle(
      mail({ Subject: 'phone', 'Message-ID': '<z-2@example.com>', From: 'Bo <bo@example.com>' }, 'The battery of my phone is swelling up.'),
      { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS },
    );
    expect(incomplete).toMatchObject({ outcome: 'draft', replied: true });
    const ask = mailer.sent[1]!.text;
    expect(ask.indexOf(ANSWER_TEXT.safety)).toBeGreaterThan(-1);
    expect(ask.indexOf(ANSWER_TEXT.safety)).toBeLessThan(ask.indexOf('1. '));
    // Nothing hazardous said: no safety section.
    await handle(eml('plain.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    expect(mailer.sent[2]!.text).not.toContain(ANSWER_TEXT.safety);
    expect([...store.cases.values()].filter((c) => c.asked).length).toBe(2);
  });

  it('delivered three times makes one case and one email', async () => {
    const { handle, store, mailer } = setup();
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await handle(eml('plain.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS }));
    expect(results.map((r) => r.outcome)).toEqual(['created', 'duplicate', 'duplicate']);
    expect(store.cases.size).toBe(1);
    expect(mailer.sent).toHaveLength(1);
  });

  it.each(['auto-reply.eml', 'bounce.eml', 'list.eml'])('%s is never answered', async (name) => {
    const { handle, mailer, store } = setup();
    const result = await handle(eml(name), { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    expect(result.outcome).toBe('ignored');
    expect(mailer.sent).toHaveLength(0);
    expect(store.cases.size).toBe(0);
  });

  it('answers a new request from the same sender at most once a day', async () => {
    const { handle, mailer } = setup();
    const a = await handle(mail({ Subject: 'one', 'Message-ID': '<d-1@example.com>' }, 'I changed my mind'), {
      recipients: ['plc-technologies@rma.localhost'],
      verdicts: PASS,
    });
    const b = await handle(mail({ Subject: 'two', 'Message-ID': '<d-2@example.com>' }, 'I changed my mind'), {
      recipients: ['plc-technologies@rma.localhost'],
      verdicts: PASS,
    });
    expect([a, b].map((r) => ('replied' in r ? r.replied : undefined))).toEqual([true, false]);
    expect(mailer.sent).toHaveLength(1);
  });

  it('a virus: no case, no reply', async () => {
    const { handle, mailer, store } = setup();
    expect(await handle(eml('plain.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: { ...PASS, virus: 'FAIL' } })).toEqual({
      outcome: 'dropped',
      reason: 'virus',
    });
    expect([mailer.sent.length, store.cases.size]).toEqual([0, 0]);
  });

  it('any FAIL among all 1,024 verdict combinations: never an automatic reply', async () => {
    const statuses: VerdictStatus[] = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED'];
    let withFail = 0;
    let sentOnFail = 0;
    for (const virus of statuses)
      for (const spam of statuses)
        for (const spf of statuses)
          for (const dkim of statuses)
            for (const dmarc of statuses) {
              const v = { virus, spam, spf, dkim, dmarc };
              if (!Object.values(v).includes('FAIL')) continue;
              withFail += 1;
              const { handle, mailer } = setup();
              await handle(eml('plain.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: v });
              sentOnFail += mailer.sent.length;
            }
    expect(withFail).toBe(1024 - 243);
    expect(sentOnFail).toBe(0);
    // 1,024 emails through the whole inbound path: more than jest's 5 s default on a loaded two-core machine.
  }, 60_000);

  it('a failed spam check still makes the case, held for staff', async () => {
    const { handle, mailer, store } = setup();
    const result = await handle(eml('plain.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: { ...PASS, spam: 'FAIL' } });
    expect(result).toMatchObject({ outcome: 'created', replied: false });
    const c = [...store.cases.values()][0];
    expect(c?.flags).toEqual(['no_auto_reply', 'mail_unverified']);
    expect(c?.emails.confirmation?.state).toBe('held');
    expect(mailer.sent).toHaveLength(0);
  });

  it('a part bomb and a nesting bomb are refused before parsing', async () => {
    const { handle } = setup();
    const part = 'Content-Type: text/plain\r\n\r\nx';
    const multipart = (b: string, parts: string[]) =>
      [`Content-Type: multipart/mixed; boundary="${b}"`, '', ...parts.flatMap((p) => [`--${b}`, p]), `--${b}--`, ''].join('\r\n');
    let nested = part;
    for (let i = 0; i < 40; i++) nested = multipart(`n${i}`, [nested]);
    const bomb = (body: string) => new TextEncoder().encode(`From: a@example.com\r\nTo: plc-technologies@rma.localhost\r\n${body}`);
    expect(
      await handle(
        bomb(
          multipart(
            'p',
            Array.from({ length: 10_000 }, () => part),
          ),
        ),
        { recipients: [], verdicts: PASS },
      ),
    ).toEqual({ outcome: 'dropped', reason: 'too_many_parts' });
    expect(await handle(bomb(nested), { recipients: [], verdicts: PASS })).toEqual({ outcome: 'dropped', reason: 'too_deep' });
  });

  it('a header injection in the subject never reaches our headers', async () => {
    const { handle, mailer } = setup();
    await handle(eml('header-injection.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    for (const m of mailer.sent) {
      expect(m.subject).not.toMatch(/[\r\n]/);
      for (const h of m.headers ?? []) expect(h.value).not.toMatch(/[\r\n]/);
    }
    expect(mailer.sent).toHaveLength(1);
  });

  it('hands image attachments to the photo pipeline as uploads of the case, once however often the mail comes', async () => {
    // Prepare
    const { handle, store, photos } = setup();
    // Act: the same message delivered twice
    await handle(eml('attachments.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    await handle(eml('attachments.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    // Assess
    const c = [...store.cases.values()][0]!;
    expect(c.attachments).toEqual([{ filename: 'damage.png', contentType: 'image/png', size: expect.any(Number), photo: 'stored' }]);
    const uploads = [...photos.objects.keys()];
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatch(new RegExp(`^uploads/${c.rma}/[0-9a-f]{32}$`));
    expect(photos.objects.get(uploads[0] as string)?.bytes.slice(0, 4)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });
});

describe('a reply to an existing case', () => {
  const FAIL: Verdicts = { virus: 'PASS', spam: 'FAIL', spf: 'FAIL', dkim: 'FAIL', dmarc: 'FAIL' };
  const plc = { recipients: ['plc-technologies@rma.localhost'] };
  const COMPLETE =
    "It arrived on 15 November, a standard model I bought brand new, it's hardware, unused and not damaged, the seals are intact, still in the original box, the packaging is in perfect condition, labels are still on and nothing is missing.";
  const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgAAACAAEA4iG8MwAAAABJRU5ErkJggg==';
  const withPhoto = (headers: Record<string, string>, text: string) =>
    mail(
      { ...headers, 'Content-Type': 'multipart/mixed; boundary="b1"' },
      [
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        text,
        '--b1',
        'Content-Type: image/png; name="dent.png"',
        'Content-Disposition: attachment; filename="dent.png"',
        'Content-Transfer-Encoding: base64',
        '',
        PNG,
        '--b1--',
      ].join('\r\n'),
    );

  async function openDraft() {
    const t = setup();
    await t.handle(mail({ Subject: 'return please', 'Message-ID': '<v-1@example.com>' }, 'I changed my mind about the keyboard.'), { ...plc, verdicts: PASS });
    const draft = [...t.store.cases.values()][0]!;
    return { ...t, draft };
  }

  it('forged (From the customer, every check failed) neither completes nor changes the draft, and mails nobody', async () => {
    // Prepare
    const { handle, store, mailer, draft } = await openDraft();
    // Act: someone else writes "as" the customer, with everything the draft was waiting for
    const forged = await handle(mail({ Subject: `Re: return please [${draft.rma}]`, 'Message-ID': '<forged-1@evil.example>' }, COMPLETE), {
      ...plc,
      verdicts: FAIL,
    });
    // Assess
    expect(forged).toEqual({ outcome: 'held', rma: draft.rma });
    const after = (await store.get(draft.rma))!;
    expect({ status: after.status, facts: after.facts, decision: after.decision, tokenHash: after.tokenHash }).toEqual({
      status: 'draft',
      facts: draft.facts,
      decision: draft.decision,
      tokenHash: draft.tokenHash,
    });
    expect(after.flags).toEqual(expect.arrayContaining(['mail_unverified', 'customer_replied']));
    expect(after.flags).not.toContain('no_auto_reply');
    expect(after.transcript?.at(-1)).toMatchObject({ from: 'customer', via: 'email', unverified: true });
    expect(mailer.sent).toHaveLength(1); // only the first question, to the genuine customer
    // The genuine customer's own answer still completes it.
    const genuine = await handle(mail({ Subject: `Re: return please [${draft.rma}]`, 'Message-ID': '<v-2@example.com>' }, COMPLETE), {
      ...plc,
      verdicts: PASS,
    });
    expect(genuine).toMatchObject({ outcome: 'created', rma: draft.rma, replied: true });
  });

  it('unsure (GRAY) is held for staff the same way', async () => {
    const { handle, store, draft } = await openDraft();
    const gray = await handle(mail({ Subject: `Re: [${draft.rma}]`, 'Message-ID': '<g-1@example.com>' }, COMPLETE), {
      ...plc,
      verdicts: { ...PASS, spam: 'GRAY' },
    });
    expect(gray).toEqual({ outcome: 'held', rma: draft.rma });
    expect((await store.get(draft.rma))?.status).toBe('draft');
  });

  it('forged on a decided case adds no files and sends nothing', async () => {
    const { handle, store, mailer, photos } = setup();
    await handle(eml('plain.eml'), { ...plc, verdicts: PASS });
    const c = [...store.cases.values()][0]!;
    const result = await handle(withPhoto({ From: c.contact.email, Subject: `Re: [${c.rma}]`, 'Message-ID': '<f-2@evil.example>' }, 'see photo'), {
      ...plc,
      verdicts: FAIL,
    });
    expect(result).toEqual({ outcome: 'held', rma: c.rma });
    expect((await store.get(c.rma))?.attachments).toEqual(c.attachments);
    expect(photos.objects.size).toBe(0);
    expect(mailer.sent).toHaveLength(1);
  });

  it('is decided under the case’s own policy, whatever address it was sent to', async () => {
    const { handle, store, draft } = await openDraft();
    const reply = await handle(
      mail({ To: 'plextor-eu@rma.localhost', Subject: `Re: return please [${draft.rma}]`, 'Message-ID': '<v-3@example.com>' }, COMPLETE),
      {
        recipients: ['plextor-eu@rma.localhost'],
        verdicts: PASS,
      },
    );
    expect(reply).toMatchObject({ outcome: 'created', rma: draft.rma });
    const done = (await store.get(draft.rma))!;
    expect({ policy: done.policy, decided: done.decision.policy, track: done.decision.track }).toEqual({
      policy: 'plc-technologies',
      decided: 'plc-technologies',
      track: 'unwanted_return',
    });
  });

  it('keeps its photos (into the pipeline) and its words (for staff)', async () => {
    // Prepare: a decided case
    const { handle, store, photos, mailer } = setup();
    await handle(eml('plain.eml'), { ...plc, verdicts: PASS });
    const c = [...store.cases.values()][0]!;
    // Act: the customer answers with the photo the decision asked for
    const result = await handle(
      withPhoto({ From: c.contact.email, Subject: `Re: Broken on arrival [${c.rma}]`, 'Message-ID': '<p-1@example.com>' }, 'Here is the photo of the dent.'),
      { ...plc, verdicts: PASS },
    );
    // Assess
    // Nothing it asks, so the customer is told once that a colleague has it.
    expect(result).toEqual({ outcome: 'acknowledged', rma: c.rma });
    const after = (await store.get(c.rma))!;
    expect(after.attachments?.at(-1)).toEqual({ filename: 'dent.png', contentType: 'image/png', size: expect.any(Number), photo: 'stored' });
    expect([...photos.objects.keys()]).toEqual([expect.stringMatching(new RegExp(`^uploads/${c.rma}/`))]);
    expect(after.transcript?.at(-1)).toMatchObject({ from: 'customer', via: 'email', text: expect.stringContaining('Here is the photo of the dent.') });
    expect(after.flags).toContain('customer_replied');
    expect(mailer.sent).toHaveLength(2);
    expect(mailer.sent[1]?.text).toContain(EMAIL_TEXT.acknowledged(c.rma));
  });

  it('questions the decision answers are answered by return, in the chat’s words; the same kind again is acknowledged once, then goes to staff only', async () => {
    // Prepare: a decided case (PLC collects it)
    const { handle, store, mailer } = setup();
    await handle(eml('plain.eml'), { ...plc, verdicts: PASS });
    const c = [...store.cases.values()][0]!;
    const ask = (id: string, text: string) =>
      handle(mail({ From: c.contact.email, Subject: `Re: Broken on arrival [${c.rma}]`, 'Message-ID': `<${id}@example.com>` }, text), {
        ...plc,
        verdicts: PASS,
      });
    // Act
    const first = await ask('q-a', 'Thanks. Do I have to pay for the courier, or is it free? And when do you collect it?');
    const again = await ask('q-b', 'Sorry, so it costs me nothing at all?');
    const third = await ask('q-c', 'To be sure: nothing to pay at all?');
    const redelivered = await ask('q-a', 'Thanks. Do I have to pay for the courier, or is it free? And when do you collect it?');
    // Assess
    expect([first, again, third, redelivered]).toEqual([
      { outcome: 'answered', rma: c.rma },
      { outcome: 'acknowledged', rma: c.rma },
      { outcome: 'noted', rma: c.rma },
      { outcome: 'duplicate' },
    ]);
    expect(mailer.sent).toHaveLength(3);
    const answer = mailer.sent[1]!;
    // Both questions in the one message are answered: the collection's day is agreed, and staff have the message.
    expect(answer.text).toContain(ANSWER_TEXT.collection('PLC Technologies'));
    expect(answer.subject).toContain(c.rma);
    expect(answer.text).toContain(ANSWER_TEXT.youPay(NEXT_TEXT.payNothing));
    expect(answer.text).toContain(EMAIL_TEXT.answerMore);
    expect(answer.headers?.find((h) => h.name === 'Auto-Submitted')?.value).toBe('auto-replied');
    const after = (await store.get(c.rma))!;
    expect(after.flags).toContain('customer_replied');
    expect(
      Object.entries(after.emails)
        .filter(([key]) => key.startsWith('answer:'))
        .map(([key, e]) => [key, e.state]),
    ).toEqual([['answer:cost+collection', 'sent']]);
  });

  it('asking for a person by reply flags the case for staff and is told, once, that a colleague has it (no answers)', async () => {
    // Prepare: a decided case
    const { handle, store, mailer } = setup();
    await handle(eml('plain.eml'), { ...plc, verdicts: PASS });
    const c = [...store.cases.values()][0]!;
    const ask = (id: string, text: string) =>
      handle(mail({ From: c.contact.email, Subject: `Re: Broken on arrival [${c.rma}]`, 'Message-ID': `<${id}@example.com>` }, text), {
        ...plc,
        verdicts: PASS,
      });
    // Act: from a blind customer (run 4)
    const first = await ask('p-a', 'Can I get a partial refund? I would like a person to look at this please.');
    // Assess
    expect(first).toEqual({ outcome: 'acknowledged', rma: c.rma });
    expect((await store.get(c.rma))!.flags).toEqual(expect.arrayContaining(['customer_replied', 'wants_person']));
    expect(mailer.sent.at(-1)?.text).toContain(EMAIL_TEXT.acknowledged(c.rma));
  });

  it('"can I send the photos by email?" is answered with the photos the decision wants and how to send them', async () => {
    const { handle, store, mailer } = setup();
    await handle(eml('plain.eml'), { ...plc, verdicts: PASS });
    const c = [...store.cases.values()][0]!;
    const result = await handle(
      mail(
        { From: c.contact.email, Subject: `Re: Broken on arrival [${c.rma}]`, 'Message-ID': '<q-photos@example.com>' },
        'I took some pictures with my phone. Can I send them by email?',
      ),
      { ...plc, verdicts: PASS },
    );
    expect(result).toEqual({ outcome: 'answered', rma: c.rma });
    expect(mailer.sent[1]?.text).toContain(
      ANSWER_TEXT.photos(
        c.decision.photos.map((p) => PHOTO_LABELS[p]),
        EMAIL_TEXT.photosByReply,
      ),
    );
    // In the thread of the message it answers, not of the first one (blind run BO).
    expect(mailer.sent[1]?.headers?.[0]).toEqual({ name: 'In-Reply-To', value: '<q-photos@example.com>' });
    // the answer carries a status link of its own, kept hashed on the case
    expect(mailer.sent[1]?.text).toContain(`/status/${c.rma}?token=`);
    expect(mailer.sent[1]?.text).not.toContain(EMAIL_TEXT.statusLinkInConfirmation);
    expect(store.cases.get(c.rma)?.linkHashes).toHaveLength((c.linkHashes?.length ?? 0) + 1);
  });

  it('a question no answer covers, beside one that has its answer, is quoted back as going to a colleague (none skipped in silence)', async () => {
    const { handle, store, mailer } = setup();
    await handle(eml('plain.eml'), { ...plc, verdicts: PASS });
    const c = [...store.cases.values()][0]!;
    const result = await handle(
      mail(
        { From: c.contact.email, Subject: `Re: Broken on arrival [${c.rma}]`, 'Message-ID': '<q-two@example.com>' },
        'Can I send the photos by email?\nDo I have to take the whole thing apart first?',
      ),
      { ...plc, verdicts: PASS },
    );
    expect(result).toEqual({ outcome: 'answered', rma: c.rma });
    expect(mailer.sent[1]?.text).toContain(ANSWER_TEXT.notAnswered(['Do I have to take the whole thing apart first?']));
  });

  it('a question from a sender the checks could not confirm is not answered', async () => {
    const { handle, store, mailer } = setup();
    await handle(eml('plain.eml'), { ...plc, verdicts: PASS });
    const c = [...store.cases.values()][0]!;
    const result = await handle(
      mail({ From: c.contact.email, Subject: `Re: Broken on arrival [${c.rma}]`, 'Message-ID': '<q-forged@example.com>' }, 'Who pays for the courier?'),
      { ...plc, verdicts: { ...PASS, dkim: 'FAIL', spf: 'FAIL', dmarc: 'FAIL' } },
    );
    expect(result).toEqual({ outcome: 'held', rma: c.rma });
    expect(mailer.sent).toHaveLength(1);
  });

  it('keeps at most the last twenty replies, each cut to a readable length', async () => {
    const { handle, store } = setup();
    await handle(eml('plain.eml'), { ...plc, verdicts: PASS });
    const c = [...store.cases.values()][0]!;
    for (let i = 0; i < 25; i++)
      await handle(
        mail({ From: c.contact.email, Subject: `Re: [${c.rma}]`, 'Message-ID': `<r-${i}@example.com>` }, `reply ${i} ${'x'.repeat(MAIL_REPLY_LIMITS.chars)}`),
        { ...plc, verdicts: PASS },
      );
    const lines = (await store.get(c.rma))?.transcript ?? [];
    expect(lines).toHaveLength(MAIL_REPLY_LIMITS.lines);
    expect(lines[0]?.text).toContain('reply 5 ');
    expect(Math.max(...lines.map((l) => l.text.length))).toBe(MAIL_REPLY_LIMITS.chars);
    // Twenty-five full-length replies through the whole email path: more than jest's default 5 s on a busy machine.
  }, 20_000);
});

describe('automatic replies past the daily mail limit', () => {
  it('fifty complete requests from one sender: the first few answered, the rest kept as cases and held for staff', async () => {
    const { handle, store, mailer } = inboundApp('2026-11-22', { perRecipientPerDay: 3, perSenderPerDay: 3 });
    for (let i = 0; i < 50; i++) {
      await handle(
        mail({ Subject: `Broken on arrival ${i}`, 'Message-ID': `<many-${i}@example.com>` }, 'My order 12345 arrived yesterday with a cracked case'),
        {
          recipients: ['plc-technologies@rma.localhost'],
          verdicts: PASS,
        },
      );
    }
    expect(mailer.sent).toHaveLength(3);
    const cases = [...store.cases.values()];
    expect(cases).toHaveLength(50);
    expect(cases.filter((c) => c.flags.includes('mail_limit') && c.emails.confirmation?.state === 'held')).toHaveLength(47);
  });
});

describe('the name an email greets', () => {
  it('is the sender’s display name only when it is a name: a sentence with a link is not repeated', async () => {
    const { handle, store, mailer } = setup();
    await handle(
      mail(
        { From: '"Your account is locked, log in at https://evil.example" <ann@example.com>', Subject: 'Broken on arrival', 'Message-ID': '<n-1@example.com>' },
        'My order 12345 arrived yesterday with a cracked case',
      ),
      { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS },
    );
    const c = [...store.cases.values()][0]!;
    expect(c.contact.name).toBe('ann@example.com');
    expect(mailer.sent[0]?.text).not.toContain('evil.example');
  });
});

describe('an email in German', () => {
  it('is understood, and the case records the language', async () => {
    const { handle, store } = setup();
    const result = await handle(
      mail(
        { Subject: 'Laufwerk defekt', 'Message-ID': '<de-1@example.com>' },
        'Guten Tag, mein Plextor-Laufwerk funktioniert seit dem ersten Tag nicht. Gekauft vor einer Woche, ich wohne in Köln. Die Rechnung habe ich.',
      ),
      { recipients: ['plextor-eu@rma.localhost'], verdicts: PASS },
    );
    expect(result).toMatchObject({ outcome: 'created' });
    const c = [...store.cases.values()][0]!;
    expect({ track: c.decision.track, language: c.language }).toEqual({ track: 'doa', language: 'de' });
  });
});

describe('a code or download by email', () => {
  // Blind run 15 (AN4): an emailed licence key was to be packed for a courier, three emails running.
  it('is approved with nothing to send, flagged for staff to cancel the code; "do I print a label?" is answered so', async () => {
    const { handle, store, mailer } = setup();
    const plc = { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS };
    const first = await handle(
      mail(
        { Subject: 'wrong antivirus', 'Message-ID': '<d-1@example.com>' },
        "Hi, I bought a Kaspersky antivirus download code from you on 20 November but I picked the wrong one, it's for 1 device and I need 3. I have never activated the code.",
      ),
      plc,
    );
    expect(first).toMatchObject({ outcome: 'created', replied: true });
    const c = [...store.cases.values()][0]!;
    expect({ transport: c.decision.transport, flags: c.flags }).toEqual({ transport: 'none', flags: expect.arrayContaining(['cancel_code']) });
    expect(mailer.sent[0]!.text).toContain(NEXT_TEXT.nothingToSend('PLC Technologies'));
    expect(mailer.sent[0]!.text).not.toMatch(/COLLECTION|HOW TO PACK|Preparing products/);
    await handle(mail({ Subject: `Re: wrong antivirus [${c.rma}]`, 'Message-ID': '<d-2@example.com>' }, 'Do I have to print a label?'), plc);
    expect(mailer.sent[1]!.text).toContain(NEXT_TEXT.nothingToSend('PLC Technologies'));
  });
});

describe('a draft whose customer cannot tell what we asked', () => {
  const plc = { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS };
  // From a blind customer (run 9): "I don't know" got the same question again, twice.
  it.each([
    ["I'm sorry, I don't know. I don't have the box anymore.", 'unsure'],
    ['Can a person please look at my order?', 'a person'],
  ])('%s: not asked again; a colleague takes it, and the customer is told once', async (answer) => {
    const { handle, store, mailer } = setup();
    const first = await handle(
      mail(
        { Subject: 'laptop keys', 'Message-ID': '<k-1@example.com>' },
        'I bought a laptop from you, it was delivered 7 months ago. Some keyboard keys stopped working.',
      ),
      plc,
    );
    expect(first).toMatchObject({ outcome: 'draft', missing: ['product.supplierWarrantyMonths'] });
    const draft = [...store.cases.values()][0]!;
    const reply = await handle(mail({ Subject: `Re: laptop keys [${draft.rma}]`, 'Message-ID': '<k-2@example.com>' }, answer), plc);
    expect(reply).toEqual({ outcome: 'acknowledged', rma: draft.rma });
    expect((await store.get(draft.rma))!.flags).toContain('wants_person');
    expect(mailer.sent.map((m) => m.text.includes(EMAIL_TEXT.acknowledged(draft.rma)))).toEqual([false, true]);
    // A third message gets no second note.
    await handle(mail({ Subject: `Re: laptop keys [${draft.rma}]`, 'Message-ID': '<k-3@example.com>' }, 'I really do not know.'), plc);
    expect(mailer.sent).toHaveLength(2);
    // Nor does a message that asks other things: the question is not sent again (blind run 11).
    const later = await handle(mail({ Subject: `Re: laptop keys [${draft.rma}]`, 'Message-ID': '<k-4@example.com>' }, 'Ok thanks. But what do I do now?'), plc);
    expect(later).toEqual({ outcome: 'acknowledged', rma: draft.rma });
    expect(mailer.sent).toHaveLength(2);
    // Blind run 15: what needs no decision is still answered, once ("when will someone get back to me?").
    const asked = await handle(
      mail({ Subject: `Re: laptop keys [${draft.rma}]`, 'Message-ID': '<k-5@example.com>' }, 'Will my files be deleted? And when will someone get back to me?'),
      plc,
    );
    expect(asked).toEqual({ outcome: 'answered', rma: draft.rma });
    expect(mailer.sent).toHaveLength(3);
    expect(mailer.sent[2]!.text).toContain(ANSWER_TEXT.wipeData);
    expect(mailer.sent[2]!.text).toContain(ANSWER_TEXT.replyWhen('PLC Technologies'));
    // No confirmation has gone out: the status link is not said to be in one.
    expect(mailer.sent[2]!.text).toContain(EMAIL_TEXT.statusLinkLater);
    expect(mailer.sent[2]!.text).not.toContain(EMAIL_TEXT.statusLinkInConfirmation);
    await handle(mail({ Subject: `Re: laptop keys [${draft.rma}]`, 'Message-ID': '<k-6@example.com>' }, 'So when will someone get back to me?'), plc);
    expect(mailer.sent).toHaveLength(3);
  });
});

describe('a message whose handling fails half-way', () => {
  const plc = { recipients: ['plc-technologies@rma.localhost'] };
  const boom = () => Object.assign(new Error('DynamoDB is unavailable'), { name: 'UnavailableError' });

  /** Makes `method` of a store or log fail on its `nth` call from now, once. */
  function failOnce(store: object, method: 'create' | 'update' | 'linkThread', nth = 1) {
    const target = store as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const real = target[method]!.bind(store);
    let calls = 0;
    target[method] = async (...args: unknown[]) => {
      calls += 1;
      if (calls === nth) throw boom();
      return real(...args);
    };
  }

  it('a complete request: the redelivery makes the one case and sends the one confirmation', async () => {
    const { handle, store, mailer } = setup();
    failOnce(store, 'create');
    await expect(handle(eml('plain.eml'), { ...plc, verdicts: PASS })).rejects.toThrow('unavailable');
    const again = await handle(eml('plain.eml'), { ...plc, verdicts: PASS });
    expect(again).toMatchObject({ outcome: 'created', replied: true });
    expect([store.cases.size, mailer.sent.length]).toEqual([1, 1]);
    expect(await handle(eml('plain.eml'), { ...plc, verdicts: PASS })).toEqual({ outcome: 'duplicate' });
  });

  it('a new draft that failed after it was stored: the redelivery finds it, no second draft, one question', async () => {
    const { handle, store, mailer, mailLog } = setup();
    const ask = mail({ Subject: 'return please', 'Message-ID': '<h-1@example.com>' }, 'I changed my mind about the keyboard.');
    failOnce(mailLog, 'linkThread'); // the draft is stored, then linking the thread fails
    await expect(handle(ask, { ...plc, verdicts: PASS })).rejects.toThrow('unavailable');
    const second = await handle(ask, { ...plc, verdicts: PASS });
    expect(second).toMatchObject({ outcome: 'draft', replied: true });
    expect([store.cases.size, mailer.sent.length]).toEqual([1, 1]);
  });

  it('a completing answer cut short after "submitted": the redelivery decides it and confirms once', async () => {
    // Prepare: a draft waiting for its answer
    const { handle, store, mailer } = setup();
    await handle(mail({ Subject: 'return please', 'Message-ID': '<c-1@example.com>' }, 'I changed my mind about the keyboard.'), { ...plc, verdicts: PASS });
    const draft = [...store.cases.values()][0]!;
    const answer = mail(
      { Subject: `Re: return please [${draft.rma}]`, 'Message-ID': '<c-2@example.com>' },
      "It arrived on 15 November, a standard model I bought brand new, it's hardware, unused and not damaged, the seals are intact, still in the original box, the packaging is in perfect condition, labels are still on and nothing is missing.",
    );
    // Act: the write after "submitted" fails (linking, the words, submitted, then the decision: the 4th update)
    failOnce(store, 'update', 3);
    await expect(handle(answer, { ...plc, verdicts: PASS })).rejects.toThrow('unavailable');
    const cut = await store.get(draft.rma);
    const again = await handle(answer, { ...plc, verdicts: PASS });
    // Assess
    expect(cut?.status).toBe('submitted');
    expect(again).toMatchObject({ outcome: 'created', rma: draft.rma, replied: true });
    const done = (await store.get(draft.rma))!;
    expect(done.history.map((h) => h.to)).toEqual(['draft', 'submitted', 'approved', 'awaiting_parcel']);
    expect(done.transcript?.filter((l) => l.via === 'email')).toHaveLength(1);
    expect(mailer.sent.filter((m) => m.subject.includes(draft.rma))).toHaveLength(2); // the question, then one confirmation
  });

  it('a handler that died mid-way: its claim is taken over once it is older than a handler can run', async () => {
    const { handle, mailLog, store } = setup();
    let clock = 1_000_000;
    mailLog.now = () => clock;
    await mailLog.claimMessage('<plain-1@mail.example.com>'); // claimed, then the process died
    // Not dropped as handled: this invocation fails, so Lambda tries again later (or keeps it in the failure queue).
    await expect(handle(eml('plain.eml'), { ...plc, verdicts: PASS })).rejects.toThrow(MessageBusyError);
    clock += MESSAGE_CLAIM_STALE_SECONDS + 1;
    expect(await handle(eml('plain.eml'), { ...plc, verdicts: PASS })).toMatchObject({ outcome: 'created' });
    expect(store.cases.size).toBe(1);
  });
});

describe('a message whose words are only in its HTML part', () => {
  it.each(['html-empty-text.eml', 'html-stub-text.eml'])('%s is decided like the plain version, its quoted history and signature left out', async (name) => {
    // Prepare
    const plain = setup();
    const html = setup();
    // Act
    await plain.handle(eml('plain.eml'), { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    const result = await html.handle(eml(name), { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS });
    // Assess
    const want = [...plain.store.cases.values()][0]!;
    const got = [...html.store.cases.values()][0]!;
    expect(result).toMatchObject({ outcome: 'created', replied: true });
    expect({ facts: got.facts, outcome: got.decision.outcome, track: got.decision.track }).toEqual({
      facts: want.facts,
      outcome: want.decision.outcome,
      track: want.decision.track,
    });
    expect(html.mailer.sent.map((m) => m.subject.replace(got.rma, '…'))).toEqual(plain.mailer.sent.map((m) => m.subject.replace(want.rma, '…')));
  });
});

describe('an attached invoice', () => {
  const plextor = { recipients: ['plextor-eu@rma.localhost'], verdicts: PASS };
  const DOA = 'My Plextor drive never worked. I bought it 5 days ago in Germany and the drive is not damaged.';
  const PDF = 'JVBERi0xLjQKMSAwIG9iajw8Pj5lbmRvYmoKdHJhaWxlcjw8Pj4KJSVFT0YK';
  const withFile = (headers: Record<string, string>, body: string, filename: string) =>
    mail(
      { To: 'plextor-eu@rma.localhost', 'Content-Type': 'multipart/mixed; boundary="b"', ...headers },
      [
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        body,
        '--b',
        `Content-Type: application/pdf; name="${filename}"`,
        `Content-Disposition: attachment; filename="${filename}"`,
        'Content-Transfer-Encoding: base64',
        '',
        PDF,
        '--b--',
      ].join('\r\n'),
    );

  it('without it, the invoice copy is presumed: decided at once, and the confirmation says it must go in the parcel', async () => {
    const { handle, mailer, store } = setup();
    const result = await handle(mail({ To: 'plextor-eu@rma.localhost', Subject: 'DOA drive', 'Message-ID': '<px-no-invoice@example.de>' }, DOA), plextor);
    expect(result).toMatchObject({ outcome: 'created' });
    const c = [...store.cases.values()][0]!;
    expect({ invoiceCopy: c.facts.invoiceCopy, track: c.decision.track, presumed: c.decision.presumed }).toEqual({
      invoiceCopy: undefined,
      track: 'doa',
      presumed: expect.arrayContaining(['invoiceCopy']),
    });
    expect(mailer.sent[0]?.text).toContain(DOCUMENT_LABELS.invoice_copy);
  });

  it.each(['plextor-invoice-attached.eml', 'plextor-receipt-photo.eml'])('%s counts as the invoice copy: decided, nothing asked', async (name) => {
    const { handle, store, mailer } = setup();
    const result = await handle(eml(name), plextor);
    const c = [...store.cases.values()][0]!;
    expect(result).toMatchObject({ outcome: 'created', replied: true });
    expect({ invoiceCopy: c.facts.invoiceCopy, track: c.decision.track, missing: c.decision.missing }).toEqual({
      invoiceCopy: true,
      track: 'doa',
      missing: [],
    });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.subject).not.toContain('we need a few details');
    expect(mailer.sent[0]?.text).not.toContain(FACT_LABELS.invoiceCopy);
  });

  it('does not outweigh the words: "I lost the invoice" stays no invoice', async () => {
    const { handle, store } = setup();
    await handle(
      withFile({ Subject: 'DOA drive', 'Message-ID': '<px-lost@example.de>' }, `${DOA} I lost the invoice, here is the order page.`, 'invoice.pdf'),
      plextor,
    );
    expect([...store.cases.values()][0]?.facts.invoiceCopy).toBe(false);
  });

  it('a file not named as one is not the invoice: the invoice stays presumed, not stated', async () => {
    const { handle, store } = setup();
    await handle(withFile({ Subject: 'DOA drive', 'Message-ID': '<px-manual@example.de>' }, DOA, 'manual.pdf'), plextor);
    const c = [...store.cases.values()][0]!;
    expect({ invoiceCopy: c.facts.invoiceCopy, presumed: c.decision.presumed.includes('invoiceCopy') }).toEqual({ invoiceCopy: undefined, presumed: true });
  });

  it('sent with the answer to a question, with no word about it, counts as the invoice copy', async () => {
    const { handle, store, mailer } = setup();
    await handle(
      mail(
        { To: 'plextor-eu@rma.localhost', Subject: 'DOA drive', 'Message-ID': '<px-ask@example.de>' },
        'My Plextor drive never worked. I am in Germany and the drive is not damaged.',
      ),
      plextor,
    );
    const draft = [...store.cases.values()][0]!;
    expect(draft.decision.missing).toEqual(['purchaseDate']);
    const answer = await handle(
      withFile(
        { Subject: `Re: DOA drive [${draft.rma}]`, 'Message-ID': '<px-answer@example.de>' },
        'Bought it 5 days ago, here you go.',
        'Rechnung_2026-11.pdf',
      ),
      plextor,
    );
    expect(answer).toMatchObject({ outcome: 'created', rma: draft.rma });
    const c = await store.get(draft.rma);
    expect({ track: c?.decision.track, invoiceCopy: c?.facts.invoiceCopy, presumed: c?.decision.presumed.includes('invoiceCopy') }).toEqual({
      track: 'doa',
      invoiceCopy: true,
      presumed: false,
    });
    expect(mailer.sent).toHaveLength(2);
  });
});

describe('the reply asking what is missing', () => {
  const plc = { recipients: ['plc-technologies@rma.localhost'], verdicts: PASS };

  it('to a vague request asks only what the customer alone can tell, the reason first', async () => {
    // Prepare
    const { handle, mailer } = setup();
    // Act
    const result = await handle(mail({ Subject: 'return', 'Message-ID': '<vague@example.com>' }, 'Hello, I would like to send something back.'), plc);
    // Assess
    const missing = (result as { missing: (keyof typeof FACT_LABELS)[] }).missing;
    expect(missing).toEqual(['reason', 'deliveryDate']);
    const ask = mailer.sent[0]!;
    const numbered = ask.text.split('\n').filter((l) => /^\s+\d+\. /.test(l));
    expect(numbered).toEqual(missing.map((m, i) => `  ${i + 1}. ${FACT_LABELS[m]}`));
    expect(ask.text).not.toContain(EMAIL_TEXT.missingMore);
  });

  it('never lists more than five questions, and then says more may follow', async () => {
    const { handle, store } = setup();
    await handle(mail({ Subject: 'return', 'Message-ID': '<vague-2@example.com>' }, 'Hello, I would like to send something back.'), plc);
    const draft = [...store.cases.values()][0]!;
    const seven = ['reason', 'deliveryDate', 'purchaseDate', 'country', 'product.supplierWarrantyMonths', 'product.warrantyMonths', 'invoiceCopy'] as const;
    const ask = renderMissingReply(draft, POLICIES.get('plc-technologies')!, seven);
    expect(ask.text.split('\n').filter((l) => /^\s+\d+\. /.test(l))).toHaveLength(MISSING_QUESTIONS_MAX);
    expect(ask.text).toContain(EMAIL_TEXT.missingMore);
    expect(ask.html.match(/<li>/g)).toHaveLength(MISSING_QUESTIONS_MAX);
  });

  it('with only a few questions asks them all and promises nothing more', async () => {
    const { handle, mailer } = setup();
    await handle(mail({ To: 'plextor-eu@rma.localhost', Subject: 'DOA drive', 'Message-ID': '<px-few@example.de>' }, 'My Plextor drive never worked.'), {
      recipients: ['plextor-eu@rma.localhost'],
      verdicts: PASS,
    });
    const ask = mailer.sent[0]!;
    expect(ask.text).toContain(FACT_LABELS.country);
    expect(ask.text).toContain(FACT_LABELS.purchaseDate);
    expect(ask.text).not.toContain(FACT_LABELS.invoiceCopy);
    expect(ask.text).not.toContain(EMAIL_TEXT.missingMore);
    expect(ask.html).not.toContain(EMAIL_TEXT.missingMore);
  });
});
