// Raw messages stored by SES's S3 action (locally: by the SMTP listener), read back by id.
import { unlessUnavailable } from '../retry';
import type { ObjectStore } from './s3-http';

/** The id becomes part of a key: only SES's own alphabet is let through. */
const MESSAGE_ID = /^[A-Za-z0-9._-]{1,200}$/;

export function s3RawMailReader(client: ObjectStore, bucket: string, prefix: string) {
  return async (messageId: string): Promise<Uint8Array> => {
    if (!MESSAGE_ID.test(messageId)) throw new Error('not an SES message id');
    return unlessUnavailable('S3 get raw mail', () => client.getObject(bucket, `${prefix}${messageId}`));
  };
}
