// Raw messages stored by SES's S3 action (locally: by the SMTP listener), read back by id.
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { unlessUnavailable } from '../retry';

/** The id becomes part of a key: only SES's own alphabet is let through. */
const MESSAGE_ID = /^[A-Za-z0-9._-]{1,200}$/;

export function s3RawMailReader(client: S3Client, bucket: string, prefix: string) {
  return async (messageId: string): Promise<Uint8Array> => {
    if (!MESSAGE_ID.test(messageId)) throw new Error('not an SES message id');
    const out = await unlessUnavailable('S3 get raw mail', () => client.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}${messageId}` })));
    return (await out.Body?.transformToByteArray()) ?? new Uint8Array();
  };
}
