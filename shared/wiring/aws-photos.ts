// The photo links' part of the AWS composition root: upload forms and reading processed photos (no sharp
// here — the processing function wires that in aws-photo-processor.ts).
import { NodeCryptoIds } from '../adapters/node/node-ids';
import { S3PhotoStore } from '../adapters/s3/s3-photo-store';
import {
  makeAcceptChannelPhoto,
  makeAttachStagedPhotos,
  makeReadPhoto,
  makeReadPhotoForStaff,
  makeRequestPhotoUpload,
  makeStagePhoto,
} from '../photos/use-cases';
import type { AwsConfig } from './aws-config';
import { awsS3 } from './aws-s3';
import { awsMeteredCaseStore } from './aws-metered-store';

export interface PhotosConfig {
  bucket: string;
  /** Locally: s3rver's address. */
  s3Endpoint?: string;
}

export function awsPhotoParts(config: AwsConfig, photos: PhotosConfig) {
  const { store } = awsMeteredCaseStore(config);
  const s3 = awsS3(config, photos.s3Endpoint);
  return { store, s3, photoStore: new S3PhotoStore(s3, photos.bucket), ids: new NodeCryptoIds() };
}

export function awsPhotoLinks(config: AwsConfig, photos: PhotosConfig) {
  const deps = awsPhotoParts(config, photos);
  const links = { store: deps.store, photos: deps.photoStore, ids: deps.ids };
  return {
    requestPhotoUpload: makeRequestPhotoUpload(links),
    readPhoto: makeReadPhoto(links),
    readPhotoForStaff: makeReadPhotoForStaff(links),
    acceptChannelPhoto: makeAcceptChannelPhoto(links),
    stagePhoto: makeStagePhoto(links),
    attachStagedPhotos: makeAttachStagedPhotos(links),
  };
}
export type PhotoLinks = ReturnType<typeof awsPhotoLinks>;
