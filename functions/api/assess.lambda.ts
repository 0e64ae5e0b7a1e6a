// Lambda entry: the handler over the AWS runtime.
import { awsRuntime } from '../runtime';
import { makeAssessHandler } from './assess';

const { app, logger } = awsRuntime();
export const handler = makeAssessHandler(app, { logger, corsOrigins: app.config.corsOrigins });
