// Starting the desk and the browser together for the browser tests: a failed start of one stops
// the other (a desk left running kept jest from ever exiting), and the failure is what jest reports.
import type { Browser } from 'playwright-core';
import { DESK_AND_BROWSER, startDeskAndBrowser, type StartedDesk } from '../../support/browser';
import { startTogether, stopTogether, type Part } from '../../support/start-together';

const fakeDesk = (): StartedDesk => ({ url: 'http://127.0.0.1:1', staffToken: 't', smtpPort: 2, stop: jest.fn(async () => undefined) });
const fakeBrowser = () => ({ close: jest.fn(async () => undefined) }) as unknown as Browser & { close: jest.Mock };
const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
const failingLater = (ms: number, error: Error) => new Promise<never>((_, reject) => setTimeout(() => reject(error), ms));

describe('starting the desk and the browser for the browser tests', () => {
  it('stops the desk that started when the browser does not, and throws the browser failure', async () => {
    // Prepare
    const desk = fakeDesk();
    const noChromium = new Error('Chromium is not at /usr/bin/chromium');
    // Act
    const starting = startDeskAndBrowser([
      { start: async () => desk, stop: (d) => d.stop() },
      { start: () => Promise.reject(noChromium), stop: (b) => b.close() },
    ]);
    // Assess
    await expect(starting).rejects.toBe(noChromium);
    expect(desk.stop).toHaveBeenCalledTimes(1);
  });

  it('closes the browser that started when the desk does not, and throws the desk failure', async () => {
    // Prepare
    const browser = fakeBrowser();
    const deskFailed = new Error('npm start exited (1)');
    // Act
    const starting = startDeskAndBrowser([
      { start: () => failingLater(20, deskFailed), stop: async () => undefined },
      { start: async () => browser, stop: (b) => b.close() },
    ]);
    // Assess
    await expect(starting).rejects.toBe(deskFailed);
    expect(browser.close).toHaveBeenCalledTimes(1);
  });

  it('waits for a desk still starting when the browser fails at once, then stops it', async () => {
    // Prepare
    const desk = fakeDesk();
    const noChromium = new Error('no chromium');
    // Act
    const starting = startDeskAndBrowser([
      { start: () => later(50, desk), stop: (d) => d.stop() },
      { start: () => Promise.reject(noChromium), stop: (b) => b.close() },
    ]);
    // Assess
    await expect(starting).rejects.toBe(noChromium);
    expect(desk.stop).toHaveBeenCalledTimes(1);
  });

  it("stops what started the real way: the desk's stop(), the browser's close()", async () => {
    // Prepare
    const [deskPart, browserPart] = DESK_AND_BROWSER;
    const desk = fakeDesk();
    const browser = fakeBrowser();
    // Act
    await deskPart.stop(desk);
    await browserPart.stop(browser);
    // Assess
    expect(desk.stop).toHaveBeenCalledTimes(1);
    expect(browser.close).toHaveBeenCalledTimes(1);
  });

  it('gives both when both start, and stops neither', async () => {
    // Prepare
    const desk = fakeDesk();
    const browser = fakeBrowser();
    // Act
    const [d, b] = await startDeskAndBrowser([
      { start: async () => desk, stop: (x) => x.stop() },
      { start: async () => browser, stop: (x) => x.close() },
    ]);
    // Assess
    expect(d).toBe(desk);
    expect(b).toBe(browser);
    expect(desk.stop).not.toHaveBeenCalled();
    expect(browser.close).not.toHaveBeenCalled();
  });
});

describe('startTogether and stopTogether', () => {
  const part = <T>(start: () => Promise<T>, log: string[], name: string): Part<T> => ({
    start,
    stop: async () => {
      log.push(`stop ${name}`);
    },
  });

  it('throws the failure that happened first, not the first in the list', async () => {
    // Prepare
    const log: string[] = [];
    const slow = new Error('slow failure');
    const fast = new Error('fast failure');
    // Act
    const starting = startTogether<[string, string, string]>([
      part(() => failingLater(30, slow), log, 'a'),
      part(() => failingLater(1, fast), log, 'b'),
      part(async () => 'c', log, 'c'),
    ]);
    // Assess
    await expect(starting).rejects.toBe(fast);
    expect(log).toEqual(['stop c']);
  });

  it('reports a failed stop along with the start failure', async () => {
    // Prepare
    const failing: Part<string> = { start: async () => 'x', stop: () => Promise.reject(new Error('stuck')) };
    // Act
    const starting = startTogether<[string, string]>([failing, { start: () => Promise.reject(new Error('no java')), stop: async () => undefined }]);
    // Assess
    await expect(starting).rejects.toThrow('no java (and stopping what had started failed: Error: stuck)');
  });

  it('stops the last part first, and every part even when a stop fails', async () => {
    // Prepare
    const log: string[] = [];
    const stuck = new Error('stuck');
    const parts: [Part<string>, Part<string>, Part<string>] = [
      part(async () => 'a', log, 'a'),
      {
        start: async () => 'b',
        stop: async () => {
          log.push('stop b (fails)');
          throw stuck;
        },
      },
      part(async () => 'c', log, 'c'),
    ];
    // Act
    const stopping = stopTogether<[string, string, string]>(parts, ['a', 'b', 'c']);
    // Assess
    await expect(stopping).rejects.toBe(stuck);
    expect(log).toEqual(['stop c', 'stop b (fails)', 'stop a']);
  });
});
