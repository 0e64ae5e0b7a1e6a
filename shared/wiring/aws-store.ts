// The case store on DynamoDB, with its client: for the functions that read or write cases.
import { DynamoDbCaseStore } from '../adapters/dynamodb/dynamodb-case-store';
import { DynamoDbMailQuota } from '../adapters/dynamodb/dynamodb-mail-quota';
import { NodeCryptoIds } from '../adapters/node/node-ids';
import type { CaseStore } from '../cases/ports';
import { dynamoDbTable, type AwsConfig } from './aws-config';

/** The case store as it is: for the functions that only read cases (metered-store.ts counts writes). */
export function awsCaseStore(config: AwsConfig) {
  const documents = dynamoDbTable(config);
  // The desk's one hash (hex SHA-256), so that counters are keyed as everything else hashed is.
  const ids = new NodeCryptoIds();
  const mailQuota = new DynamoDbMailQuota({
    client: documents,
    tableName: config.tableName,
    hash: (text) => ids.hash(text),
    ...(config.mailLimits ? { limits: config.mailLimits } : {}),
  });
  return { documents, store: new DynamoDbCaseStore({ client: documents, tableName: config.tableName }) as CaseStore, mailQuota };
}
