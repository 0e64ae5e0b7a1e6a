// Which AWS errors are passing (the service busy or failing, the network dropping, an answer too slow)
// rather than a fault of the request. One definition for the DynamoDB client's retries and for the
// adapters that turn what outlasted the retries into UnavailableError. The names are the ones AWS
// services and Node use; the SDK's own classifier (@smithy/core/retry) says the same but cost every
// function about 50 ms of cold start to load (docs/architecture.md, "Cold start").

/** Error names by which AWS services say "slow down". */
const THROTTLING = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
]);
/** Names of an answer that did not come in time. */
const TIMEOUTS = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);
/** Node's codes for a connection that failed or dropped, and for a name that did not resolve. */
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What AWS errors (the SDK's, and dynamodb-http.ts's) carry that says what happened. */
interface AwsErrorShape {
  name?: string;
  code?: string;
  cause?: unknown;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

const shape = (error: unknown): AwsErrorShape | undefined => (error !== null && typeof error === 'object' ? (error as AwsErrorShape) : undefined);

/** The service asked us to slow down (HTTP 429 or a throttling error). */
export function isThrottling(error: unknown): boolean {
  const e = shape(error);
  return e !== undefined && (e.$metadata?.httpStatusCode === 429 || THROTTLING.has(e.name ?? '') || e.$retryable?.throttling === true);
}

/** The service or the network failed in passing: a 5xx, a timeout, a dropped or refused connection (also as the cause). */
export function isPassingFailure(error: unknown, depth = 0): boolean {
  const e = shape(error);
  if (!e || e.name === 'AbortError') return false;
  const status = e.$metadata?.httpStatusCode ?? 0;
  return (
    (status >= 500 && status <= 599) ||
    TIMEOUTS.has(e.name ?? '') ||
    NETWORK.has(e.code ?? '') ||
    NETWORK.has(e.name ?? '') ||
    (depth < 10 && e.cause !== undefined && isPassingFailure(e.cause, depth + 1))
  );
}
