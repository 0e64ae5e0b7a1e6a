// Real messages (test/fixtures/email, written for this project) through the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMail, type InboundMessage } from '../../../../shared/email/parse';

const eml = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/email', name)));
async function parsed(name: string): Promise<InboundMessage> {
  const result = await parseMail(eml(name), { ownDomains: ['rma.localhost'] });
  if (!result.ok) throw new Error(result.reason);
  return result.message;
}

describe('parseMail', () => {
  it('a plain message: sender, recipient, id, and the text', async () => {
    const m = await parsed('plain.eml');
    expect(m).toMatchObject({
      from: 'ann@example.com',
      fromName: 'Ann Example',
      to: ['plc-technologies@rma.localhost'],
      messageId: '<plain-1@mail.example.com>',
      thread: [],
      subject: 'Broken on arrival',
    });
    expect(m.text).toBe('My order 12345 arrived yesterday with a cracked case.\n\nAnn');
    expect(m.automatic).toBeUndefined();
  });

  it('an HTML-only message becomes text', async () => {
    expect((await parsed('html-only.eml')).text).toBe('Hello,\nYou sent me the wrong item & I want the right one.');
  });

  it.each(['html-empty-text.eml', 'html-stub-text.eml'])(
    '%s: a text part without words gives way to the HTML part, quoted history and signature removed',
    async (name) => {
      const m = await parsed(name);
      expect(m.text).toMatch(/^My order 12345 arrived yesterday with a cracked case\./);
      expect(m.text).not.toMatch(/HTML|Changed your mind|wrote|From:|Head of Purchasing|\+49|-{3}/);
    },
  );

  it('a text part with words is read, not the HTML beside it', async () => {
    expect((await parsed('multipart-alternative.eml')).text).toBe('You sent the wrong colour.');
  });

  it('a reply: its thread, newest first, and only the new text', async () => {
    const m = await parsed('reply-gmail.eml');
    expect(m.thread).toEqual(['<desk-reply-1@rma.localhost>', '<plain-1@mail.example.com>']);
    expect(m.text).toBe('It is not damaged apart from the case, and I have the invoice.');
  });

  it('an Outlook reply keeps the RMA number in the subject and drops the original', async () => {
    const m = await parsed('outlook-reply.eml');
    expect(m.subject).toContain('RMA-7KQ2M9XAA');
    expect(m.text).toBe('I bought it on 10 November in Belgium.');
  });

  it('a Latin-1 message is decoded', async () => {
    const m = await parsed('latin1.eml');
    expect(m.fromName).toBe('Jürgen Müller');
    expect(m.subject).toBe('Laufwerk funktioniert nicht überhaupt');
    expect(m.text).toContain('Grüße');
  });

  it('keeps image and PDF attachments only', async () => {
    const m = await parsed('attachments.eml');
    expect(m.attachments.map((a) => [a.filename, a.contentType])).toEqual([['damage.png', 'image/png']]);
    expect(m.attachments[0]?.content.slice(0, 4)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it.each([
    ['auto-reply.eml', 'auto_submitted'],
    ['bounce.eml', 'bounce'],
    ['list.eml', 'bulk_or_list'],
  ])('%s is automatic mail (%s)', async (name, reason) => {
    expect((await parsed(name)).automatic).toBe(reason);
  });

  it('a header injection attempt stays inside its header', async () => {
    const m = await parsed('header-injection.eml');
    expect(m.subject).toContain('Bcc');
    expect(m.thread).toEqual(['<a@b>']);
  });

  it('malformed MIME is read as far as it goes', async () => {
    expect((await parsed('malformed.eml')).text).toBe('It stopped working after two months.');
  });
});
