// Headless Chromium (Debian's package) driven by playwright-core; the launch flags the machine needs.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { spawnStart } from './local-desk';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. .ci/run installs it.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A phone: 390×844 CSS pixels, touch, mobile user agent behaviour. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/**
 * `npm start` (spawnStart) and Chromium, for a browser test file: started before its tests, stopped
 * after. The desk runs as `npm start` runs it (tsx, its own process), not as jest compiles it.
 */
export function useStartedDesk(): { running: Awaited<ReturnType<typeof spawnStart>>; browser: Browser } {
  const state = {} as { running: Awaited<ReturnType<typeof spawnStart>>; browser: Browser };
  beforeAll(async () => {
    [state.running, state.browser] = await Promise.all([spawnStart(), launchChromium()]);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.running?.stop();
  });
  return state;
}
