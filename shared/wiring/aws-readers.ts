// The part of the AWS composition root that only reads cases (DynamoDB, no SES): the customer's
// view and the status page. Kept apart so these functions' bundles do not load the SES client. The
// DynamoDB client is loaded by the first read, not at cold start: of the pages function's routes only
// the status page reads a case, and the landing page, the form, the chat and the assets need no SDK.
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { makeGetCase } from '../cases';
import { POLICIES } from '../rules';
import type { AwsConfig } from './aws-config';
import { onFirstUse } from './on-first-use';

export function awsReaderApp(config: AwsConfig) {
  const reader = onFirstUse(() =>
    import('./aws-store.js').then(({ awsCaseStore }) => makeGetCase({ store: awsCaseStore(config).store, ids: new NodeCryptoIds(), policies: POLICIES })),
  );
  const getCase: ReturnType<typeof makeGetCase> = async (...args) => (await reader.get())(...args);
  return { policies: POLICIES, getCase };
}
