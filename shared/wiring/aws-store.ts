// The case store on DynamoDB, with its client: for the functions that read or write cases.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbCaseStore } from '../adapters/dynamodb/dynamodb-case-store';
import { clientConfig, type AwsConfig } from './aws-config';

export function awsCaseStore(config: AwsConfig) {
  const dynamodb = new DynamoDBClient(clientConfig(config, config.endpoints?.dynamodb));
  const documents = DynamoDBDocumentClient.from(dynamodb, { marshallOptions: { removeUndefinedValues: true } });
  return { dynamodb, documents, store: new DynamoDbCaseStore({ client: documents, tableName: config.tableName }) };
}
