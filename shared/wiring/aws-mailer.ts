// The SES mailer, with its client: for the functions that send email. Nothing goes to an address
// that bounced for good or complained (the suppression list, in the desk's table).
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbSuppressionList } from '../adapters/dynamodb/dynamodb-suppression-list';
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { SuppressingMailer } from '../cases/mail-feedback';
import { clientConfig, type AwsConfig } from './aws-config';

export function awsSuppressionList(config: AwsConfig, documents: DynamoDBDocumentClient): DynamoDbSuppressionList {
  const ids = new NodeCryptoIds();
  return new DynamoDbSuppressionList({ client: documents, tableName: config.tableName, hash: (text) => ids.hash(text) });
}

export function awsMailer(config: AwsConfig, documents: DynamoDBDocumentClient) {
  const ses = new SESv2Client(clientConfig(config, 'ses', config.endpoints?.ses));
  const { sesConfigurationSet: set } = config;
  const sender = new SesMailer({ client: ses, from: config.mailFrom, ...(set ? { configurationSet: set } : {}) });
  return { ses, sender, mailer: new SuppressingMailer(sender, awsSuppressionList(config, documents)) };
}
