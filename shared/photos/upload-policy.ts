// The conditions of a presigned S3 POST for one photo of one case: the key is chosen here, the size
// is bounded, the declared type is fixed to the photo type the browser named, and the form expires soon. S3 enforces them on
// AWS (and the local desk's gate in front of s3rver does the same); the processor still checks every
// upload again, since a type declared is not a type proven.
import { PHOTO_LIMITS } from './limits';
import { PHOTO_TYPES, type PhotoType } from './magic';

export interface UploadPolicy {
  key: string;
  conditions: (Record<string, string> | [string, string, string] | ['content-length-range', number, number])[];
  fields: Record<string, string>;
  expiresInSeconds: number;
}

/** `id` comes from the server's random source: the customer never names the object. */
export function photoUploadKey(rma: string, id: string): string {
  if (!/^RMA-[0-9A-Z]{9}$/.test(rma) || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) throw new TypeError('bad key parts');
  return `uploads/${rma}/${id}`;
}

export function photoUploadPolicy(rma: string, id: string, contentType: PhotoType): UploadPolicy {
  const key = photoUploadKey(rma, id);
  if (!isAllowedDeclaredType(contentType)) throw new TypeError('not a photo type');
  return {
    key,
    conditions: [{ key }, ['content-length-range', PHOTO_LIMITS.minBytes, PHOTO_LIMITS.maxBytes], { 'Content-Type': contentType }],
    fields: { key, 'Content-Type': contentType },
    expiresInSeconds: PHOTO_LIMITS.uploadExpirySeconds,
  };
}

export function isAllowedDeclaredType(type: string): boolean {
  return (PHOTO_TYPES as readonly string[]).includes(type.toLowerCase());
}
