// Lambda entry: the chat token. The Direct Line secret is read from Secrets Manager and never
// leaves this function; the browser gets a conversation token.
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { readChatEnv } from '../env';
import { awsRuntime } from '../runtime';
import { directLineToken, makeChatTokenHandler } from './token';

const { logger } = awsRuntime();
const DIRECT_LINE = 'https://directline.botframework.com/v3/directline';

export const handler = makeChatTokenHandler(
  {
    issue: async () => {
      const arn = readChatEnv().directLineSecretArn;
      const secret = arn ? await getSecret<string>(arn, { maxAge: 300 }) : undefined;
      if (!secret) throw new Error('the Direct Line secret is not configured');
      return directLineToken(secret, DIRECT_LINE);
    },
    directLineDomain: DIRECT_LINE,
  },
  { logger, corsOrigins: [] },
);
