// Lambda entry: the chat token. The Direct Line secret is read from Secrets Manager and never
// leaves this function; the browser gets a conversation token, and the table keeps who asked for it.
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { awsConversationOrigins } from '../../shared/wiring/aws-conversation-origins';
import { readChatEnv } from '../env';
import { awsRuntime } from '../runtime';
import { directLineToken, makeChatTokenHandler } from './token';

const { config, http } = awsRuntime();
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
    ...awsConversationOrigins(config),
  },
  // Tokens are for the desk's own chat page only: no other origin, and the cross-site check knows ours.
  { ...http, corsOrigins: [] },
);
