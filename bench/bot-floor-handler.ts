// What the bot cannot run without, and nothing of its own: the Agents SDK's adapter and activity
// handler, and the desk's DynamoDB client (its conversation state). Its credentials come through the
// secrets extension, over HTTP on localhost: no SDK client. The floor under the bot's cold start.
import { ActivityHandler, CloudAdapter } from '@microsoft/agents-hosting';
import { DynamoDbHttp } from '../shared/adapters/dynamodb/dynamodb-http';

const documents = new DynamoDbHttp({ region: 'eu-west-1', timeouts: { connectionTimeout: 1_000, requestTimeout: 2_000 }, maxAttempts: 3 });
const adapter = new CloudAdapter({});
const bot = new ActivityHandler();
export const handler = async () => ({ statusCode: 200, body: String([documents, adapter, bot].length) });
