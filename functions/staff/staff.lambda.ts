// Lambda entry: the staff API (DynamoDB, SES for the customer updates, S3 for photos). API Gateway's
// Cognito authorizer stands in front of every route; the handler also refuses what it did not vouch for.
import { awsApp } from '../../shared/wiring/aws';
import { awsPhotoLinks } from '../../shared/wiring/aws-photos';
import { readPhotosEnv } from '../env';
import { awsRuntime } from '../runtime';
import { makeStaffHandler } from './staff';

const { config, http } = awsRuntime();
const photos = awsPhotoLinks(config, readPhotosEnv());
export const handler = makeStaffHandler(awsApp(config), { readPhoto: photos.readPhotoForStaff }, http);
