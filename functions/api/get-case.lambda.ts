// Lambda entry: the handler over the AWS runtime.
import { awsRuntime } from '../runtime';
import { makeGetCaseHandler } from './get-case';

const { app, logger } = awsRuntime();
export const handler = makeGetCaseHandler(app, { logger, corsOrigins: app.config.corsOrigins });
