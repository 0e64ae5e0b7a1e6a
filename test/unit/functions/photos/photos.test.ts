// The photo functions called as Lambda would call them: the HTTP routes over the in-memory stores
// and the real processor, and the processing function's two event shapes.
import sharp from 'sharp';
import { makePhotosHandler } from '../../../../functions/photos/photos';
import { makeProcessPhotoHandler, scanRefusal } from '../../../../functions/photos/process';
import { InMemoryPhotoStore } from '../../../../shared/adapters/memory/in-memory-photo-store';
import { processPhoto } from '../../../../shared/adapters/sharp/sharp-photo-processor';
import { createCaseRequestSchema } from '../../../../shared/cases';
import { makeProcessUploadedPhoto, makeReadPhoto, makeRequestPhotoUpload } from '../../../../shared/photos/use-cases';
import { apiEvent, capturingLogger, context } from '../../../support/events';
import { PLC_UNWANTED, testApp } from '../../../support/fakes';

async function setup() {
  const t = testApp();
  const photos = new InMemoryPhotoStore();
  const { logger, lines } = capturingLogger();
  const created = await t.app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED));
  if (created.kind === 'need_info') throw new Error('need_info');
  const token = new URL(created.statusUrl).searchParams.get('token') as string;
  const deps = { store: t.store, photos, process: processPhoto, clock: t.clock, ids: t.ids };
  const process = makeProcessUploadedPhoto(deps);
  const http = makePhotosHandler(
    { requestPhotoUpload: makeRequestPhotoUpload(deps), readPhoto: makeReadPhoto(deps) },
    { logger, corsOrigins: [], siteOrigin: undefined },
  );
  return { ...t, photos, logs: lines, rma: created.case.rma, token, http, processEvent: makeProcessPhotoHandler({ process, logger }) };
}

const askUpload = (rma: string, token: string, body: unknown) =>
  apiEvent({
    method: 'POST',
    path: `/api/cases/${rma}/photos`,
    route: '/api/cases/{rma}/photos',
    pathParameters: { rma },
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

const getPhoto = (rma: string, id: string, query: Record<string, string>) =>
  apiEvent({ method: 'GET', path: `/api/cases/${rma}/photos/${id}`, route: '/api/cases/{rma}/photos/{id}', pathParameters: { rma, id }, query });

const s3Event = (key: string, eventName = 'ObjectCreated:Post') => ({
  Records: [{ eventSource: 'aws:s3', eventName, s3: { bucket: { name: 'photos' }, object: { key, size: 1 } } }],
});
const scanEvent = (key: string, scanResultStatus: string, eTag?: string) => ({
  version: '0',
  source: 'aws.guardduty',
  'detail-type': 'GuardDuty Malware Protection Object Scan Result',
  detail: {
    schemaVersion: '1.0',
    scanStatus: 'COMPLETED',
    resourceType: 'S3_OBJECT',
    s3ObjectDetails: { bucketName: 'photos', objectKey: key, ...(eTag ? { eTag } : {}) },
    scanResultDetails: { scanResultStatus, threats: null },
  },
});

const jpeg = async () =>
  new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
      .jpeg()
      .toBuffer(),
  );

describe('POST /api/cases/{rma}/photos', () => {
  it('201 with an upload form fixed to the named type, and the photo id', async () => {
    // Prepare
    const { http, rma, token, photos } = await setup();
    // Act
    const res = await http(askUpload(rma, token, { contentType: 'image/png' }), context);
    // Assess
    expect(res.statusCode).toBe(201);
    const body = JSON.parse(res.body as string) as { id: string; upload: { fields: Record<string, string> }; maxBytes: number; maxPhotos: number };
    expect(body.upload.fields).toMatchObject({ key: `uploads/${rma}/${body.id}`, 'Content-Type': 'image/png' });
    expect(body).toMatchObject({ maxBytes: 10 * 1024 * 1024, maxPhotos: 10 });
    expect(photos.policies[0]?.conditions).toContainEqual({ 'Content-Type': 'image/png' });
  });

  it('400 for a type that is not a photo type or an extra field; 404 for a wrong token', async () => {
    // Prepare
    const { http, rma, token } = await setup();
    // Act
    const svg = await http(askUpload(rma, token, { contentType: 'image/svg+xml' }), context);
    const extra = await http(askUpload(rma, token, { contentType: 'image/jpeg', key: 'uploads/elsewhere' }), context);
    const wrong = await http(askUpload(rma, 'nope', { contentType: 'image/jpeg' }), context);
    // Assess
    expect(svg.statusCode).toBe(400);
    expect(JSON.parse(svg.body as string).error.field).toBe('contentType');
    expect(extra.statusCode).toBe(400);
    expect(wrong.statusCode).toBe(404);
  });

  it('409 once the case holds ten photos', async () => {
    // Prepare
    const { http, rma, token, photos, processEvent } = await setup();
    const bytes = await jpeg();
    for (let i = 0; i < 10; i++) {
      const { upload } = JSON.parse((await http(askUpload(rma, token, { contentType: 'image/jpeg' }), context)).body as string) as {
        upload: { fields: { key: string } };
      };
      await photos.put(upload.fields.key, bytes, 'image/jpeg');
      await processEvent(s3Event(upload.fields.key));
    }
    // Act
    const res = await http(askUpload(rma, token, { contentType: 'image/jpeg' }), context);
    // Assess
    expect(res.statusCode).toBe(409);
    expect(JSON.parse(res.body as string).error.code).toBe('too_many_photos');
  });
});

describe('POST /api/cases/{rma}/photos on an ended case', () => {
  it('409 case_ended: a cancelled return takes no more photos', async () => {
    const { http, rma, token, app } = await setup();
    await app.customerCancel(rma, token);
    const res = await http(askUpload(rma, token, { contentType: 'image/jpeg' }), context);
    expect([res.statusCode, JSON.parse(res.body as string).error.code]).toEqual([409, 'case_ended']);
  });
});

describe('GET /api/cases/{rma}/photos/{id}', () => {
  it('serves a processed photo as JPEG to the link holder only', async () => {
    // Prepare
    const { http, rma, token, photos, processEvent } = await setup();
    await photos.put(`uploads/${rma}/photo0001`, await jpeg(), 'image/jpeg');
    await processEvent(s3Event(`uploads/${rma}/photo0001`));
    // Act
    const thumb = await http(getPhoto(rma, 'photo0001', { token, size: 'thumb' }), context);
    const wrong = await http(getPhoto(rma, 'photo0001', { token: 'nope' }), context);
    const unknown = await http(getPhoto(rma, 'photo0002', { token }), context);
    const badSize = await http(getPhoto(rma, 'photo0001', { token, size: 'huge' }), context);
    // Assess
    expect(thumb).toMatchObject({ statusCode: 200, isBase64Encoded: true, headers: { 'content-type': 'image/jpeg' } });
    expect((await sharp(Buffer.from(thumb.body as string, 'base64')).metadata()).format).toBe('jpeg');
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(badSize.statusCode).toBe(400);
  });
});

describe('the processing function', () => {
  it('processes an S3 object-created event (URL-encoded key) and ignores other events', async () => {
    // Prepare
    const { processEvent, photos, rma, store, logs } = await setup();
    await photos.put(`uploads/${rma}/photo0001`, await jpeg(), 'image/jpeg');
    // Act
    const removed = await processEvent(s3Event(`uploads/${rma}/photo0001`, 'ObjectRemoved:Delete'));
    const created = await processEvent(s3Event(`uploads%2F${rma}%2Fphoto0001`));
    // Assess
    expect(removed).toEqual([]);
    expect(created[0]).toMatchObject({ id: 'photo0001', status: 'ready' });
    expect((await store.get(rma))?.photos).toHaveLength(1);
    // The log follows the photo by its object key (case and photo id, no customer data) and says the outcome.
    const line = JSON.parse(logs.find((l) => l.includes('photo processed')) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ correlation_id: `uploads/${rma}/photo0001`, status: 'ready' });
    expect(Object.keys(line).sort()).toEqual(['correlation_id', 'level', 'message', 'sampling_rate', 'service', 'status', 'timestamp']);
  });

  it('with malware scanning: a clean result is processed; a threat or a failed scan is refused unread', async () => {
    // Prepare
    const { processEvent, photos, rma, store } = await setup();
    for (const id of ['cleanphoto', 'badphoto1', 'failphoto']) await photos.put(`uploads/${rma}/${id}`, await jpeg(), 'image/jpeg');
    // Act
    await processEvent(scanEvent(`uploads/${rma}/cleanphoto`, 'NO_THREATS_FOUND'));
    await processEvent(scanEvent(`uploads/${rma}/badphoto1`, 'THREATS_FOUND'));
    await processEvent(scanEvent(`uploads/${rma}/failphoto`, 'FAILED'));
    // Assess
    const recorded = (await store.get(rma))?.photos ?? [];
    expect(recorded.map((p) => [p.id, p.status, 'reason' in p ? p.reason : undefined])).toEqual([
      ['cleanphoto', 'ready', undefined],
      ['badphoto1', 'rejected', 'malware'],
      ['failphoto', 'rejected', 'not_scanned'],
    ]);
    expect([...photos.objects.keys()].filter((k) => k.startsWith('uploads/'))).toEqual([]);
  });

  it('with malware scanning: only the version the scan found clean is opened; a file put there since waits for its own result', async () => {
    // Prepare: a clean photo scanned, then replaced through the same form before the result arrived
    const { processEvent, photos, rma, store } = await setup();
    const key = `uploads/${rma}/reusedform`;
    await photos.put(key, await jpeg(), 'image/jpeg');
    const scanned = photos.objects.get(key)?.eTag as string;
    await photos.put(key, new TextEncoder().encode('<?php ?>'), 'image/jpeg');
    const replaced = photos.objects.get(key)?.eTag as string;
    // Act
    const stale = await processEvent(scanEvent(key, 'NO_THREATS_FOUND', scanned));
    const waiting = photos.objects.has(key);
    const own = await processEvent(scanEvent(key, 'THREATS_FOUND', replaced));
    // Assess
    expect(stale).toEqual([undefined]);
    expect(waiting).toBe(true);
    expect(own[0]).toMatchObject({ status: 'rejected', reason: 'malware' });
    expect(photos.objects.has(key)).toBe(false);
    expect((await store.get(rma))?.photos).toHaveLength(1);
  });

  it('refuses an event of another shape', async () => {
    const { processEvent } = await setup();
    await expect(processEvent({ Records: [{ eventSource: 'aws:sqs' }] })).rejects.toThrow();
    expect(scanRefusal('UNSUPPORTED')).toBe('not_scanned');
  });
});
