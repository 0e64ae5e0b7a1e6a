// The desk's presigned POST forms (S3Http.presignPost): S3's own checks take them (as the local gate
// makes them), and they carry what the SDK's createPresignedPost puts in its forms.
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { checkPostPolicy } from '../../../../../local/s3-gate';
import { S3Http } from '../../../../../shared/adapters/s3/s3-http';
import { photoUploadPolicy } from '../../../../../shared/photos/upload-policy';

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const NOW = new Date('2026-11-29T10:00:00.000Z');
const policy = photoUploadPolicy('RMA-ABCDEFGHJ', 'abcdefgh12', 'image/jpeg');

const s3 = (options: { endpoint?: string; sessionToken?: string } = {}) =>
  new S3Http({
    region: 'eu-west-1',
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    credentials: { ...credentials, ...(options.sessionToken ? { sessionToken: options.sessionToken } : {}) },
    timeouts: { connectionTimeout: 1_000, requestTimeout: 2_000 },
    maxAttempts: 3,
    now: () => NOW,
  });

const check = (fields: Record<string, string>, options: { fileSize?: number; now?: Date } = {}) =>
  checkPostPolicy({
    bucket: 'rma-photos',
    fields: new Map(Object.entries(fields)),
    fileSize: options.fileSize ?? 200_000,
    now: options.now ?? NOW,
    credentials,
    region: 'eu-west-1',
  });

const decoded = (fields: Record<string, string>) =>
  JSON.parse(Buffer.from(fields.Policy ?? '', 'base64').toString('utf8')) as { expiration: string; conditions: unknown[] };

describe('S3Http.presignPost', () => {
  it('makes a form S3 takes, and refuses once it expired or for a file outside the size range', () => {
    const { fields } = s3().presignPost({ bucket: 'rma-photos', ...policy });
    expect(check(fields)).toBeUndefined();
    expect(check(fields, { now: new Date(NOW.getTime() + (policy.expiresInSeconds + 1) * 1000) })).toMatchObject({ status: 403 });
    expect(check(fields, { fileSize: 100 * 1024 * 1024 })).toMatchObject({ status: 400 });
    expect(check({ ...fields, key: 'uploads/RMA-ABCDEFGHJ/other' })).toMatchObject({ status: 403 });
  });

  it('posts to the bucket’s own host on AWS, to the bucket’s path on a stand-in', () => {
    expect(s3().presignPost({ bucket: 'rma-photos', ...policy }).url).toBe('https://rma-photos.s3.eu-west-1.amazonaws.com/');
    expect(s3({ endpoint: 'http://127.0.0.1:8710' }).presignPost({ bucket: 'rma-photos', ...policy }).url).toBe('http://127.0.0.1:8710/rma-photos');
  });

  it('carries the role’s session token as a field and a condition', () => {
    const { fields } = s3({ sessionToken: 'session' }).presignPost({ bucket: 'rma-photos', ...policy });
    expect(fields['X-Amz-Security-Token']).toBe('session');
    expect(decoded(fields).conditions).toContainEqual({ 'X-Amz-Security-Token': 'session' });
  });

  it('has the fields and conditions the SDK’s createPresignedPost gives the same policy', async () => {
    const client = new S3Client({ region: 'eu-west-1', credentials });
    const sdk = await createPresignedPost(client, {
      Bucket: 'rma-photos',
      Key: policy.key,
      Conditions: policy.conditions as never,
      Fields: policy.fields,
      Expires: policy.expiresInSeconds,
    });
    client.destroy();
    const ours = s3().presignPost({ bucket: 'rma-photos', ...policy });
    expect(ours.url).toBe(sdk.url);
    expect(Object.keys(ours.fields).sort()).toEqual(Object.keys(sdk.fields).sort());
    const dated = new Set(['X-Amz-Date', 'X-Amz-Credential']);
    const undated = (conditions: unknown[]) => conditions.filter((c) => !(typeof c === 'object' && c !== null && Object.keys(c).some((k) => dated.has(k))));
    expect(new Set(undated(decoded(ours.fields).conditions).map((c) => JSON.stringify(c)))).toEqual(
      new Set(undated(decoded(sdk.fields).conditions).map((c) => JSON.stringify(c))),
    );
  });
});
