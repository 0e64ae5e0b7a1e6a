// Processing of uploaded photos. Without malware scanning, S3's object-created notification starts
// it; with GuardDuty Malware Protection for S3, the scan result (EventBridge) does, and only a clean
// object is ever opened. Locally, s3rver's event calls the same handler. Redelivery is harmless.
import type { Logger } from '@aws-lambda-powertools/logger';
import * as z from '../../shared/validation/zod';
import type { PhotoRecord } from '../../shared/cases';
import type { UploadFinding } from '../../shared/photos/use-cases';

// The fields of the two events the function reads (own schemas, as in functions/http/event.schema.ts).
const s3EventSchema = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:s3'),
        eventName: z.string(),
        s3: z.object({ object: z.object({ key: z.string().check(z.minLength(1), z.maxLength(1024)) }) }),
      }),
    )
    .check(z.minLength(1)),
});

const scanResultSchema = z.object({
  source: z.literal('aws.guardduty'),
  'detail-type': z.literal('GuardDuty Malware Protection Object Scan Result'),
  detail: z.object({
    s3ObjectDetails: z.object({
      objectKey: z.string().check(z.minLength(1), z.maxLength(1024)),
      eTag: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    }),
    scanResultDetails: z.object({ scanResultStatus: z.string() }),
  }),
});

export const photoEventSchema = z.union([s3EventSchema, scanResultSchema]);

export type ProcessUploaded = (key: string, finding?: UploadFinding) => Promise<PhotoRecord | undefined>;

/** Keys in S3 notifications are URL-encoded, spaces as '+'. */
const decodeKey = (key: string) => decodeURIComponent(key.replace(/\+/g, ' '));

export function makeProcessPhotoHandler(deps: { process: ProcessUploaded; logger: Logger }) {
  return async (event: unknown): Promise<(PhotoRecord | undefined)[]> => {
    const parsed = photoEventSchema.parse(event);
    const jobs: [string, UploadFinding][] =
      'Records' in parsed
        ? parsed.Records.filter((r) => r.eventName.startsWith('ObjectCreated:')).map((r) => [decodeKey(r.s3.object.key), {}])
        : [[parsed.detail.s3ObjectDetails.objectKey, scanFinding(parsed.detail)]];
    const results: (PhotoRecord | undefined)[] = [];
    for (const [key, finding] of jobs) {
      // The object's key (uploads/<case>/<photo id>) follows the photo through the logs.
      deps.logger.setCorrelationId(key);
      const record = await deps.process(key, finding);
      // The outcome only: no file names, no customer data.
      deps.logger.info('photo processed', { status: record?.status ?? 'ignored', ...(record?.status === 'rejected' ? { reason: record.reason } : {}) });
      results.push(record);
    }
    return results;
  };
}

/** A clean scan lets the processor open the version it scanned (its ETag); anything else refuses it unread. */
function scanFinding(detail: z.infer<typeof scanResultSchema>['detail']): UploadFinding {
  const refuse = scanRefusal(detail.scanResultDetails.scanResultStatus);
  if (refuse) return { refuse };
  return detail.s3ObjectDetails.eTag ? { eTag: detail.s3ObjectDetails.eTag } : {};
}

/** Only a clean scan lets the processor open the file; anything else refuses it unread. */
export function scanRefusal(status: string): string | undefined {
  if (status === 'NO_THREATS_FOUND') return undefined;
  return status === 'THREATS_FOUND' ? 'malware' : 'not_scanned';
}
