// The S3 client of the functions that touch buckets (locally: s3rver, buckets by path, its fixed keys).
import { S3Http } from '../adapters/s3/s3-http';
import { awsClientOptions, type AwsConfig } from './aws-config';

/** s3rver's fixed keys. */
const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function awsS3(config: Pick<AwsConfig, 'region' | 'endpoints'>, endpoint: string | undefined): S3Http {
  return new S3Http(awsClientOptions(config, 's3', endpoint, S3RVER_CREDENTIALS));
}
