// The chat page for one merchant (`/chat?policy=…`) asks for its token for that merchant, and the chat
// starts under its policy; the same page again resumes that conversation, another merchant's page
// opens its own. The desk runs as `npm start` runs it.
import type { Page, Request } from 'playwright-core';
import { PROMPTS } from '../../bot/prompts';
import { PHONE, useStartedDesk, CHAT_WAIT_MS } from '../support/browser';

jest.setTimeout(120_000);

const desk = useStartedDesk();

async function botSays(page: Page, text: string): Promise<void> {
  // The replies as written (the page renders them itself); match on a distinctive part of the line.
  await page.getByText(text.slice(0, 40), { exact: false }).last().waitFor({ timeout: CHAT_WAIT_MS });
}

describe('the chat page of one merchant', () => {
  it('opens the chat for that merchant: the token names it, and the shop is never asked', async () => {
    // Prepare
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const tokens: Request[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/chat/token') tokens.push(r);
    });
    // Act
    await page.goto(`${desk.running.url}/chat?policy=plextor-eu`);
    await botSays(page, PROMPTS.greeting);
    // Assess: the token was asked for Plextor, and the chat greets without asking which shop
    expect(tokens.map((r) => r.postDataJSON() as unknown)).toEqual([{ policy: 'plextor-eu' }]);
    expect(await page.getByText(PROMPTS.askPolicy).count()).toBe(0);
    // The same page again: the same conversation, no new token
    await page.reload();
    await botSays(page, PROMPTS.greeting);
    expect(tokens).toHaveLength(1);
    // Another merchant's page: a conversation of its own
    await page.goto(`${desk.running.url}/chat?policy=plc-technologies`);
    await botSays(page, PROMPTS.greeting);
    expect(tokens.map((r) => r.postDataJSON() as unknown)).toEqual([{ policy: 'plextor-eu' }, { policy: 'plc-technologies' }]);
    // A page naming a merchant the desk does not have: no policy sent, the shop is asked as before
    await page.evaluate(() => window.localStorage.clear());
    await page.goto(`${desk.running.url}/chat?policy=acme`);
    await botSays(page, PROMPTS.askPolicy);
    expect(tokens).toHaveLength(3);
    expect(tokens[2]?.postData() ?? null).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
