// Lambda entry: the chat token. The Direct Line secret is read from Secrets Manager (through the
// secrets extension, which caches it) and never leaves this function; the browser gets a conversation
// token, and the table keeps who asked for it.
import { secretsExtension } from '../../shared/adapters/secrets-extension/secrets-extension';
import { awsConversationOrigins } from '../../shared/wiring/aws-conversation-origins';
import { readChatEnv } from '../env';
import { awsRuntime } from '../runtime';
import { directLineToken, makeChatTokenHandler } from './token';

const { config, http } = awsRuntime();
const DIRECT_LINE = 'https://directline.botframework.com/v3/directline';

export const handler = makeChatTokenHandler(
  {
    issue: async () => {
      const { directLineSecretArn: arn, sessionToken, secretsPort: port } = readChatEnv();
      if (!arn || !sessionToken) throw new Error('the Direct Line secret is not configured');
      const secret = await secretsExtension({ sessionToken, port })(arn);
      return directLineToken(secret, DIRECT_LINE);
    },
    directLineDomain: DIRECT_LINE,
    ...awsConversationOrigins(config),
  },
  // Tokens are for the desk's own chat page only: no other origin, and the cross-site check knows ours.
  { ...http, corsOrigins: [] },
);
