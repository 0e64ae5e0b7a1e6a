// The photo links for the functions where photos are one path among many (the bot's turns, staff's
// reads): the S3 client and the photo store are loaded by the first photo, not at cold start.
import type { AwsConfig } from './aws-config';
import type { PhotoLinks, PhotosConfig } from './aws-photos';
import { onFirstUse } from './on-first-use';

type Link = (...args: unknown[]) => Promise<unknown>;

export function awsPhotoLinksOnDemand(config: AwsConfig, photos: PhotosConfig): PhotoLinks {
  const links = onFirstUse(() => import('./aws-photos.js').then((m) => m.awsPhotoLinks(config, photos)));
  const later = <K extends keyof PhotoLinks>(name: K): PhotoLinks[K] =>
    (async (...args: Parameters<PhotoLinks[K]>) => ((await links.get())[name] as unknown as Link)(...(args as unknown[]))) as unknown as PhotoLinks[K];
  return {
    requestPhotoUpload: later('requestPhotoUpload'),
    readPhoto: later('readPhoto'),
    readPhotoForStaff: later('readPhotoForStaff'),
    acceptChannelPhoto: later('acceptChannelPhoto'),
    stagePhoto: later('stagePhoto'),
    attachStagedPhotos: later('attachStagedPhotos'),
  };
}
