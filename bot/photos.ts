// Photos sent in the chat: the channel's attachment URLs are temporary, so each file is fetched
// now and handed to the photo pipeline (shared/photos) — straight into the case when it exists,
// or staged until the conversation registers it. No bot SDK types here.
import type { PhotoAcceptance } from '../shared/cases';
import { PHOTO_LIMITS } from '../shared/photos/limits';
import { sniffPhotoType } from '../shared/photos/magic';
import type { ChatState, Reply } from './conversation';
import { promptsFor } from './prompts';

export interface ChatPhotos {
  /** The file behind a channel's attachment URL; undefined when not allowed, too large or gone. */
  fetch(url: string): Promise<Uint8Array | undefined>;
  accept(rma: string, source: string, bytes: Uint8Array, contentType: string): Promise<PhotoAcceptance>;
  stage(holder: string, source: string, bytes: Uint8Array, contentType: string): Promise<string>;
  attachStaged(rma: string, keys: readonly string[]): Promise<number>;
}

export interface IncomingAttachment {
  contentType?: string;
  contentUrl?: string;
  name?: string;
}

/** The files of one message. `source` names the message (conversation and activity ids). */
export async function receivePhotos(
  state: ChatState,
  attachments: readonly IncomingAttachment[],
  photos: ChatPhotos,
  source: { conversation: string; activity: string },
): Promise<Reply[]> {
  const counts = { stored: 0, kept: 0, notPhoto: 0, full: 0, closed: 0, notFetched: 0 };
  for (const [i, attachment] of attachments.entries()) {
    if (!attachment.contentUrl) continue;
    const bytes = await photos.fetch(attachment.contentUrl);
    if (!bytes) {
      counts.notFetched++;
      continue;
    }
    const type = sniffPhotoType(bytes);
    if (!type || bytes.length > PHOTO_LIMITS.maxBytes) {
      counts.notPhoto++;
      continue;
    }
    const id = `chat:${source.conversation}:${source.activity}:${i}`;
    if (state.rma) {
      const result = await photos.accept(state.rma, id, bytes, type);
      if (result === 'stored') counts.stored++;
      else if (result === 'too_many') counts.full++;
      else if (result === 'closed') counts.closed++;
      else counts.notPhoto++;
    } else if ((state.pendingPhotos ?? []).length >= PHOTO_LIMITS.maxPerCase) counts.full++;
    else {
      const key = await photos.stage(source.conversation, id, bytes, type);
      state.pendingPhotos = [...new Set([...(state.pendingPhotos ?? []), key])];
      counts.kept++;
    }
  }
  const replies: Reply[] = [];
  // Said in the conversation's language.
  const P = promptsFor(state.language).photos;
  if (counts.stored > 0) replies.push({ text: P.added(counts.stored, state.rma as string) });
  if (counts.kept > 0) replies.push({ text: P.kept(counts.kept) });
  if (counts.full > 0) replies.push({ text: P.full });
  if (counts.closed > 0) replies.push({ text: P.closed(state.rma as string) });
  if (counts.notPhoto > 0) replies.push({ text: P.notPhoto });
  if (counts.notFetched > 0) replies.push({ text: P.notFetched });
  return replies;
}

/** Once the conversation has a case, the photos it was holding join it. */
export async function attachPendingPhotos(state: ChatState, photos: ChatPhotos): Promise<Reply[]> {
  const keys = state.pendingPhotos ?? [];
  if (!state.rma || keys.length === 0) return [];
  const n = await photos.attachStaged(state.rma, keys);
  state.pendingPhotos = [];
  return n > 0 ? [{ text: promptsFor(state.language).photos.attached(n, state.rma) }] : [];
}
