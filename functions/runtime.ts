// The AWS runtime of every function: the environment, the app and the logger, once per process.
import { Logger } from '@aws-lambda-powertools/logger';
import { awsApp } from '../shared/wiring/aws';
import { readEnv } from './env';

export function awsRuntime() {
  const config = readEnv();
  return { app: awsApp(config), logger: new Logger({ serviceName: 'rma-desk' }) };
}
