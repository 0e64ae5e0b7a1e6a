// POST /api/cases/{rma}/photos — an upload form (presigned S3 POST) for one photo of the case;
// GET /api/cases/{rma}/photos/{id}?size=thumb|web — a processed photo. Both need the link token;
// an unknown case, a wrong token and an unknown photo look the same from outside.
import { PHOTO_LIMITS } from '../../shared/photos/limits';
import { PHOTO_TYPES } from '../../shared/photos/magic';
import type { PhotoLinks } from '../../shared/wiring/aws-photos';
import { HttpError } from '../http/errors';
import { httpHandler, type HttpOptions } from '../http/handler';
import * as z from '../../shared/validation/zod';
import { linkToken, readBody } from '../http/request';
import { jpeg, json } from '../http/responses';

const PHOTO_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The browser names the type of the file it will send; the form S3 checks is fixed to it. */
export const uploadRequestSchema = z.strictObject({
  contentType: z.enum(PHOTO_TYPES, { error: `contentType: one of ${PHOTO_TYPES.join(', ')}` }),
});

export function makePhotosHandler(photos: Pick<PhotoLinks, 'requestPhotoUpload' | 'readPhoto'>, options: HttpOptions) {
  return httpHandler(options, async (event) => {
    const rma = event.pathParameters?.rma ?? '';
    const token = linkToken(event);
    if (event.requestContext.http.method === 'GET') {
      const id = event.pathParameters?.id ?? '';
      const size = event.queryStringParameters?.size ?? 'thumb';
      if (size !== 'thumb' && size !== 'web') throw new HttpError(400, 'invalid_request', 'size: thumb or web', 'size');
      if (!PHOTO_ID.test(id)) throw new HttpError(404, 'not_found', 'No such photo.');
      return jpeg(await photos.readPhoto(rma, token, id, size));
    }
    const { contentType } = uploadRequestSchema.parse(readBody(event));
    const upload = await photos.requestPhotoUpload(rma, token, contentType);
    return json(201, {
      id: upload.key.slice(upload.key.lastIndexOf('/') + 1),
      upload: { url: upload.url, fields: upload.fields },
      maxBytes: upload.maxBytes,
      expiresIn: upload.expiresIn,
      accept: PHOTO_TYPES,
      maxPhotos: PHOTO_LIMITS.maxPerCase,
    });
  });
}
