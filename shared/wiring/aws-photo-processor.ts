// The photo processing function's part of the AWS composition root: the pipeline over S3 and sharp.
import { processPhoto } from '../adapters/sharp/sharp-photo-processor';
import { SystemClock } from '../adapters/node/system-clock';
import { makeProcessUploadedPhoto } from '../photos/use-cases';
import type { AwsConfig } from './aws-config';
import { awsPhotoParts, type PhotosConfig } from './aws-photos';

export function awsPhotoProcessor(config: AwsConfig, photos: PhotosConfig) {
  const { store, photoStore, ids } = awsPhotoParts(config, photos);
  return makeProcessUploadedPhoto({ store, photos: photoStore, process: processPhoto, clock: new SystemClock(config.timeZone), ids });
}
