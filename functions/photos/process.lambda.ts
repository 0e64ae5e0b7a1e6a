// Lambda entry: processes uploaded photos (S3, DynamoDB, sharp).
import { awsPhotoProcessor } from '../../shared/wiring/aws-photo-processor';
import { readPhotosEnv } from '../env';
import { awsRuntime } from '../runtime';
import { makeProcessPhotoHandler } from './process';

const { config, logger } = awsRuntime();
export const handler = makeProcessPhotoHandler({ process: awsPhotoProcessor(config, readPhotosEnv()), logger });
