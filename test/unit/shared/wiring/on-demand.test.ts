// The SDK clients loaded on first use (cold start, issue 18): the deferred parts answer exactly as the
// eager ones do, and building them loads nothing.
import { awsPhotoLinks } from '../../../../shared/wiring/aws-photos';
import { awsPhotoLinksOnDemand } from '../../../../shared/wiring/aws-photos-on-demand';
import { awsReaderApp } from '../../../../shared/wiring/aws-readers';
import { onFirstUse } from '../../../../shared/wiring/on-first-use';
import type { AwsConfig } from '../../../../shared/wiring/aws-config';

// No request reaches these endpoints: every call below fails on its input first.
const config: AwsConfig = {
  tableName: 'desk',
  mailFrom: 'returns@example.com',
  timeZone: 'UTC',
  publicBaseUrl: 'http://127.0.0.1',
  corsOrigins: [],
  region: 'us-east-1',
  endpoints: { dynamodb: 'http://127.0.0.1:9', ses: 'http://127.0.0.1:9' },
};
const photos = { bucket: 'photos', s3Endpoint: 'http://127.0.0.1:9' };

async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    return `resolved ${JSON.stringify(await call())}`;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe('photo links on demand', () => {
  it('answer as the eager links do (an unknown RMA is not found; nothing is fetched)', async () => {
    const eager = awsPhotoLinks(config, photos);
    const later = awsPhotoLinksOnDemand(config, photos);
    const eagerOutcome = await outcome(() => eager.readPhotoForStaff('not an rma', 'p1', 'web'));
    expect(eagerOutcome).toMatch(/NotFound/);
    expect(await outcome(() => later.readPhotoForStaff('not an rma', 'p1', 'web'))).toBe(eagerOutcome);
    expect(await outcome(() => later.readPhoto('not an rma', 'token', 'p1', 'web'))).toBe(
      await outcome(() => eager.readPhoto('not an rma', 'token', 'p1', 'web')),
    );
  });
});

describe('the case reader on demand', () => {
  it('answers an unknown RMA as not found', async () => {
    expect(await outcome(() => awsReaderApp(config).getCase('not an rma', 'token'))).toMatch(/NotFound/);
  });
});

describe('a part loaded on first use', () => {
  it('is loaded once for any number of uses, and a failed load is tried again', async () => {
    let calls = 0;
    const part = onFirstUse(async () => {
      calls += 1;
      if (calls === 1) throw new Error('no network');
      return calls;
    });
    expect(part.loaded()).toBeUndefined();
    await expect(part.get()).rejects.toThrow('no network');
    expect(part.loaded()).toBeUndefined();
    expect(await Promise.all([part.get(), part.get()])).toEqual([2, 2]);
    expect(calls).toBe(2);
  });
});
