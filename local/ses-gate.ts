// What stands in front of aws-ses-v2-local on the advertised SES port, so that the local SES answers
// as SES's mailbox simulator does: mail to bounce@simulator.amazonses.com bounces for good and mail to
// complaint@simulator.amazonses.com draws a complaint (a "+label" before the @ is allowed, as on SES).
// The event is shaped as a configuration set publishes it (eventType, mail.tags with the message's
// EmailTags) and handed to the listeners a moment after the send, as SNS would deliver it. Every
// request is passed on unchanged; the gate answers only to its own host names.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { isOwnHost, misdirected } from './host-guard';

export const SIMULATOR_DOMAIN = 'simulator.amazonses.com';

export interface SesGate {
  port: number;
  /** A fault drill's switch: while set, every connection is dropped as a crashed service's would be. */
  down: boolean;
  /** An SNS message body for each simulated bounce or complaint. */
  onFeedback(listener: (message: string) => void): void;
  close(): Promise<void>;
}

interface SendRequest {
  Destination?: { ToAddresses?: string[] };
  EmailTags?: { Name: string; Value: string }[];
  FromEmailAddress?: string;
}

/** What the simulator does with mail to `address`, if it is one of its addresses. */
export function simulated(address: string): 'bounce' | 'complaint' | undefined {
  const m = /^(bounce|complaint)(\+[^@]*)?@(.+)$/i.exec(address.trim());
  if (!m || m[3]?.toLowerCase() !== SIMULATOR_DOMAIN) return undefined;
  return m[1]?.toLowerCase() as 'bounce' | 'complaint';
}

/** The event a configuration set publishes for `kind` (the fields SES sends that the desk reads, and a few more). */
export function simulatorEvent(kind: 'bounce' | 'complaint', recipients: string[], send: SendRequest, messageId: string, at: Date): string {
  const timestamp = at.toISOString();
  const tags = Object.fromEntries((send.EmailTags ?? []).map((t) => [t.Name, [t.Value]]));
  const mail = { timestamp, source: send.FromEmailAddress ?? '', messageId, destination: send.Destination?.ToAddresses ?? [], tags };
  const list = recipients.map((emailAddress) => ({ emailAddress }));
  return JSON.stringify(
    kind === 'bounce'
      ? {
          eventType: 'Bounce',
          bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: list, timestamp, feedbackId: randomUUID() },
          mail,
        }
      : { eventType: 'Complaint', complaint: { complainedRecipients: list, timestamp, feedbackId: randomUUID() }, mail },
  );
}

export async function startSesGate(options: { port: number; upstreamPort: number }): Promise<SesGate> {
  const listeners: ((message: string) => void)[] = [];
  let down = false;
  const server: Server = createServer((req, res) => {
    if (down) return req.socket.destroy();
    if (!isOwnHost(req.headers.host, options.port)) return misdirected(res, options.port);
    void relay(req, res);
  });

  async function relay(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const upstream = httpRequest({ host: '127.0.0.1', port: options.upstreamPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const out: Buffer[] = [];
      answer.on('data', (c: Buffer) => out.push(c));
      answer.on('end', () => {
        const reply = Buffer.concat(out);
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.end(reply);
        if (req.method === 'POST' && req.url?.startsWith('/v2/email/outbound-emails') && answer.statusCode === 200) feedback(body, reply);
      });
    });
    upstream.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    upstream.end(body);
  }

  function feedback(body: Buffer, reply: Buffer): void {
    let send: SendRequest;
    let messageId: string;
    try {
      send = JSON.parse(body.toString('utf8')) as SendRequest;
      messageId = (JSON.parse(reply.toString('utf8')) as { MessageId?: string }).MessageId ?? randomUUID();
    } catch {
      return;
    }
    const to = send.Destination?.ToAddresses ?? [];
    for (const kind of ['bounce', 'complaint'] as const) {
      const recipients = to.filter((a) => simulated(a) === kind);
      if (recipients.length === 0) continue;
      const message = simulatorEvent(kind, recipients, send, messageId, new Date());
      // SES reports a bounce a moment after accepting the message, never within the send.
      setTimeout(() => listeners.forEach((l) => l(message)), 50);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as { port: number }).port,
    get down() {
      return down;
    },
    set down(value: boolean) {
      down = value;
    },
    onFeedback: (listener) => void listeners.push(listener),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
