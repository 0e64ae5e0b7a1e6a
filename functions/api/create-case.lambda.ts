// Lambda entry: creates cases (DynamoDB) and sends the confirmation (SES).
import { awsApp } from '../../shared/wiring/aws';
import { awsRuntime } from '../runtime';
import { makeCreateCaseHandler } from './create-case';

const { config, http } = awsRuntime();
export const handler = makeCreateCaseHandler(awsApp(config), http);
