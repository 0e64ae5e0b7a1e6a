// Lambda entry: the daily 21-day check (EventBridge Scheduler). Idempotent: a run repeated or
// retried sends no offer twice (each is claimed on its case before it is sent).
import type { SlaCheckResult } from '../../shared/cases';
import { awsApp } from '../../shared/wiring/aws';
import { awsRuntime } from '../runtime';

const { config, logger } = awsRuntime();
const app = awsApp(config);

export const handler = async (): Promise<SlaCheckResult> => {
  const result = await app.runSlaCheck();
  // Counts only: no case contents, no addresses.
  logger.info('sla check', { ...result });
  if (result.failed > 0) logger.warn('sla offers not sent; they are tried again on the next run', { failed: result.failed });
  if (result.settled > 0) logger.warn('approvals whose email sender died mid-send: flagged email_failed for staff', { settled: result.settled });
  return result;
};
