// PhotoStore in memory, for unit tests of the photo pipeline.
import type { PhotoStore, PresignedUpload } from '../../photos/use-cases';
import type { UploadPolicy } from '../../photos/upload-policy';

export class InMemoryPhotoStore implements PhotoStore {
  readonly objects = new Map<string, { bytes: Uint8Array; contentType: string; eTag: string }>();
  readonly policies: UploadPolicy[] = [];
  private writes = 0;

  async presign(policy: UploadPolicy): Promise<PresignedUpload> {
    this.policies.push(policy);
    return { url: 'https://photos.example/upload', fields: { ...policy.fields, policy: 'signed' } };
  }

  async get(key: string, options: { ifMatch?: string } = {}): Promise<Uint8Array | undefined> {
    const object = this.objects.get(key);
    return options.ifMatch && object?.eTag !== options.ifMatch ? undefined : object?.bytes;
  }

  /** Each write makes a new version with its own entity tag, as S3's does. */
  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    this.writes += 1;
    this.objects.set(key, { bytes, contentType, eTag: `etag-${this.writes}` });
  }

  async delete(key: string): Promise<void> {
    this.objects.delete(key);
  }
}
