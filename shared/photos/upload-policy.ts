// The conditions of a presigned S3 POST for one photo of one case: the key is chosen here, the size
// is bounded, the type is one of the photo types, and the form expires soon. S3 enforces them on
// AWS; s3rver does not, so the processor checks everything again after upload.
import { PHOTO_LIMITS } from './limits';
import { PHOTO_TYPES } from './magic';

export interface UploadPolicy {
  key: string;
  conditions: (Record<string, string> | [string, string, string] | ['content-length-range', number, number])[];
  fields: Record<string, string>;
  expiresInSeconds: number;
}

/** `id` comes from the server's random source: the customer never names the object. */
export function photoUploadPolicy(rma: string, id: string): UploadPolicy {
  if (!/^RMA-[0-9A-Z]{9}$/.test(rma) || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) throw new TypeError('bad key parts');
  const key = `uploads/${rma}/${id}`;
  return {
    key,
    conditions: [
      { key },
      ['content-length-range', PHOTO_LIMITS.minBytes, PHOTO_LIMITS.maxBytes],
      ['starts-with', '$Content-Type', 'image/'],
    ],
    fields: { key },
    expiresInSeconds: PHOTO_LIMITS.uploadExpirySeconds,
  };
}

export function isAllowedDeclaredType(type: string): boolean {
  return (PHOTO_TYPES as readonly string[]).includes(type.toLowerCase());
}
