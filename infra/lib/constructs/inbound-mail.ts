// Inbound mail: SES receives the RMA addresses (spam and virus scanning, TLS only), stores each
// message in a private bucket, then invokes the function, which turns it into a case or replies
// asking what is missing.
import { Duration, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Bucket, IBucket } from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda as LambdaAction, LambdaInvocationType, S3 } from 'aws-cdk-lib/aws-ses-actions';
import type { Construct } from 'constructs';
import type * as z from '../../../shared/validation/zod';
import type { DeskFunction } from '../desk-function';
import { privateBucket } from '../private-bucket';
import { envValues, INBOUND_MAIL_ENV, type MAIL_ADDRESSES_JSON } from '../../../shared/config/function-env';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Capability, nagArn } from './capability';
import { onFailureQueue } from './failure-queue';
import type { TableAccess } from './data';
import { deskFunction, type DeskContext } from './desk-context';
import type { PhotoPipeline } from './photo-pipeline';

/** Where SES stores the messages in the inbox bucket. */
const INBOX_PREFIX = 'inbox/';
/** Where the function keeps the attachments that came with a request, by case. */
const ATTACHMENTS_PREFIX = 'attachments/';

/** A request by mail opens a case like the form does, and the function keeps its own mail log (message claims, daily replies, threads). */
const TABLE_ACCESS: TableAccess = {
  items: [
    { actions: ['GetItem', 'PutItem'], keys: ['case', 'idempotency'] },
    { actions: ['UpdateItem'], keys: ['quota'] },
    { actions: ['PutItem'], keys: ['message', 'reply', 'thread'] },
    { actions: ['BatchGetItem'], keys: ['thread'] },
  ],
};

export interface InboundMailProps {
  desk: DeskContext;
  /** Image attachments join the photo pipeline as uploads. */
  photos: PhotoPipeline;
  /** Where the inbox bucket writes its server access logs. */
  accessLogs: IBucket;
}

export class InboundMail extends Capability {
  readonly inbox: Bucket;
  readonly inboundMail: DeskFunction;
  readonly receiptRules: ReceiptRuleSet;
  readonly failures: { inboundMail: Queue };

  constructor(scope: Construct, id: string, props: InboundMailProps) {
    super(scope, id);
    const { desk, photos, accessLogs } = props;
    const { settings } = desk;
    this.inbox = privateBucket(this, 'Inbox', {
      accessLogs,
      logPrefix: 'inbox/',
      // Raw mail holds personal data: kept long enough for staff to look, then gone.
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });

    const addresses: z.infer<typeof MAIL_ADDRESSES_JSON> = settings.inboundAddresses;
    const domainOf = (address: string) => address.split('@')[1] as string;
    this.inboundMail = deskFunction(this, desk, 'inboundMail', 'InboundMail', {
      entry: 'email/inbound.lambda.ts',
      description: 'Turns mail to the RMA addresses into cases, or replies asking what is missing',
      environment: envValues(INBOUND_MAIL_ENV, {
        INBOX_BUCKET: this.inbox.bucketName,
        INBOX_PREFIX,
        MAIL_ADDRESSES: JSON.stringify(addresses),
        PHOTOS_BUCKET: photos.bucket.bucketName,
        // Mail from the desk's own domains counts as automatic (shared/email/automatic.ts): no reply loops.
        OWN_DOMAINS: [...new Set([domainOf(settings.mailFrom), ...Object.keys(addresses).map(domainOf)])].join(','),
      }),
      timeout: Duration.seconds(30),
    });
    // SES invokes it asynchronously: a message it could not handle in three tries waits here (the raw
    // mail stays in the inbox bucket), to be replayed once the cause is fixed.
    this.failures = { inboundMail: onFailureQueue(this, this.inboundMail, 'InboundMailFailures') };
    // Read the stored messages and nothing else (grantRead would add GetBucket* and List*).
    this.inboundMail.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.inbox.arnForObjects(`${INBOX_PREFIX}*`)] }));
    // The attachments that came with a request, kept by case (images also go to the photo pipeline, below).
    this.inboundMail.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [this.inbox.arnForObjects(`${ATTACHMENTS_PREFIX}*`)] }));
    Validations.of(this.inboundMail).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::${nagArn(this.inbox)}/${INBOX_PREFIX}*]`,
        reason:
          'The function reads one stored message per event, named by the SES message id only known at run time: GetObject on the inbox prefix, nothing else.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::${nagArn(this.inbox)}/${ATTACHMENTS_PREFIX}*]`,
        reason: 'Attachments are written under their case, whose RMA number is only known at run time: PutObject on the attachments prefix, nothing else.',
      },
    );
    desk.data.grant(this.inboundMail, TABLE_ACCESS);
    // The confirmation of a case opened by mail, and the replies asking for what is missing.
    desk.mail.grantSend(this.inboundMail);
    photos.grantUpload(this.inboundMail);

    this.receiptRules = new ReceiptRuleSet(this, 'ReceiptRules', {
      rules: [
        {
          // And the desk's own address, the From of every email it sends: a customer's Reply goes there
          // (replies to it reach the case they answer; other mail to it is ignored).
          recipients: [...new Set([...Object.keys(addresses), settings.mailFrom.toLowerCase()])],
          // Spam and virus scanning give the verdicts the function acts on; TLS only.
          scanEnabled: true,
          tlsPolicy: TlsPolicy.REQUIRE,
          actions: [
            new S3({ bucket: this.inbox, objectKeyPrefix: INBOX_PREFIX }),
            new LambdaAction({ function: this.inboundMail, invocationType: LambdaInvocationType.EVENT }),
          ],
        },
      ],
    });
  }
}
