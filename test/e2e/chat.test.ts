// A customer on a phone chats with the assistant in Web Chat, gets an RMA number, and the
// confirmation is in the outbox. The desk runs as `npm start` runs it.
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { PROMPTS } from '../../bot/prompts';
import { PHONE, useStartedDesk, CHAT_WAIT_MS } from '../support/browser';

jest.setTimeout(120_000);

const desk = useStartedDesk();

async function say(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

async function botSays(page: Page, text: string): Promise<void> {
  // The replies as written (the page renders them itself); match on a distinctive part of the line.
  await page.getByText(text.slice(0, 40), { exact: false }).last().waitFor({ timeout: CHAT_WAIT_MS });
}

describe('the chat on a phone', () => {
  it('from the first message to an RMA number, without being asked anything already said', async () => {
    // Prepare
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${desk.running.url}/chat`);
    await botSays(page, PROMPTS.askPolicy);
    // Act
    const bought = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
    await say(page, `hi, my Plextor drive I bought on ${bought} in Germany was dead when I opened it, I have the invoice`);
    // Decided from that one message: nothing the parcel will show is asked.
    await botSays(page, PROMPTS.askName);
    // The customer leaves and comes back: the same conversation, where it stopped.
    await page.reload();
    await botSays(page, PROMPTS.askName);
    await say(page, 'Dirk Beispiel');
    await botSays(page, PROMPTS.askEmail('Dirk Beispiel'));
    await say(page, 'dirk.chat@example.de');
    await botSays(page, PROMPTS.confirmQuestion);
    await page.getByRole('button', { name: PROMPTS.confirmOptions[0] }).last().click();
    // Assess
    const done = page.getByText(/Your return number \(RMA number\) is RMA-[0-9A-Z]{9}/).first();
    await done.waitFor({ timeout: 20_000 });
    const line = (await done.textContent()) ?? '';
    const rma = /RMA-[0-9A-Z]{9}/.exec(line)?.[0] as string;
    // The status page opens from its button (Web Chat's minimal bundle shows a link in text as text).
    const [statusPage] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: PROMPTS.openStatus }).last().click()]);
    await statusPage.waitForLoadState();
    expect(statusPage.url()).toMatch(new RegExp(`/status/${rma}\\?token=[\\w-]+$`));
    expect(await statusPage.locator('#rma').textContent()).toBe(rma);
    await statusPage.close();
    const emails = ((await (await fetch(`${desk.running.url}/_local/outbox`)).json()) as { emails: { to: string[]; subject: string }[] }).emails;
    expect(emails.find((m) => m.to.includes('dirk.chat@example.de'))?.subject).toContain(rma);
    // A photo of the serial label, with Web Chat's upload button: it reaches the case.
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#456' } })
      .jpeg()
      .toBuffer();
    await page.setInputFiles('input[type=file]', { name: 'label.jpg', mimeType: 'image/jpeg', buffer: photo });
    // Web Chat holds the file in the send box until the customer sends it (with words, if they like).
    await say(page, 'and here is the label');
    await botSays(page, PROMPTS.photos.added(1, rma));
    expect(errors).toEqual([]);
    await context.close();
  });
});
