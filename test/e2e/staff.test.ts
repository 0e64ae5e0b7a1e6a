// Staff at the desk, in a browser: the queue, a case, its actions — and what the customer sees and
// receives. The desk runs as `npm start` runs it; the 21-day check runs with `npm run sla`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { FLAGS } from '../../shared/cases';
import { UPDATE_TEXT } from '../../shared/notify/email-text';
import { WEB_TEXT } from '../../web/text';
import { useStartedDesk } from '../support/browser';
import { daysAgo, outboxTo, postCase } from '../support/local-desk';
import { plcUnwantedRequest } from '../support/returns';

jest.setTimeout(180_000);

const desk = useStartedDesk();

const outbox = (to: string) => outboxTo({ url: desk.running.url }, to);

const newCase = (body: Record<string, unknown>) => postCase({ url: desk.running.url }, body);

async function signedIn(): Promise<Page> {
  const page = await (await desk.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${desk.running.url}/staff`);
  await page.fill('#staff-token', desk.running.staffToken);
  await page.click('.staff-signin button');
  await page.locator('table.queue').waitFor();
  return page;
}

async function act(page: Page, action: string, note?: string): Promise<void> {
  const before = await page.textContent('#case-title');
  if (note) await page.fill('#action-note', note);
  await page.click(`button[data-action="${action}"]`);
  await page.waitForFunction((b) => document.querySelector('#case-title')?.textContent !== b, before);
}

describe('the staff desk', () => {
  it('refuses the staff API without the token', async () => {
    const res = await fetch(`${desk.running.url}/api/staff/cases`);
    expect(res.status).toBe(401);
    const wrong = await fetch(`${desk.running.url}/api/staff/cases`, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
  });

  it('the local 21-day trigger refuses a post from another site’s page', async () => {
    const cross = await fetch(`${desk.running.url}/_local/sla/run?days=0`, { method: 'POST', headers: { origin: 'https://attacker.example' } });
    const own = await fetch(`${desk.running.url}/_local/sla/run?days=0`, { method: 'POST' });
    expect([cross.status, own.status]).toEqual([403, 200]);
  });

  it('staff approve a review case in the browser, and the customer’s status page shows it', async () => {
    // Prepare: an unwanted return 69 days after delivery is the retailer's call
    const review = await newCase(plcUnwantedRequest({ email: 'rev.staff@example.com', name: 'Rev Iew' }, daysAgo(69)));
    expect(review.status).toBe('in_review');
    const page = await signedIn();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Act: the review queue comes first; open the case and approve it
    expect(await page.locator('table.queue tbody tr').first().getAttribute('class')).toBe('in_review');
    await page.click(`a[href="#${review.rma}"]`);
    await page.locator('#case-title', { hasText: review.rma }).waitFor();
    await act(page, 'approve', 'Goodwill: regular customer');
    // Assess
    expect(await page.textContent('#case-title')).toContain(WEB_TEXT.statuses.awaiting_parcel);
    expect(await page.textContent('.history')).toContain('Goodwill: regular customer');
    const customer = await (await desk.browser.newContext()).newPage();
    await customer.goto(`${desk.running.url}${new URL(review.statusUrl).pathname}${new URL(review.statusUrl).search}`);
    // PLC collects it: the customer is not told "waiting for your parcel".
    expect(await customer.textContent('#status')).toBe(WEB_TEXT.awaitingCollection);
    expect(await customer.textContent('.history')).toContain(WEB_TEXT.statuses.approved);
    expect(await customer.content()).not.toContain('Goodwill');
    const mails = await outbox('rev.staff@example.com');
    expect(mails.map((m) => m.subject)).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('when the desk cannot be reached, staff are told, the button works again, and the note typed is kept', async () => {
    // Prepare: a case open in the desk; then the network drops the action, then the desk answers 503
    const c = await newCase({ policy: 'plc-technologies', contact: { email: 'net.down@example.com', name: 'Ned' }, reason: 'wrong_item' });
    const page = await signedIn();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${desk.running.url}/staff#${c.rma}`);
    await page.locator('#case-title', { hasText: c.rma }).waitFor();
    const actions = `**/api/staff/cases/${c.rma}/actions`;
    await page.route(actions, (r) => r.abort('internetdisconnected'));
    await page.fill('#action-note', 'Parcel at the door');
    // Act
    await page.click('button[data-action="received"]');
    await page.locator('.form-error', { hasText: WEB_TEXT.staff.client.unreachable }).waitFor();
    const offline = { enabled: await page.isEnabled('button[data-action="received"]'), note: await page.inputValue('#action-note') };
    await page.unroute(actions);
    await page.route(actions, (r) => r.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"busy"}}' }));
    await page.click('button[data-action="received"]');
    await page.locator('.form-error', { hasText: '503' }).waitFor();
    await page.unroute(actions);
    await act(page, 'received');
    // Assess
    expect(offline).toEqual({ enabled: true, note: 'Parcel at the door' });
    expect(await page.textContent('#case-title')).toContain(WEB_TEXT.statuses.received);
    expect(await page.textContent('.history')).toContain('Parcel at the door');
    expect(errors).toEqual([]);
  });

  it('the queue, with the desk down: a message and a button that tries again', async () => {
    // Prepare
    const page = await signedIn();
    await page.route('**/api/staff/cases?*', (r) => r.abort('connectionrefused'));
    // Act
    await page.click('#queue-refresh');
    await page.locator('#staff-retry').waitFor();
    const said = await page.textContent('[role="alert"]');
    await page.unroute('**/api/staff/cases?*');
    await page.click('#staff-retry');
    // Assess
    expect(said).toBe(WEB_TEXT.staff.client.unreachable);
    await page.locator('table.queue').waitFor();
  });

  it('mail held by the checks: staff see it held, send it, and the customer gets one email with a link that opens their return', async () => {
    // Prepare: a request by email whose spam check failed
    const smtp = nodemailer.createTransport({ host: '127.0.0.1', port: desk.running.smtpPort, secure: false, ignoreTLS: true });
    await smtp.sendMail({
      from: 'held.mail@example.com',
      to: 'plc-technologies@rma.localhost',
      subject: 'wrong item',
      text: 'you sent me the wrong item',
      messageId: '<e2e-held@example.com>',
      headers: { 'X-Test-Verdicts': 'spam=FAIL' },
    });
    const staff = { authorization: `Bearer ${desk.running.staffToken}` };
    const { cases } = (await (await fetch(`${desk.running.url}/api/staff/cases`, { headers: staff })).json()) as {
      cases: { rma: string; contact: { email: string } }[];
    };
    const rma = cases.find((c) => c.contact.email === 'held.mail@example.com')?.rma as string;
    const page = await signedIn();
    await page.goto(`${desk.running.url}/staff#${rma}`);
    await page.locator('#case-title', { hasText: rma }).waitFor();
    const shown = await page.textContent('main');
    // Act: the status stays; the held emails are sent and the button goes
    await page.click('button[data-action="release"]');
    await page.locator('button[data-action="release"]').waitFor({ state: 'detached' });
    // Assess
    expect(shown).toContain(WEB_TEXT.staff.client.heldHint);
    expect(await page.textContent('ul.emails')).toContain('released');
    const mails = await outbox('held.mail@example.com');
    expect(mails).toHaveLength(1);
    const link = /\/status\/RMA-[0-9A-Z]{9}\?token=[^\s>)]+/.exec(mails[0]?.text ?? '')?.[0] as string;
    const customer = await (await desk.browser.newContext()).newPage();
    await customer.goto(`${desk.running.url}${link}`);
    expect(await customer.textContent('#rma')).toBe(rma);
  });

  it('received and repairing in the browser; the 21-day check 22 days on sends one offer and flags the case', async () => {
    // Prepare: a PLC defect in its warranty
    const defect = await newCase({
      policy: 'plc-technologies',
      contact: { email: 'sla.staff@example.com', name: 'Sam Late' },
      reason: 'defective',
      deliveryDate: daysAgo(40),
      product: { condition: 'new' },
      defectCause: 'manufacturing',
    });
    expect(defect.status).toBe('awaiting_parcel');
    const page = await signedIn();
    await page.goto(`${desk.running.url}/staff#${defect.rma}`);
    await page.locator('#case-title', { hasText: defect.rma }).waitFor();
    await act(page, 'received');
    await act(page, 'inspecting');
    await act(page, 'repairing');
    expect(await page.textContent('#case-title')).toContain(WEB_TEXT.statuses.repairing);
    // Act: the command, as a person would run it, with the clock 22 days on — twice
    const sla = (days: number) =>
      promisify(execFile)('npm', ['run', '--silent', 'sla', '--', '--days', String(days)], {
        cwd: `${__dirname}/../..`,
        env: { ...process.env, PORT: new URL(desk.running.url).port },
      });
    const day21 = await sla(21);
    const day22 = await sla(22);
    const again = await sla(22);
    // Assess
    expect(day21.stdout).toMatch(/offers sent: 0;/);
    expect(day22.stdout).toMatch(/offers sent: 1;/);
    expect(again.stdout).toMatch(/offers sent: 0;/);
    const offers = (await outbox('sla.staff@example.com')).filter((m) => m.text.includes(UPDATE_TEXT.slaChoice));
    expect(offers).toHaveLength(1);
    await page.reload();
    await page.locator('#case-title', { hasText: defect.rma }).waitFor();
    expect(await page.textContent('main')).toContain(FLAGS.sla_breached);
  });

  it('the customer cancels on the status page before the parcel arrives; staff see it', async () => {
    // Prepare
    const c = await newCase({ policy: 'plc-technologies', contact: { email: 'cancel.me@example.com', name: 'Cy' }, reason: 'wrong_item' });
    const page = await (await desk.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
    await page.goto(`${desk.running.url}${new URL(c.statusUrl).pathname}${new URL(c.statusUrl).search}`);
    // Act: the button asks first; keeping the return changes nothing
    await Promise.all([page.waitForURL(/cancel=1/), page.click('#cancel-return')]);
    const question = await page.textContent('#cancel-confirm');
    await Promise.all([page.waitForURL((u) => !u.search.includes('cancel=1')), page.click('#cancel-keep')]);
    const kept = await page.textContent('#status');
    await Promise.all([page.waitForURL(/cancel=1/), page.click('#cancel-return')]);
    await Promise.all([page.waitForURL(/notice=cancelled/), page.click('#cancel-confirm-button')]);
    // Assess
    expect(question).toContain(WEB_TEXT.cancel.confirmText(c.rma));
    expect(kept).not.toBe(WEB_TEXT.statuses.cancelled);
    expect(await page.textContent('#notice')).toBe(WEB_TEXT.cancel.done);
    expect(await page.textContent('#status')).toBe(WEB_TEXT.statuses.cancelled);
    expect(await page.locator('#cancel-return').count()).toBe(0);
    expect((await outbox('cancel.me@example.com')).length).toBe(2);
    const staff = (await (
      await fetch(`${desk.running.url}/api/staff/cases/${c.rma}`, { headers: { authorization: `Bearer ${desk.running.staffToken}` } })
    ).json()) as { status: string; actions: string[] };
    // Nothing more to do with it; staff can still write to the customer.
    expect(staff).toMatchObject({ status: 'cancelled', actions: ['message'] });
  });

  it('the parcel arrives while the customer is asked to confirm: the page says it can no longer be cancelled', async () => {
    // Prepare: the question is open on the phone; meanwhile staff mark the parcel received
    const c = await newCase({ policy: 'plc-technologies', contact: { email: 'too.late@example.com', name: 'Tee' }, reason: 'wrong_item' });
    const page = await (await desk.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
    await page.goto(`${desk.running.url}${new URL(c.statusUrl).pathname}${new URL(c.statusUrl).search}`);
    await Promise.all([page.waitForURL(/cancel=1/), page.click('#cancel-return')]);
    const staff = { authorization: `Bearer ${desk.running.staffToken}`, 'content-type': 'application/json' };
    const { version } = (await (await fetch(`${desk.running.url}/api/staff/cases/${c.rma}`, { headers: staff })).json()) as { version: number };
    const received = await fetch(`${desk.running.url}/api/staff/cases/${c.rma}/actions`, {
      method: 'POST',
      headers: staff,
      body: JSON.stringify({ action: 'received', expectedVersion: version }),
    });
    expect(received.status).toBe(200);
    // Act
    await Promise.all([page.waitForURL(/notice=not_cancellable/), page.click('#cancel-confirm-button')]);
    // Assess
    expect(await page.textContent('#notice')).toBe(WEB_TEXT.cancel.tooLate);
    expect(await page.textContent('#status')).toBe(WEB_TEXT.statuses.received);
    expect(await page.locator('#cancel-return').count()).toBe(0);
  });
});
