// PhotoStore in memory, for unit tests of the photo pipeline.
import type { PhotoStore, PresignedUpload } from '../../photos/use-cases';
import type { UploadPolicy } from '../../photos/upload-policy';

export class InMemoryPhotoStore implements PhotoStore {
  readonly objects = new Map<string, { bytes: Uint8Array; contentType: string }>();
  readonly policies: UploadPolicy[] = [];

  async presign(policy: UploadPolicy): Promise<PresignedUpload> {
    this.policies.push(policy);
    return { url: 'https://photos.example/upload', fields: { ...policy.fields, policy: 'signed' } };
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    return this.objects.get(key)?.bytes;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    this.objects.set(key, { bytes, contentType });
  }

  async delete(key: string): Promise<void> {
    this.objects.delete(key);
  }
}
