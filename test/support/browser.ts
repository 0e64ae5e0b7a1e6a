// Headless Chromium (Debian's package) driven by playwright-core; the launch flags the machine needs.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { spawnStart } from './local-desk';
import { chromiumPath } from './prerequisites';
import { startTogether, stopTogether, type Parts } from './start-together';

export const CHROMIUM = chromiumPath();

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH. .ci/run installs it.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone: 390×844 CSS pixels, touch, mobile user agent behaviour. */
/**
 * How long a browser test waits for the assistant's next message. Generous: with every suite running
 * on two cores, a turn through Web Chat's polling has taken over 20 s (CI, session 9). A wait, not a
 * measure: speed is measured in `npm run bench`.
 */
export const CHAT_WAIT_MS = 60_000;

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

export type StartedDesk = Awaited<ReturnType<typeof spawnStart>>;

/** `npm start` in a child process and Chromium: what useStartedDesk starts together. */
export const DESK_AND_BROWSER: Parts<[StartedDesk, Browser]> = [
  { start: () => spawnStart(), stop: (desk) => desk.stop() },
  { start: () => launchChromium(), stop: (browser) => browser.close() },
];

/**
 * Starts the desk and the browser at once; if either fails, stops the one that did start and
 * throws the failure, so that nothing is left running to keep jest from exiting.
 */
export function startDeskAndBrowser(parts: Parts<[StartedDesk, Browser]> = DESK_AND_BROWSER): Promise<[StartedDesk, Browser]> {
  return startTogether<[StartedDesk, Browser]>(parts);
}

/**
 * `npm start` (spawnStart) and Chromium, for a browser test file: started before its tests, stopped
 * after. The desk runs as `npm start` runs it (tsx, its own process), not as jest compiles it.
 */
export function useStartedDesk(): { running: StartedDesk; browser: Browser } {
  const state = {} as { running: StartedDesk; browser: Browser };
  let starting: Promise<[StartedDesk, Browser]> | undefined;
  beforeAll(async () => {
    starting = startDeskAndBrowser();
    [state.running, state.browser] = await starting;
  });
  afterAll(async () => {
    // Waits for a start still under way (a timed-out beforeAll) so that what it brings up is stopped too;
    // a failed start has stopped its own parts already.
    const started = await starting?.catch(() => undefined);
    if (started) await stopTogether<[StartedDesk, Browser]>(DESK_AND_BROWSER, started);
  });
  return state;
}
