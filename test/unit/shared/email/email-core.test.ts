import fc from 'fast-check';
import { automaticReason } from '../../../../shared/email/automatic';
import { headerValue, messageId, replySubject } from '../../../../shared/email/headers';
import { simpleParser } from 'mailparser';
import { checkLimits } from '../../../../shared/email/limits';
import { newText } from '../../../../shared/email/quoted';
import { mayAutoReply, verdictAction, type VerdictStatus, type Verdicts } from '../../../../shared/email/verdicts';

const STATUSES: VerdictStatus[] = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED'];

describe('SES verdicts', () => {
  // All 4^5 = 1,024 combinations of the five verdicts.
  const all: Verdicts[] = [];
  for (const virus of STATUSES)
    for (const spam of STATUSES)
      for (const spf of STATUSES) for (const dkim of STATUSES) for (const dmarc of STATUSES) all.push({ virus, spam, spf, dkim, dmarc });

  it('has every combination', () => {
    expect(all).toHaveLength(1024);
  });

  it('never replies automatically when any verdict is FAIL', () => {
    const replying = all.filter((v) => Object.values(v).includes('FAIL') && mayAutoReply(v));
    expect(replying).toEqual([]);
  });

  it('drops a virus, holds GRAY or PROCESSING_FAILED for staff, and handles all-PASS', () => {
    const counts = all.reduce<Record<string, number>>((acc, v) => ({ ...acc, [verdictAction(v).action]: (acc[verdictAction(v).action] ?? 0) + 1 }), {});
    // virus FAIL: 4^4 = 256; other FAILs with a non-FAIL virus: 3·(4^4 − 3^4) = 525; no FAIL but some
    // GRAY/PROCESSING_FAILED: 3^5 − 1 = 242; all PASS: 1.
    expect(counts).toEqual({ drop: 256, no_reply: 525, review: 242, handle: 1 });
  });
});

describe('mail that gets no automatic reply (RFC 3834)', () => {
  const view = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] });
  it.each([
    ['Auto-Submitted: auto-replied', { 'auto-submitted': 'auto-replied' }, 'ann@example.com', 'auto_submitted'],
    ['Auto-Submitted: auto-generated', { 'auto-submitted': 'auto-generated' }, 'ann@example.com', 'auto_submitted'],
    ['Precedence: bulk', { precedence: 'bulk' }, 'news@shop.example', 'bulk_or_list'],
    ['a List-Id', { 'list-id': '<returns.lists.example>' }, 'ann@example.com', 'bulk_or_list'],
    ['a bounce report', { 'content-type': 'multipart/report; report-type=delivery-status' }, 'ann@example.com', 'bounce'],
    ['a null return path', { 'return-path': '<>' }, 'ann@example.com', 'null_return_path'],
    ['MAILER-DAEMON', {}, 'MAILER-DAEMON@mx.example.com', 'daemon_sender'],
    ['postmaster', {}, 'postmaster@example.com', 'daemon_sender'],
    ['our own address', {}, 'returns@rma.localhost', 'own_address'],
    ['Outlook out of office', { 'x-auto-response-suppress': 'All' }, 'ann@example.com', 'suppressed'],
  ])('%s', (_name, headers, from, reason) => {
    expect(automaticReason(view(headers), from, ['rma.localhost'])).toBe(reason);
  });

  it('a person writing, even with Auto-Submitted: no, gets an answer', () => {
    expect(automaticReason(view({ 'auto-submitted': 'no', subject: 'My order' }), 'ann@example.com', ['rma.localhost'])).toBeUndefined();
  });
});

describe('header values we build', () => {
  it('never contain a line break, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => {
        for (const v of [headerValue(s), replySubject(s), replySubject(s, 'RMA-123456789')]) {
          // eslint-disable-next-line no-control-regex -- matching control characters is the point
          if (/[\r\n\u0000\u2028\u2029\u0085]/.test(v)) return false;
          if (`Subject: ${v}`.split(/\r?\n/).length !== 1) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('reply subjects: one "Re:", the reference once', () => {
    expect(replySubject('Re: RE: my drive')).toBe('Re: my drive');
    expect(replySubject('my drive', 'RMA-7KQ2M9XA4')).toBe('Re: my drive [RMA-7KQ2M9XA4]');
    expect(replySubject('Re: my drive [RMA-7KQ2M9XA4]', 'RMA-7KQ2M9XA4')).toBe('Re: my drive [RMA-7KQ2M9XA4]');
    expect(replySubject(undefined)).toBe('Re: your return request');
  });

  it('reads Message-IDs and refuses anything else', () => {
    expect(messageId(' <abc.123@mail.example.com> ')).toBe('<abc.123@mail.example.com>');
    expect(messageId('<a@b>\r\nBcc: victim@example.com')).toBe('<a@b>');
    expect(messageId('not-an-id')).toBeUndefined();
    expect(messageId('<no-at-sign>')).toBeUndefined();
  });
});

describe('MIME limits, before parsing', () => {
  const multipart = (boundary: string, parts: string[]) =>
    [`Content-Type: multipart/mixed; boundary="${boundary}"`, '', ...parts.flatMap((p) => [`--${boundary}`, p]), `--${boundary}--`, ''].join('\r\n');
  const textPart = 'Content-Type: text/plain\r\n\r\nhello';

  it('passes an ordinary message and counts its parts', () => {
    const raw = new TextEncoder().encode(`From: a@b.c\r\nSubject: x\r\n${multipart('b1', [textPart, textPart])}`);
    expect(checkLimits(raw)).toEqual({ ok: true, parts: 2, depth: 1 });
  });

  it('refuses a part bomb', () => {
    const raw = new TextEncoder().encode(
      `From: a@b.c\r\n${multipart(
        'b1',
        Array.from({ length: 5000 }, () => textPart),
      )}`,
    );
    expect(checkLimits(raw)).toEqual({ ok: false, reason: 'too_many_parts' });
  });

  it('refuses a nesting bomb', () => {
    let inner = textPart;
    for (let i = 0; i < 50; i++) inner = multipart(`n${i}`, [inner]);
    const raw = new TextEncoder().encode(`From: a@b.c\r\n${inner}`);
    expect(checkLimits(raw)).toEqual({ ok: false, reason: 'too_deep' });
  });

  // The boundary written the ways RFC 2231 allows: the MIME parser reads every one of them.
  it.each([
    ['continued', 'multipart/mixed; boundary*0="sp"; boundary*1="lit"', 'split'],
    ['extended', "multipart/mixed; boundary*=utf-8''sp%6Cit", 'split'],
    ['folded after another header', 'multipart/mixed;\r\n boundary="split"', 'split'],
  ])('counts the parts of a %s boundary as the parser does', (_, contentType, boundary) => {
    const parts = Array.from({ length: 300 }, () => `--${boundary}\r\n${textPart}`).join('\r\n');
    const raw = new TextEncoder().encode(`From: a@b.c\r\nContent-Type: ${contentType}\r\nX-Other: a\r\n b\r\n\r\n${parts}\r\n--${boundary}--\r\n`);
    expect(checkLimits(raw)).toEqual({ ok: false, reason: 'too_many_parts' });
  });

  it('the parser sees the same 300 parts in a continued boundary (why the check must read it)', async () => {
    const parts = Array.from(
      { length: 300 },
      (_, i) => `--split\r\nContent-Type: application/pdf; name="f${i}.pdf"\r\nContent-Disposition: attachment; filename="f${i}.pdf"\r\n\r\nx`,
    ).join('\r\n');
    const raw = `From: a@b.c\r\nContent-Type: multipart/mixed; boundary*0="sp"; boundary*1="lit"\r\n\r\n${parts}\r\n--split--\r\n`;
    expect((await simpleParser(raw)).attachments).toHaveLength(300);
  });

  it('refuses a message over the size cap', () => {
    expect(checkLimits(new Uint8Array(11 * 1024 * 1024))).toEqual({ ok: false, reason: 'too_large' });
  });
});

describe('the new text of a reply', () => {
  it.each([
    ['plain text', 'It arrived cracked.', 'It arrived cracked.'],
    ['a Gmail quote', 'Yes, still sealed.\n\nOn Mon, 16 Nov 2026 at 10:01, Returns <r@x.example> wrote:\n> When was it delivered?', 'Yes, still sealed.'],
    ['an Outlook quote', 'It came on the 5th.\n\n-----Original Message-----\nFrom: Returns\nSent: Monday\nSubject: your return', 'It came on the 5th.'],
    ['an Outlook header block', 'No.\r\n\r\nFrom: Returns desk <r@x.example>\r\nSent: 16 November 2026 10:01\r\nTo: Ann', 'No.'],
    ['quoted lines inline', '> Has it been used?\nNo, never.', 'No, never.'],
    ['a signature', 'Bought on 3 May.\n-- \nAnn Smith\n+27 82 000 0000', 'Bought on 3 May.'],
    ['a phone footer', 'It is the wrong colour\n\nSent from my iPhone', 'It is the wrong colour'],
    ['a German quote', 'Ja.\n\nAm 16.11.2026 um 10:01 schrieb Returns <r@x.example>:\n> Frage', 'Ja.'],
    // Blind run BM: Lukas's mail program quoted the desk's question, which was then read as his.
    [
      'a German Outlook quote',
      'gekauft am 14.04.2025.\n\nLG\nLukas\n\n-----Ursprüngliche Nachricht-----\nVon: Plextor Europe\nGesendet: 29.11.2026\nBetreff: Re\n\nWann haben Sie es gekauft?',
      'gekauft am 14.04.2025.\n\nLG\nLukas',
    ],
    ['a German header block', 'Nein.\n\nVon: Rücksende-Team <r@x.example>\nGesendet: Montag, 16. November 2026 10:01\nAn: Lukas', 'Nein.'],
    ['a French quote', 'Oui.\n\n-------- Message d’origine --------\nDe : Retours\nDate : lundi', 'Oui.'],
    ['a French header block', 'Non.\n\nDe : Service retours <r@x.example>\nEnvoyé : lundi 16 novembre 2026 10:01\nÀ : Camille', 'Non.'],
  ])('%s', (_name, body, expected) => {
    expect(newText(body)).toBe(expected);
  });
});
