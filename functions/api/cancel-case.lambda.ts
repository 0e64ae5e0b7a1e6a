// Lambda entry: the customer cancels a case (DynamoDB) and gets the update email (SES).
import { awsApp } from '../../shared/wiring/aws';
import { awsRuntime } from '../runtime';
import { makeCancelCaseHandler } from './cancel-case';

const { config, http } = awsRuntime();
export const handler = makeCancelCaseHandler(awsApp(config), http);
