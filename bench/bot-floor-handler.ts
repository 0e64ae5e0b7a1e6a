// What the bot cannot run without, and nothing of its own: the Agents SDK's adapter and activity
// handler, and the DynamoDB document client (its conversation state). Its credentials come through the
// secrets extension, over HTTP on localhost: no SDK client. The floor under the bot's cold start.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ActivityHandler, CloudAdapter } from '@microsoft/agents-hosting';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const adapter = new CloudAdapter({});
const bot = new ActivityHandler();
export const handler = async () => ({ statusCode: 200, body: String([documents, adapter, bot].length) });
