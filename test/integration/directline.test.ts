// A client that speaks only the Direct Line 3.0 protocol holds a whole conversation with the bot
// on the local desk, and the confirmation arrives in the outbox.
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createServer } from 'node:http';
import sharp from 'sharp';
import { PROMPTS, QUESTIONS } from '../../bot/prompts';
import { LOCAL_TABLE } from '../../local/stack';
import { outbox, useDesk } from '../support/local-desk';

jest.setTimeout(120_000);

const desk = useDesk();

interface DlActivity {
  type: string;
  text?: string;
  from: { id: string };
  suggestedActions?: { actions: { title: string }[] };
}

class DirectLineClient {
  private watermark = '0';
  constructor(
    private readonly domain: string,
    private readonly token: string,
    readonly conversationId: string,
  ) {}

  /** Another client on the same conversation: the customer coming back later. */
  reopen(): DirectLineClient {
    const again = new DirectLineClient(this.domain, this.token, this.conversationId);
    again.watermark = this.watermark;
    return again;
  }

  static async start(deskUrl: string): Promise<DirectLineClient> {
    const t = (await (await fetch(`${deskUrl}/api/chat/token`, { method: 'POST' })).json()) as { token: string; conversationId: string; domain: string };
    const res = await fetch(`${t.domain}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${t.token}` } });
    expect(res.status).toBe(201);
    return new DirectLineClient(t.domain, t.token, ((await res.json()) as { conversationId: string }).conversationId);
  }

  private headers() {
    return { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' };
  }

  async post(activity: Record<string, unknown>): Promise<void> {
    const res = await fetch(`${this.domain}/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ from: { id: 'dl_test' }, ...activity }),
    });
    expect(res.status).toBe(200);
  }

  /** The bot's activities since the last call. */
  async replies(): Promise<DlActivity[]> {
    const res = await fetch(`${this.domain}/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, { headers: this.headers() });
    const body = (await res.json()) as { activities: DlActivity[]; watermark: string };
    this.watermark = body.watermark;
    return body.activities.filter((a) => a.from.id !== 'dl_test');
  }

  /** What Web Chat does for a message with files: the activity and the files, multipart, to /upload. */
  async upload(files: { name: string; type: string; bytes: Uint8Array }[], text?: string): Promise<string[]> {
    const form = new FormData();
    form.append(
      'activity',
      new Blob(
        [
          JSON.stringify({
            type: 'message',
            from: { id: 'dl_test' },
            ...(text ? { text } : {}),
            attachments: files.map((f) => ({ contentType: f.type, name: f.name })),
          }),
        ],
        { type: 'application/vnd.microsoft.activity' },
      ),
    );
    for (const f of files) form.append('file', new Blob([Buffer.from(f.bytes)], { type: f.type }), f.name);
    const res = await fetch(`${this.domain}/conversations/${this.conversationId}/upload?userId=dl_test`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    });
    expect(res.status).toBe(200);
    return (await this.replies()).map((a) => a.text ?? '');
  }

  async say(text: string): Promise<string[]> {
    await this.post({ type: 'message', text });
    return (await this.replies()).map((a) => a.text ?? '');
  }
}

describe('the local Direct Line', () => {
  it('carries a whole conversation from the first message to an RMA number and the email', async () => {
    // Prepare
    const dl = await DirectLineClient.start(desk().desk.url);
    await dl.post({ type: 'event', name: 'start', value: {} });
    const greeting = await dl.replies();
    expect(greeting.map((a) => a.text)).toEqual([PROMPTS.greeting, PROMPTS.askPolicy]);
    expect(greeting[1]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['Plextor Europe', 'PLC Technologies']);
    // Act
    const today = new Date().toISOString().slice(0, 10);
    const bought = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
    const decided = await dl.say(`hi, my Plextor drive I bought on ${bought} in Germany was dead when I opened it, I have the invoice`);
    expect(decided[decided.length - 1]).toBe(PROMPTS.askName);
    expect(await dl.say('Dirk Beispiel')).toEqual([PROMPTS.askEmail('Dirk Beispiel')]);
    const summary = await dl.say('dirk@example.de');
    expect(summary[0]).toMatch(/^Here's what I have:/);
    expect(summary[1]).toBe(PROMPTS.confirmQuestion);
    const done = await dl.say('Yes, register it');
    // Assess
    const rma = /RMA-[0-9A-Z]{9}/.exec(done[0] ?? '')?.[0];
    expect(rma).toBeDefined();
    const mail = (await outbox(desk().desk)).find((m) => m.to.includes('dirk@example.de'));
    expect(mail?.subject).toContain(rma);
    expect(mail?.text).toContain('dead-on-arrival');
    expect(today >= bought).toBe(true);
  });

  it('refuses a wrong token, and answers a CORS preflight for the desk’s own origin only', async () => {
    const t = (await (await fetch(`${desk().desk.url}/api/chat/token`, { method: 'POST' })).json()) as { conversationId: string; domain: string };
    const wrong = await fetch(`${t.domain}/conversations/${t.conversationId}/activities`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(403);
    const pre = await fetch(`${t.domain}/conversations`, {
      method: 'OPTIONS',
      headers: {
        origin: desk().desk.url,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-ms-bot-agent',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(desk().desk.url);
    expect(pre.headers.get('access-control-allow-headers')).toBe('authorization,content-type,x-ms-bot-agent');
    const other = await fetch(`${t.domain}/conversations`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('a customer coming back to the same conversation continues where it stopped', async () => {
    const first = await DirectLineClient.start(desk().desk.url);
    await first.say('PLC Technologies');
    expect(await first.say('I changed my mind')).toEqual([QUESTIONS.deliveryDate.text]);
    const later = first.reopen();
    const decided = await later.say('it arrived yesterday');
    expect(decided[0]).toMatch(/^Good news — your return is approved\./);
    expect(decided[decided.length - 1]).toBe(PROMPTS.askName);
  });

  it('a 100 KB message is answered politely, and the conversation goes on where it was', async () => {
    const dl = await DirectLineClient.start(desk().desk.url);
    await dl.say('PLC Technologies');
    expect(await dl.say('x'.repeat(100 * 1024))).toEqual([PROMPTS.tooLong]);
    expect(await dl.say('I changed my mind')).toEqual([QUESTIONS.deliveryDate.text]);
  });

  it('/api/messages answers only to the local Direct Line: another serviceUrl is refused, and nothing is posted there', async () => {
    // Prepare: a server that records whatever the bot would post to it
    const posted: string[] = [];
    const elsewhere = createServer((req, res) => {
      posted.push(`${req.method} ${req.url}`);
      res.end('{}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(elsewhere.address() as { port: number }).port}/`;
    // Act
    const res = await fetch(`${desk().desk.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'hello',
        channelId: 'directline',
        serviceUrl,
        conversation: { id: 'ssrf' },
        from: { id: 'u' },
        recipient: { id: 'bot' },
      }),
    });
    await new Promise((r) => setTimeout(r, 300));
    await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
    // Assess: unsigned, so refused before anything else is looked at
    expect(res.status).toBe(401);
    expect(posted).toEqual([]);
  });

  it('/api/messages refuses (401) an activity that did not come through the local Direct Line: no turn, no case, no email', async () => {
    // Prepare: a customer's conversation, one step from registering a case
    const victim = await DirectLineClient.start(desk().desk.url);
    for (const text of ['PLC Technologies', 'you sent me the wrong item', 'Vic', 'victim@example.com']) await victim.say(text);
    const scan = async () => (await desk().table.send(new ScanCommand({ TableName: LOCAL_TABLE, ConsistentRead: true }))).Items ?? [];
    const tableBefore = await scan();
    const mailBefore = (await outbox(desk().desk)).length;
    const { conversationId } = victim;
    const forged = (conversation: string, headers: Record<string, string> = {}) =>
      fetch(`${desk().desk.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          type: 'message',
          text: 'yes',
          channelId: 'directline',
          serviceUrl: `${desk().desk.url}/directline`,
          conversation: { id: conversation },
          from: { id: 'dl_test' },
          recipient: { id: 'rma-assistant' },
          deliveryMode: 'expectReplies',
        }),
      });
    // Act: the victim's conversation, a made-up one, and a guessed secret
    const answers = await Promise.all([forged(conversationId), forged('made-up'), forged(conversationId, { authorization: 'Bearer guessed' })]);
    await new Promise((r) => setTimeout(r, 300));
    // Assess
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401]);
    expect(await scan()).toEqual(tableBefore);
    expect(await outbox(desk().desk)).toHaveLength(mailBefore);
    expect((await outbox(desk().desk)).filter((m) => m.to.includes('victim@example.com'))).toEqual([]);
    // …and the customer's own "yes", through the Direct Line, still registers the case
    const done = await victim.say('yes');
    expect(done[0]).toMatch(/RMA-[0-9A-Z]{9}/);
    expect((await outbox(desk().desk)).filter((m) => m.to.includes('victim@example.com'))).toHaveLength(1);
  });

  it('a retried activity registers no second case', async () => {
    const dl = await DirectLineClient.start(desk().desk.url);
    for (const text of ['PLC Technologies', 'you sent me the wrong item', 'Ann', 'retry@example.com']) await dl.say(text);
    await dl.say('yes');
    await dl.say('yes');
    const mails = (await outbox(desk().desk)).filter((m) => m.to.includes('retry@example.com'));
    expect(mails).toHaveLength(1);
  });

  it('takes photos in the chat: held until the case exists, then added to it; later ones go straight in', async () => {
    // Prepare
    const photo = new Uint8Array(
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#357' } })
        .jpeg()
        .toBuffer(),
    );
    const dl = await DirectLineClient.start(desk().desk.url);
    await dl.say('PLC Technologies');
    // Act
    const held = await dl.upload([{ name: 'box.jpg', type: 'image/jpeg', bytes: photo }]);
    const notPhoto = await dl.upload([{ name: 'notes.txt', type: 'text/plain', bytes: new TextEncoder().encode('hello') }]);
    for (const text of ['you sent me the wrong item', 'Pia', 'pia@example.com']) await dl.say(text);
    const done = await dl.say('yes');
    const rma = /RMA-[0-9A-Z]{9}/.exec(done[0] ?? '')?.[0] as string;
    const later = await dl.upload([{ name: 'label.jpg', type: 'image/jpeg', bytes: photo }], 'and the label');
    // Assess
    expect(held).toEqual([PROMPTS.photos.kept(1)]);
    expect(notPhoto).toEqual([PROMPTS.photos.notPhoto]);
    expect(done).toContain(PROMPTS.photos.attached(1, rma));
    expect(later[0]).toBe(PROMPTS.photos.added(1, rma));
    let photos: { status: string }[] = [];
    for (let i = 0; i < 100 && photos.length < 2; i++) {
      const { Item } = await desk().table.send(new GetCommand({ TableName: LOCAL_TABLE, Key: { pk: `CASE#${rma}`, sk: 'CASE' } }));
      photos = (Item?.photos ?? []) as { status: string }[];
      if (photos.length < 2) await new Promise((r) => setTimeout(r, 100));
    }
    expect(photos.map((p) => p.status)).toEqual(['ready', 'ready']);
  });
});
