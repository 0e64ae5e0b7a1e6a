// Lambda entry: photo upload forms and processed photos (S3, DynamoDB).
import { awsPhotoLinks } from '../../shared/wiring/aws-photos';
import { readPhotosEnv } from '../env';
import { awsRuntime } from '../runtime';
import { makePhotosHandler } from './photos';

const { config, http } = awsRuntime();
export const handler = makePhotosHandler(awsPhotoLinks(config, readPhotosEnv()), http);
