// The chat page on a phone in Chromium: bytes over the wire (compressed, headers included) and time
// from opening /chat to the assistant's first message, once with an empty cache and once again
// (the browser's cache warm). Against the local desk, which serves the pages as the pages function does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROMPTS } from '../bot/prompts';
import { startDesk } from '../local/desk';
import { startStack } from '../local/stack';
import { launchChromium, PHONE } from '../test/support/browser';

export async function benchChatPage(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rma-bench-chat-'));
  const stack = await startStack({ dataDir, persist: false, ports: { dynamodb: 0, ses: 0, s3: 0 } });
  const desk = await startDesk({ port: 0, smtpPort: 0, stack, logLevel: 'SILENT' });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    const largest = new Map<string, number>();
    const urls = new Map<string, string>();
    cdp.on('Network.responseReceived', (e: { requestId: string; response: { url: string } }) => urls.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
      const url = new URL(urls.get(e.requestId) ?? 'about:blank').pathname;
      largest.set(url, (largest.get(url) ?? 0) + e.encodedDataLength);
    });
    const greeting = PROMPTS.askPolicy.replace(/'/g, '’').slice(0, 30);
    for (const visit of ['empty cache', 'warm cache']) {
      bytes = 0;
      largest.clear();
      const start = Date.now();
      await page.goto(`${desk.url}/chat`);
      await page.getByText(greeting, { exact: false }).last().waitFor({ timeout: 30_000 });
      const ms = Date.now() - start;
      const top = [...largest.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
      console.log(
        `chat page (${visit}): ${(bytes / 1024).toFixed(1)} KB to the first message in ${ms} ms; largest: ${top.map(([u, b]) => `${u} ${(b / 1024).toFixed(1)} KB`).join(', ')}`,
      );
    }
    await context.close();
  } finally {
    await browser.close();
    await desk.close();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
