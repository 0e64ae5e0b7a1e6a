// The S3 client of the functions that touch buckets (locally: s3rver, path-style, its fixed keys).
import { S3Client } from '@aws-sdk/client-s3';
import type { AwsConfig } from './aws-config';
import { clientConfig } from './aws-sdk-config';

export function awsS3(config: Pick<AwsConfig, 'region' | 'endpoints'>, endpoint: string | undefined): S3Client {
  return new S3Client({
    ...clientConfig(config, 's3', endpoint),
    ...(endpoint ? { forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {}),
  });
}
