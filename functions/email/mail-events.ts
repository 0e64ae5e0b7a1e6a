// SES's bounces and complaints, published by the desk's configuration set to an SNS topic this
// function subscribes to: each is recorded (the address suppressed, its case flagged). Lambda
// retries a failed invocation and then hands it to the failure queue; recording is idempotent.
import type { Logger } from '@aws-lambda-powertools/logger';
import * as z from '../../shared/validation/zod';
import type { FeedbackResult, MailFeedback } from '../../shared/cases/mail-feedback';

// The fields of an SNS event the desk reads.
export const snsEventSchema = z.object({
  Records: z
    .array(
      z.object({
        EventSource: z.literal('aws:sns'),
        Sns: z.object({ Message: z.string().check(z.maxLength(256 * 1024)), Timestamp: z.string(), MessageId: z.optional(z.string().check(z.maxLength(200))) }),
      }),
    )
    .check(z.minLength(1)),
});

export interface MailEventsDeps {
  read(body: string, receivedAt: string): MailFeedback | undefined;
  record(feedback: MailFeedback): Promise<FeedbackResult>;
  logger: Logger;
}

export function makeMailEventsHandler(deps: MailEventsDeps) {
  return async (event: unknown): Promise<FeedbackResult[]> => {
    const parsed = snsEventSchema.parse(event);
    const results: FeedbackResult[] = [];
    for (const record of parsed.Records) {
      if (record.Sns.MessageId) deps.logger.setCorrelationId(record.Sns.MessageId);
      const feedback = deps.read(record.Sns.Message, record.Sns.Timestamp);
      const result = feedback ? await deps.record(feedback) : ({ outcome: 'ignored' } as const);
      // Counts and the case number only: never the address.
      deps.logger.info('mail feedback', {
        kind: feedback?.kind ?? 'other',
        outcome: result.outcome,
        ...(result.outcome === 'suppressed' ? { mailboxes: result.mailboxes, ...(result.flagged ? { rma: result.flagged } : {}) } : {}),
      });
      results.push(result);
    }
    return results;
  };
}
