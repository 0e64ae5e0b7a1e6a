// Lambda entry: the customer cancels a case (DynamoDB) and gets the update email (SES).
import { awsApp } from '../../shared/wiring/aws';
import { awsRuntime } from '../runtime';
import { makeCancelCaseHandler } from './cancel-case';

const { config, logger } = awsRuntime();
export const handler = makeCancelCaseHandler(awsApp(config), { logger, corsOrigins: config.corsOrigins });
