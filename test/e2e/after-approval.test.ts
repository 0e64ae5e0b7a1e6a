// What happens after "approved", in browsers, as `npm start` runs the desk: a PLC delivery-damage
// return by chat gives the collection address once; staff find it by the customer's email, book the
// courier and mark the pick-up; the customer's status page shows each step; staff write to the
// customer and the customer's emailed answer shows on the case; after inspection the customer chooses
// a refund on the status page and staff resolve it.
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { PROMPTS } from '../../bot/prompts';
import { STAFF_ACTION_TABLE, type StaffActionName } from '../../shared/cases';
import { AFTER_TEXT } from '../../shared/notify/after-text';
import { NEXT_TEXT } from '../../shared/notify/next-steps';
import { POLICIES, REMEDY_LABELS } from '../../shared/rules';
import { WEB_TEXT } from '../../web/text';
import { PHONE, useStartedDesk, CHAT_WAIT_MS } from '../support/browser';
import { outboxTo, postCase } from '../support/local-desk';

jest.setTimeout(180_000);

const desk = useStartedDesk();

const outbox = (to: string) => outboxTo({ url: desk.running.url }, to);

async function say(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}
const botSays = (page: Page, text: string) => page.getByText(text.slice(0, 40), { exact: false }).last().waitFor({ timeout: CHAT_WAIT_MS });

async function staffDesk(): Promise<Page> {
  const page = await (await desk.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${desk.running.url}/staff`);
  await page.fill('#staff-token', desk.running.staffToken);
  await page.click('.staff-signin button');
  await page.locator('table.queue, #queue-count').first().waitFor();
  return page;
}

/** Clicks and waits for the case to come back saying the action was done. */
async function done(page: Page, action: StaffActionName, click: () => Promise<void>): Promise<void> {
  await click();
  await page.locator('#case-notice', { hasText: `Done: ${STAFF_ACTION_TABLE[action].label}.` }).waitFor();
}

describe('after the decision', () => {
  it('a delivery-damaged PLC return: address once by chat, found by email, booked and collected, inspected, refund chosen and resolved', async () => {
    const email = `dana.${Date.now()}@example.com`;
    // The customer, on a phone, by chat.
    const phone = await (await desk.browser.newContext(PHONE)).newPage();
    const errors: string[] = [];
    phone.on('pageerror', (e) => errors.push(e.message));
    await phone.goto(`${desk.running.url}/chat?policy=plc-technologies`);
    await say(phone, 'Hi, the monitor was delivered yesterday and the screen is cracked, the box was crushed. I live in Cape Town.');
    // Each answer after the question it answers (a busy machine must not send "yes" before the summary).
    await botSays(phone, PROMPTS.askName);
    await say(phone, `Dana Smit, ${email}`);
    await botSays(phone, PROMPTS.confirmQuestion);
    await say(phone, 'yes');
    await botSays(phone, AFTER_TEXT.collection.ask('PLC Technologies'));
    const rma = /RMA-[0-9A-Z]{9}/.exec(
      (await phone
        .getByText(/RMA-[0-9A-Z]{9}/)
        .first()
        .textContent()) ?? '',
    )?.[0] as string;
    await say(phone, '12 Long Street, Cape Town 8001, phone 082 555 1234, weekdays after 2pm');
    await botSays(phone, AFTER_TEXT.collection.noted);
    // The status link as the chat gives it (in its line; its button opens it).
    const statusUrl = /https?:\/\/\S+\/status\/\S+/.exec(
      (await phone
        .getByText(/\/status\/RMA-/)
        .first()
        .textContent()) ?? '',
    )?.[0] as string;

    // Staff find it by the customer's email, in the "to collect" view too.
    const staff = await staffDesk();
    await staff.fill('#queue-search', email);
    await staff.click('#queue-go');
    await staff.locator('#queue-count', { hasText: WEB_TEXT.staff.client.countOne }).waitFor();
    expect(await staff.locator('table.queue tbody tr').count()).toBe(1);
    expect(await staff.textContent('table.queue tbody')).toContain(rma);
    await staff.selectOption('#queue-view', 'collect');
    await staff.locator(`a[href="#${rma}"]`).waitFor();
    await staff.click(`a[href="#${rma}"]`);
    await staff.locator('#case-title', { hasText: rma }).waitFor();
    expect(await staff.textContent('main')).toContain('12 Long Street, Cape Town 8001');
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await staff.fill('#booking-day', day);
    await staff.fill('#booking-courier', 'Dawn Wing');
    await staff.fill('#booking-reference', 'DW-4471');
    await done(staff, 'book_collection', () => staff.click('#booking-save'));

    // The customer sees the booking on the status page and in the email.
    const page = await (await desk.browser.newContext(PHONE)).newPage();
    const path = new URL(statusUrl);
    await page.goto(`${desk.running.url}${path.pathname}${path.search}`);
    expect(await page.textContent('#collection-state')).toContain('Dawn Wing');
    expect((await outbox(email)).some((m) => m.text.includes('DW-4471'))).toBe(true);

    await done(staff, 'collected', () => staff.click('#mark-collected'));
    await page.reload();
    expect(await page.textContent('#collection-state')).toBe(AFTER_TEXT.collection.collected);

    // Staff write; the customer answers by email; both show.
    await staff.fill('#message-text', 'Thank you, Dana. Could you tell us the serial number on the back?');
    await done(staff, 'message', () => staff.click('#message-send'));
    const message = (await outbox(email)).find((m) => m.text.includes('serial number on the back'));
    expect(message).toBeDefined();
    const smtp = nodemailer.createTransport({ host: '127.0.0.1', port: desk.running.smtpPort, secure: false, ignoreTLS: true });
    await smtp.sendMail({
      from: email,
      to: 'plc-technologies@rma.localhost',
      subject: `Re: ${message?.subject ?? rma}`,
      text: 'It is SN-4471-B.',
      messageId: `<${Date.now()}@example.com>`,
    });
    await staff.waitForFunction(
      async (url) =>
        (await (await fetch(url, { headers: { authorization: `Bearer ${sessionStorage.getItem('rma-staff-token') ?? ''}` } })).text()).includes('SN-4471-B'),
      `/api/staff/cases/${rma}`,
    );
    await page.reload();
    expect(await page.textContent('#messages')).toContain('SN-4471-B');

    // The parcel arrives, is inspected and validated: the customer chooses a refund.
    await staff.reload();
    await staff.locator('#case-title', { hasText: rma }).waitFor();
    await done(staff, 'received', () => staff.click('button[data-action="received"]'));
    await done(staff, 'inspecting', () => staff.click('button[data-action="inspecting"]'));
    await done(staff, 'ask_choice', () => staff.click('button[data-action="ask_choice"]'));
    await page.reload();
    await page.check('input[name="remedy"][value="refund"]');
    await page.click('#choice-save');
    await page.locator('#notice', { hasText: AFTER_TEXT.choice.saved }).waitFor();
    expect(await page.textContent('#choice-made')).toContain(AFTER_TEXT.choice.chosen(REMEDY_LABELS.refund));
    await staff.reload();
    await staff.locator('#case-title', { hasText: rma }).waitFor();
    expect(await staff.inputValue('#action-resolution')).toBe('refunded');
    await done(staff, 'resolved', () => staff.click('button[data-action="resolved"]'));
    await page.reload();
    expect(await page.textContent('#status')).toBe(WEB_TEXT.statuses.resolved);
    expect(errors).toEqual([]);
  });

  it('a Plextor customer knows where to send the drive, with what, and who pays each way', async () => {
    const bought = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const { statusUrl } = await postCase(
      { url: desk.running.url },
      { policy: 'plextor-eu', contact: { email: 'piet@example.be', name: 'Piet' }, reason: 'defective', purchaseDate: bought, country: 'BE' },
    );
    const page = await (await desk.browser.newContext(PHONE)).newPage();
    const path = new URL(statusUrl);
    await page.goto(`${desk.running.url}${path.pathname}${path.search}`);
    const main = (await page.textContent('main')) ?? '';
    const address = POLICIES.get('plextor-eu')?.merchant.returnAddress ?? [];
    expect(address.length).toBeGreaterThan(0);
    for (const line of address) expect(main).toContain(line);
    expect(main).toContain(AFTER_TEXT.postage.youThere('Plextor Europe'));
    expect(main).toContain(AFTER_TEXT.postage.merchantBack('Plextor Europe'));
    expect(main).toContain(NEXT_TEXT.documents);
    const mail = (await outbox('piet@example.be')).at(-1)?.text ?? '';
    expect(mail).toContain(address[1] as string);
  });
});
