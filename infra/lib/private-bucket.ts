// The desk's buckets of customer data (the inbox, the photos) are all made the same way: never
// public, encrypted, TLS only, logged, and kept when the stack is deleted.
import { RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, type BucketProps, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export interface PrivateBucketProps extends Omit<
  BucketProps,
  'blockPublicAccess' | 'encryption' | 'enforceSSL' | 'serverAccessLogsBucket' | 'serverAccessLogsPrefix' | 'removalPolicy'
> {
  /** Where the bucket writes its server access logs. */
  accessLogs: IBucket;
  /** Under which prefix of `accessLogs` ("inbox/"). */
  logPrefix: string;
}

/** A private bucket, as construct `id` in `scope`; `rest` adds what only this bucket has (lifecycle rules, CORS). */
export function privateBucket(scope: Construct, id: string, { accessLogs, logPrefix, ...rest }: PrivateBucketProps): Bucket {
  return new Bucket(scope, id, {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    // S3-managed keys: with KMS, every reader (GuardDuty's role for the photos) would also need decrypt rights on the key.
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: accessLogs,
    serverAccessLogsPrefix: logPrefix,
    // Customer data: deleting the stack must never delete it.
    removalPolicy: RemovalPolicy.RETAIN,
    ...rest,
  });
}
