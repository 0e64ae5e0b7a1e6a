// The AWS SDK clients' settings (SES, S3, and the local desk's table administration): apart from
// aws-config.ts so that the functions that use only the table load no SDK transport.
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { LOCAL_CREDENTIALS, SDK_MAX_ATTEMPTS, SDK_TIMEOUTS, type AwsConfig } from './aws-config';

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
  const local = config.endpoints ? { region: config.region ?? 'us-east-1', credentials: LOCAL_CREDENTIALS } : {};
  return { ...local, ...sdkClientConfig(service), ...(endpoint ? { endpoint } : {}) };
}
