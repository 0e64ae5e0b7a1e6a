// Lambda entry: the pages over the AWS runtime.
import { awsRuntime } from '../runtime';
import { makePagesHandler } from './pages';

const { app, logger } = awsRuntime();
export const handler = makePagesHandler(app, { logger, corsOrigins: [], chat: false });
