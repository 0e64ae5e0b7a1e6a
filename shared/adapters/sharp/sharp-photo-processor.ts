// Photos re-encoded with sharp: oriented, every byte of metadata dropped (EXIF, GPS, XMP, ICC
// comments), a web-size JPEG and a thumbnail. Anything that is not a photo we accept is refused
// with a reason. The capture time is kept as a fact, read from the original's EXIF first.
import exifr from 'exifr';
import sharp from 'sharp';
import { PHOTO_LIMITS } from '../../photos/limits';
import { sniffPhotoType, type PhotoType } from '../../photos/magic';

export type PhotoRejection = 'empty' | 'too_large' | 'not_a_photo' | 'too_many_pixels' | 'unreadable';

export interface ProcessedPhoto {
  type: PhotoType;
  width: number;
  height: number;
  bytes: number;
  capturedAt?: string;
  web: Uint8Array;
  thumb: Uint8Array;
}

export type ProcessResult = { ok: true; photo: ProcessedPhoto } | { ok: false; reason: PhotoRejection };

async function captureTime(input: Uint8Array): Promise<string | undefined> {
  try {
    const tags = (await exifr.parse(Buffer.from(input), { pick: ['DateTimeOriginal', 'CreateDate'] })) as
      { DateTimeOriginal?: Date; CreateDate?: Date } | undefined;
    const when = tags?.DateTimeOriginal ?? tags?.CreateDate;
    return when instanceof Date && !Number.isNaN(when.getTime()) ? when.toISOString() : undefined;
  } catch {
    return undefined;
  }
}

type Source = { ok: true; image: sharp.Sharp } | { ok: false; reason: PhotoRejection };

const tooManyPixels = (width: number, height: number) => width * height > PHOTO_LIMITS.maxInputPixels;

/** JPEG, PNG, WebP: dimensions from the header first, so a bomb is refused before a pixel is decoded. */
async function sharpSource(input: Uint8Array): Promise<Source> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, { failOn: 'none', limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!meta.width || !meta.height) return { ok: false, reason: 'unreadable' };
  if (tooManyPixels(meta.width, meta.height)) return { ok: false, reason: 'too_many_pixels' };
  return { ok: true, image: sharp(input, { limitInputPixels: PHOTO_LIMITS.maxInputPixels, failOn: 'error', sequentialRead: true }) };
}

/**
 * HEIC (iPhone photos) is HEVC inside HEIF, which the prebuilt libvips cannot decode: libheif
 * (heic-decode) reads the primary image's size first, then decodes its pixels (rotation and mirroring
 * already applied), and sharp takes the raw pixels from there. The original's metadata never follows.
 */
async function heicSource(input: Uint8Array): Promise<Source> {
  let images: Awaited<ReturnType<typeof import('heic-decode').all>> | undefined;
  try {
    // Loaded when the first HEIC arrives: its 2 MB decoder stays out of every other cold start.
    const { all } = await import('heic-decode');
    images = await all({ buffer: input });
    const primary = images[0];
    if (!primary?.width || !primary.height) return { ok: false, reason: 'unreadable' };
    if (tooManyPixels(primary.width, primary.height)) return { ok: false, reason: 'too_many_pixels' };
    const { width, height, data } = await primary.decode();
    return {
      ok: true,
      image: sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
        raw: { width, height, channels: 4 },
        limitInputPixels: PHOTO_LIMITS.maxInputPixels,
      }).flatten({ background: '#ffffff' }),
    };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    images?.dispose();
  }
}

export async function processPhoto(input: Uint8Array): Promise<ProcessResult> {
  if (input.byteLength < PHOTO_LIMITS.minBytes) return { ok: false, reason: 'empty' };
  if (input.byteLength > PHOTO_LIMITS.maxBytes) return { ok: false, reason: 'too_large' };
  const type = sniffPhotoType(input);
  if (!type) return { ok: false, reason: 'not_a_photo' };
  const source = type === 'image/heic' ? await heicSource(input) : await sharpSource(input);
  if (!source.ok) return source;
  try {
    // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked.
    const base = source.image.rotate();
    const web = await base
      .clone()
      .resize({ width: PHOTO_LIMITS.webMaxSide, height: PHOTO_LIMITS.webMaxSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await base
      .clone()
      .resize({ width: PHOTO_LIMITS.thumbMaxSide, height: PHOTO_LIMITS.thumbMaxSide, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
    const capturedAt = await captureTime(input);
    return {
      ok: true,
      photo: {
        type,
        width: web.info.width,
        height: web.info.height,
        bytes: web.data.length,
        ...(capturedAt ? { capturedAt } : {}),
        web: new Uint8Array(web.data),
        thumb: new Uint8Array(thumb),
      },
    };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
