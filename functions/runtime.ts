// What every function's entry shares on AWS: the environment (read once), the logger, and on the
// functions that count senders, the edge secret that says a request came through CloudFront.
import { Logger } from '@aws-lambda-powertools/logger';
import { readEdgeEnv, readEnv } from './env';

export function awsRuntime() {
  const config = readEnv();
  const logger = new Logger({ serviceName: 'rma-desk' });
  const { edge } = readEdgeEnv();
  /** The HTTP options of a function that browsers call: CORS, and the desk's own origin for the cross-site check. */
  const http = { logger, corsOrigins: config.corsOrigins, siteOrigin: new URL(config.publicBaseUrl).origin, ...(edge ? { edge } : {}) };
  return { config, logger, http };
}
