// The returns desk on AWS: one table, twelve functions, one HTTP API (its staff routes behind a
// Cognito user pool) behind a CloudFront distribution (with the WAF web ACL of web-acl-stack.ts when
// given), SES (identity, receipt rules, inbox bucket), the photos bucket (optionally scanned by
// GuardDuty), the chat's two secrets and the edge secret, and the daily 21-day check on EventBridge
// Scheduler.
import * as path from 'node:path';
import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, TimeZone, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { AccountRecovery, FeaturePlan, Mfa, OAuthScope, UserPool, UserPoolClient, UserPoolClientIdentityProvider, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { CfnMalwareProtectionPlan } from 'aws-cdk-lib/aws-guardduty';
import { Architecture, type CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, HttpMethods, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda as LambdaAction, LambdaInvocationType, S3 } from 'aws-cdk-lib/aws-ses-actions';
import { EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import { EDGE_SECRET_HEADER, VIEWER_ADDRESS_HEADER } from '../../functions/http/request';
import { BASE_HEADERS } from '../../functions/http/responses';
import { TABLE } from '../../shared/adapters/dynamodb/table';
import { DESK_RUNTIME, DeskFunction, shippedPackages, type DeskFunctionProps } from './desk-function';
import type { DeskSettings } from './settings';

const ROOT = path.resolve(__dirname, '..', '..');

/** The routes of the HTTP API, by function. Tests assert this exact set. */
export const ROUTES = {
  assess: ['POST /api/assess'],
  createCase: ['POST /api/cases'],
  getCase: ['GET /api/cases/{rma}'],
  cancelCase: ['POST /api/cases/{rma}/cancel'],
  pages: ['GET /', 'GET /form', 'GET /chat', 'GET /status/{rma}', 'GET /staff', 'GET /assets/{file}'],
  messages: ['POST /api/messages'],
  chatToken: ['POST /api/chat/token'],
  photos: ['POST /api/cases/{rma}/photos', 'GET /api/cases/{rma}/photos/{id}'],
  staff: ['GET /api/staff/cases', 'GET /api/staff/cases/{rma}', 'POST /api/staff/cases/{rma}/actions', 'GET /api/staff/cases/{rma}/photos/{id}', 'POST /api/staff/sla/run'],
} as const;
/** The functions whose routes need a staff member signed in (the user pool's JWT); every other route is public. */
export const STAFF_ONLY: ReadonlyArray<keyof typeof ROUTES> = ['staff'];
/** The daily 21-day check: 06:00 in the desk's time zone (EventBridge Scheduler's cron, minutes first). */
export const SLA_CHECK_CRON = { minute: '0', hour: '6' } as const;

/**
 * The partition-key prefixes of the table's items (shared/adapters/dynamodb/README.md): cases,
 * idempotency records, the bot's conversation state, the inbound mail log (message claims, daily
 * replies, threads), the daily mail quota counters and who opened each chat conversation.
 */
export const KEY_PREFIXES = { case: 'CASE#', idempotency: 'IDEM#', bot: 'BOT#', message: 'MSG#', reply: 'REPLY#', thread: 'THREAD#', quota: 'QUOTA#', conversation: 'CONV#' } as const;
type KeyPrefix = keyof typeof KEY_PREFIXES;
type FunctionName = keyof RmaStack['functions'];

/** Item actions on the items whose partition key starts with one of `keys`. */
interface ItemGrant {
  actions: ReadonlyArray<'GetItem' | 'BatchGetItem' | 'PutItem' | 'UpdateItem'>;
  keys: readonly KeyPrefix[];
}

/**
 * What each function does in the table, read off the adapters it wires: a case is read with GetItem
 * and written with a version-checked PutItem (a new one, with its idempotency record, in a
 * transaction of two PutItems, which IAM checks as PutItem); the mail quota raises counters with
 * UpdateItem in a transaction; the bot's state is read in batches. Nothing scans, deletes (TTL
 * removes expired items) or writes in batches. `byStatus`: queries the byStatus index (the staff
 * queue, the 21-day check). Tests assert these.
 */
export const TABLE_ACCESS: Record<FunctionName, { items: readonly ItemGrant[]; byStatus?: true }> = {
  assess: { items: [] },
  // Records who opened each conversation: the bot counts the chat's mail against that client.
  chatToken: { items: [{ actions: ['PutItem'], keys: ['conversation'] }] },
  getCase: { items: [{ actions: ['GetItem'], keys: ['case'] }] },
  pages: { items: [{ actions: ['GetItem'], keys: ['case'] }] },
  photos: { items: [{ actions: ['GetItem'], keys: ['case'] }] },
  processPhoto: { items: [{ actions: ['GetItem', 'PutItem'], keys: ['case'] }] },
  cancelCase: { items: [{ actions: ['GetItem', 'PutItem'], keys: ['case'] }] },
  createCase: {
    items: [
      { actions: ['GetItem', 'PutItem'], keys: ['case', 'idempotency'] },
      { actions: ['UpdateItem'], keys: ['quota'] },
    ],
  },
  messages: {
    items: [
      { actions: ['GetItem', 'PutItem'], keys: ['case', 'idempotency'] },
      { actions: ['UpdateItem'], keys: ['quota'] },
      // botbuilder's state: read in batches and written; never deleted (the bot never clears it, TTL does).
      { actions: ['BatchGetItem', 'PutItem'], keys: ['bot'] },
      // Who opened the conversation, written by the token exchange: read only.
      { actions: ['GetItem'], keys: ['conversation'] },
    ],
  },
  inboundMail: {
    items: [
      { actions: ['GetItem', 'PutItem'], keys: ['case', 'idempotency'] },
      { actions: ['UpdateItem'], keys: ['quota'] },
      { actions: ['PutItem'], keys: ['message', 'reply', 'thread'] },
      { actions: ['BatchGetItem'], keys: ['thread'] },
    ],
  },
  staff: { items: [{ actions: ['GetItem', 'PutItem'], keys: ['case'] }], byStatus: true },
  sla: { items: [{ actions: ['GetItem', 'PutItem'], keys: ['case'] }], byStatus: true },
};

/** The public functions, held to a reserved concurrency (settings.reservedConcurrency). */
export const PUBLIC_FUNCTIONS = ['assess', 'createCase', 'getCase', 'cancelCase', 'pages', 'messages', 'chatToken', 'photos', 'inboundMail'] as const satisfies readonly FunctionName[];

/**
 * The security headers CloudFront adds to every response, the same the functions set. The
 * Content-Security-Policy is left to the functions: it differs page by page.
 */
export const EDGE_SECURITY_HEADERS = {
  /** Two years. */
  hstsMaxAgeSeconds: 2 * 365 * 24 * 60 * 60,
  // As the functions set it: tokens in links never go to another site; the desk's own posts keep their Origin.
  referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN,
  frameOption: HeadersFrameOption.DENY,
} as const;

/**
 * The viewer headers CloudFront passes to the API (besides Authorization, which only a cache policy may
 * name), read off what the functions and API Gateway read: the body's type, what the client accepts,
 * the Idempotency-Key, the cross-site check (Origin, Sec-Fetch-Site) and a CORS preflight's two
 * questions; and the viewer's address, which only CloudFront can add. Never Host: API Gateway
 * answers only its own name. CloudFront allows at most 10 headers in an origin request policy.
 */
export const EDGE_FORWARDED_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'idempotency-key',
  'origin',
  'sec-fetch-site',
  'access-control-request-method',
  'access-control-request-headers',
  VIEWER_ADDRESS_HEADER,
] as const;
/** The functions that count senders for the mail limits (functions/http/request.ts, requestSender): they learn the edge secret. */
export const SENDER_COUNTING = ['createCase', 'chatToken'] as const satisfies readonly FunctionName[];

const INBOX_PREFIX = 'inbox/';
/** Where uploads land (browsers, chat and email attachments) and where processed photos are kept (shared/photos). */
export const PHOTO_PREFIXES = { uploads: 'uploads/', photos: 'photos/', staged: 'staged/' } as const;
/** The detail-type of GuardDuty's scan result on the default event bus. */
export const SCAN_RESULT_DETAIL_TYPE = 'GuardDuty Malware Protection Object Scan Result';
/** The name prefix of the EventBridge rule GuardDuty manages for each protected bucket. */
const GUARDDUTY_MANAGED_RULES = 'DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*';

/**
 * sharp is native code, which esbuild cannot bundle: it ships installed, with the prebuilt binaries
 * for Lambda's x86_64 glibc (Amazon Linux 2023), the only ones installed here. The HEIC decoder
 * (heic-decode, libheif as WebAssembly: 2 MB of JavaScript, loaded only when a HEIC arrives) ships
 * installed too, so that it stays out of the bundle every cold start reads.
 */
const SHARP = shippedPackages(['sharp', 'heic-decode'], ['@img/sharp-linux-x64', '@img/sharp-libvips-linux-x64']);

/** Web Chat's prebuilt bundle, copied beside the pages function (the package exports only its module). */
const WEBCHAT_BUNDLE = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

export interface RmaStackProps extends StackProps {
  settings: DeskSettings;
}

export class RmaStack extends Stack {
  readonly table: Table;
  readonly functions: {
    assess: DeskFunction;
    createCase: DeskFunction;
    getCase: DeskFunction;
    pages: DeskFunction;
    messages: DeskFunction;
    chatToken: DeskFunction;
    inboundMail: DeskFunction;
    photos: DeskFunction;
    processPhoto: DeskFunction;
    cancelCase: DeskFunction;
    staff: DeskFunction;
    sla: DeskFunction;
  };
  /** Staff sign in here (Cognito's hosted pages); the staff routes accept only this pool's tokens for this client. */
  readonly staffSignIn: { userPool: UserPool; domain: UserPoolDomain; client: UserPoolClient };
  /** Runs the sla function once a day. */
  readonly slaSchedule: Schedule;
  readonly inbox: Bucket;
  readonly photos: Bucket;
  /** Where the inbox and photos buckets write their server access logs. */
  readonly bucketLogs: Bucket;
  /** Only with malwareScanning: GuardDuty's plan for the uploads and the rule that passes its results on. */
  readonly malwareScan?: { plan: CfnMalwareProtectionPlan; role: Role; results: Rule };
  readonly receiptRules: ReceiptRuleSet;
  readonly secrets: { bot: Secret; directLine: Secret };
  /**
   * A random value made at the first deploy: CloudFront sends it to the API with every request
   * (EDGE_SECRET_HEADER), and the functions that count senders trust the viewer's address only then.
   */
  readonly edgeSecret: Secret;
  readonly api: HttpApi;
  /** In front of the API: the address customers use unless publicBaseUrl names another. */
  readonly distribution: Distribution;
  /** Where customers open the desk: publicBaseUrl, or the distribution's https://<id>.cloudfront.net. */
  readonly publicBaseUrl: string;
  readonly emailIdentity: EmailIdentity;

  constructor(scope: Construct, id: string, props: RmaStackProps) {
    super(scope, id, props);
    const { settings } = props;

    this.table = new Table(this, 'Cases', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE.ttlAttribute,
      encryption: TableEncryption.AWS_MANAGED,
      // The cases are the business record: deleting the stack must never delete them.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.byStatusIndex.name,
      partitionKey: { name: TABLE.byStatusIndex.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.byStatusIndex.sortKey, type: AttributeType.STRING },
    });

    const identity = settings.sesIdentity.includes('@') ? Identity.email(settings.sesIdentity) : Identity.domain(settings.sesIdentity);
    this.emailIdentity = new EmailIdentity(this, 'MailIdentity', { identity });

    this.api = new HttpApi(this, 'Api', {
      apiName: `${this.stackName}-api`,
      description: 'RMA returns desk: the customer API and pages',
      // Our own $default stage below: the generated one cannot take access logs or throttling.
      createDefaultStage: false,
      // Only other sites need CORS: the desk's own pages call the API on their own origin.
      ...(settings.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: settings.corsOrigins,
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
              allowHeaders: ['content-type', 'idempotency-key', 'authorization'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });

    // The buckets' server access logs, in one bucket of their own. Its id predates the photos bucket:
    // renaming it would replace a retained bucket.
    const bucketLogs = (this.bucketLogs = new Bucket(this, 'InboxAccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    }));

    // Generated here, never typed in: CloudFront and the functions take it from Secrets Manager
    // through a dynamic reference at deploy, so the template holds only the reference.
    this.edgeSecret = new Secret(this, 'EdgeSecret', {
      description: 'Sent by the RMA desk CloudFront distribution to its API: proves a request came through it',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    this.distribution = this.edge(settings, bucketLogs);
    const publicBaseUrl = (this.publicBaseUrl = settings.publicBaseUrl ?? `https://${this.distribution.distributionDomainName}`);
    const publicOrigin = settings.publicBaseUrl ? new URL(settings.publicBaseUrl).origin : publicBaseUrl;

    // readEnv (functions/env.ts) requires these in every function, even those that never touch the table or SES.
    const environment = {
      TABLE_NAME: this.table.tableName,
      MAIL_FROM: settings.mailFrom,
      PUBLIC_BASE_URL: publicBaseUrl,
      CORS_ORIGINS: settings.corsOrigins.join(','),
      DESK_TIME_ZONE: settings.timeZone,
      MAIL_LIMIT_PER_RECIPIENT: String(settings.mailLimits.perRecipientPerDay),
      MAIL_LIMIT_PER_SENDER: String(settings.mailLimits.perSenderPerDay),
    };
    // The chat's secrets are issued by Azure Bot Service and put here by the operator after deploying:
    // the bot's app credentials (JSON: MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId,
    // MicrosoftAppType) and the Direct Line secret. Until then the bot refuses every activity.
    this.secrets = {
      bot: new Secret(this, 'BotCredentials', { description: 'Bot Framework app credentials of the RMA assistant (JSON)' }),
      directLine: new Secret(this, 'DirectLineSecret', { description: 'Direct Line secret of the RMA assistant (exchanged for conversation tokens)' }),
    };


    // Photos: browsers POST uploads straight to S3 with a presigned form; the processor turns each
    // upload into a web image and a thumbnail and deletes it. Nothing here is ever public.
    this.photos = new Bucket(this, 'PhotoBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // S3-managed keys: with KMS, GuardDuty's role would also need decrypt rights on the key.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: bucketLogs,
      serverAccessLogsPrefix: 'photos/',
      lifecycleRules: [
        // The processor deletes each original; whatever it never reached (a refused scan, a crash) goes within a day.
        { id: 'uploads', prefix: PHOTO_PREFIXES.uploads, expiration: Duration.days(1) },
        // Photos sent in a chat before its case existed; a chat that never registered one leaves them here.
        { id: 'staged', prefix: PHOTO_PREFIXES.staged, expiration: Duration.days(1) },
        { id: 'incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'photos', prefix: PHOTO_PREFIXES.photos, expiration: Duration.days(settings.photoRetentionDays) },
      ],
      // The presigned POST is sent by the pages (the desk's origin) and any site allowed to call the API.
      cors: [
        {
          allowedMethods: [HttpMethods.POST],
          allowedOrigins: [...new Set([publicOrigin, ...settings.corsOrigins])],
          allowedHeaders: ['*'],
          maxAge: 600,
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const photosEnvironment = { PHOTOS_BUCKET: this.photos.bucketName };
    // The URL createPresignedPost returns (SDK v3, default endpoint settings) is the bucket's regional
    // virtual-hosted origin, https://<bucket>.s3.<region>.amazonaws.com, in us-east-1 too; built from
    // the name so that it is exactly that form everywhere. The pages let browsers post uploads there (CSP).
    const photoUploadOrigin = `https://${this.photos.bucketName}.s3.${this.region}.${this.urlSuffix}`;

    this.staffSignIn = this.staffUserPool(settings, publicBaseUrl);
    // What the staff page needs to send a browser to the hosted sign-in (PKCE; the client has no secret).
    const staffSignInConfig = this.toJsonString({ domain: this.staffSignIn.domain.baseUrl(), clientId: this.staffSignIn.client.userPoolClientId });

    const reserved = (name: FunctionName) => {
      const n = settings.reservedConcurrency?.[name as (typeof PUBLIC_FUNCTIONS)[number]];
      return n === undefined ? {} : { reservedConcurrency: n };
    };
    const fn = (name: FunctionName, id: string, entry: string, description: string, extra: Partial<DeskFunctionProps> = {}) =>
      new DeskFunction(this, id, { entry: path.join(ROOT, 'functions', entry), description, ...reserved(name), ...extra, environment: { ...environment, ...extra.environment } });
    this.functions = {
      assess: fn('assess', 'Assess', 'api/assess.lambda.ts', 'Assesses a return request against the policy; stores nothing'),
      createCase: fn('createCase', 'CreateCase', 'api/create-case.lambda.ts', 'Opens a return case and emails its confirmation'),
      getCase: fn('getCase', 'GetCase', 'api/get-case.lambda.ts', 'Shows a case to the holder of its link token'),
      pages: fn('pages', 'Pages', 'web/pages.lambda.ts', 'Serves the landing page, the form, the chat, the status page, the staff page and assets', {
        copyFiles: { [WEBCHAT_BUNDLE]: 'webchat.js' },
        environment: { PHOTO_UPLOAD_ORIGIN: photoUploadOrigin, STAFF_SIGN_IN: staffSignInConfig },
      }),
      messages: fn('messages', 'Messages', 'bot/messages.lambda.ts', 'The RMA assistant (Bot Framework): takes a return in conversation', {
        environment: { BOT_SECRET_ARN: this.secrets.bot.secretArn, ...photosEnvironment },
        memorySize: 1024,
        timeout: Duration.seconds(15),
      }),
      chatToken: fn('chatToken', 'ChatToken', 'chat/token.lambda.ts', 'Exchanges the Direct Line secret for a conversation token', {
        environment: { DIRECT_LINE_SECRET_ARN: this.secrets.directLine.secretArn },
      }),
      inboundMail: fn('inboundMail', 'InboundMail', 'email/inbound.lambda.ts', 'Turns mail to the RMA addresses into cases, or replies asking what is missing', {
        environment: {
          INBOX_BUCKET: '', // set below, once the bucket exists (attachments go under attachments/ in it)
          INBOX_PREFIX: INBOX_PREFIX,
          MAIL_ADDRESSES: JSON.stringify(settings.inboundAddresses),
          ...photosEnvironment,
          OWN_DOMAINS: [...new Set([settings.mailFrom.split('@')[1] as string, ...Object.keys(settings.inboundAddresses).map((a) => a.split('@')[1] as string)])].join(','),
        },
        timeout: Duration.seconds(30),
      }),
      photos: fn('photos', 'Photos', 'photos/photos.lambda.ts', 'Gives the holder of a case link an upload form for a photo, and its processed photos', {
        environment: photosEnvironment,
      }),
      processPhoto: fn('processPhoto', 'ProcessPhoto', 'photos/process.lambda.ts', 'Checks and re-encodes an uploaded photo (sharp), records it on its case and deletes the original', {
        environment: photosEnvironment,
        packages: SHARP,
        // sharp's prebuilt binaries here are for linux-x64 only (see SHARP); every other function is arm64.
        architecture: Architecture.X86_64,
        // sharp decodes up to 50 megapixels; a 12-megapixel photo peaks at 322 MB (npm run bench -- photos).
        memorySize: 1024,
        timeout: Duration.seconds(30),
      }),
      cancelCase: fn('cancelCase', 'CancelCase', 'api/cancel-case.lambda.ts', 'Cancels a return for the holder of its link token, before the parcel is received'),
      staff: fn('staff', 'Staff', 'staff/staff.lambda.ts', 'The staff API: the queue, a case in full with its photos, the actions on it (signed-in staff only)', {
        environment: photosEnvironment,
      }),
      sla: fn('sla', 'SlaCheck', 'staff/sla.lambda.ts', 'The daily 21-day check: offers a credit or refund once on a repair or replacement running late, and flags the case', {
        // Pages through every case in repair or replacement; one run a day.
        timeout: Duration.seconds(60),
      }),
    };

    // Inbound mail: SES stores each message in a private bucket, then invokes the function.
    this.inbox = new Bucket(this, 'Inbox', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: bucketLogs,
      serverAccessLogsPrefix: 'inbox/',
      // Raw mail holds personal data: kept long enough for staff to look, then gone.
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.functions.inboundMail.addEnvironment('INBOX_BUCKET', this.inbox.bucketName);
    // Read the stored messages and nothing else (grantRead would add GetBucket* and List*).
    this.functions.inboundMail.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.inbox.arnForObjects(`${INBOX_PREFIX}*`)] }));
    // The attachments that came with a request, kept by case (images also go to the photo pipeline, below).
    this.functions.inboundMail.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [this.inbox.arnForObjects('attachments/*')] }));
    this.receiptRules = new ReceiptRuleSet(this, 'ReceiptRules', {
      rules: [
        {
          recipients: Object.keys(settings.inboundAddresses),
          // Spam and virus scanning give the verdicts the function acts on; TLS only.
          scanEnabled: true,
          tlsPolicy: TlsPolicy.REQUIRE,
          actions: [
            new S3({ bucket: this.inbox, objectKeyPrefix: INBOX_PREFIX }),
            new LambdaAction({ function: this.functions.inboundMail, invocationType: LambdaInvocationType.EVENT }),
          ],
        },
      ],
    });

    // Least privilege, function by function (TABLE_ACCESS); assess gets no table at all.
    for (const [name, access] of Object.entries(TABLE_ACCESS) as Array<[FunctionName, (typeof TABLE_ACCESS)[FunctionName]]>) {
      const handler = this.functions[name];
      for (const grant of access.items) {
        handler.addToRolePolicy(
          new PolicyStatement({
            actions: grant.actions.map((a) => `dynamodb:${a}`),
            resources: [this.table.tableArn],
            // Every key of the request (each one of a batch) must start with a granted prefix.
            conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': grant.keys.map((k) => `${KEY_PREFIXES[k]}*`) } },
          }),
        );
      }
      // The index's items are cases only; the statement names the one index, so no other can be queried.
      if (access.byStatus) {
        handler.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${this.table.tableArn}/index/${TABLE.byStatusIndex.name}`] }));
      }
    }
    // Opening or changing a case emails its customer: create-case, the bot, inbound mail, the
    // customer's cancel, the staff actions and the 21-day offer. Only ever from the desk's address.
    for (const sender of [this.functions.createCase, this.functions.messages, this.functions.inboundMail, this.functions.cancelCase, this.functions.staff, this.functions.sla]) {
      sender.addToRolePolicy(
        new PolicyStatement({
          actions: ['ses:SendEmail', 'ses:SendRawEmail'],
          resources: [this.emailIdentity.emailIdentityArn],
          conditions: { StringEquals: { 'ses:FromAddress': settings.mailFrom } },
        }),
      );
    }
    // The same dynamic reference as the distribution's: both resolve the one value at deploy, and the
    // functions read it from their environment without a Secrets Manager call at cold start.
    for (const name of SENDER_COUNTING) this.functions[name].addEnvironment('EDGE_SECRET', this.edgeSecret.secretValue.unsafeUnwrap());
    this.secrets.bot.grantRead(this.functions.messages);
    this.secrets.directLine.grantRead(this.functions.chatToken);

    // Photos, prefix by prefix and object by object (no listing, no bucket-level rights). The photos
    // function signs upload forms with its own role, so it holds the PutObject the browser will use.
    const uploads = this.photos.arnForObjects(`${PHOTO_PREFIXES.uploads}*`);
    const processed = this.photos.arnForObjects(`${PHOTO_PREFIXES.photos}*`);
    this.functions.photos.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [uploads] }));
    this.functions.photos.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [processed] }));
    // Staff see a case's processed photos, and nothing else in the bucket.
    this.functions.staff.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [processed] }));
    this.functions.processPhoto.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:DeleteObject'], resources: [uploads] }));
    this.functions.processPhoto.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [processed] }));
    // Image attachments of chats and emails join the pipeline as uploads.
    for (const channel of [this.functions.inboundMail, this.functions.messages]) {
      channel.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [uploads] }));
    }
    // The chat holds photos sent before its case exists under staged/, and moves them in later.
    this.functions.messages.addToRolePolicy(new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'], resources: [this.photos.arnForObjects(`${PHOTO_PREFIXES.staged}*`)] }));
    // Without ListBucket S3 answers a missing key with AccessDenied instead of NoSuchKey; the readers
    // need to tell "already processed" from a fault, so they may list their own prefix only.
    for (const [reader, prefix] of [
      [this.functions.processPhoto, PHOTO_PREFIXES.uploads],
      [this.functions.photos, PHOTO_PREFIXES.photos],
      [this.functions.staff, PHOTO_PREFIXES.photos],
      [this.functions.messages, PHOTO_PREFIXES.staged],
    ] as const) {
      reader.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.photos.bucketArn], conditions: { StringLike: { 's3:prefix': [`${prefix}*`] } } }));
    }
    if (settings.malwareScanning) {
      this.malwareScan = this.scanUploads();
    } else {
      this.photos.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(this.functions.processPhoto), { prefix: PHOTO_PREFIXES.uploads });
    }

    // The 21-day check, daily. Scheduler invokes asynchronously: its retries cover an invocation Lambda
    // refused (throttling, a service fault); a run that fails is retried by Lambda's own async retries.
    // A run missed altogether is made up by the next one (it finds every case overdue by then), and
    // a repeated run sends no offer twice (functions/staff/sla.lambda.ts).
    this.slaSchedule = new Schedule(this, 'SlaCheckSchedule', {
      description: 'The daily 21-day check of repairs and replacements',
      schedule: ScheduleExpression.cron({ ...SLA_CHECK_CRON, timeZone: TimeZone.of(settings.timeZone) }),
      target: new LambdaInvoke(this.functions.sla, { retryAttempts: 2, maxEventAge: Duration.hours(1) }),
    });

    // API Gateway checks the staff member's token (signature, expiry, issuer = the pool, audience =
    // the staff client) before the staff function runs; the function also refuses a request without claims.
    const staffAuthorizer = new HttpUserPoolAuthorizer('StaffAuthorizer', this.staffSignIn.userPool, {
      userPoolClients: [this.staffSignIn.client],
      identitySource: ['$request.header.Authorization'],
    });
    const routes: Array<[keyof typeof ROUTES, DeskFunction]> = [
      ['assess', this.functions.assess],
      ['createCase', this.functions.createCase],
      ['getCase', this.functions.getCase],
      ['cancelCase', this.functions.cancelCase],
      ['pages', this.functions.pages],
      ['messages', this.functions.messages],
      ['chatToken', this.functions.chatToken],
      ['photos', this.functions.photos],
      ['staff', this.functions.staff],
    ];
    for (const [name, handler] of routes) {
      const integration = new HttpLambdaIntegration(`${handler.node.id}Integration`, handler);
      const staffOnly = STAFF_ONLY.includes(name);
      for (const route of ROUTES[name]) {
        const [method, routePath] = route.split(' ') as [keyof typeof HttpMethod, string];
        const added = this.api.addRoutes({ path: routePath, methods: [HttpMethod[method]], integration, ...(staffOnly ? { authorizer: staffAuthorizer } : {}) });
        // Public by design, each one; a staff route without its authorizer would fail cdk-nag (APIG4).
        if (!staffOnly) {
          for (const publicRoute of added) {
            Validations.of(publicRoute).acknowledge({
              id: 'AwsSolutions-APIG4',
              reason: 'A customer route, public by design: anyone may assess or open a return, and a case is read, cancelled or given photos only with the link token from its confirmation email, checked by the function.',
            });
          }
        }
      }
    }

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.ONE_MONTH });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      // A public form: cap what a script can cost us in Lambda, DynamoDB and SES sends.
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // routeKey rather than path: status paths carry RMA numbers, which are the customer's business.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            routeKey: '$context.routeKey',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationLatencyMs: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            error: '$context.error.message',
          }),
        ),
      },
    });

    new CfnOutput(this, 'ApiUrl', { value: stage.url, description: 'Base URL of the HTTP API itself (customers and the bot use DeskUrl, in front of it)' });
    new CfnOutput(this, 'DeskUrl', { value: `https://${this.distribution.distributionDomainName}`, description: 'The CloudFront distribution in front of the API: the pages, /api/… and the bot endpoint /api/messages' });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'StaffUserPoolId', { value: this.staffSignIn.userPool.userPoolId, description: 'The staff user pool (create staff users in it: README, Deploying to AWS)' });
    new CfnOutput(this, 'StaffClientId', { value: this.staffSignIn.client.userPoolClientId, description: 'The app client of the staff page' });
    new CfnOutput(this, 'StaffSignInDomain', { value: this.staffSignIn.domain.baseUrl(), description: 'Base URL of the hosted staff sign-in' });
    new CfnOutput(this, 'StaffPageUrl', { value: staffPageUrl(publicBaseUrl), description: 'The staff page' });
    if (!settings.sesIdentity.includes('@')) {
      // Easy DKIM verifies the domain only once these three CNAMEs exist in its DNS.
      this.emailIdentity.dkimRecords.forEach((record, i) => {
        new CfnOutput(this, `DkimRecord${i + 1}`, { value: `${record.name} CNAME ${record.value}`, description: `SES DKIM record ${i + 1} for ${settings.sesIdentity}` });
      });
    }

    this.acknowledgeByDesignFindings(settings);
  }

  /**
   * CloudFront in front of the HTTP API, because WAF attaches to a distribution and not to an HTTP
   * API: the pages and /api/… all pass through it, nothing is cached but the static assets, and the
   * headers the functions read go on (EDGE_FORWARDED_HEADERS, and Authorization on /api/…), with the
   * query string, every method, the viewer's address and the edge secret. The web ACL with the rate
   * rules lives in us-east-1 (web-acl-stack.ts) and is attached by its ARN (settings.webAclArn).
   */
  private edge(settings: DeskSettings, bucketLogs: Bucket): Distribution {
    const origin = new HttpOrigin(`${this.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      // The HTTP API cannot refuse callers that bypass CloudFront (it takes no resource policy): this
      // header, which CloudFront sets over anything a viewer sends, tells the functions who did not.
      customHeaders: { [EDGE_SECRET_HEADER]: this.edgeSecret.secretValue.unsafeUnwrap() },
    });
    // The functions set these too; CloudFront makes sure every answer carries them (API Gateway's own
    // errors and throttling answers included). No CSP here: the pages set their own, page by page.
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'RMA desk: HSTS, nosniff, same-origin referrer, no framing',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.seconds(EDGE_SECURITY_HEADERS.hstsMaxAgeSeconds), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: EDGE_SECURITY_HEADERS.referrerPolicy, override: true },
        frameOptions: { frameOption: EDGE_SECURITY_HEADERS.frameOption, override: true },
      },
      // Not a security header CloudFront knows by name; the functions' own value wins where they set it.
      customHeadersBehavior: { customHeaders: [{ header: 'Permissions-Policy', value: BASE_HEADERS['permissions-policy'], override: false }] },
    });
    // A list rather than "every viewer header but Host": that managed policy cannot add CloudFront's
    // viewer address, and a policy can have one or the other.
    const originRequests = new OriginRequestPolicy(this, 'EdgeOriginRequests', {
      comment: 'RMA desk: the viewer headers the functions read, the viewer address, every query string, no cookies',
      headerBehavior: OriginRequestHeaderBehavior.allowList(...EDGE_FORWARDED_HEADERS),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      cookieBehavior: OriginRequestCookieBehavior.none(),
    });
    // Pages carry case details and the API answers per request: never cached.
    const dynamic: BehaviorOptions = {
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: originRequests,
      responseHeadersPolicy: headers,
    };
    // The staff API, the bot and a case read with its link token need Authorization, which CloudFront
    // forwards only as part of a cache key, and a cache key needs a TTL above zero. Authorization and
    // the query string are the key, the default TTL is zero and every answer of the functions says
    // no-store or private, so nothing is kept; a max-age from elsewhere is cut to one second.
    const api = new CachePolicy(this, 'ApiUncached', {
      comment: 'RMA desk API: keyed by Authorization and the query string so that both reach the API; answers are no-store',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList('authorization'),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      cookieBehavior: CacheCookieBehavior.none(),
    });
    // CloudFront's logs need a bucket that takes ACLs (its log delivery writes with one).
    const logs = new Bucket(this, 'EdgeLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      serverAccessLogsBucket: bucketLogs,
      serverAccessLogsPrefix: 'edge/',
      // The logs hold viewers' IP addresses: kept as long as the other access logs.
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    return new Distribution(this, 'Edge', {
      comment: 'RMA returns desk: pages and API',
      defaultBehavior: dynamic,
      additionalBehaviors: {
        // The API takes POST (and the preflight's OPTIONS); an http:// POST cannot be redirected, so https only.
        '/api/*': { ...dynamic, cachePolicy: api, viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY, allowedMethods: AllowedMethods.ALLOW_ALL },
        // The stylesheet, the scripts and Web Chat's bundle: the same for everyone, kept as long as the
        // function's Cache-Control says (5 minutes), so a flood of asset requests stops at the edge.
        '/assets/*': { origin, viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS, allowedMethods: AllowedMethods.ALLOW_GET_HEAD, cachePolicy: CachePolicy.CACHING_OPTIMIZED, responseHeadersPolicy: headers },
      },
      // North America and Europe: the merchants' customers; elsewhere is served from there, a little slower.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(settings.webAclArn ? { webAclId: settings.webAclArn } : {}),
    });
  }

  /**
   * Staff sign in through Cognito's hosted pages (authorization code with PKCE, from the staff page),
   * with a password and an authenticator app (TOTP). Only an administrator creates staff users.
   */
  private staffUserPool(settings: DeskSettings, publicBaseUrl: string): { userPool: UserPool; domain: UserPoolDomain; client: UserPoolClient } {
    const page = staffPageUrl(publicBaseUrl);
    const userPool = new UserPool(this, 'StaffUsers', {
      selfSignUpEnabled: false,
      // The invitation `aws cognito-idp admin-create-user` sends (from Cognito's own sender: at most 50 a day).
      userInvitation: {
        emailSubject: 'Your returns desk staff account',
        emailBody: `You have a staff account on the returns desk. Sign in at ${page} as {username} with the temporary password {####}; you will choose a new password and set up an authenticator app.`,
      },
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // TOTP only: no SMS, so no SMS role and no text-message costs. A new staff member sets up the
      // authenticator app at the first sign-in.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      // The staff accounts (and their MFA enrolments) must outlive a deleted or replaced stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Cognito prefix domains are unique per region across all accounts: without a chosen prefix, the
    // stack's own id (a UUID, known at deploy) makes one that no one else has.
    const stackUuid = Fn.select(2, Fn.split('/', this.stackId));
    const domain = userPool.addDomain('StaffSignIn', {
      cognitoDomain: { domainPrefix: settings.staffDomainPrefix ?? Fn.join('-', ['rma-desk-staff', stackUuid]) },
    });
    const client = userPool.addClient('StaffPage', {
      // A browser page cannot keep a secret: a public client, with PKCE on the code flow.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [page],
        logoutUrls: [page],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // A working day: after that, staff sign in again (with the authenticator app).
      refreshTokenValidity: Duration.hours(12),
    });
    return { userPool, domain, client };
  }

  /**
   * GuardDuty Malware Protection for S3 scans every upload; its result, on the default event bus,
   * starts the processor, which opens only objects found clean (functions/photos/process.ts). The
   * role holds what the GuardDuty guide lists for a protected bucket ("Create or update IAM role
   * policy"), with object access narrowed to the scanned prefix.
   */
  private scanUploads(): { plan: CfnMalwareProtectionPlan; role: Role; results: Rule } {
    const role = new Role(this, 'MalwareScanRole', {
      assumedBy: new ServicePrincipal('malware-protection-plan.guardduty.amazonaws.com'),
      description: 'GuardDuty Malware Protection for S3: scans and tags the photo uploads',
    });
    const managedRules = this.formatArn({ service: 'events', resource: 'rule', resourceName: GUARDDUTY_MANAGED_RULES });
    const uploads = this.photos.arnForObjects(`${PHOTO_PREFIXES.uploads}*`);
    const statements = [
      // GuardDuty listens to the bucket through an EventBridge rule it creates and manages.
      new PolicyStatement({
        sid: 'AllowManagedRuleToSendS3EventsToGuardDuty',
        actions: ['events:PutRule', 'events:DeleteRule', 'events:PutTargets', 'events:RemoveTargets'],
        resources: [managedRules],
        conditions: { StringLike: { 'events:ManagedBy': 'malware-protection-plan.guardduty.amazonaws.com' } },
      }),
      new PolicyStatement({ sid: 'AllowGuardDutyToMonitorEventBridgeManagedRule', actions: ['events:DescribeRule', 'events:ListTargetsByRule'], resources: [managedRules] }),
      new PolicyStatement({ sid: 'AllowEnableS3EventBridgeEvents', actions: ['s3:PutBucketNotification', 's3:GetBucketNotification'], resources: [this.photos.bucketArn] }),
      // Ownership is checked by listing the bucket and writing one validation object at its root.
      new PolicyStatement({ sid: 'AllowCheckBucketOwnership', actions: ['s3:ListBucket'], resources: [this.photos.bucketArn] }),
      new PolicyStatement({ sid: 'AllowPutValidationObject', actions: ['s3:PutObject'], resources: [this.photos.arnForObjects('malware-protection-resource-validation-object')] }),
      new PolicyStatement({ sid: 'AllowMalwareScan', actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [uploads] }),
      new PolicyStatement({
        sid: 'AllowPostScanTag',
        actions: ['s3:PutObjectTagging', 's3:GetObjectTagging', 's3:PutObjectVersionTagging', 's3:GetObjectVersionTagging'],
        resources: [uploads],
      }),
    ];
    for (const statement of statements) role.addToPolicy(statement);

    const plan = new CfnMalwareProtectionPlan(this, 'PhotoMalwareScan', {
      role: role.roleArn,
      protectedResource: { s3Bucket: { bucketName: this.photos.bucketName, objectPrefixes: [PHOTO_PREFIXES.uploads] } },
      // The GuardDutyMalwareScanStatus tag tells staff (and any later policy) how an object was judged.
      actions: { tagging: { status: 'ENABLED' } },
    });
    // GuardDuty checks the role's permissions when the plan is created: the policy must exist first.
    plan.node.addDependency(role);

    const results = new Rule(this, 'PhotoScanResults', {
      description: 'GuardDuty scan results of photo uploads, passed to the photo processor',
      eventPattern: {
        source: ['aws.guardduty'],
        detailType: [SCAN_RESULT_DETAIL_TYPE],
        detail: { s3ObjectDetails: { bucketName: [this.photos.bucketName] } },
      },
      targets: [new LambdaFunction(this.functions.processPhoto)],
    });
    return { plan, role, results };
  }

  /**
   * cdk-nag findings that are decisions, each acknowledged with its reason. Everything else is fixed,
   * not acknowledged. cdk-nag 3 reads CDK's own acknowledgements (`Validations.of().acknowledge`);
   * its v2 `NagSuppressions` API is gone. An acknowledgement covers the construct and its children,
   * and findings with a detail (IAM4, IAM5) are acknowledged one detail at a time.
   */
  private acknowledgeByDesignFindings(settings: DeskSettings): void {
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: "The merchants' customers may write from any country: a geo restriction would refuse some of them; the WAF rate rules limit abuse instead.",
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          "Without a custom domain the desk is served on its *.cloudfront.net name with CloudFront's default certificate, for which CloudFront fixes the viewer policy (TLSv1); browsers negotiate TLS 1.2 or 1.3 with it. The origin connection is TLS 1.2 only.",
      },
    );
    if (!settings.webAclArn) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'The web ACL must live in us-east-1: it is the RmaDeskWebAcl stack, deployed first and attached with -c webAclArn (README, Deploying to AWS). Until then the stage throttling and the reserved concurrency bound what a flood costs.',
      });
    }
    for (const handler of Object.values(this.functions)) {
      Validations.of(handler).acknowledge(
        {
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          reason: 'AWSLambdaBasicExecutionRole only lets the function write its CloudWatch logs; a hand-written copy would add nothing but drift.',
        },
        {
          id: 'AwsSolutions-L1',
          reason: `The desk targets ${DESK_RUNTIME.name} on purpose: its pinned dependencies (middy 6, Powertools 2.35) are tested on Node.js 22, a supported Lambda runtime.`,
        },
      );
    }
    Validations.of(this.edgeSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'CloudFront and the functions take the edge secret at deploy, through a dynamic reference: a rotated value would reach neither until they are updated, and until then every request would be counted by its edge server. It only tells CloudFront from direct callers; a new secret (a new construct id) replaces it in one deploy.',
    });
    for (const secret of Object.values(this.secrets)) {
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason: 'These secrets are issued by Azure Bot Service and rotated there; the operator copies the new value in. A rotation Lambda here could not rotate them.',
      });
    }
    const inboxArn = `<${this.resolve(this.getLogicalId(this.inbox.node.defaultChild as CfnBucket)) as string}.Arn>`;
    Validations.of(this.functions.inboundMail).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::${inboxArn}/${INBOX_PREFIX}*]`,
        reason: 'The function reads one stored message per event, named by the SES message id only known at run time: GetObject on the inbox prefix, nothing else.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::${inboxArn}/attachments/*]`,
        reason: 'Attachments are written under their case, whose RMA number is only known at run time: PutObject on the attachments prefix, nothing else.',
      },
    );
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'Only the access-log bucket itself has no access logs of its own (logging it would need a bucket for its logs, and so on).',
    });
    const photoArn = `<${this.resolve(this.getLogicalId(this.photos.node.defaultChild as CfnBucket)) as string}.Arn>`;
    const uploadsWildcard = `AwsSolutions-IAM5[Resource::${photoArn}/${PHOTO_PREFIXES.uploads}*]`;
    const photosWildcard = `AwsSolutions-IAM5[Resource::${photoArn}/${PHOTO_PREFIXES.photos}*]`;
    for (const writer of [this.functions.inboundMail, this.functions.messages, this.functions.photos]) {
      Validations.of(writer).acknowledge({
        id: uploadsWildcard,
        reason: 'Uploads are named by case and a random id only known at run time: PutObject on the uploads prefix (the photos function signs browser forms with it), nothing else.',
      });
    }
    Validations.of(this.functions.messages).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${photoArn}/${PHOTO_PREFIXES.staged}*]`,
      reason: 'A chat holds photos sent before its case exists under a name made from the conversation, only known at run time: object put, get and delete on the staged prefix, nothing else.',
    });
    for (const reader of [this.functions.photos, this.functions.staff]) {
      Validations.of(reader).acknowledge({
        id: photosWildcard,
        reason: 'A processed photo is read by its case and id, only known at run time: GetObject on the photos prefix, nothing else.',
      });
    }
    Validations.of(this.functions.processPhoto).acknowledge(
      {
        id: uploadsWildcard,
        reason: 'The processor reads and then deletes the one upload its event names: GetObject and DeleteObject on the uploads prefix, nothing else.',
      },
      {
        id: photosWildcard,
        reason: 'The processor writes the web image and thumbnail under the case, only known at run time: PutObject on the photos prefix, nothing else.',
      },
    );
    if (this.malwareScan) {
      Validations.of(this.malwareScan.role).acknowledge(
        {
          id: uploadsWildcard,
          reason: 'GuardDuty reads and tags each new upload it scans: object reads and tagging on the uploads prefix only, as its guide prescribes for a prefix-scoped plan.',
        },
        {
          id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:events:<AWS::Region>:<AWS::AccountId>:rule/${GUARDDUTY_MANAGED_RULES}]`,
          reason: 'GuardDuty names the EventBridge rule it manages for the bucket itself; the guide grants its name prefix, and PutRule/DeleteRule/PutTargets/RemoveTargets only on rules GuardDuty manages.',
        },
      );
    }
    // CDK configures bucket notifications through its own singleton custom resource (a Lambda).
    for (const handler of this.node.children.filter((c) => c.node.id.startsWith('BucketNotificationsHandler'))) {
      Validations.of(handler).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: "CDK's bucket-notification custom resource (it sets the uploads notification at deploy) uses AWSLambdaBasicExecutionRole to write its logs, nothing more.",
      });
    }
    // LambdaInvoke grants invoke on the function and on its versions and aliases (<arn>:*); the schedule calls the function itself.
    const slaCheckArn = `<${this.resolve(this.getLogicalId(this.functions.sla.node.defaultChild as CfnFunction)) as string}.Arn>`;
    for (const role of this.node.children.filter((c) => c.node.id.startsWith('SchedulerRoleForTarget'))) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${slaCheckArn}:*]`,
        reason: "CDK's Scheduler target grants lambda:InvokeFunction on the 21-day check function and its own versions and aliases (<arn>:*); no other function.",
      });
    }
    Validations.of(this.staffSignIn.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason: "Essentials, not Plus: the pool holds a few staff accounts, created by an administrator, each with a strong password and a required authenticator app; Plus's threat protection is billed per user and opt-in.",
    });
  }
}

/** The staff page, under the desk's public base URL (which may have a path). */
function staffPageUrl(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/staff`;
}
