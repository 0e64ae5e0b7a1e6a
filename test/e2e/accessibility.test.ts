// Every page, in Chromium, checked by axe-core (WCAG 2.2 AA and best practices): no serious or
// critical violation. And none scrolls sideways on a 320 px phone or at 200% zoom on a laptop (a
// 640 px wide window), the emails included.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { seriousViolations, scrollsSideways } from '../support/axe';
import { PHONE, useStartedDesk } from '../support/browser';
import { daysAgo, outboxTo, postCase } from '../support/local-desk';

jest.setTimeout(180_000);

const desk = useStartedDesk();

/** A phone 320 px wide, and a laptop at 200% zoom (1280 px shown as 640). */
const WINDOWS: [string, BrowserContextOptions][] = [
  ['a 320 px phone', { ...PHONE, viewport: { width: 320, height: 640 } }],
  ['a laptop at 200% zoom', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
];

async function open(options: BrowserContextOptions, path: string): Promise<Page> {
  // axe is injected as a script: the desk's CSP (rightly) allows none inline, so the test context bypasses it.
  const page = await (await desk.browser.newContext({ ...options, bypassCSP: true })).newPage();
  await page.goto(`${desk.running.url}${path}`);
  return page;
}

let pages: [string, string][] = [];

beforeAll(async () => {
  const collected = await postCase(
    { url: desk.running.url },
    { policy: 'plc-technologies', contact: { email: 'axe.collect@example.com', name: 'Axe Collect' }, reason: 'damaged_on_delivery', deliveryDate: daysAgo(1) },
  );
  const posted = await postCase(
    { url: desk.running.url },
    { policy: 'plextor-eu', contact: { email: 'axe.plextor@example.com', name: 'Axe Plextor' }, reason: 'defective', purchaseDate: daysAgo(60), country: 'DE' },
  );
  const path = (url: string, extra = '') => `${new URL(url).pathname}${new URL(url).search}${extra}`;
  pages = [
    ['the landing page', '/'],
    ['the form', '/form'],
    ['the form in German', '/form?lang=de'],
    ['the chat', '/chat'],
    ['a status page with the collection form', path(collected.statusUrl)],
    ['a status page with the address to post to', path(posted.statusUrl)],
    ['the question before cancelling', path(posted.statusUrl, '&cancel=1')],
    ['the page for a link that finds nothing', '/status/RMA-000000000?token=nothing'],
    ['send me my link again', '/link'],
    ['the staff sign-in', '/staff'],
  ];
});

describe.each(WINDOWS)('on %s', (_name, options) => {
  it('every customer page passes axe with no serious violation, and none scrolls sideways', async () => {
    const found: Record<string, unknown> = {};
    for (const [name, path] of pages) {
      const page = await open(options, path);
      await page.waitForLoadState('networkidle');
      const violations = await seriousViolations(page);
      const sideways = await scrollsSideways(page);
      if (violations.length > 0 || sideways) found[name] = { violations, sideways };
      await page.context().close();
    }
    expect(found).toEqual({});
  });

  it('the emails fit the window', async () => {
    const mails = await outboxTo({ url: desk.running.url }, 'axe.collect@example.com');
    expect(mails.length).toBeGreaterThan(0);
    const page = await (await desk.browser.newContext(options)).newPage();
    for (const mail of mails) {
      await page.setContent(mail.html);
      expect([mail.subject, await scrollsSideways(page)]).toEqual([mail.subject, false]);
    }
  });
});

describe('the staff desk', () => {
  it('the queue, a case and the overview pass axe with no serious violation', async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } }, '/staff');
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#staff-token', desk.running.staffToken);
    await page.click('.staff-signin button');
    await page.locator('table.queue').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('table.queue tbody a');
    await page.locator('#case-title').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The overview: its charts, in words for screen readers too.
    await page.goto(`${desk.running.url}/staff`);
    await page.locator('table.queue').waitFor();
    await page.selectOption('#queue-view', 'overview');
    await page.locator('.chart-row').first().waitFor();
    expect(await page.locator('.chart-row').count()).toBe(24);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
