// The S3 photo store's reads: a missing object and (with If-Match) a replaced one both read as none.
import { GetObjectCommand, NoSuchKey, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { S3PhotoStore } from '../../../../../shared/adapters/s3/s3-photo-store';

const client = new S3Client({ region: 'eu-west-1' });
const s3 = mockClient(client);
const store = new S3PhotoStore(client, 'photos');
/** The part of the SDK's response stream the store reads. */
const body = (text: string) => ({ transformToByteArray: async () => new Uint8Array(Buffer.from(text)) }) as never;

beforeEach(() => s3.reset());

describe('S3PhotoStore.get', () => {
  it('asks for the scanned version only, with the entity tag quoted as If-Match wants it', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body('jpeg') });
    const bytes = await store.get('uploads/RMA-0000000AB/abcdefgh', { ifMatch: '9b2cf535f27731c974343645a3985328' });
    expect(Buffer.from(bytes as Uint8Array).toString()).toBe('jpeg');
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input).toEqual({
      Bucket: 'photos',
      Key: 'uploads/RMA-0000000AB/abcdefgh',
      IfMatch: '"9b2cf535f27731c974343645a3985328"',
    });
  });

  it('a replaced object (412) and a missing one read as none; other errors are thrown', async () => {
    const failing = (name: string, status: number) => new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message: name });
    s3.on(GetObjectCommand)
      .rejectsOnce(failing('PreconditionFailed', 412))
      .rejectsOnce(new NoSuchKey({ $metadata: {}, message: 'gone' }))
      .rejectsOnce(failing('AccessDenied', 403));
    await expect(store.get('k', { ifMatch: '"v1"' })).resolves.toBeUndefined();
    await expect(store.get('k')).resolves.toBeUndefined();
    await expect(store.get('k')).rejects.toThrow('AccessDenied');
  });
});
