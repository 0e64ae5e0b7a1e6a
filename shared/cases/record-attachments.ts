// The files a customer sent for a case, as the case lists them for staff: each with what became of
// it (a PDF stored by case under its key, a photo handed to the photo pipeline).
import type { Case } from './case';
import type { CaseDeps } from './case-deps';
import { updateWithRetry } from './write';

/** One file as a case lists it. */
export type RecordedAttachment = NonNullable<Case['attachments']>[number];

/** A case lists at most this many files, the latest (the photo pipeline has its own limits). */
export const MAX_ATTACHMENT_RECORDS = 30;

/**
 * Lists `files` on the case: in place of what it lists (`replace`: the files of the message that
 * opened it, listed then, now with what became of each), or after it (a later message's). Safe to
 * run again: a file listed already (same key, or same photo) is listed once. The oldest go first
 * beyond MAX_ATTACHMENT_RECORDS.
 */
export async function recordAttachments(
  store: CaseDeps['store'],
  rma: string,
  files: readonly RecordedAttachment[],
  options: { replace: boolean },
): Promise<Case> {
  const recorded = await updateWithRetry(store, rma, (c) => {
    const kept = options.replace ? [] : (c.attachments ?? []);
    const fresh = files.filter((f) => !kept.some((k) => JSON.stringify(k) === JSON.stringify(f)));
    return { ...c, attachments: [...kept, ...fresh].slice(-MAX_ATTACHMENT_RECORDS) };
  });
  return recorded as Case;
}
