// Lambda entry: reads cases (DynamoDB), sends nothing.
import { awsReaderApp } from '../../shared/wiring/aws-readers';
import { awsRuntime } from '../runtime';
import { makeGetCaseHandler } from './get-case';

const { config, http } = awsRuntime();
export const handler = makeGetCaseHandler(awsReaderApp(config), http);
