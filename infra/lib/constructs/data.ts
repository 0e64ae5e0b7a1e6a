// What every capability keeps its records in: the one table (cases and everything around them), and
// the bucket the other buckets write their server access logs to. Each capability grants its own
// functions their table access (TableAccess), item prefix by item prefix.
import { CfnOutput, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { TABLE } from '../../../shared/adapters/dynamodb/table';
import { Capability } from './capability';

/**
 * The partition-key prefixes of the table's items (shared/adapters/dynamodb/README.md): cases,
 * idempotency records, the bot's conversation state, the inbound mail log (message claims, daily
 * replies, threads), the daily mail quota counters and who opened each chat conversation.
 */
export const KEY_PREFIXES = {
  case: 'CASE#',
  idempotency: 'IDEM#',
  bot: 'BOT#',
  message: 'MSG#',
  reply: 'REPLY#',
  thread: 'THREAD#',
  quota: 'QUOTA#',
  conversation: 'CONV#',
  suppressed: 'SUPPRESSED#',
} as const;
export type KeyPrefix = keyof typeof KEY_PREFIXES;

/** Item actions on the items whose partition key starts with one of `keys`. */
export interface ItemGrant {
  actions: ReadonlyArray<'GetItem' | 'BatchGetItem' | 'PutItem' | 'UpdateItem'>;
  keys: readonly KeyPrefix[];
}

/**
 * What a function does in the table, read off the adapters it wires: a case is read with GetItem
 * and written with a version-checked PutItem (a new one, with its idempotency record, in a
 * transaction of two PutItems, which IAM checks as PutItem); the mail quota raises counters with
 * UpdateItem in a transaction; the bot's state is read in batches. Nothing scans, deletes (TTL
 * removes expired items) or writes in batches. `byStatus`: queries the byStatus index (the staff
 * queue, the 21-day check). least-privilege.test.ts asserts the result function by function.
 */
export interface TableAccess {
  items: readonly ItemGrant[];
  byStatus?: true;
  /** Queries the byChange index: every case, for the staff desk's search and filters. */
  byChange?: true;
}

export class DeskData extends Capability {
  readonly table: Table;
  /** Where the inbox, photos and edge-log buckets write their server access logs. */
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Cases', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE.ttlAttribute,
      encryption: TableEncryption.AWS_MANAGED,
      // The cases are the business record: deleting the stack must never delete them, nor can anyone
      // delete the table without first turning this off (docs/operations.md, the restore drill).
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.byStatusIndex.name,
      partitionKey: { name: TABLE.byStatusIndex.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.byStatusIndex.sortKey, type: AttributeType.STRING },
    });
    // CloudFormation adds one index per update: a stack from before it gets this one on its own deploy.
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE.byChangeIndex.name,
      partitionKey: { name: TABLE.byChangeIndex.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.byChangeIndex.sortKey, type: AttributeType.STRING },
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });

    // The buckets' server access logs, in one bucket of their own. Its id predates the photos bucket:
    // renaming it would replace a retained bucket.
    this.accessLogs = new Bucket(this, 'InboxAccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'Only the access-log bucket itself has no access logs of its own (logging it would need a bucket for its logs, and so on).',
    });
  }

  /** Grants `handler` exactly `access`: each item statement keyed by its prefixes, the byStatus query on that one index. */
  grant(handler: IFunction, access: TableAccess): void {
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
    if (access.byChange) {
      handler.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: [`${this.table.tableArn}/index/${TABLE.byChangeIndex.name}`] }));
    }
  }
}
