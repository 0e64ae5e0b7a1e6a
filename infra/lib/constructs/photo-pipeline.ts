// Photos: browsers POST uploads straight to S3 with a presigned form (the photos function signs it);
// chat and email attachments join as uploads too. The processor turns each upload into a web image
// and a thumbnail and deletes it, started by S3's notification or, with malware scanning, by
// GuardDuty's clean verdict. Nothing here is ever public; every grant names its prefix.
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { failureQueue, onFailureQueue } from './failure-queue';
import { CfnMalwareProtectionPlan } from 'aws-cdk-lib/aws-guardduty';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { EventType, HttpMethods, type Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { Construct } from 'constructs';
import { shippedPackages, type DeskFunction } from '../desk-function';
import { privateBucket } from '../private-bucket';
import { envValues, PHOTOS_ENV } from '../../../shared/config/function-env';
import { Capability, nagArn } from './capability';
import type { TableAccess } from './data';
import { deskFunction, type DeskContext } from './desk-context';
import { routedFunction } from './routed-function';
import { ROUTES } from '../../../shared/config/routes';

/** Where uploads land (browsers, chat and email attachments) and where processed photos are kept (shared/photos). */
export const PHOTO_PREFIXES = { uploads: 'uploads/', photos: 'photos/', staged: 'staged/' } as const;
/** The detail-type of GuardDuty's scan result on the default event bus. */
export const SCAN_RESULT_DETAIL_TYPE = 'GuardDuty Malware Protection Object Scan Result';
/** The name prefix of the EventBridge rule GuardDuty manages for each protected bucket. */
const GUARDDUTY_MANAGED_RULES = 'DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*';

export const PHOTO_ROUTES = { photos: ROUTES.photos } as const;

/** Both read the photo's case; the processor records the photo on it. */
const TABLE_ACCESS = {
  photos: { items: [{ actions: ['GetItem'], keys: ['case'] }] },
  processPhoto: { items: [{ actions: ['GetItem', 'PutItem'], keys: ['case'] }] },
} as const satisfies Record<string, TableAccess>;

/**
 * sharp is native code, which esbuild cannot bundle: it ships installed, with the prebuilt binaries
 * for Lambda's x86_64 glibc (Amazon Linux 2023), the only ones installed here. The HEIC decoder
 * (heic-decode, libheif as WebAssembly: 2 MB of JavaScript, loaded only when a HEIC arrives) ships
 * installed too, so that it stays out of the bundle every cold start reads.
 */
const SHARP = shippedPackages(['sharp', 'heic-decode'], ['@img/sharp-linux-x64', '@img/sharp-libvips-linux-x64']);

export interface PhotoPipelineProps {
  desk: DeskContext;
  /** The pages' origin: browsers there (and on the CORS origins) post the upload forms. */
  publicOrigin: string;
  /** Where the photos bucket writes its server access logs. */
  accessLogs: IBucket;
}

export class PhotoPipeline extends Capability {
  readonly bucket: Bucket;
  readonly photos: DeskFunction;
  readonly processPhoto: DeskFunction;
  /** Invocations that failed their retries (and, with malware scanning, scan results EventBridge could not deliver). */
  readonly failures: { processPhoto: Queue; scanResultsDelivery?: Queue };
  /** Only with malwareScanning: GuardDuty's plan for the uploads and the rule that passes its results on. */
  readonly malwareScan?: { plan: CfnMalwareProtectionPlan; role: Role; results: Rule };
  /** PHOTOS_BUCKET, for every function that touches photos. */
  readonly environment: Record<string, string>;
  /**
   * The URL createPresignedPost returns (SDK v3, default endpoint settings) is the bucket's regional
   * virtual-hosted origin, https://<bucket>.s3.<region>.amazonaws.com, in us-east-1 too; built from
   * the name so that it is exactly that form everywhere. The pages let browsers post uploads there (CSP).
   */
  readonly uploadOrigin: string;

  constructor(scope: Construct, id: string, props: PhotoPipelineProps) {
    super(scope, id);
    const { desk, publicOrigin, accessLogs } = props;
    const { settings } = desk;
    this.bucket = privateBucket(this, 'PhotoBucket', {
      accessLogs,
      logPrefix: 'photos/',
      lifecycleRules: [
        // The processor deletes each original; whatever it never reached (a refused scan, a crash) goes within a day.
        { id: 'uploads', prefix: PHOTO_PREFIXES.uploads, expiration: Duration.days(1) },
        // Photos sent in a chat before its case existed; a chat that never registered one leaves them here.
        { id: 'staged', prefix: PHOTO_PREFIXES.staged, expiration: Duration.days(1) },
        { id: 'incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'photos', prefix: PHOTO_PREFIXES.photos, expiration: Duration.days(settings.photoRetentionDays) },
        // Versioned: a photo deleted or overwritten by mistake can be restored for 30 days, then goes for good.
        { id: 'noncurrent', noncurrentVersionExpiration: Duration.days(30) },
        { id: 'delete-markers', expiredObjectDeleteMarker: true },
      ],
      versioned: true,
      // The presigned POST is sent by the pages (the desk's origin) and any site allowed to call the API.
      cors: [{ allowedMethods: [HttpMethods.POST], allowedOrigins: [...new Set([publicOrigin, ...settings.corsOrigins])], allowedHeaders: ['*'], maxAge: 600 }],
    });
    this.environment = envValues(PHOTOS_ENV, { PHOTOS_BUCKET: this.bucket.bucketName });
    const stack = Stack.of(this);
    this.uploadOrigin = `https://${this.bucket.bucketName}.s3.${stack.region}.${stack.urlSuffix}`;

    this.photos = routedFunction(this, desk, 'photos', 'Photos', {
      entry: 'photos/photos.lambda.ts',
      description: 'Gives the holder of a case link an upload form for a photo, and its processed photos',
      environment: this.environment,
      table: TABLE_ACCESS.photos,
      routes: PHOTO_ROUTES.photos,
      access: {
        publicBecause:
          'A customer route, public by design: a case is given photos, or shows them, only with the link token from its confirmation email, checked by the function.',
      },
    });
    // It signs upload forms with its own role, so it holds the PutObject the browser will use.
    this.grantUpload(this.photos);
    this.grantReadProcessed(this.photos);

    this.processPhoto = deskFunction(this, desk, 'processPhoto', 'ProcessPhoto', {
      entry: 'photos/process.lambda.ts',
      description: 'Checks and re-encodes an uploaded photo (sharp), records it on its case and deletes the original',
      environment: this.environment,
      packages: SHARP,
      // sharp's prebuilt binaries here are for linux-x64 only (see SHARP); every other function is arm64.
      architecture: Architecture.X86_64,
      // sharp decodes up to 50 megapixels; a 12-megapixel photo peaks at 322 MB (npm run bench -- photos).
      memorySize: 1024,
      timeout: Duration.seconds(30),
    });
    // S3 and EventBridge invoke it asynchronously: an upload it could not process in three tries waits here.
    this.failures = { processPhoto: onFailureQueue(this, this.processPhoto, 'ProcessPhotoFailures') };
    desk.data.grant(this.processPhoto, TABLE_ACCESS.processPhoto);
    this.processPhoto.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:DeleteObject'], resources: [this.objects('uploads')] }));
    this.processPhoto.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [this.objects('photos')] }));
    this.processPhoto.addToRolePolicy(this.listing('uploads'));
    Validations.of(this.processPhoto).acknowledge(
      {
        id: this.wildcard('uploads'),
        reason: 'The processor reads and then deletes the one upload its event names: GetObject and DeleteObject on the uploads prefix, nothing else.',
      },
      {
        id: this.wildcard('photos'),
        reason: 'The processor writes the web image and thumbnail under the case, only known at run time: PutObject on the photos prefix, nothing else.',
      },
    );

    if (settings.malwareScanning) {
      this.malwareScan = this.scanUploads(this.processPhoto);
    } else {
      this.bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(this.processPhoto), { prefix: PHOTO_PREFIXES.uploads });
      // CDK configures bucket notifications through its own singleton custom resource (a Lambda), at stack level.
      for (const handler of stack.node.children.filter((c) => c.node.id.startsWith('BucketNotificationsHandler'))) {
        Validations.of(handler).acknowledge({
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          reason:
            "CDK's bucket-notification custom resource (it sets the uploads notification at deploy) uses AWSLambdaBasicExecutionRole to write its logs, nothing more.",
        });
      }
    }
  }

  /** Lets `writer` put uploads (an image attachment joins the pipeline so), and nothing else in the bucket. */
  grantUpload(writer: IFunction): void {
    writer.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [this.objects('uploads')] }));
    Validations.of(writer).acknowledge({
      id: this.wildcard('uploads'),
      reason:
        'Uploads are named by case and a random id only known at run time: PutObject on the uploads prefix (the photos function signs browser forms with it), nothing else.',
    });
  }

  /** Lets `reader` read processed photos (and list their prefix only), never an upload or a staged photo. */
  grantReadProcessed(reader: IFunction): void {
    reader.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.objects('photos')] }));
    reader.addToRolePolicy(this.listing('photos'));
    Validations.of(reader).acknowledge({
      id: this.wildcard('photos'),
      reason: 'A processed photo is read by its case and id, only known at run time: GetObject on the photos prefix, nothing else.',
    });
  }

  /** Lets `chat` keep photos sent before its case exists under staged/, and move them in later. */
  grantStaging(chat: IFunction): void {
    chat.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], resources: [this.objects('staged')] }));
    chat.addToRolePolicy(this.listing('staged'));
    Validations.of(chat).acknowledge({
      id: this.wildcard('staged'),
      reason:
        'A chat holds photos sent before its case exists under a name made from the conversation, only known at run time: object put, get and delete on the staged prefix, nothing else.',
    });
  }

  private objects(prefix: keyof typeof PHOTO_PREFIXES): string {
    return this.bucket.arnForObjects(`${PHOTO_PREFIXES[prefix]}*`);
  }

  /**
   * Without ListBucket S3 answers a missing key with AccessDenied instead of NoSuchKey; the readers
   * need to tell "already processed" from a fault, so they may list their own prefix only.
   */
  private listing(prefix: keyof typeof PHOTO_PREFIXES): PolicyStatement {
    return new PolicyStatement({
      actions: ['s3:ListBucket'],
      resources: [this.bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': [`${PHOTO_PREFIXES[prefix]}*`] } },
    });
  }

  /** The cdk-nag IAM5 finding of an object grant on `prefix`. */
  private wildcard(prefix: keyof typeof PHOTO_PREFIXES): string {
    return `AwsSolutions-IAM5[Resource::${nagArn(this.bucket)}/${PHOTO_PREFIXES[prefix]}*]`;
  }

  /**
   * GuardDuty Malware Protection for S3 scans every upload; its result, on the default event bus,
   * starts the processor, which opens only objects found clean (functions/photos/process.ts). The
   * role holds what the GuardDuty guide lists for a protected bucket ("Create or update IAM role
   * policy"), with object access narrowed to the scanned prefix.
   */
  private scanUploads(processor: IFunction): { plan: CfnMalwareProtectionPlan; role: Role; results: Rule } {
    const role = new Role(this, 'MalwareScanRole', {
      assumedBy: new ServicePrincipal('malware-protection-plan.guardduty.amazonaws.com'),
      description: 'GuardDuty Malware Protection for S3: scans and tags the photo uploads',
    });
    const managedRules = Stack.of(this).formatArn({ service: 'events', resource: 'rule', resourceName: GUARDDUTY_MANAGED_RULES });
    const uploads = this.objects('uploads');
    const statements = [
      // GuardDuty listens to the bucket through an EventBridge rule it creates and manages.
      new PolicyStatement({
        sid: 'AllowManagedRuleToSendS3EventsToGuardDuty',
        actions: ['events:PutRule', 'events:DeleteRule', 'events:PutTargets', 'events:RemoveTargets'],
        resources: [managedRules],
        conditions: { StringLike: { 'events:ManagedBy': 'malware-protection-plan.guardduty.amazonaws.com' } },
      }),
      new PolicyStatement({
        sid: 'AllowGuardDutyToMonitorEventBridgeManagedRule',
        actions: ['events:DescribeRule', 'events:ListTargetsByRule'],
        resources: [managedRules],
      }),
      new PolicyStatement({
        sid: 'AllowEnableS3EventBridgeEvents',
        actions: ['s3:PutBucketNotification', 's3:GetBucketNotification'],
        resources: [this.bucket.bucketArn],
      }),
      // Ownership is checked by listing the bucket and writing one validation object at its root.
      new PolicyStatement({ sid: 'AllowCheckBucketOwnership', actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
      new PolicyStatement({
        sid: 'AllowPutValidationObject',
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects('malware-protection-resource-validation-object')],
      }),
      new PolicyStatement({ sid: 'AllowMalwareScan', actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [uploads] }),
      new PolicyStatement({
        sid: 'AllowPostScanTag',
        actions: ['s3:PutObjectTagging', 's3:GetObjectTagging', 's3:PutObjectVersionTagging', 's3:GetObjectVersionTagging'],
        resources: [uploads],
      }),
    ];
    for (const statement of statements) role.addToPolicy(statement);
    Validations.of(role).acknowledge(
      {
        id: this.wildcard('uploads'),
        reason:
          'GuardDuty reads and tags each new upload it scans: object reads and tagging on the uploads prefix only, as its guide prescribes for a prefix-scoped plan.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>:rule/${GUARDDUTY_MANAGED_RULES}]`,
        reason:
          'GuardDuty names the EventBridge rule it manages for the bucket itself; the guide grants its name prefix, and PutRule/DeleteRule/PutTargets/RemoveTargets only on rules GuardDuty manages.',
      },
    );

    const plan = new CfnMalwareProtectionPlan(this, 'PhotoMalwareScan', {
      role: role.roleArn,
      protectedResource: { s3Bucket: { bucketName: this.bucket.bucketName, objectPrefixes: [PHOTO_PREFIXES.uploads] } },
      // The GuardDutyMalwareScanStatus tag tells staff (and any later policy) how an object was judged.
      actions: { tagging: { status: 'ENABLED' } },
    });
    // GuardDuty checks the role's permissions when the plan is created: the policy must exist first.
    plan.node.addDependency(role);

    // A result EventBridge could not hand to the function (throttled through its retries) waits here.
    const delivery = failureQueue(this, 'PhotoScanDeliveryFailures');
    this.failures.scanResultsDelivery = delivery;
    const results = new Rule(this, 'PhotoScanResults', {
      description: 'GuardDuty scan results of photo uploads, passed to the photo processor',
      eventPattern: {
        source: ['aws.guardduty'],
        detailType: [SCAN_RESULT_DETAIL_TYPE],
        detail: { s3ObjectDetails: { bucketName: [this.bucket.bucketName] } },
      },
      targets: [new LambdaFunction(processor, { deadLetterQueue: delivery, retryAttempts: 8, maxEventAge: Duration.hours(6) })],
    });
    return { plan, role, results };
  }
}
