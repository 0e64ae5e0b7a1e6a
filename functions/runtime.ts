// What every function's entry shares on AWS: the environment (read once) and the logger.
import { Logger } from '@aws-lambda-powertools/logger';
import { readEnv } from './env';

export function awsRuntime() {
  const config = readEnv();
  const logger = new Logger({ serviceName: 'rma-desk' });
  /** The HTTP options of a function that browsers call: CORS, and the desk's own origin for the cross-site check. */
  const http = { logger, corsOrigins: config.corsOrigins, siteOrigin: new URL(config.publicBaseUrl).origin };
  return { config, logger, http };
}
