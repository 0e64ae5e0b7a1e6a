// AttachmentStore in memory, for unit tests of the email channel.
import type { AttachmentStore } from '../../email/inbound';

export class InMemoryAttachments implements AttachmentStore {
  readonly files = new Map<string, { contentType: string; content: Uint8Array }>();

  async put(rma: string, index: number, file: { filename: string; contentType: string; content: Uint8Array }): Promise<string> {
    const key = `attachments/${rma}/${index}-${file.filename.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)}`;
    this.files.set(key, { contentType: file.contentType, content: file.content });
    return key;
  }
}
