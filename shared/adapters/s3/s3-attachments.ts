// Attachments of emailed requests in S3, under the case: attachments/<rma>/<n>-<name>.
import type { AttachmentStore } from '../../email/inbound';
import { unlessUnavailable } from '../retry';
import type { ObjectStore } from './s3-http';

export class S3Attachments implements AttachmentStore {
  constructor(
    private readonly client: ObjectStore,
    private readonly bucket: string,
  ) {}

  async put(rma: string, index: number, file: { filename: string; contentType: string; content: Uint8Array }): Promise<string> {
    // The key is ours: the customer's file name only contributes safe characters.
    const key = `attachments/${rma}/${index}-${file.filename.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)}`;
    const contentType = /^(?:image\/(?:jpeg|png|webp|heic|heif)|application\/pdf)$/.test(file.contentType) ? file.contentType : 'application/octet-stream';
    await unlessUnavailable('S3 put attachment', () => this.client.putObject(this.bucket, key, file.content, contentType));
    return key;
  }
}
