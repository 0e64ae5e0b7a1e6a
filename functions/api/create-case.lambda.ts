// Lambda entry: the handler over the AWS runtime.
import { awsRuntime } from '../runtime';
import { makeCreateCaseHandler } from './create-case';

const { app, logger } = awsRuntime();
export const handler = makeCreateCaseHandler(app, { logger, corsOrigins: app.config.corsOrigins });
