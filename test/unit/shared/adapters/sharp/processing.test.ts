// Photos from phones, made by the tests: good ones come out re-encoded with no metadata at all,
// bad ones are refused with the reason.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import exifr from 'exifr';
import sharp from 'sharp';
import { processPhoto } from '../../../../../shared/adapters/sharp/sharp-photo-processor';
import { PHOTO_LIMITS } from '../../../../../shared/photos/limits';
import { sniffPhotoType } from '../../../../../shared/photos/magic';
import { photoUploadPolicy } from '../../../../../shared/photos/upload-policy';

const rgb = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } });
const bytes = (b: Buffer) => new Uint8Array(b);

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A PNG that claims 20,000 × 20,000 pixels in its header (a decompression bomb's calling card). */
function hugePngHeader(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20_000, 0);
  ihdr.writeUInt32BE(20_000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  // Only the first rows' data: enough for a header reader, 1.2 GB short of the picture it claims.
  const firstRows = deflateSync(Buffer.alloc(60_001 * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', firstRows),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('photo processing', () => {
  it.each([
    ['JPEG', () => rgb(800, 600).jpeg().toBuffer(), 'image/jpeg'],
    ['PNG', () => rgb(640, 480).png().toBuffer(), 'image/png'],
    ['WebP', () => rgb(500, 500).webp().toBuffer(), 'image/webp'],
  ])('accepts a %s and re-encodes it as a web image and a thumbnail', async (_name, make, type) => {
    const result = await processPhoto(bytes(await make()));
    if (!result.ok) throw new Error(result.reason);
    expect(result.photo.type).toBe(type);
    const web = await sharp(Buffer.from(result.photo.web)).metadata();
    const thumb = await sharp(Buffer.from(result.photo.thumb)).metadata();
    expect(web.format).toBe('jpeg');
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBeLessThanOrEqual(PHOTO_LIMITS.thumbMaxSide);
  });

  // An iPhone-style HEIC (HEVC in HEIF) with GPS: made from a JPEG by libheif's own encoder, the one
  // tool here that writes HEVC (.ci/run installs it: apt-get install libheif-examples).
  const HEIF_ENC = ['/usr/bin/heif-enc', '/usr/local/bin/heif-enc'].find((p) => existsSync(p));
  if (!HEIF_ENC) console.warn('HEIC test skipped: heif-enc not found (apt-get install libheif-examples)');
  (HEIF_ENC ? it : it.skip)('accepts a HEIC with GPS: decoded, re-encoded as JPEG with none of its metadata', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'heic-'));
    const jpeg = await rgb(1024, 768)
      .withExifMerge({
        IFD2: { DateTimeOriginal: '2026:11:19 08:15:00' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 25/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 42/1 0/1' },
      })
      .jpeg()
      .toBuffer();
    let heic: Buffer;
    try {
      writeFileSync(join(dir, 'in.jpg'), jpeg);
      execFileSync(HEIF_ENC as string, ['-q', '60', '-o', join(dir, 'out.heic'), join(dir, 'in.jpg')], { stdio: 'ignore' });
      heic = readFileSync(join(dir, 'out.heic'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // heif-enc copies the JPEG's EXIF (with the GPS position) into the HEIC as it is.
    // sharp gives the EXIF block as "Exif\0\0" and the TIFF structure holding the tags.
    const tiff = ((await sharp(jpeg).metadata()).exif as Buffer).subarray(6);
    expect((await exifr.gps(jpeg))?.latitude).toBeCloseTo(40.42, 1);
    expect(sniffPhotoType(bytes(heic))).toBe('image/heic');
    expect(heic.includes(tiff)).toBe(true);
    // Act
    const result = await processPhoto(bytes(heic));
    // Assess
    if (!result.ok) throw new Error(result.reason);
    expect(result.photo).toMatchObject({ type: 'image/heic', width: 1024, height: 768 });
    const out = Buffer.from(result.photo.web);
    expect((await sharp(out).metadata()).format).toBe('jpeg');
    expect(out.includes(tiff)).toBe(false);
    expect(await exifr.gps(out)).toBeUndefined();
    expect(await exifr.parse(out)).toBeUndefined();
    // The picture survived the trip: the same colour, not a blank.
    const { dominant } = await sharp(out).stats();
    expect(Math.abs(dominant.r - 200) + Math.abs(dominant.g - 80) + Math.abs(dominant.b - 40)).toBeLessThan(40);
  });

  it('refuses a file that says HEIC but holds no image', async () => {
    // libheif prints its parse error itself; keep the test output quiet.
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const fake = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(200)]);
    expect(await processPhoto(bytes(fake))).toEqual({ ok: false, reason: 'unreadable' });
    jest.restoreAllMocks();
  });

  it('a JPEG with GPS and camera EXIF comes out with none, oriented, and its capture time kept as a fact', async () => {
    // Prepare: a 12-megapixel-shaped photo, rotated by EXIF, with a position and a capture time.
    const input = await rgb(1200, 900)
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: 'PhoneCo', Model: 'P1' },
        IFD2: { DateTimeOriginal: '2026:11:20 14:03:11' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '33/1 55/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '18/1 25/1 0/1' },
      })
      .jpeg()
      .toBuffer();
    expect((await sharp(input).metadata()).orientation).toBe(6);
    expect((await exifr.gps(input))?.latitude).toBeLessThan(-33);
    // Act
    const result = await processPhoto(bytes(input));
    // Assess
    if (!result.ok) throw new Error(result.reason);
    const out = Buffer.from(result.photo.web);
    const meta = await sharp(out).metadata();
    expect({ exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }).toEqual({ exif: undefined, xmp: undefined, iptc: undefined });
    expect(await exifr.gps(out)).toBeUndefined();
    // Orientation 6 (90° clockwise) applied: the landscape original is now portrait.
    expect([meta.width, meta.height]).toEqual([900, 1200]);
    expect(result.photo.capturedAt).toMatch(/^2026-11-20T/);
  });

  it.each([
    ['a PHP file named .jpg', () => Buffer.from("<?php system($_GET['c']); ?>"), 'not_a_photo'],
    ['an SVG with a script', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'not_a_photo'],
    ['an HTML file', () => Buffer.from('<!doctype html><html><body onload="alert(1)"></body></html>'), 'not_a_photo'],
    ['a GIF/JavaScript polyglot', () => Buffer.from('GIF89a/*\x00\x00*/=alert(1);'), 'not_a_photo'],
    ['zero bytes', () => Buffer.alloc(0), 'empty'],
    ['10 MiB and one byte', () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(PHOTO_LIMITS.maxBytes - 2)]), 'too_large'],
    ['a 20,000 × 20,000 PNG', () => hugePngHeader(), 'too_many_pixels'],
  ])('refuses %s', async (_name, make, reason) => {
    expect(await processPhoto(bytes(make()))).toEqual({ ok: false, reason });
  });

  it('refuses a truncated JPEG', async () => {
    const whole = await rgb(800, 600).jpeg().toBuffer();
    expect(await processPhoto(bytes(whole.subarray(0, Math.floor(whole.length / 2))))).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('a JPEG carrying a script after its image keeps the image and loses the script', async () => {
    const payload = '<?php system($_GET["c"]); ?><script>alert(1)</script>';
    const polyglot = Buffer.concat([await rgb(200, 200).jpeg().toBuffer(), Buffer.from(payload)]);
    const result = await processPhoto(bytes(polyglot));
    if (!result.ok) throw new Error(result.reason);
    expect(Buffer.from(result.photo.web).includes(Buffer.from('system('))).toBe(false);
    expect(Buffer.from(result.photo.thumb).includes(Buffer.from('<script>'))).toBe(false);
  });

  it('knows a HEIC by its brand', () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(12)]);
    expect(sniffPhotoType(bytes(heic))).toBe('image/heic');
    expect(sniffPhotoType(bytes(Buffer.from('ftypisom').subarray(0)))).toBeUndefined();
  });
});

describe('the upload form S3 will check', () => {
  it('fixes the key under the case, bounds the size to 1 byte–10 MiB, fixes the photo type, five minutes', () => {
    expect(photoUploadPolicy('RMA-7KQ2M9XA4', 'ab12CD34ef', 'image/webp')).toEqual({
      key: 'uploads/RMA-7KQ2M9XA4/ab12CD34ef',
      conditions: [{ key: 'uploads/RMA-7KQ2M9XA4/ab12CD34ef' }, ['content-length-range', 1, 10 * 1024 * 1024], { 'Content-Type': 'image/webp' }],
      fields: { key: 'uploads/RMA-7KQ2M9XA4/ab12CD34ef', 'Content-Type': 'image/webp' },
      expiresInSeconds: 300,
    });
  });

  it('never lets a name from outside into the key', () => {
    expect(() => photoUploadPolicy('RMA-7KQ2M9XA4', '../../etc/passwd', 'image/jpeg')).toThrow(TypeError);
    expect(() => photoUploadPolicy('../x', 'ab12CD34ef', 'image/jpeg')).toThrow(TypeError);
  });

  it('never signs a type that is not a photo type', () => {
    expect(() => photoUploadPolicy('RMA-7KQ2M9XA4', 'ab12CD34ef', 'image/svg+xml' as 'image/jpeg')).toThrow(TypeError);
  });
});
