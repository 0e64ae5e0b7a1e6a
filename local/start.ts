// `npm start` — the whole desk on 127.0.0.1 with real local stand-ins of the AWS services.
// `npm start -- --fresh` wipes the data under .data/ first. Ctrl-C stops everything.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAIL_LIMITS } from '../shared/cases/ports';
import { POLICIES } from '../shared/rules';
import { startDesk } from './desk';
import { MissingJavaError, startStack } from './stack';

const ROOT = join(__dirname, '..');
// DATA_DIR lets tests run the real entry point on a throwaway directory.
const DATA = process.env.DATA_DIR ?? join(ROOT, '.data');

function envNumber(name: string, fallback: number, min: number, max: number, what: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`${name} must be ${what} (${min}-${max}), not ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return value;
}

const envPort = (name: string, fallback: number) => envNumber(name, fallback, 0, 65535, 'a port number');
// The daily limits on automatic mail, as on AWS (MAIL_LIMIT_PER_RECIPIENT, MAIL_LIMIT_PER_SENDER).
const mailLimits = {
  perRecipientPerDay: envNumber('MAIL_LIMIT_PER_RECIPIENT', DEFAULT_MAIL_LIMITS.perRecipientPerDay, 1, 100000, 'emails a day'),
  perSenderPerDay: envNumber('MAIL_LIMIT_PER_SENDER', DEFAULT_MAIL_LIMITS.perSenderPerDay, 1, 100000, 'emails a day'),
};

async function main(): Promise<void> {
  if (process.argv.includes('--fresh')) {
    rmSync(DATA, { recursive: true, force: true });
    console.log(`Wiped ${DATA} (--fresh).`);
  }
  console.log('Starting the local stand-ins (DynamoDB Local, SES, S3)…');
  const stack = await startStack({
    dataDir: DATA,
    persist: true,
    ports: { dynamodb: envPort('DYNAMODB_PORT', 8700), ses: envPort('SES_PORT', 8705), s3: envPort('S3_PORT', 8710) },
  });
  // The staff desk's token: STAFF_TOKEN fixes it (scripts, tests); otherwise a new one each start.
  const desk = await startDesk({
    port: envPort('PORT', 3000),
    smtpPort: envPort('SMTP_PORT', 2525),
    stack,
    mailLimits,
    ...(process.env.STAFF_TOKEN ? { staffToken: process.env.STAFF_TOKEN } : {}),
  });

  console.log(`
The returns desk is running (data in .data/, kept across restarts):

  Desk            ${desk.url}/
  RMA form        ${desk.url}/form
  Status pages    ${desk.url}/status/{rma}?token=…   (the link is in each confirmation email)
  Form API        ${desk.url}/api/assess · ${desk.url}/api/cases · ${desk.url}/api/cases/{rma}
  Chat            ${desk.url}/chat
  Staff desk      ${desk.url}/staff   token: ${desk.staffToken}
  21-day check    runs hourly; now: npm run sla   (as if N days later: npm run sla -- --days N)
  Emails sent     ${desk.url}/_local/outbox   (JSON; web view: ${stack.endpoints.ses}/)
  Inbound mail    SMTP on 127.0.0.1:${desk.smtpPort} — write to ${[...POLICIES.keys()].map((id) => `${id}@rma.localhost`).join(' or ')}
  DynamoDB Local  ${stack.endpoints.dynamodb}
  S3 (s3rver)     ${stack.endpoints.s3}

Press Ctrl-C to stop.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await desk.close();
    await stack.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof MissingJavaError) console.error(error.message);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `A port is already in use (${(error as Error).message}). Stop the other program, or choose ports with PORT, SMTP_PORT, DYNAMODB_PORT, SES_PORT and S3_PORT.`,
    );
  } else console.error(error);
  process.exit(1);
});
