// Photos through the local desk: the upload form the API signs, a real POST to s3rver, s3rver's
// object-created event into the processor, and the photo read back through the API.
import exifr from 'exifr';
import sharp from 'sharp';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { LOCAL_PHOTO_BUCKET } from '../../local/stack';
import { WEB_TEXT } from '../../web/text';
import { daysAgo, useDesk } from '../support/local-desk';

jest.setTimeout(120_000);

const desk = useDesk();

const api = (path: string, init: RequestInit = {}) => fetch(`${desk().desk.url}${path}`, init);

async function newCase(): Promise<{ rma: string; token: string }> {
  const res = await api('/api/cases', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      policy: 'plc-technologies',
      contact: { email: 'photos@example.com', name: 'Pat Photo' },
      reason: 'damaged_on_delivery',
      deliveryDate: daysAgo(1),
    }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { rma: string; statusUrl: string };
  return { rma: body.rma, token: new URL(body.statusUrl).searchParams.get('token') as string };
}

const gpsJpeg = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 180, g: 60, b: 40 } } })
    .withExifMerge({
      IFD0: { Make: 'PhoneCo' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .jpeg()
    .toBuffer();

async function requestUpload(rma: string, token: string, contentType = 'image/jpeg') {
  return api(`/api/cases/${rma}/photos`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ contentType }),
  });
}

/** What a browser does with the form: the fields, then the file, as multipart to the bucket. */
async function upload(rma: string, token: string, bytes: Uint8Array, contentType = 'image/jpeg'): Promise<string> {
  const res = await requestUpload(rma, token, contentType);
  expect(res.status).toBe(201);
  const { id, upload: form } = (await res.json()) as { id: string; upload: { url: string; fields: Record<string, string> } };
  const data = new FormData();
  for (const [k, v] of Object.entries(form.fields)) data.append(k, v);
  data.append('file', new Blob([Buffer.from(bytes)], { type: contentType }), 'IMG_0001.jpg');
  const posted = await fetch(form.url, { method: 'POST', body: data, headers: { origin: desk().desk.url } });
  expect(posted.status).toBeLessThan(300);
  return id;
}

async function photoOnCase(rma: string, token: string, id: string) {
  for (let i = 0; i < 100; i++) {
    const view = (await (await api(`/api/cases/${rma}`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      photos: { id: string; status: string; reason?: string }[];
    };
    const photo = view.photos.find((p) => p.id === id);
    if (photo) return photo;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the photo never reached the case');
}

function s3(): S3Client {
  return new S3Client({
    endpoint: desk().stack.endpoints.s3,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}

describe('photos through the local desk', () => {
  it('a photo with GPS posted to the bucket comes back as a thumbnail and a web image with no GPS; the original is gone', async () => {
    // Prepare
    const { rma, token } = await newCase();
    // Act
    const id = await upload(rma, token, new Uint8Array(await gpsJpeg()));
    const photo = await photoOnCase(rma, token, id);
    const thumb = await api(`/api/cases/${rma}/photos/${id}?size=thumb&token=${token}`);
    const web = await api(`/api/cases/${rma}/photos/${id}?size=web`, { headers: { authorization: `Bearer ${token}` } });
    // Assess
    expect(photo.status).toBe('ready');
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    const thumbBytes = Buffer.from(await thumb.arrayBuffer());
    expect((await sharp(thumbBytes).metadata()).width).toBeLessThanOrEqual(320);
    const webBytes = Buffer.from(await web.arrayBuffer());
    expect(await exifr.gps(webBytes).catch(() => undefined)).toBeUndefined();
    expect(await exifr.parse(webBytes).catch(() => undefined)).toBeUndefined();
    const client = s3();
    const left = await client.send(new ListObjectsV2Command({ Bucket: LOCAL_PHOTO_BUCKET, Prefix: `uploads/${rma}/` }));
    expect(left.KeyCount ?? 0).toBe(0);
    const stored = await client.send(new GetObjectCommand({ Bucket: LOCAL_PHOTO_BUCKET, Key: `photos/${rma}/${id}.jpg` }));
    expect(await exifr.gps(Buffer.from(await stored.Body!.transformToByteArray())).catch(() => undefined)).toBeUndefined();
    client.destroy();
  });

  it('a PHP file sent as a JPEG is refused, recorded with the reason, and never served', async () => {
    // Prepare
    const { rma, token } = await newCase();
    // Act
    const id = await upload(rma, token, new TextEncoder().encode('<?php system($_GET["c"]); ?>'));
    const photo = await photoOnCase(rma, token, id);
    const served = await api(`/api/cases/${rma}/photos/${id}?token=${token}`);
    const page = await (await api(`/status/${rma}?token=${token}`)).text();
    // Assess
    expect(photo).toMatchObject({ status: 'rejected', reason: 'not_a_photo' });
    expect(served.status).toBe(404);
    expect(page).toContain(WEB_TEXT.photos.rejected.not_a_photo);
  });

  it('an upload form only for the link holder, and only for photo types', async () => {
    // Prepare
    const { rma, token } = await newCase();
    // Act
    const wrongToken = await requestUpload(rma, 'not-the-token');
    const unknownCase = await requestUpload('RMA-000000000', token);
    const svg = await requestUpload(rma, token, 'image/svg+xml');
    // Assess
    expect(wrongToken.status).toBe(404);
    expect(unknownCase.status).toBe(404);
    expect(await wrongToken.text()).toBe(await unknownCase.text());
    expect(svg.status).toBe(400);
  });

  it('lets the desk page post to the bucket (CORS) and allows the bucket in the page policy', async () => {
    // Act
    const preflight = (origin: string) =>
      fetch(`${desk().stack.endpoints.s3}/${LOCAL_PHOTO_BUCKET}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const ours = await preflight(desk().desk.url);
    const foreign = await preflight('https://elsewhere.example');
    const { rma, token } = await newCase();
    const page = await api(`/status/${rma}?token=${token}`);
    // Assess
    // s3rver answers a matched rule with '*'; the rule itself admits loopback origins only.
    expect(ours.status).toBe(200);
    expect(ours.headers.get('access-control-allow-origin')).not.toBeNull();
    expect(foreign.status).toBe(403);
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${desk().stack.endpoints.s3}`);
  });
});
