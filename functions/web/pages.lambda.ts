// Lambda entry: the pages read cases (the status page) and send nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { awsReaderApp } from '../../shared/wiring/aws-readers';
import { readPagesEnv } from '../env';
import { awsRuntime } from '../runtime';
import { makePagesHandler } from './pages';

const { config, http } = awsRuntime();
export const handler = makePagesHandler(awsReaderApp(config), {
  ...http,
  corsOrigins: [],
  chat: true,
  timeZone: config.timeZone,
  directLine: 'https://directline.botframework.com/v3/directline',
  // Set by the stack: the photos bucket's origin, where the status page and the form post photos.
  ...readPagesEnv(),
  // Copied beside this bundle by the stack (infra/lib/rma-stack.ts).
  webchatBundle: () => readFileSync(join(__dirname, 'webchat.js')),
});
