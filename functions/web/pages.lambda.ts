// Lambda entry: the pages read cases (the status page) and send nothing.
import { awsReaderApp } from '../../shared/wiring/aws-readers';
import { awsRuntime } from '../runtime';
import { makePagesHandler } from './pages';

const { config, logger } = awsRuntime();
export const handler = makePagesHandler(awsReaderApp(config), { logger, corsOrigins: [], chat: false });
