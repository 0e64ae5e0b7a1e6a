// Settings of the AWS composition root (read from the Lambda environment, or set by the local desk).
import { NodeHttpHandler } from '@smithy/node-http-handler';
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

/**
 * How long each service may take: to open a connection, and to answer (its response headers; the
 * request body's upload counts too). A hung connection then fails as a TimeoutError, which the SDK's
 * retry treats like any other passing failure. Bounded so that 3 attempts fit the API's Lambda timeout.
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
 * Every AWS SDK client's retry and transport: the SDK's standard retry (throttling, 5xx, timeouts and
 * dropped connections, with backoff, jitter and a retry budget) over timeouts of our own. Adapters
 * retry nothing the SDK retries; see shared/adapters/dynamodb/README.md.
 */
export function sdkClientConfig(service: keyof typeof SDK_TIMEOUTS) {
  return {
    retryMode: 'standard' as const,
    maxAttempts: SDK_MAX_ATTEMPTS,
    // Without throwOnRequestTimeout the handler only logs a warning when requestTimeout passes.
    requestHandler: new NodeHttpHandler({ ...SDK_TIMEOUTS[service], throwOnRequestTimeout: true }),
  };
}

export function clientConfig(config: Pick<AwsConfig, 'region' | 'endpoints'>, service: keyof typeof SDK_TIMEOUTS, endpoint: string | undefined) {
  const local = config.endpoints ? { region: config.region ?? 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {};
  return { ...local, ...sdkClientConfig(service), ...(endpoint ? { endpoint } : {}) };
}
