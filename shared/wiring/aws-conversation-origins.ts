// Who opened each chat conversation, on DynamoDB: written by the chat token function, read by the
// bot. Its own module so that the token function loads no more than this client.
import { DynamoDbConversationOrigins } from '../adapters/dynamodb/dynamodb-conversation-origins';
import type { DocumentTable } from '../adapters/dynamodb/dynamodb-http';
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { dynamoDbTable, type AwsConfig } from './aws-config';

/** Over the given document client (the bot's, shared with its case store), or a client of its own. */
export function awsConversationOrigins(config: Pick<AwsConfig, 'region' | 'endpoints' | 'tableName'>, documents?: DocumentTable) {
  const client = documents ?? dynamoDbTable(config);
  const ids = new NodeCryptoIds();
  return { origins: new DynamoDbConversationOrigins({ client, tableName: config.tableName, hash: (text) => ids.hash(text) }), ids };
}
