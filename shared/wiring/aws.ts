// The AWS composition root: SDK clients created once per process, adapters over them.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbCaseStore } from '../adapters/dynamodb/dynamodb-case-store';
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { SystemClock } from '../adapters/node/system-clock';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { makeApp, type AppConfig } from './app';

export interface AwsConfig extends AppConfig {
  region?: string;
  tableName: string;
  mailFrom: string;
  sesConfigurationSet?: string;
  timeZone: string;
  /** Local stand-ins: DynamoDB Local and the local SES. Absent on AWS. */
  endpoints?: { dynamodb: string; ses: string };
}

export function awsClients(config: Pick<AwsConfig, 'region' | 'endpoints'>) {
  // Our adapters retry (with backoff, and testably); the SDK makes one attempt per call.
  const local = config.endpoints
    ? { region: config.region ?? 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
    : {};
  const dynamodb = new DynamoDBClient({ ...local, maxAttempts: 1, ...(config.endpoints ? { endpoint: config.endpoints.dynamodb } : {}) });
  const ses = new SESv2Client({ ...local, maxAttempts: 1, ...(config.endpoints ? { endpoint: config.endpoints.ses } : {}) });
  const documents = DynamoDBDocumentClient.from(dynamodb, { marshallOptions: { removeUndefinedValues: true } });
  return { dynamodb, documents, ses };
}

export function awsApp(config: AwsConfig) {
  const clients = awsClients(config);
  const app = makeApp(
    {
      store: new DynamoDbCaseStore({ client: clients.documents, tableName: config.tableName }),
      mailer: new SesMailer({ client: clients.ses, from: config.mailFrom, ...(config.sesConfigurationSet ? { configurationSet: config.sesConfigurationSet } : {}) }),
      clock: new SystemClock(config.timeZone),
      ids: new NodeCryptoIds(),
    },
    config,
  );
  return { ...app, clients };
}
