// The case store of the functions that write cases, metered (apart from aws-store.ts, so that the
// functions that only read cases do not load the metrics library).
import { EmfMeter } from '../adapters/powertools/emf-meter';
import { MeteredCaseStore } from '../cases/metered-store';
import type { CaseStore } from '../cases/ports';
import type { AwsConfig } from './aws-config';
import { awsCaseStore } from './aws-store';

/**
 * The case store for the functions that write cases: every write counted as it lands (metered-store.ts:
 * cases, decisions, emails, feedback, photos), in CloudWatch's Embedded Metric Format unless the config
 * names another meter (the local desk's counters).
 */
export function awsMeteredCaseStore(config: AwsConfig) {
  const parts = awsCaseStore(config);
  return { ...parts, store: new MeteredCaseStore(parts.store, config.meter ?? new EmfMeter()) as CaseStore };
}
