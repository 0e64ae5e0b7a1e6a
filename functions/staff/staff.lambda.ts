// Lambda entry: the staff API (DynamoDB, SES for the customer updates, S3 for photos). API Gateway's
// Cognito authorizer stands in front of every route; the handler also refuses what it did not vouch for.
import { awsApp } from '../../shared/wiring/aws';
import { awsPhotoLinksOnDemand } from '../../shared/wiring/aws-photos-on-demand';
import { readPhotosEnv } from '../env';
import { awsRuntime } from '../runtime';
import { makeStaffHandler } from './staff';

const { config, http } = awsRuntime();
// S3 is loaded by the first photo staff open, not at cold start: most staff requests show none.
const photos = awsPhotoLinksOnDemand(config, readPhotosEnv());
export const handler = makeStaffHandler(awsApp(config), { readPhoto: photos.readPhotoForStaff }, http);
