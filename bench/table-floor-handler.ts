// The edge with the DynamoDB document client created, and nothing else: the floor under every API
// function that reads or writes the table on each request (create-case, cancel-case, chat-token, staff).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { httpHandler } from '../functions/http/handler';
import { noContent } from '../functions/http/responses';
import { awsRuntime } from '../functions/runtime';

const { http } = awsRuntime();
export const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = httpHandler(http, async () => noContent());
