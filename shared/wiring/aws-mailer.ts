// The SES mailer: for the functions that send email. Nothing goes to an address that bounced for good
// or complained (the suppression list, in the desk's table). The SES client is loaded by the first
// message sent, not at cold start: most requests of the functions that can send mail send none (the
// bot's turns before a registration, staff's reads, an SLA check without breaches).
import type { DocumentTable } from '../adapters/dynamodb/dynamodb-http';
import { DynamoDbSuppressionList } from '../adapters/dynamodb/dynamodb-suppression-list';
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { SuppressingMailer } from '../cases/mail-feedback';
import type { Mailer } from '../cases/ports';
import type { AwsConfig } from './aws-config';
import { onFirstUse } from './on-first-use';

export function awsSuppressionList(config: AwsConfig, documents: DocumentTable): DynamoDbSuppressionList {
  const ids = new NodeCryptoIds();
  return new DynamoDbSuppressionList({ client: documents, tableName: config.tableName, hash: (text) => ids.hash(text) });
}

export function awsMailer(config: AwsConfig, documents: DocumentTable) {
  const ses = onFirstUse(() => import('./aws-ses.js').then(({ awsSes }) => awsSes(config)));
  const sender: Mailer = { send: async (message) => (await ses.get()).sender.send(message) };
  return {
    sender,
    mailer: new SuppressingMailer(sender, awsSuppressionList(config, documents)),
    /** Closes the SES client's connections, if it was ever loaded. */
    destroy: async () => (await ses.loaded())?.ses.destroy(),
  };
}
