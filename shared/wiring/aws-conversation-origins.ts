// Who opened each chat conversation, on DynamoDB: written by the chat token function, read by the
// bot. Its own module so that the token function loads no more than this client.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbConversationOrigins } from '../adapters/dynamodb/dynamodb-conversation-origins';
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { clientConfig, type AwsConfig } from './aws-config';

/** Over the given document client (the bot's, shared with its case store), or a client of its own. */
export function awsConversationOrigins(config: Pick<AwsConfig, 'region' | 'endpoints' | 'tableName'>, documents?: DynamoDBDocumentClient) {
  const client = documents ?? DynamoDBDocumentClient.from(new DynamoDBClient(clientConfig(config, 'dynamodb', config.endpoints?.dynamodb)));
  const ids = new NodeCryptoIds();
  return { origins: new DynamoDbConversationOrigins({ client, tableName: config.tableName, hash: (text) => ids.hash(text) }), ids };
}
