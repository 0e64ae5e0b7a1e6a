// The local desk's inbound mail: an SMTP listener on 127.0.0.1 that stores each message in the local
// S3 inbox and hands it to the same Lambda handler as SES would, with an SES-shaped event.
import { randomBytes } from 'node:crypto';
import type { ObjectStore } from '../shared/adapters/s3/s3-http';
import { SMTPServer } from 'smtp-server';
import { sesEvent } from '../functions/email/inbound';
import type { Verdicts, VerdictStatus } from '../shared/email/verdicts';

const MAX_BYTES = 12 * 1024 * 1024;
const STATUSES = new Set(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']);

/**
 * Verdicts are PASS locally, unless a test says otherwise in its own header:
 * `X-Test-Verdicts: spam=FAIL, dkim=GRAY`.
 */
export function localVerdicts(raw: Uint8Array): Verdicts {
  const head = new TextDecoder('latin1').decode(raw.slice(0, 64 * 1024)).split(/\r?\n\r?\n/)[0] ?? '';
  const line = /^X-Test-Verdicts:\s*(.+)$/im.exec(head)?.[1] ?? '';
  const verdicts: Verdicts = { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };
  for (const part of line.split(',')) {
    const [k, v] = part.split('=').map((x) => x.trim());
    if (k && v && k in verdicts && STATUSES.has(v.toUpperCase())) verdicts[k as keyof Verdicts] = v.toUpperCase() as VerdictStatus;
  }
  return verdicts;
}

export interface LocalSmtp {
  port: number;
  close(): Promise<void>;
}

export async function startSmtp(options: {
  port: number;
  s3: ObjectStore;
  bucket: string;
  prefix: string;
  /** The SES-event handler (functions/email/inbound.ts). */
  deliver(event: ReturnType<typeof sesEvent>): Promise<unknown>;
  onError(error: unknown): void;
}): Promise<LocalSmtp> {
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_BYTES,
    banner: 'RMA desk (local)',
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BYTES) chunks.push(chunk);
      });
      stream.on('end', () => {
        void (async () => {
          try {
            if (size > MAX_BYTES) throw Object.assign(new Error('message too large'), { responseCode: 552 });
            const raw = new Uint8Array(Buffer.concat(chunks));
            const id = randomBytes(12).toString('hex');
            await options.s3.putObject(options.bucket, `${options.prefix}${id}`, raw, 'message/rfc822');
            const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
            await options.deliver(sesEvent(id, recipients, localVerdicts(raw)));
            callback();
          } catch (error) {
            options.onError(error);
            callback(Object.assign(new Error('could not take this message now'), { responseCode: (error as { responseCode?: number }).responseCode ?? 451 }));
          }
        })();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as { port: number };
  return { port: address.port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
