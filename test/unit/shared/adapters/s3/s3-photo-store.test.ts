// The S3 photo store's reads: a missing object and (with If-Match) a replaced one both read as none.
import { S3Error, type ObjectStore } from '../../../../../shared/adapters/s3/s3-http';
import { S3PhotoStore } from '../../../../../shared/adapters/s3/s3-photo-store';

/** S3 as the store sees it: reads recorded, answered in turn. */
function scriptedS3(...answers: (Uint8Array | Error)[]) {
  const reads: { bucket: string; key: string; options: { ifMatch?: string } | undefined }[] = [];
  const client: ObjectStore = {
    getObject: async (bucket, key, options) => {
      reads.push({ bucket, key, options });
      const answer = answers.shift();
      if (answer === undefined) throw new Error('no answer scripted');
      if (answer instanceof Error) throw answer;
      return answer;
    },
    putObject: async () => undefined,
    deleteObject: async () => undefined,
    presignPost: () => ({ url: '', fields: {} }),
  };
  return { client, reads };
}

describe('S3PhotoStore.get', () => {
  it('asks for the scanned version only, with the entity tag quoted as If-Match wants it', async () => {
    const { client, reads } = scriptedS3(new Uint8Array(Buffer.from('jpeg')));
    const store = new S3PhotoStore(client, 'photos');
    const bytes = await store.get('uploads/RMA-0000000AB/abcdefgh', { ifMatch: '9b2cf535f27731c974343645a3985328' });
    expect(Buffer.from(bytes as Uint8Array).toString()).toBe('jpeg');
    expect(reads).toEqual([{ bucket: 'photos', key: 'uploads/RMA-0000000AB/abcdefgh', options: { ifMatch: '"9b2cf535f27731c974343645a3985328"' } }]);
  });

  it('a replaced object (412) and a missing one read as none; other errors are thrown', async () => {
    const { client } = scriptedS3(
      new S3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 412, 1),
      new S3Error('NoSuchKey', 'gone', 404, 1),
      new S3Error('AccessDenied', 'AccessDenied', 403, 1),
    );
    const store = new S3PhotoStore(client, 'photos');
    await expect(store.get('k', { ifMatch: '"v1"' })).resolves.toBeUndefined();
    await expect(store.get('k')).resolves.toBeUndefined();
    await expect(store.get('k')).rejects.toThrow('AccessDenied');
  });
});
