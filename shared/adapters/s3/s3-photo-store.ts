// PhotoStore on S3: presigned POST forms for browsers, and the reads, writes and deletes of the
// processor and the photo reader. The bucket stays private throughout.
import type { PhotoStore, PresignedUpload } from '../../photos/use-cases';
import type { UploadPolicy } from '../../photos/upload-policy';
import { asUnavailable, errorName, unlessUnavailable } from '../retry';
import type { ObjectStore } from './s3-http';

export class S3PhotoStore implements PhotoStore {
  constructor(
    private readonly client: ObjectStore,
    private readonly bucket: string,
  ) {}

  async presign(policy: UploadPolicy): Promise<PresignedUpload> {
    // The policy names the key in its conditions; the form carries it as a field.
    return this.client.presignPost({ bucket: this.bucket, conditions: policy.conditions, fields: policy.fields, expiresInSeconds: policy.expiresInSeconds });
  }

  async get(key: string, options: { ifMatch?: string } = {}): Promise<Uint8Array | undefined> {
    try {
      return await this.client.getObject(this.bucket, key, options.ifMatch ? { ifMatch: quotedETag(options.ifMatch) } : {});
    } catch (error) {
      // No such object, or (IfMatch) a different version of it now.
      if (['NoSuchKey', 'NotFound', 'PreconditionFailed'].includes(errorName(error))) return undefined;
      throw asUnavailable('S3 get photo', error);
    }
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    await unlessUnavailable('S3 put photo', () => this.client.putObject(this.bucket, key, bytes, contentType));
  }

  async delete(key: string): Promise<void> {
    await unlessUnavailable('S3 delete photo', () => this.client.deleteObject(this.bucket, key));
  }
}

/** An entity tag as If-Match wants it: quoted (events give S3's ETag with or without the quotes). */
function quotedETag(eTag: string): string {
  return /^".*"$/.test(eTag) ? eTag : `"${eTag}"`;
}
