// The part of the AWS composition root that only reads cases (DynamoDB, no SES): the customer's
// view and the status page. Kept apart so these functions' bundles do not load the SES client.
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { makeGetCase } from '../cases';
import { POLICIES } from '../rules';
import type { AwsConfig } from './aws-config';
import { awsCaseStore } from './aws-store';

export function awsReaderApp(config: AwsConfig) {
  const { store } = awsCaseStore(config);
  return { policies: POLICIES, getCase: makeGetCase({ store, ids: new NodeCryptoIds(), policies: POLICIES }) };
}
