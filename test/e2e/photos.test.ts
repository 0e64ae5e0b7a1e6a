// A customer on a phone adds photos: on the status page (the camera button) and on the form.
import exifr from 'exifr';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { PHOTO_LABELS } from '../../shared/rules';
import { WEB_TEXT } from '../../web/text';
import { PHONE, useStartedDesk } from '../support/browser';
import { daysAgo } from '../support/local-desk';

jest.setTimeout(120_000);

const desk = useStartedDesk();

/** A phone photo: 2000×1500 with the camera's GPS position in its EXIF. */
const phonePhoto = () =>
  sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 150, g: 90, b: 60 } } })
    .withExifMerge({
      IFD0: { Make: 'PhoneCo', Model: 'P1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 0/1' },
    })
    .jpeg({ quality: 85 })
    .toBuffer();

/** A delivery-damage case (its decision asks for photos), with its status link and token. */
async function damageCase(name: string, email: string): Promise<{ statusUrl: string; rma: string; token: string }> {
  const res = await fetch(`${desk.running.url}/api/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ policy: 'plc-technologies', reason: 'damaged_on_delivery', deliveryDate: daysAgo(1), contact: { name, email } }),
  });
  const { statusUrl, rma } = (await res.json()) as { statusUrl: string; rma: string };
  return { statusUrl, rma, token: new URL(statusUrl).searchParams.get('token') as string };
}

/** The form filled in for delivery damage two days ago, up to the photos. */
async function fillDamageForm(page: Page, name: string, email: string): Promise<void> {
  await page.goto(`${desk.running.url}/form`);
  await page.selectOption('#f-policy', 'plc-technologies');
  // The reasons appear with the first assessment: answer once it has, and once its request has settled.
  await page.locator('#assessment').waitFor();
  await page.waitForLoadState('networkidle');
  await page.check('input[name="reason"][value="damaged_on_delivery"]');
  const delivered = page.locator('#f-deliveryDate');
  await delivered.waitFor({ state: 'visible' });
  await delivered.fill(daysAgo(2));
  await page.fill('#f-contact\\.name', name);
  await page.fill('#f-contact\\.email', email);
}

describe('photos from a phone', () => {
  it('the status page takes a photo with GPS data, shows its thumbnail, and the stored image has no GPS', async () => {
    // Prepare: a delivery-damage case, whose decision asks for photos
    const { statusUrl, rma, token } = await damageCase('Pat', 'pat-photo@example.com');
    const photo = await phonePhoto();
    expect((await exifr.gps(photo))?.latitude).toBeCloseTo(48.85, 1);
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${desk.running.url}${new URL(statusUrl).pathname}${new URL(statusUrl).search}`);
    expect(await page.textContent('.requested')).toContain(PHOTO_LABELS.damage);
    expect(await page.isVisible('.photo-actions')).toBe(true);
    expect(await page.getAttribute('input[name=camera]', 'capture')).toBe('environment');
    // Act: the camera button's input gets the photo, as when the phone's camera returns one
    await page.setInputFiles('input[name=camera]', { name: 'IMG_0412.jpg', mimeType: 'image/jpeg', buffer: photo });
    const thumb = page.locator('.thumbs .thumb img').first();
    await thumb.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.thumbs .thumb img');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    // Assess
    expect(await page.textContent('.uploads .state')).toBe(WEB_TEXT.photos.client.ready);
    expect(await page.locator('progress').first().getAttribute('value')).toBe('100');
    const src = (await thumb.getAttribute('src')) as string;
    const id = /photos\/([^/?]+)/.exec(src)?.[1] as string;
    const web = Buffer.from(await (await fetch(`${desk.running.url}/api/cases/${rma}/photos/${id}?size=web&token=${encodeURIComponent(token)}`)).arrayBuffer());
    expect((await sharp(web).metadata()).width).toBe(1600);
    expect(await exifr.gps(web).catch(() => undefined)).toBeUndefined();
    expect(await exifr.parse(web).catch(() => undefined)).toBeUndefined();
    // Reloaded, the page shows the photo from the case itself.
    await page.reload();
    expect(await page.locator('.thumbs .thumb img').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('past the daily mail limit, the form still goes on to the status page, which says the email waits, and the photos go in', async () => {
    // Prepare: this address has had all the automatic emails it gets today (5), by the API
    const email = 'limit-photo@example.com';
    for (let i = 0; i < 5; i++) {
      const made = await fetch(`${desk.running.url}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ policy: 'plc-technologies', reason: 'wrong_item', contact: { email, name: 'Lim' } }),
      });
      expect(made.status).toBe(201);
    }
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await fillDamageForm(page, 'Lim', email);
    await page.setInputFiles('#f-photos', [{ name: 'dent.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() }]);
    // Act
    await Promise.all([page.waitForURL(/\/status\/RMA-.*notice=mail_held/, { timeout: 60_000 }), page.click('button[type=submit]')]);
    // Assess
    expect(await page.textContent('#notice')).toBe(WEB_TEXT.mailLimit.notice);
    await page.locator('.thumbs .thumb img').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.thumbs .thumb img').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the form takes photos before sending, uploads them once the case exists, and the status page shows them', async () => {
    // Prepare
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await fillDamageForm(page, 'Flo', 'flo-photo@example.com');
    // Act
    await page.setInputFiles('#f-photos', [
      { name: 'box.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') },
    ]);
    const picked = await page.locator('.photo-field .uploads li').allTextContents();
    await Promise.all([page.waitForURL(/\/status\/RMA-/, { timeout: 60_000 }), page.click('button[type=submit]')]);
    // Assess: the form went on once the photo was uploaded; the status page shows it when checked
    expect(picked).toEqual([`box.jpg${WEB_TEXT.photos.client.willSend}`, `notes.txt${WEB_TEXT.photos.client.notPhoto}`]);
    await page.locator('.thumbs .thumb img').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.thumbs .thumb img').count()).toBe(1);
    expect(new URL(page.url()).searchParams.has('photos')).toBe(false);
    await page.reload();
    expect(await page.locator('.uploads li').count()).toBe(0);
    expect(await page.locator('.thumbs .thumb img').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the status page waits for photos the form sent a moment ago (?photos=), and shows each once checked', async () => {
    // Prepare: a case and an upload form; the status page opens before the file arrives in the bucket
    const { statusUrl, rma, token } = await damageCase('Pia', 'pia-photo@example.com');
    const asked = await fetch(`${desk.running.url}/api/cases/${rma}/photos`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ contentType: 'image/jpeg' }),
    });
    const { id, upload } = (await asked.json()) as { id: string; upload: { url: string; fields: Record<string, string> } };
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${desk.running.url}${new URL(statusUrl).pathname}${new URL(statusUrl).search}&photos=${id}.not*an*id`);
    const waiting = await page.textContent('.uploads .state');
    // Act: the upload lands
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(await phonePhoto())], { type: 'image/jpeg' }), 'box.jpg');
    expect((await fetch(upload.url, { method: 'POST', body: form })).status).toBeLessThan(300);
    // Assess
    await page.locator('.thumbs .thumb img').first().waitFor({ timeout: 30_000 });
    expect(waiting).toBe(WEB_TEXT.photos.client.processing);
    expect(await page.locator('.uploads li').count()).toBe(1);
    expect(await page.textContent('.uploads .state')).toBe(WEB_TEXT.photos.client.ready);
    expect(new URL(page.url()).searchParams.get('photos')).toBeNull();
    await context.close();
  });

  it('a photo from the form that could not be uploaded is said on the status page, with the buttons to add it again', async () => {
    // Prepare: the bucket cannot be reached from this phone
    const context = await desk.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.route(
      (url) => !url.href.startsWith(desk.running.url),
      (r) => (r.request().method() === 'POST' ? r.abort('connectionrefused') : r.continue()),
    );
    await fillDamageForm(page, 'Gus', 'gus-photo@example.com');
    await page.setInputFiles('#f-photos', [{ name: 'box.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() }]);
    // Act
    await Promise.all([page.waitForURL(/\/status\/RMA-/, { timeout: 60_000 }), page.click('button[type=submit]')]);
    // Assess
    expect(await page.textContent('#photos .uploads')).toBe(WEB_TEXT.photos.client.notAdded.replace('{n}', '1'));
    expect(await page.isVisible('.photo-actions')).toBe(true);
    expect(new URL(page.url()).searchParams.has('photosFailed')).toBe(false);
    await context.close();
  });
});
