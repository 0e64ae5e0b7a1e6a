// The edge with the desk's DynamoDB client created, and nothing else: the floor under every API
// function that reads or writes the table on each request (create-case, cancel-case, chat-token, staff).
import { httpHandler } from '../functions/http/handler';
import { noContent } from '../functions/http/responses';
import { awsRuntime } from '../functions/runtime';
import { dynamoDbTable } from '../shared/wiring/aws-config';

const { http, config } = awsRuntime();
export const documents = dynamoDbTable(config);
export const handler = httpHandler(http, async () => noContent());
