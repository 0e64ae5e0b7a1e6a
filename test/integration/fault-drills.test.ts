// Fault drills on the local desk: DynamoDB Local paused mid-request, the local SES down, the local S3
// down. Each request either succeeds after the SDK's retries or fails with a clear 503; a retry with the
// same Idempotency-Key ends with one case and one email; an asynchronous event that cannot be handled is
// not lost: it waits in the local failure queue until replayed, and a replay twice changes nothing more.
import nodemailer from 'nodemailer';
import { daysAgo, outbox, runDesk, type RunningDesk } from '../support/local-desk';
import { plcUnwantedRequest } from '../support/returns';

jest.setTimeout(180_000);

let running: RunningDesk;
beforeAll(async () => {
  // Lambda's retries seconds apart, and a message claim whose handler never settled it (DynamoDB was
  // paused) taken over after 2 s instead of 2 minutes.
  running = await runDesk({ retryDelaysMs: [100, 200], claimStaleSeconds: 2 });
});
afterAll(async () => {
  running.stack.faults.pauseDynamoDb(false);
  running.stack.faults.sesDown(false);
  running.stack.faults.s3Down(false);
  await running?.stop();
});

const desk = () => running.desk;
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${desk().url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const mailTo = async (address: string) => (await outbox(desk())).filter((m) => m.to.includes(address));
const casesOf = async (address: string) => (await desk().app.findCases({ text: address }, { limit: 10 })).cases;

describe('fault drills on the local desk', () => {
  it('DynamoDB Local paused mid-request: a clear 503; the retry with the same Idempotency-Key makes one case and one email', async () => {
    const address = 'drill.dynamo@example.com';
    const request = plcUnwantedRequest({ email: address, name: 'Dee Drill' }, daysAgo(5));
    running.stack.faults.pauseDynamoDb(true);
    let res: Response;
    try {
      res = await post('/api/cases', request, { 'idempotency-key': 'drill-dynamo-1' });
    } finally {
      running.stack.faults.pauseDynamoDb(false);
    }
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unavailable');
    expect(res.headers.get('retry-after')).not.toBeNull();
    // Act: the client retries as told
    const again = await post('/api/cases', request, { 'idempotency-key': 'drill-dynamo-1' });
    const twice = await post('/api/cases', request, { 'idempotency-key': 'drill-dynamo-1' });
    // Assess
    // The paused request's writes may have landed once DynamoDB ran again (201 then, or 200: the case it made)
    expect([200, 201]).toContain(again.status);
    expect(twice.status).toBe(200);
    expect(((await twice.json()) as { rma: string }).rma).toBe(((await again.json()) as { rma: string }).rma);
    expect(await casesOf(address)).toHaveLength(1);
    // One confirmation at most: either sent by a retry, or still claimed by the paused request (its
    // claim is taken over after two minutes; the 21-day check flags an approval whose email never went).
    const sent = await mailTo(address);
    const [c] = await casesOf(address);
    const state = (await desk().app.getCaseForStaff(c!.rma)).emails.confirmation?.state;
    expect(sent.length === 1 ? state : `unsent, ${state}`).toBe(sent.length === 1 ? 'sent' : 'unsent, sending');
    expect(sent.length).toBeLessThanOrEqual(1);
  });

  it('the local SES down: the case is made and flagged; the retry with the same key sends the one email', async () => {
    const address = 'drill.ses@example.com';
    const request = plcUnwantedRequest({ email: address, name: 'Sam Drill' }, daysAgo(5));
    running.stack.faults.sesDown(true);
    let res: Response;
    try {
      res = await post('/api/cases', request, { 'idempotency-key': 'drill-ses-1' });
    } finally {
      running.stack.faults.sesDown(false);
    }
    // The case stands (its decision is the customer's); the email could not go, and staff see it.
    expect(res.status).toBe(201);
    const { rma } = (await res.json()) as { rma: string };
    const held = await desk().app.getCaseForStaff(rma);
    expect(held.emails.confirmation?.state).toBe('failed');
    expect(held.flags).toContain('email_failed');
    expect(await mailTo(address)).toHaveLength(0);
    // Act
    const again = await post('/api/cases', request, { 'idempotency-key': 'drill-ses-1' });
    await post('/api/cases', request, { 'idempotency-key': 'drill-ses-1' });
    // Assess
    expect(((await again.json()) as { rma: string }).rma).toBe(rma);
    expect(await casesOf(address)).toHaveLength(1);
    expect(await mailTo(address)).toHaveLength(1);
    expect((await desk().app.getCaseForStaff(rma)).emails.confirmation?.state).toBe('sent');
  });

  it('an email while DynamoDB Local is paused waits in the failure queue; the redrive makes its case, and a second replay nothing more', async () => {
    const address = 'drill.mail@example.com';
    const smtp = nodemailer.createTransport({ host: '127.0.0.1', port: desk().smtpPort, secure: false, ignoreTLS: true });
    const message = {
      from: `Mo Drill <${address}>`,
      to: 'plc-technologies@rma.localhost',
      subject: 'Damaged',
      text: 'My order 12345 arrived yesterday with a cracked case',
      messageId: '<drill-mail-1@example.com>',
    };
    running.stack.faults.pauseDynamoDb(true);
    try {
      // SES's part succeeds (the message is stored): the sender is not asked to send it again.
      await smtp.sendMail(message);
    } finally {
      running.stack.faults.pauseDynamoDb(false);
    }
    const failures = async () => ((await (await fetch(`${desk().url}/_local/failures`)).json()) as Record<string, unknown[]>).inboundMail ?? [];
    expect(await failures()).toHaveLength(1);
    expect(await mailTo(address)).toHaveLength(0);
    // Act: replay what waits (as npm run redrive -- inboundMail does), once the failed handler's claim is stale
    await new Promise((r) => setTimeout(r, 3_000));
    const redrive = await fetch(`${desk().url}/_local/redrive/inboundMail`, { method: 'POST' });
    // Assess
    expect(await redrive.json()).toEqual({ queue: 'inboundMail', replayed: 1, failed: 0, left: 0 });
    expect(await mailTo(address)).toHaveLength(1);
    expect(await casesOf(address)).toHaveLength(1);
    // The same message again (SES delivering twice, or a record replayed twice): nothing more.
    await smtp.sendMail(message);
    expect(await mailTo(address)).toHaveLength(1);
    expect(await casesOf(address)).toHaveLength(1);
  });

  it('the local S3 down: an email is refused for now (451, the sender’s server keeps it and tries again), and taken once S3 is back', async () => {
    const address = 'drill.s3@example.com';
    const smtp = nodemailer.createTransport({ host: '127.0.0.1', port: desk().smtpPort, secure: false, ignoreTLS: true });
    const message = {
      from: `Sue Drill <${address}>`,
      to: 'plc-technologies@rma.localhost',
      subject: 'Damaged',
      text: 'My order 12345 arrived yesterday with a cracked case',
      messageId: '<drill-s3-1@example.com>',
    };
    running.stack.faults.s3Down(true);
    let refused: unknown;
    try {
      await smtp.sendMail(message).catch((error: unknown) => (refused = error));
    } finally {
      running.stack.faults.s3Down(false);
    }
    expect((refused as { responseCode?: number }).responseCode).toBe(451);
    await smtp.sendMail(message);
    expect(await mailTo(address)).toHaveLength(1);
    expect(await casesOf(address)).toHaveLength(1);
  });
});
