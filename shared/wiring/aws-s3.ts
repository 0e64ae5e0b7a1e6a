// The S3 client of the functions that touch buckets (locally: s3rver, buckets by path, its fixed keys).
import { S3Http } from '../adapters/s3/s3-http';
import { awsRegion, SDK_MAX_ATTEMPTS, SDK_TIMEOUTS, type AwsConfig } from './aws-config';

export function awsS3(config: Pick<AwsConfig, 'region' | 'endpoints'>, endpoint: string | undefined): S3Http {
  const local = endpoint ? { endpoint, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {};
  return new S3Http({ region: awsRegion(config), ...local, timeouts: SDK_TIMEOUTS.s3, maxAttempts: SDK_MAX_ATTEMPTS });
}
