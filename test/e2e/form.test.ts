// A customer on a phone fills the RMA form and gets an RMA number — with JavaScript and without.
import type { Page } from 'playwright-core';
import { PHONE, useStartedDesk } from '../support/browser';
import { daysAgo } from '../support/local-desk';
import { WEB_TEXT } from '../../web/text';

jest.setTimeout(120_000);

const desk = useStartedDesk();

async function fillPlcUnwanted(page: Page, email: string, scripted = true): Promise<void> {
  await page.selectOption('#f-policy', 'plc-technologies');
  // With JavaScript, the reasons appear with the first assessment: answer once it has.
  if (scripted) await page.locator('#assessment').waitFor();
  await page.check('input[name="reason"][value="unwanted"]');
  // The delivery date is all the policy needs from the customer: the condition is checked on arrival.
  await page.fill('#f-deliveryDate', daysAgo(10));
  await page.fill('#f-contact\\.name', 'Ann Example');
  await page.fill('#f-contact\\.email', email);
}

describe('the RMA form on a phone', () => {
  it('with JavaScript: shows what the policy says as you go, then the RMA number', async () => {
    // Prepare
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${desk.running.url}/form`);
    await page.selectOption('#f-policy', 'plc-technologies');
    // The reasons appear with the first assessment: answer once it has.
    await page.locator('#assessment').waitFor();
    await page.check('input[name="reason"][value="wrong_item"]');
    // A wrong item needs nothing more: the condition questions stay out of the way.
    await page.locator('#assessment .headline', { hasText: 'Approved' }).waitFor();
    expect(await page.isVisible('input[name="item.sealsIntact"][value="yes"]')).toBe(false);
    // Act
    await fillPlcUnwanted(page, 'phone-js@example.com');
    await page.locator('#assessment .headline', { hasText: 'Approved' }).waitFor();
    await Promise.all([page.waitForURL(/\/status\/RMA-/), page.click('button[type=submit]')]);
    // Assess
    const rma = (await page.textContent('#rma'))?.trim() ?? '';
    expect(rma).toMatch(/^RMA-[0-9A-Z]{9}$/);
    // PLC collects an unwanted return: the page says so, not "waiting for your parcel".
    expect(await page.textContent('#status')).toContain('waiting for the collection');
    const emails = ((await (await fetch(`${desk.running.url}/_local/outbox`)).json()) as { emails: { to: string[]; subject: string }[] }).emails;
    const mail = emails.find((m) => m.to.includes('phone-js@example.com'));
    expect(mail?.subject).toContain(rma);
    // Nothing wider than the phone's screen, and no script errors on the way.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with JavaScript: what the policy says appears below the questions, so the one being answered stays put', async () => {
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${desk.running.url}/form`);
    await page.selectOption('#f-policy', 'plc-technologies');
    await page.locator('#assessment').waitFor();
    await page.waitForLoadState('networkidle');
    const reason = page.locator('input[name="reason"][value="unwanted"]');
    const before = await reason.boundingBox();
    await reason.check();
    // The next assessment asks for the delivery date: its field appears below, and nothing above the reason moves.
    const date = page.locator('#f-deliveryDate');
    await date.waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    expect((await reason.boundingBox())?.y).toBe(before?.y);
    const dateBefore = await date.boundingBox();
    await date.fill(daysAgo(10));
    await page.locator('#assessment .headline', { hasText: 'Approved' }).waitFor();
    expect((await date.boundingBox())?.y).toBe(dateBefore?.y);
    // And it sits just above the button that sends the request.
    const panel = await page.locator('#assessment').boundingBox();
    const button = await page.locator('button[type=submit]').boundingBox();
    expect(panel && button && panel.y < button.y && panel.y > (dateBefore?.y ?? Infinity)).toBe(true);
    await context.close();
  });

  it('with JavaScript: a missing answer is pointed out, nothing typed is lost', async () => {
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${desk.running.url}/form`);
    await page.selectOption('#f-policy', 'plc-technologies');
    // The reasons appear with the first assessment: answer once it has.
    await page.locator('#assessment').waitFor();
    await page.check('input[name="reason"][value="unwanted"]');
    const firstNeed = page.locator('#assessment li').first();
    await firstNeed.filter({ hasText: 'delivered' }).waitFor();
    expect(await firstNeed.textContent()).toBe('the date the product was delivered to or collected by you');
    await page.fill('#f-contact\\.name', 'Ann');
    await page.fill('#f-contact\\.email', 'ann@example.com');
    await page.click('button[type=submit]');
    await page.locator('#assessment', { hasText: 'We still need' }).waitFor();
    expect(page.url()).toMatch(/\/form$/);
    expect(await page.inputValue('#f-contact\\.email')).toBe('ann@example.com');
    await context.close();
  });

  it('without JavaScript: the plain form posts, and the status page shows the RMA number', async () => {
    const context = await desk.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${desk.running.url}/form`);
    await fillPlcUnwanted(page, 'phone-nojs@example.com', false);
    await Promise.all([page.waitForURL(/\/status\/RMA-/), page.click('button[type=submit]')]);
    expect((await page.textContent('#rma'))?.trim()).toMatch(/^RMA-[0-9A-Z]{9}$/);
    await context.close();
  });

  it('without JavaScript: a mistake shows the form again with the answers kept', async () => {
    const context = await desk.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${desk.running.url}/form`);
    await fillPlcUnwanted(page, 'not-an-email', false);
    await page.click('button[type=submit]');
    await page.locator('.form-error').waitFor();
    // In words, beside the field (not the API's "contact.email: expected an email address").
    expect(await page.textContent('.form-error')).toBe(WEB_TEXT.form.errors.summary);
    expect(await page.textContent('#contact\\.email-error')).toBe(WEB_TEXT.form.errors.email);
    expect(await page.getAttribute('#f-contact\\.email', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#f-deliveryDate')).toBe(daysAgo(10));
    expect(await page.isChecked('input[name="reason"][value="unwanted"]')).toBe(true);
    await context.close();
  });
});

describe('the form’s mistakes, with JavaScript', () => {
  it('an empty form: each missing answer said beside its field, the first focused; nothing sent', async () => {
    const page = await (await desk.browser.newContext(PHONE)).newPage();
    await page.goto(`${desk.running.url}/form`);
    await page.click('button[type=submit]');
    await page.locator('#contact\\.name-error-live').waitFor();
    expect(await page.textContent('#contact\\.name-error-live')).toBe(WEB_TEXT.form.errors.name);
    expect(await page.textContent('#contact\\.email-error-live')).toBe(WEB_TEXT.form.errors.email);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-contact.name');
    expect(await page.getAttribute('#f-contact\\.name', 'aria-describedby')).toBe('contact.name-error-live');
    expect(page.url()).toMatch(/\/form$/);
  });

  it('a mistyped email address: the error stays beside the field (no live answer draws over it)', async () => {
    const page = await (await desk.browser.newContext(PHONE)).newPage();
    await page.goto(`${desk.running.url}/form`);
    await fillPlcUnwanted(page, 'ann@example');
    await page.click('button[type=submit]');
    await page.locator('#contact\\.email-error-live').waitFor();
    await page.waitForTimeout(1000);
    expect(await page.textContent('#contact\\.email-error-live')).toBe(WEB_TEXT.form.errors.email);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-contact.email');
    // Corrected, it goes.
    await page.fill('#f-contact\\.email', 'ann@example.com');
    await Promise.all([page.waitForURL(/\/status\/RMA-/), page.click('button[type=submit]')]);
  });
});

describe('the RMA form in German and French', () => {
  it('a German browser gets the form, the live answer, the status page and the email in German', async () => {
    // Prepare: a phone whose browser prefers German
    const context = await desk.browser.newContext({ ...PHONE, locale: 'de-DE' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${desk.running.url}/form`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    // Act
    await page.selectOption('#f-policy', 'plextor-eu');
    // The reasons appear with the first assessment: answer once it has.
    await page.locator('#assessment').waitFor();
    await page.check('input[name="reason"][value="defective"]');
    await page.fill('#f-purchaseDate', daysAgo(200));
    await page.selectOption('#f-country', 'AT');
    await page.locator('#assessment .headline', { hasText: 'Genehmigt' }).waitFor();
    const answer = (await page.textContent('#assessment')) ?? '';
    await page.fill('#f-contact\\.name', 'Anna Gruber');
    await page.fill('#f-contact\\.email', 'anna.gruber@example.com');
    await Promise.all([page.waitForURL(/\/status\/RMA-/), page.click('button[type=submit]')]);
    // Assess: the live answer, the status page and the confirmation are German
    expect(answer).toContain('Garantie');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.textContent('#status')).toContain('Genehmigt');
    const rma = (await page.textContent('#rma'))?.trim() ?? '';
    const emails = ((await (await fetch(`${desk.running.url}/_local/outbox`)).json()) as { emails: { to: string[]; subject: string }[] }).emails;
    expect(emails.find((m) => m.to.includes('anna.gruber@example.com'))?.subject).toContain(`Rücksendung ${rma}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?lang=fr over an English browser: the form and the status page in French', async () => {
    // Prepare
    const context = await desk.browser.newContext({ ...PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${desk.running.url}/form?lang=fr`);
    // Act
    await fillPlcUnwanted(page, 'claire@example.com');
    await page.locator('#assessment .headline', { hasText: 'Accepté' }).waitFor();
    await Promise.all([page.waitForURL(/\/status\/RMA-/), page.click('button[type=submit]')]);
    // Assess
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('#status')).toContain('enlèvement');
    await context.close();
  });
});
