// Photos of a case: an upload form for the holder of the link, and the processing of what arrives.
import type { Case, PhotoAcceptance, PhotoRecord } from '../cases/case';
import type { CaseStatus } from '../cases/status';
import { CaseNotFoundError, CaseError } from '../cases/errors';
import type { CaseStore, Clock, Ids } from '../cases/ports';
import { parseRma } from '../cases/rma';
import { linkMatches, updateWithRetry } from '../cases/use-cases';
import { PHOTO_LIMITS } from './limits';
import { sniffPhotoType, type PhotoType } from './magic';
import { photoUploadKey, photoUploadPolicy, type UploadPolicy } from './upload-policy';

export class TooManyPhotosError extends CaseError {
  override name = 'TooManyPhotosError';
}

/** The case has ended (declined, referred, resolved, closed or cancelled): it takes no more photos. */
export class PhotosClosedError extends CaseError {
  override name = 'PhotosClosedError';
}

/** Statuses in which photos still serve the case (as evidence for a decision or an inspection). */
export const TAKES_PHOTOS: readonly CaseStatus[] = [
  'draft',
  'submitted',
  'approved',
  'in_review',
  'awaiting_parcel',
  'received',
  'inspecting',
  'repairing',
  'replacing',
];

export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
}

/** Storage of photos (S3 on AWS, s3rver locally). */
export interface PhotoStore {
  presign(policy: UploadPolicy): Promise<PresignedUpload>;
  /** The object's bytes; undefined if there is none, or (with `ifMatch`) if it is no longer that version. */
  get(key: string, options?: { ifMatch?: string }): Promise<Uint8Array | undefined>;
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export type Processed =
  | { ok: true; photo: { type: string; width: number; height: number; bytes: number; capturedAt?: string; web: Uint8Array; thumb: Uint8Array } }
  | { ok: false; reason: string };

export interface PhotoDeps {
  store: CaseStore;
  photos: PhotoStore;
  process(bytes: Uint8Array): Promise<Processed>;
  clock: Clock;
  ids: Ids;
}

const UPLOAD_KEY = /^uploads\/(RMA-[0-9A-Z]{9})\/([A-Za-z0-9_-]{8,64})$/;

/** The case the link opens; an unknown case and a wrong token look the same (and take as long). */
async function caseForLink(deps: Pick<PhotoDeps, 'store' | 'ids'>, rmaText: string, token: string): Promise<Case> {
  const rma = parseRma(rmaText);
  const c = rma ? await deps.store.get(rma) : undefined;
  const ok = linkMatches(deps.ids, c, token);
  if (!c || !ok) throw new CaseNotFoundError('no case for this link');
  return c;
}

/** Thirty photo records (the refused ones too): the case records no more, so its item stays small. */
const recordsFull = (c: Case): boolean => (c.photos?.length ?? 0) >= PHOTO_LIMITS.maxRecordsPerCase;

/** A case takes no more photos once it has ten, or its records are full. */
function photosFull(c: Case): boolean {
  return (c.photos ?? []).filter((p) => p.status === 'ready').length >= PHOTO_LIMITS.maxPerCase || recordsFull(c);
}

export function makeRequestPhotoUpload(deps: Pick<PhotoDeps, 'store' | 'photos' | 'ids'>) {
  return async function requestPhotoUpload(
    rmaText: string,
    token: string,
    contentType: PhotoType,
  ): Promise<PresignedUpload & { key: string; maxBytes: number; expiresIn: number }> {
    const c = await caseForLink(deps, rmaText, token);
    if (!TAKES_PHOTOS.includes(c.status)) throw new PhotosClosedError(`case ${c.rma} has ended`);
    if (photosFull(c)) throw new TooManyPhotosError(`a case holds at most ${PHOTO_LIMITS.maxPerCase} photos`);
    const id = btoa(String.fromCharCode(...deps.ids.randomBytes(12)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const policy = photoUploadPolicy(c.rma, id, contentType);
    const presigned = await deps.photos.presign(policy);
    return { ...presigned, key: policy.key, maxBytes: PHOTO_LIMITS.maxBytes, expiresIn: policy.expiresInSeconds };
  };
}

/** A processed photo's bytes: only processed photos — clean, when scanning is on — are ever read back. */
async function processedPhoto(deps: Pick<PhotoDeps, 'photos'>, c: Case | undefined, id: string, size: 'web' | 'thumb'): Promise<Uint8Array> {
  const photo = c?.photos?.find((p) => p.id === id);
  const bytes = photo?.status === 'ready' ? await deps.photos.get(size === 'web' ? photo.web : photo.thumb) : undefined;
  if (!bytes) throw new CaseNotFoundError('no such photo');
  return bytes;
}

/** One photo of a case (web size or thumbnail), for the holder of the link; the bucket stays private. */
export function makeReadPhoto(deps: Pick<PhotoDeps, 'store' | 'photos' | 'ids'>) {
  return async function readPhoto(rmaText: string, token: string, id: string, size: 'web' | 'thumb'): Promise<Uint8Array> {
    return processedPhoto(deps, await caseForLink(deps, rmaText, token), id, size);
  };
}

/** The same for staff (the staff API's authorizer has vouched for them). */
export function makeReadPhotoForStaff(deps: Pick<PhotoDeps, 'store' | 'photos'>) {
  return async function readPhotoForStaff(rmaText: string, id: string, size: 'web' | 'thumb'): Promise<Uint8Array> {
    const rma = parseRma(rmaText);
    return processedPhoto(deps, rma ? await deps.store.get(rma) : undefined, id, size);
  };
}

/** What the processor knows of an upload before opening it (from a malware scan's result). */
export interface UploadFinding {
  /** A reason decided before reading (the scan's finding): the object is deleted unread, and recorded. */
  refuse?: string;
  /** The version the scan found clean: only that version is opened (a form used again meanwhile is not). */
  eTag?: string;
}

/**
 * One uploaded object: checked, re-encoded, stored as web image and thumbnail, the original deleted,
 * and the result recorded on the case. A redelivered event finds the photo recorded, deletes
 * whatever is at the key again (an upload form used twice), and records nothing more. A case that
 * has its ten photos records the next as rejected ("too_many"); one with too many records in all
 * (thirty) records nothing more, and its uploads are deleted unread.
 */
export function makeProcessUploadedPhoto(deps: PhotoDeps) {
  return async function processUploadedPhoto(key: string, finding: UploadFinding = {}): Promise<PhotoRecord | undefined> {
    const m = UPLOAD_KEY.exec(key);
    if (!m) return undefined; // not ours
    const [, rma, id] = m as unknown as [string, string, string];
    const existing = await deps.store.get(rma);
    const done = existing?.photos?.find((p) => p.id === id);
    if (!existing || done || recordsFull(existing)) {
      // The original (with whatever metadata it had) is never kept.
      await deps.photos.delete(key);
      return done;
    }
    // A form asked for before the case ended, used after: not opened.
    const refuse = finding.refuse ?? (!TAKES_PHOTOS.includes(existing.status) ? 'case_ended' : photosFull(existing) ? 'too_many' : undefined);
    const bytes = refuse === undefined ? await deps.photos.get(key, finding.eTag ? { ifMatch: finding.eTag } : {}) : undefined;
    // None: processed and deleted by an earlier delivery, or (scanned) replaced since: its own scan result comes.
    if (refuse === undefined && !bytes) return undefined;
    const result: Processed = bytes ? await deps.process(bytes) : { ok: false, reason: refuse ?? 'unreadable' };
    const at = deps.clock.now();
    const web = `photos/${rma}/${id}.jpg`;
    const thumb = `photos/${rma}/${id}-thumb.jpg`;
    if (result.ok) {
      await deps.photos.put(web, result.photo.web, 'image/jpeg');
      await deps.photos.put(thumb, result.photo.thumb, 'image/jpeg');
    }
    const recordFor = (c: Case): PhotoRecord => {
      // Another upload may have filled the case while this one was processed: checked again on the case as written.
      if (!result.ok || photosFull(c)) return { id, status: 'rejected', reason: result.ok ? 'too_many' : result.reason, at };
      const { type, width, height, bytes: size, capturedAt } = result.photo;
      return { id, status: 'ready', type, width, height, bytes: size, ...(capturedAt ? { capturedAt } : {}), web, thumb, at };
    };
    const written = await updateWithRetry(deps.store, rma, (c: Case) =>
      c.photos?.some((p) => p.id === id) || recordsFull(c) ? undefined : { ...c, photos: [...(c.photos ?? []), recordFor(c)], updatedAt: at },
    );
    // What the case holds for this upload: ours, or a concurrent delivery's; none if the records filled up.
    const kept = (written ?? (await deps.store.get(rma)))?.photos?.find((p) => p.id === id);
    if (result.ok && kept?.status !== 'ready') await Promise.all([deps.photos.delete(web), deps.photos.delete(thumb)]);
    await deps.photos.delete(key);
    return kept;
  };
}

/**
 * A photo that came another way (a chat attachment, an email attachment) joins the same pipeline:
 * stored as an upload under the case, where the upload event processes it like any other.
 * `source` names it stably (message and part), so a channel's retry writes the same object again.
 */
export function makeAcceptChannelPhoto(deps: Pick<PhotoDeps, 'store' | 'photos' | 'ids'>) {
  return async function acceptChannelPhoto(rma: string, source: string, bytes: Uint8Array, contentType: string): Promise<PhotoAcceptance> {
    if (bytes.length > PHOTO_LIMITS.maxBytes) return 'too_large';
    const id = deps.ids.hash(`${rma}\n${source}`).slice(0, 32);
    const c = await deps.store.get(rma);
    if (!c) throw new CaseNotFoundError('no such case');
    if (c.photos?.some((p) => p.id === id)) return 'stored';
    if (!TAKES_PHOTOS.includes(c.status)) return 'closed';
    if (photosFull(c)) return 'too_many';
    await deps.photos.put(photoUploadKey(rma, id), bytes, contentType);
    return 'stored';
  };
}

/**
 * Photos sent before the case exists (a chat that has not reached a decision yet) wait under
 * `staged/`, named by their holder and source, until the case does; the bucket expires them.
 */
export function makeStagePhoto(deps: Pick<PhotoDeps, 'photos' | 'ids'>) {
  return async function stagePhoto(holder: string, source: string, bytes: Uint8Array, contentType: string): Promise<string> {
    const key = `staged/${deps.ids.hash(holder).slice(0, 32)}/${deps.ids.hash(source).slice(0, 32)}`;
    await deps.photos.put(key, bytes, contentType);
    return key;
  };
}

/** The staged photos join the case's pipeline once it exists; each staged copy is then removed. */
export function makeAttachStagedPhotos(deps: Pick<PhotoDeps, 'store' | 'photos' | 'ids'>) {
  const accept = makeAcceptChannelPhoto(deps);
  return async function attachStagedPhotos(rma: string, keys: readonly string[]): Promise<number> {
    let stored = 0;
    for (const key of keys) {
      if (!key.startsWith('staged/')) continue;
      const bytes = await deps.photos.get(key);
      if (bytes && (await accept(rma, key, bytes, sniffPhotoType(bytes) ?? 'application/octet-stream')) === 'stored') stored++;
      await deps.photos.delete(key);
    }
    return stored;
  };
}
