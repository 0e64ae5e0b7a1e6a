// The mail-events function's parts: the case store and the suppression list (no SES: it sends nothing).
import { SystemClock } from '../adapters/node/system-clock';
import { makeRecordMailFeedback } from '../cases/mail-feedback';
import type { AwsConfig } from './aws-config';
import { awsSuppressionList } from './aws-mailer';
import { awsMeteredCaseStore } from './aws-metered-store';

export function awsMailEvents(config: AwsConfig) {
  const { store, documents } = awsMeteredCaseStore(config);
  return makeRecordMailFeedback({ store, clock: new SystemClock(config.timeZone), suppressions: awsSuppressionList(config, documents) });
}
