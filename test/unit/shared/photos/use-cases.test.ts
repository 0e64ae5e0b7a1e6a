// The photo pipeline over an in-memory store and the real sharp processor.
import exifr from 'exifr';
import sharp from 'sharp';
import { InMemoryPhotoStore } from '../../../../shared/adapters/memory/in-memory-photo-store';
import { processPhoto } from '../../../../shared/adapters/sharp/sharp-photo-processor';
import { CaseNotFoundError, createCaseRequestSchema } from '../../../../shared/cases';
import {
  makeAcceptChannelPhoto,
  makeProcessUploadedPhoto,
  makeRequestPhotoUpload,
  PhotosClosedError,
  TooManyPhotosError,
} from '../../../../shared/photos/use-cases';
import { PLC_UNWANTED, testApp } from '../../../support/fakes';

async function setup() {
  const t = testApp();
  const photos = new InMemoryPhotoStore();
  const created = await t.app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED));
  if (created.kind === 'need_info') throw new Error('need_info');
  const token = new URL(created.statusUrl).searchParams.get('token') as string;
  const deps = { store: t.store, photos, process: processPhoto, clock: t.clock, ids: t.ids };
  return { ...t, photos, rma: created.case.rma, token, request: makeRequestPhotoUpload(deps), processUploaded: makeProcessUploadedPhoto(deps) };
}

const gpsJpeg = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 120, b: 200 } } })
    .withExifMerge({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '33/1 55/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '18/1 25/1 0/1' } })
    .jpeg()
    .toBuffer();

describe('photo uploads', () => {
  it('give the holder of the link an upload form for a key under the case', async () => {
    const { request, rma, token, photos } = await setup();
    const form = await request(rma, token, 'image/jpeg');
    expect(form.key).toMatch(new RegExp(`^uploads/${rma}/[A-Za-z0-9_-]{16}$`));
    expect(form).toMatchObject({ maxBytes: 10 * 1024 * 1024, expiresIn: 300, fields: { key: form.key } });
    expect(photos.policies[0]?.conditions).toContainEqual(['content-length-range', 1, 10 * 1024 * 1024]);
  });

  it('are refused once the case has ended: no form, a form asked for before is not opened, a channel photo is turned away', async () => {
    // Prepare: a form asked for, then the customer cancels
    const t = await setup();
    const { key } = await t.request(t.rma, t.token, 'image/jpeg');
    await t.app.customerCancel(t.rma, t.token);
    const accept = makeAcceptChannelPhoto({ store: t.store, photos: t.photos, ids: t.ids });
    await t.photos.put(key, new Uint8Array(await gpsJpeg()), 'image/jpeg');
    // Act
    const late = await t.processUploaded(key);
    const channel = await accept(t.rma, 'mail:1:0', new Uint8Array(await gpsJpeg()), 'image/jpeg');
    // Assess
    await expect(t.request(t.rma, t.token, 'image/jpeg')).rejects.toThrow(PhotosClosedError);
    expect(late).toMatchObject({ status: 'rejected', reason: 'case_ended' });
    expect(channel).toBe('closed');
    expect(t.photos.objects.size).toBe(0);
  });

  it('refuse a wrong token and an unknown case alike', async () => {
    const { request, rma } = await setup();
    await expect(request(rma, 'wrong', 'image/jpeg')).rejects.toThrow(CaseNotFoundError);
    await expect(request('RMA-000000000', 'wrong', 'image/jpeg')).rejects.toThrow(CaseNotFoundError);
  });

  it('stop at ten photos on a case', async () => {
    const { request, processUploaded, photos, rma, token } = await setup();
    const jpeg = new Uint8Array(await gpsJpeg());
    for (let i = 0; i < 10; i++) {
      const { key } = await request(rma, token, 'image/jpeg');
      await photos.put(key, jpeg, 'image/jpeg');
      await processUploaded(key);
    }
    await expect(request(rma, token, 'image/jpeg')).rejects.toThrow(TooManyPhotosError);
  });
});

describe('processing an uploaded photo', () => {
  it('stores a web image and a thumbnail without GPS, deletes the original, records the photo once', async () => {
    // Prepare
    const { request, processUploaded, photos, store, rma, token } = await setup();
    const { key } = await request(rma, token, 'image/jpeg');
    await photos.put(key, new Uint8Array(await gpsJpeg()), 'image/jpeg');
    // Act: the same event, delivered twice
    const first = await processUploaded(key);
    const again = await processUploaded(key);
    // Assess
    expect(first).toMatchObject({ status: 'ready', type: 'image/jpeg', width: 640, height: 480 });
    expect(again).toEqual(first);
    expect(photos.objects.has(key)).toBe(false);
    const web = photos.objects.get(`photos/${rma}/${key.split('/')[2]}.jpg`);
    expect(web?.contentType).toBe('image/jpeg');
    expect(await exifr.gps(Buffer.from(web?.bytes ?? new Uint8Array()))).toBeUndefined();
    expect((await store.get(rma))?.photos).toHaveLength(1);
  });

  it('an upload form used again after its photo was processed: the second upload is deleted, nothing more recorded', async () => {
    // Prepare
    const { request, processUploaded, photos, store, rma, token } = await setup();
    const { key } = await request(rma, token, 'image/jpeg');
    await photos.put(key, new Uint8Array(await gpsJpeg()), 'image/jpeg');
    const first = await processUploaded(key);
    // Act: the same form posts another file to the same key within its five minutes
    await photos.put(key, new Uint8Array(await gpsJpeg()), 'image/jpeg');
    const again = await processUploaded(key);
    // Assess
    expect(again).toEqual(first);
    expect(photos.objects.has(key)).toBe(false);
    expect((await store.get(rma))?.photos).toHaveLength(1);
  });

  it('forms asked for before the tenth photo: the eleventh and twelfth are rejected as too many, and nothing of them kept', async () => {
    // Prepare: twelve forms while the case has no photo yet
    const { request, processUploaded, photos, store, rma, token } = await setup();
    const jpeg = new Uint8Array(await gpsJpeg());
    const keys: string[] = [];
    for (let i = 0; i < 12; i++) keys.push((await request(rma, token, 'image/jpeg')).key);
    for (const key of keys) await photos.put(key, jpeg, 'image/jpeg');
    // Act
    const records = [];
    for (const key of keys) records.push(await processUploaded(key));
    // Assess
    expect(records.map((r) => (r?.status === 'rejected' ? r.reason : r?.status))).toEqual([...Array(10).fill('ready'), 'too_many', 'too_many']);
    expect((await store.get(rma))?.photos?.filter((p) => p.status === 'ready')).toHaveLength(10);
    expect([...photos.objects.keys()].filter((k) => k.startsWith('photos/'))).toHaveLength(20);
    expect([...photos.objects.keys()].filter((k) => k.startsWith('uploads/'))).toEqual([]);
  });

  it('two uploads processed at once for the last place: one is kept, the other rejected and its images deleted', async () => {
    // Prepare: nine photos, then two more forms
    const { request, processUploaded, photos, store, rma, token } = await setup();
    const jpeg = new Uint8Array(await gpsJpeg());
    for (let i = 0; i < 9; i++) {
      const { key } = await request(rma, token, 'image/jpeg');
      await photos.put(key, jpeg, 'image/jpeg');
      await processUploaded(key);
    }
    const last = [(await request(rma, token, 'image/jpeg')).key, (await request(rma, token, 'image/jpeg')).key];
    for (const key of last) await photos.put(key, jpeg, 'image/jpeg');
    // Act
    const records = await Promise.all(last.map((key) => processUploaded(key)));
    // Assess
    expect(records.map((r) => r?.status).sort()).toEqual(['ready', 'rejected']);
    expect((await store.get(rma))?.photos?.filter((p) => p.status === 'ready')).toHaveLength(10);
    expect([...photos.objects.keys()].filter((k) => k.startsWith('photos/'))).toHaveLength(20);
  });

  it('a case with thirty photo records takes no more: no new form, and a late upload is deleted unread', async () => {
    // Prepare: thirty forms, each used for something that is not a photo
    const { request, processUploaded, photos, store, rma, token } = await setup();
    const keys: string[] = [];
    for (let i = 0; i < 31; i++) keys.push((await request(rma, token, 'image/jpeg')).key);
    const php = new TextEncoder().encode('<?php ?>');
    for (const key of keys.slice(0, 30)) {
      await photos.put(key, php, 'image/jpeg');
      await processUploaded(key);
    }
    // Act
    await photos.put(keys[30] as string, new Uint8Array(await gpsJpeg()), 'image/jpeg');
    const late = await processUploaded(keys[30] as string);
    // Assess
    expect(late).toBeUndefined();
    expect(photos.objects.size).toBe(0);
    expect((await store.get(rma))?.photos).toHaveLength(30);
    await expect(request(rma, token, 'image/jpeg')).rejects.toThrow(TooManyPhotosError);
  });

  it('records what is not a photo as rejected, with the reason, and deletes it', async () => {
    const { request, processUploaded, photos, store, rma, token } = await setup();
    const { key } = await request(rma, token, 'image/jpeg');
    await photos.put(key, new TextEncoder().encode("<?php system($_GET['c']); ?>"), 'image/jpeg');
    expect(await processUploaded(key)).toMatchObject({ status: 'rejected', reason: 'not_a_photo' });
    expect(photos.objects.size).toBe(0);
    expect((await store.get(rma))?.photos?.[0]).toMatchObject({ status: 'rejected', reason: 'not_a_photo' });
  });

  it('ignores objects that are not uploads of a case', async () => {
    const { processUploaded } = await setup();
    expect(await processUploaded('elsewhere/file.jpg')).toBeUndefined();
    expect(await processUploaded('uploads/RMA-000000000/../../x')).toBeUndefined();
  });
});
