// Settings of the AWS composition root (read from the Lambda environment, or set by the local desk).
import type { ServiceClientOptions } from '../adapters/aws-http/signed-http';
import { DynamoDbHttp } from '../adapters/dynamodb/dynamodb-http';
import type { Meter } from '../cases/metered-store';
import type { MailLimits } from '../cases/ports';
import type { AppConfig } from './app';

export interface AwsConfig extends AppConfig {
  region?: string;
  tableName: string;
  mailFrom: string;
  sesConfigurationSet?: string;
  timeZone: string;
  /** Daily limits on automatic mail per recipient and per sender (defaults: DEFAULT_MAIL_LIMITS). */
  mailLimits?: MailLimits;
  /** Local stand-ins: DynamoDB Local and the local SES. Absent on AWS. */
  endpoints?: { dynamodb: string; ses: string };
  /** Where the business metrics go: absent on AWS (CloudWatch, in the Embedded Metric Format); counters locally. */
  meter?: Meter;
}

/** The credentials every local stand-in accepts. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * How long each service may take: to open a connection, and to answer (its response headers; the
 * request body's upload counts too). A hung connection then fails as a TimeoutError, which the SDK's
 * retry (or ours, for DynamoDB) treats like any other passing failure. Bounded so that 3 attempts fit the API's Lambda timeout.
 */
export const SDK_TIMEOUTS = {
  dynamodb: { connectionTimeout: 1_000, requestTimeout: 2_000 },
  ses: { connectionTimeout: 1_000, requestTimeout: 5_000 },
  // Attachments and processed photos go up in one request: allow for their upload.
  s3: { connectionTimeout: 1_000, requestTimeout: 10_000 },
} as const;

/** Attempts per call, the first one included. */
export const SDK_MAX_ATTEMPTS = 3;

/**
 * The desk's table, over DynamoDB's HTTP API (`adapters/dynamodb/dynamodb-http.ts`), with the retries
 * and timeouts every SDK client has. On AWS the region is the function's and the credentials its role's.
 */
export function dynamoDbTable(config: Pick<AwsConfig, 'region'> & { endpoints?: { dynamodb: string } }): DynamoDbHttp {
  return new DynamoDbHttp(awsClientOptions(config, 'dynamodb', config.endpoints?.dynamodb));
}

/**
 * A desk client's settings (`adapters/aws-http`): the region, the service's attempts and timeouts, and
 * locally the stand-in's address with the keys it takes.
 */
export function awsClientOptions(
  config: Pick<AwsConfig, 'region'> & { endpoints?: object },
  service: keyof typeof SDK_TIMEOUTS,
  endpoint: string | undefined,
  credentials: { accessKeyId: string; secretAccessKey: string } = LOCAL_CREDENTIALS,
): ServiceClientOptions {
  return { region: awsRegion(config), ...(endpoint ? { endpoint, credentials } : {}), timeouts: SDK_TIMEOUTS[service], maxAttempts: SDK_MAX_ATTEMPTS };
}

/** The region the desk's own clients sign for: the function's on AWS; any, locally (the stand-ins take any). */
export function awsRegion(config: Pick<AwsConfig, 'region'> & { endpoints?: object }): string {
  const region = config.region ?? (config.endpoints ? 'us-east-1' : undefined);
  if (!region) throw new Error('AWS_REGION is not set: the AWS clients cannot know their endpoints');
  return region;
}
