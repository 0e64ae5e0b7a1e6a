// Settings of the AWS composition root (read from the Lambda environment, or set by the local desk).
import type { AppConfig } from './app';

export interface AwsConfig extends AppConfig {
  region?: string;
  tableName: string;
  mailFrom: string;
  sesConfigurationSet?: string;
  timeZone: string;
  /** Local stand-ins: DynamoDB Local and the local SES. Absent on AWS. */
  endpoints?: { dynamodb: string; ses: string };
}

export function clientConfig(config: Pick<AwsConfig, 'region' | 'endpoints'>, endpoint: string | undefined) {
  // Our adapters retry (with backoff, and testably); the SDK makes one attempt per call.
  const local = config.endpoints ? { region: config.region ?? 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {};
  return { ...local, maxAttempts: 1, ...(endpoint ? { endpoint } : {}) };
}
