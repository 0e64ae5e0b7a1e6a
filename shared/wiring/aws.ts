// The AWS composition root. Each Lambda function is its own process and wires only what it uses
// (assess needs no SDK, get-case no SES): the parts live in separate modules so that a bundle
// loads only the SDK clients its function needs.
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { SystemClock } from '../adapters/node/system-clock';
import { makeApp } from './app';
import type { AwsConfig } from './aws-config';
import { awsMailer } from './aws-mailer';
import { awsMeteredCaseStore } from './aws-metered-store';

export type { AwsConfig } from './aws-config';

/** Everything: the create-case function and the local desk. */
export function awsApp(config: AwsConfig) {
  const { documents, store, mailQuota } = awsMeteredCaseStore(config);
  const mail = awsMailer(config, documents);
  const { mailer } = mail;
  const ports = { store, mailer, mailQuota, clock: new SystemClock(config.timeZone), ids: new NodeCryptoIds() };
  const app = makeApp(ports, config);
  return { ...app, ports, clients: { documents, ses: { destroy: mail.destroy } } };
}
