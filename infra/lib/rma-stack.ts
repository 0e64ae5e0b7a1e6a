// The returns desk on AWS, composed by capability (infra/lib/constructs/): the shared table and
// access-log bucket, the SES identity, the HTTP API behind CloudFront (with the WAF web ACL of
// web-acl-stack.ts when given), then the photo pipeline, the staff sign-in (a Cognito user pool),
// the pages, the case API, the chat, inbound mail, the staff API and the daily 21-day check. Each
// capability owns its functions, their environment (function-env.ts), their grants and its cdk-nag
// acknowledgements; resources keep the logical IDs they had before the split (allocateLogicalId).
import { CfnOutput, Stack, type CfnElement, type StackProps } from 'aws-cdk-lib';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { FAILURE_QUEUES, type FailureQueueName } from '../../shared/config/failure-queues';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { UserPool, UserPoolClient, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { CfnMalwareProtectionPlan } from 'aws-cdk-lib/aws-guardduty';
import type { Rule } from 'aws-cdk-lib/aws-events';
import type { Role } from 'aws-cdk-lib/aws-iam';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Schedule } from 'aws-cdk-lib/aws-scheduler';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { EmailIdentity, ReceiptRuleSet } from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import { claimLogicalId, logicalIdWithoutCapabilities } from './constructs/capability';
import { CASE_ROUTES, CaseApi } from './constructs/case-api';
import { CHAT_ROUTES, ChatBot } from './constructs/chat-bot';
import { DeskData } from './constructs/data';
import type { FunctionName } from './constructs/desk-context';
import { DeskEdge } from './constructs/edge';
import { DeskHttpApi } from './constructs/http-api';
import { InboundMail } from './constructs/inbound-mail';
import { OutboundMail } from './constructs/outbound-mail';
import { PHOTO_ROUTES, PhotoPipeline } from './constructs/photo-pipeline';
import { MailFeedback } from './constructs/mail-feedback';
import { Signals } from './constructs/signals';
import { SlaCheck } from './constructs/sla-check';
import { STAFF_ROUTES, StaffDesk } from './constructs/staff-desk';
import { StaffSignIn } from './constructs/staff-sign-in';
import { PAGE_ROUTES, WebPages } from './constructs/web-pages';
import type { DeskFunction } from './desk-function';
import type { DeskSettings } from './settings';

export { KEY_PREFIXES, type TableAccess } from './constructs/data';
export { PUBLIC_FUNCTIONS, SENDER_COUNTING, type FunctionName } from './constructs/desk-context';
export { EDGE_FORWARDED_HEADERS, EDGE_SECURITY_HEADERS } from './constructs/edge';
export { PHOTO_PREFIXES, SCAN_RESULT_DETAIL_TYPE } from './constructs/photo-pipeline';
export { SLA_CHECK_CRON } from './constructs/sla-check';
export { STAFF_ONLY } from './constructs/staff-desk';

/** The routes of the HTTP API, by function (each capability declares its own). Tests assert this exact set. */
export const ROUTES = { ...CASE_ROUTES, ...PAGE_ROUTES, ...CHAT_ROUTES, ...PHOTO_ROUTES, ...STAFF_ROUTES } as const;

export interface RmaStackProps extends StackProps {
  settings: DeskSettings;
}

export class RmaStack extends Stack {
  readonly table: Table;
  readonly functions: Record<FunctionName, DeskFunction>;
  /** Staff sign in here (Cognito's hosted pages); the staff routes accept only this pool's tokens for this client. */
  readonly staffSignIn: { userPool: UserPool; domain: UserPoolDomain; client: UserPoolClient };
  /** Runs the sla function once a day. */
  readonly slaSchedule: Schedule;
  readonly inbox: Bucket;
  readonly photos: Bucket;
  /** Where the inbox, photos and edge-log buckets write their server access logs. */
  readonly bucketLogs: Bucket;
  /** Only with malwareScanning: GuardDuty's plan for the uploads and the rule that passes its results on. */
  readonly malwareScan?: { plan: CfnMalwareProtectionPlan; role: Role; results: Rule };
  readonly receiptRules: ReceiptRuleSet;
  readonly secrets: { bot: Secret; directLine: Secret };
  /** Sent by CloudFront with every request; the functions that count senders trust the viewer's address only then. */
  readonly edgeSecret: Secret;
  readonly api: HttpApi;
  /** In front of the API: the address customers use unless publicBaseUrl names another. */
  readonly distribution: Distribution;
  /** Where customers open the desk: publicBaseUrl, or the distribution's https://<id>.cloudfront.net. */
  readonly publicBaseUrl: string;
  readonly emailIdentity: EmailIdentity;
  /** The desk's outgoing mail: the identity, the configuration set, the bounce and complaint topic. */
  readonly mail: OutboundMail;
  /** The failure queue of every asynchronous invocation (and of the scheduler and the event deliveries), by name. */
  readonly failures: Partial<Record<FailureQueueName, Queue>>;
  readonly signals: Signals;

  constructor(scope: Construct, id: string, props: RmaStackProps) {
    super(scope, id, props);
    const { settings } = props;

    // Shared by every capability: the records, the outgoing mail, the API and CloudFront in front of it.
    const data = new DeskData(this, 'Data');
    const mail = new OutboundMail(this, 'OutboundMail', { settings, data });
    const api = new DeskHttpApi(this, 'HttpApi', { settings });
    const edge = new DeskEdge(this, 'FrontDoor', { settings, api: api.httpApi, accessLogs: data.accessLogs });
    const publicBaseUrl = settings.publicBaseUrl ?? `https://${edge.distribution.distributionDomainName}`;
    const desk = { settings, data, mail, api, publicBaseUrl, edgeEnvironment: edge.functionEnvironment };

    const photos = new PhotoPipeline(this, 'PhotoPipeline', {
      desk,
      publicOrigin: settings.publicBaseUrl ? new URL(settings.publicBaseUrl).origin : publicBaseUrl,
      accessLogs: data.accessLogs,
    });
    const signIn = new StaffSignIn(this, 'StaffSignIn', { settings, publicBaseUrl });
    const web = new WebPages(this, 'WebPages', { desk, photoUploadOrigin: photos.uploadOrigin, staffSignInConfig: signIn.pagesConfig });
    const cases = new CaseApi(this, 'CaseApi', { desk });
    const chat = new ChatBot(this, 'ChatBot', { desk, photos });
    const inbound = new InboundMail(this, 'MailIntake', { desk, photos, accessLogs: data.accessLogs });
    const staff = new StaffDesk(this, 'StaffDesk', { desk, signIn, photos });
    const sla = new SlaCheck(this, 'DailySlaCheck', { desk });
    const feedback = new MailFeedback(this, 'MailFeedback', { desk });

    this.functions = {
      assess: cases.assess,
      createCase: cases.createCase,
      getCase: cases.getCase,
      pages: web.pages,
      messages: chat.messages,
      chatToken: chat.chatToken,
      inboundMail: inbound.inboundMail,
      photos: photos.photos,
      processPhoto: photos.processPhoto,
      cancelCase: cases.cancelCase,
      staff: staff.staff,
      sla: sla.sla,
      mailEvents: feedback.mailEvents,
    };
    // Every asynchronous path ends in a queue when it fails for good; each is watched, with the functions.
    this.failures = { ...inbound.failures, ...photos.failures, ...sla.failures, ...feedback.failures };
    // What `npm run redrive -- <queue> --stack <name>` reads: each queue, and the function its records go back to.
    for (const [name, queue] of Object.entries(this.failures)) {
      const title = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
      new CfnOutput(this, `${title}FailureQueue`, { value: queue.queueUrl, description: `Failure queue ${name} (npm run redrive -- ${name})` });
      new CfnOutput(this, `${title}FailureTarget`, {
        value: this.functions[FAILURE_QUEUES[name as FailureQueueName].target].functionName,
        description: `The function npm run redrive -- ${name} replays into`,
      });
    }
    this.signals = new Signals(this, 'Signals', { settings, functions: this.functions, failures: this.failures, api: api.httpApi });
    this.table = data.table;
    this.bucketLogs = data.accessLogs;
    this.emailIdentity = mail.identity;
    this.mail = mail;
    this.api = api.httpApi;
    this.distribution = edge.distribution;
    this.edgeSecret = edge.secret;
    this.publicBaseUrl = publicBaseUrl;
    this.photos = photos.bucket;
    this.malwareScan = photos.malwareScan;
    this.staffSignIn = { userPool: signIn.userPool, domain: signIn.domain, client: signIn.client };
    this.secrets = chat.secrets;
    this.inbox = inbound.inbox;
    this.receiptRules = inbound.receiptRules;
    this.slaSchedule = sla.schedule;
  }

  /**
   * The logical ID of a resource is that of its path without the capability constructs: the IDs the
   * stack had when it built everything in one constructor, so that no retained resource (table,
   * buckets, user pool, secrets, log groups) and no function, role or route is replaced by the split.
   * A clash between two capabilities fails the synth, naming both constructs.
   */
  protected override allocateLogicalId(element: CfnElement): string {
    return claimLogicalId(this, element, logicalIdWithoutCapabilities(element) ?? super.allocateLogicalId(element));
  }
}
