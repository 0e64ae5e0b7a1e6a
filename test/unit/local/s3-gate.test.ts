// S3's checks of a browser POST upload, as the local gate in front of s3rver makes them.
import { S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { checkPostPolicy } from '../../../local/s3-gate';

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const KEY = 'uploads/RMA-ABCDEFGHJ/abcdefgh12';

async function signedForm(conditions: Parameters<typeof createPresignedPost>[1]['Conditions'] = []) {
  const client = new S3Client({ endpoint: 'http://127.0.0.1:8710', region: 'us-east-1', forcePathStyle: true, credentials });
  const { fields } = await createPresignedPost(client, {
    Bucket: 'rma-photos',
    Key: KEY,
    Conditions: [['content-length-range', 1, 100], { 'Content-Type': 'image/jpeg' }, ['starts-with', '$x-amz-meta-note', 'ok'], ...conditions],
    Fields: { 'Content-Type': 'image/jpeg', 'x-amz-meta-note': 'ok fine' },
    Expires: 300,
  });
  client.destroy();
  return fields;
}

const check = (fields: Record<string, string>, options: { fileSize?: number; now?: Date; bucket?: string } = {}) =>
  checkPostPolicy({
    bucket: options.bucket ?? 'rma-photos',
    fields: new Map(Object.entries(fields)),
    fileSize: options.fileSize ?? 10,
    now: options.now ?? new Date(),
    credentials,
    region: 'us-east-1',
  });

describe('the POST policy check', () => {
  it('takes the genuine form, with its field names in any case', async () => {
    const fields = await signedForm();
    expect(check(fields)).toBeUndefined();
    expect(check(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toUpperCase(), v])))).toBeUndefined();
  });

  it('refuses what S3 refuses', async () => {
    const fields = await signedForm();
    const later = new Date(Date.now() + 6 * 60 * 1000);
    expect(check(fields, { now: later })).toMatchObject({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.' });
    expect(check({ ...fields, key: 'photos/RMA-ABCDEFGHJ/evil' })).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(check({ ...fields, 'Content-Type': 'text/html' })).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(check({ ...fields, 'x-amz-meta-note': 'not ok' })).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(check({ ...fields, acl: 'public-read' })).toMatchObject({ status: 403, message: 'Invalid according to Policy: Extra input fields: acl' });
    expect(check(fields, { bucket: 'rma-inbox' })).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(check(fields, { fileSize: 101 })).toMatchObject({ status: 400, code: 'EntityTooLarge' });
    expect(check(fields, { fileSize: 0 })).toMatchObject({ status: 400, code: 'EntityTooSmall' });
    expect(check({ ...fields, 'X-Amz-Signature': '0'.repeat(64) })).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
    expect(check({ ...fields, 'X-Amz-Credential': (fields['X-Amz-Credential'] as string).replace('S3RVER', 'OTHER') })).toMatchObject({ status: 403 });
    const { Policy: _policy, ...noPolicy } = fields;
    expect(check(noPolicy)).toMatchObject({ status: 403, code: 'AccessDenied' });
  });

  it('refuses a policy changed after signing', async () => {
    const fields = await signedForm();
    const policy = JSON.parse(Buffer.from(fields.Policy as string, 'base64').toString('utf8')) as { expiration: string };
    const extended = Buffer.from(JSON.stringify({ ...policy, expiration: '2100-01-01T00:00:00Z' })).toString('base64');
    expect(check({ ...fields, Policy: extended }, { now: new Date(Date.now() + 3600_000) })).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
  });
});
