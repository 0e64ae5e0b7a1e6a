// The SES receipt rule's Lambda action: each message, already stored in S3 by the rule's S3 action,
// is read and handled. SES retries a failed invocation; handling is idempotent by Message-ID.
import type { Logger } from '@aws-lambda-powertools/logger';
import * as z from '../../shared/validation/zod';
import type { InboundOutcome } from '../../shared/email/inbound';
import type { Verdicts } from '../../shared/email/verdicts';

const verdict = z.object({ status: z.enum(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']) });

// The fields of an SES receipt event the desk reads (not Powertools' SesSchema: its `{ z }` import
// would put all of zod's locales in this bundle too — see functions/http/event.schema.ts).
export const sesEventSchema = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        ses: z.object({
          mail: z.object({ messageId: z.string().check(z.minLength(1), z.maxLength(200)) }),
          receipt: z.object({
            recipients: z.array(z.string()),
            spamVerdict: verdict,
            virusVerdict: verdict,
            spfVerdict: verdict,
            dkimVerdict: verdict,
            dmarcVerdict: verdict,
          }),
        }),
      }),
    )
    .check(z.minLength(1)),
});
export type SesEvent = z.infer<typeof sesEventSchema>;

export interface InboundHandlerDeps {
  /** The raw message SES stored for this id. */
  readRaw(messageId: string): Promise<Uint8Array>;
  handle(raw: Uint8Array, envelope: { recipients: readonly string[]; verdicts: Verdicts }): Promise<InboundOutcome>;
  logger: Logger;
}

export function makeInboundMailHandler(deps: InboundHandlerDeps) {
  return async (event: unknown): Promise<InboundOutcome[]> => {
    const parsed = sesEventSchema.parse(event);
    const outcomes: InboundOutcome[] = [];
    for (const record of parsed.Records) {
      const { mail, receipt } = record.ses;
      // Every line about this message carries SES's id for it.
      deps.logger.setCorrelationId(mail.messageId);
      const raw = await deps.readRaw(mail.messageId);
      const result = await deps.handle(raw, {
        recipients: receipt.recipients,
        verdicts: {
          virus: receipt.virusVerdict.status,
          spam: receipt.spamVerdict.status,
          spf: receipt.spfVerdict.status,
          dkim: receipt.dkimVerdict.status,
          dmarc: receipt.dmarcVerdict.status,
        },
      });
      // The outcome and the case number only: no addresses, no subject, no text.
      deps.logger.info('inbound mail', {
        outcome: result.outcome,
        ...('rma' in result ? { rma: result.rma } : {}),
        ...('reason' in result ? { reason: result.reason } : {}),
      });
      outcomes.push(result);
    }
    return outcomes;
  };
}

/** An SES receipt event for one stored message (what the local SMTP listener hands the handler). */
export function sesEvent(messageId: string, recipients: string[], verdicts: Verdicts): SesEvent {
  const v = (status: Verdicts[keyof Verdicts]) => ({ status });
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        ses: {
          mail: { messageId },
          receipt: {
            recipients,
            spamVerdict: v(verdicts.spam),
            virusVerdict: v(verdicts.virus),
            spfVerdict: v(verdicts.spf),
            dkimVerdict: v(verdicts.dkim),
            dmarcVerdict: v(verdicts.dmarc),
          },
        },
      },
    ],
  };
}
