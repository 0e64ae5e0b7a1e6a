// The email channel's part of the AWS composition root (the local desk uses it with its endpoints).
import { createHash } from 'node:crypto';
import { DynamoDbMailLog } from '../adapters/dynamodb/dynamodb-mail-log';
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { SystemClock } from '../adapters/node/system-clock';
import { S3Attachments } from '../adapters/s3/s3-attachments';
import { S3PhotoStore } from '../adapters/s3/s3-photo-store';
import { makeAcceptChannelPhoto } from '../photos/use-cases';
import { s3RawMailReader } from '../adapters/s3/s3-raw-mail';
import { makeHandleInboundMail } from '../email/inbound';
import { POLICIES } from '../rules';
import type { AwsConfig } from './aws-config';
import { awsMailer } from './aws-mailer';
import { awsS3 } from './aws-s3';
import { awsMeteredCaseStore } from './aws-metered-store';

export interface InboundConfig {
  bucket: string;
  prefix: string;
  /** Address → policy id, e.g. { "returns@plc.example": "plc-technologies" }. */
  addresses: Record<string, string>;
  /** Mail to `<policy-id>@<domain>` is for that policy (locally: rma.localhost). */
  policyDomain?: string;
  ownDomains: string[];
  /** Photos that come attached go into the photo bucket's pipeline. */
  photosBucket: string;
  s3Endpoint?: string;
  /** After how long a message claim its handler never settled is taken over (the default: MESSAGE_CLAIM_STALE_SECONDS). */
  claimStaleSeconds?: number;
}

export function awsInbound(config: AwsConfig, inbound: InboundConfig) {
  const { store, documents, mailQuota } = awsMeteredCaseStore(config);
  const { mailer } = awsMailer(config, documents);
  const ids = new NodeCryptoIds();
  const s3 = awsS3(config, inbound.s3Endpoint);
  const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
  const addresses = Object.fromEntries(Object.entries(inbound.addresses).map(([k, v]) => [k.toLowerCase(), v]));
  const handle = makeHandleInboundMail({
    store,
    mailer,
    mailQuota,
    clock: new SystemClock(config.timeZone),
    ids,
    policies: POLICIES,
    publicBaseUrl: config.publicBaseUrl,
    mailLog: new DynamoDbMailLog({
      client: documents,
      tableName: config.tableName,
      hash: sha,
      ...(inbound.claimStaleSeconds ? { claimStaleSeconds: inbound.claimStaleSeconds } : {}),
    }),
    attachments: new S3Attachments(s3, inbound.bucket),
    acceptPhoto: makeAcceptChannelPhoto({ store, photos: new S3PhotoStore(s3, inbound.photosBucket), ids }),
    policyFor: (address) => {
      const a = address.toLowerCase();
      if (addresses[a]) return addresses[a];
      const [local, domain] = a.split('@');
      return inbound.policyDomain && domain === inbound.policyDomain && local && POLICIES.has(local) ? local : undefined;
    },
    ownDomains: inbound.ownDomains,
    hash: sha,
  });
  return { handle, readRaw: s3RawMailReader(s3, inbound.bucket, inbound.prefix), s3 };
}
