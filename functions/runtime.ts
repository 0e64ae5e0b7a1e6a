// What every function's entry shares on AWS: the environment (read once) and the logger.
import { Logger } from '@aws-lambda-powertools/logger';
import { readEnv } from './env';

export function awsRuntime() {
  return { config: readEnv(), logger: new Logger({ serviceName: 'rma-desk' }) };
}
