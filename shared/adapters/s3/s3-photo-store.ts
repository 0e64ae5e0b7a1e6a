// PhotoStore on S3: presigned POST forms for browsers, and the reads, writes and deletes of the
// processor and the photo reader. The bucket stays private throughout.
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import type { PhotoStore, PresignedUpload } from '../../photos/use-cases';
import type { UploadPolicy } from '../../photos/upload-policy';
import { asUnavailable, unlessUnavailable } from '../retry';

export class S3PhotoStore implements PhotoStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async presign(policy: UploadPolicy): Promise<PresignedUpload> {
    const { url, fields } = await createPresignedPost(this.client, {
      Bucket: this.bucket,
      Key: policy.key,
      Conditions: policy.conditions as NonNullable<Parameters<typeof createPresignedPost>[1]['Conditions']>,
      Fields: policy.fields,
      Expires: policy.expiresInSeconds,
    });
    return { url, fields };
  }

  async get(key: string, options: { ifMatch?: string } = {}): Promise<Uint8Array | undefined> {
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, ...(options.ifMatch ? { IfMatch: quotedETag(options.ifMatch) } : {}) }),
      );
      return out.Body ? await out.Body.transformToByteArray() : undefined;
    } catch (error) {
      const name = (error as { name?: string }).name;
      // No such object, or (IfMatch) a different version of it now.
      if (error instanceof NoSuchKey || name === 'NoSuchKey' || name === 'PreconditionFailed') return undefined;
      throw asUnavailable('S3 get photo', error);
    }
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await unlessUnavailable('S3 put photo', () =>
      this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType })),
    );
  }

  async delete(key: string): Promise<void> {
    await unlessUnavailable('S3 delete photo', () => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key })));
  }
}

/** An entity tag as If-Match wants it: quoted (events give S3's ETag with or without the quotes). */
function quotedETag(eTag: string): string {
  return /^".*"$/.test(eTag) ? eTag : `"${eTag}"`;
}
