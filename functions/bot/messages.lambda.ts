// Lambda entry: the bot. Its Bot Framework credentials come from Secrets Manager (through the secrets
// extension); without them the function fails every request rather than run unauthenticated (the SDK
// validates inbound tokens).
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { chatDeps, chatPhotos, makeBot } from '../../bot';
import { DynamoDbStorage } from '../../bot/dynamodb-storage';
import { secretsExtension } from '../../shared/adapters/secrets-extension/secrets-extension';
import { awsApp } from '../../shared/wiring/aws';
import { awsConversationOrigins } from '../../shared/wiring/aws-conversation-origins';
import { awsPhotoLinksOnDemand } from '../../shared/wiring/aws-photos-on-demand';
import { readChatEnv, readPhotosEnv } from '../env';
import { awsRuntime } from '../runtime';
import { checkCredentials, makeAdapter, type BotCredentials } from './auth';
import { makeMessagesHandler } from './messages';

const { config, logger } = awsRuntime();

async function build() {
  const { botSecretArn: secretArn, sessionToken, secretsPort: port } = readChatEnv();
  if (!secretArn || !sessionToken) throw new Error('BOT_SECRET_ARN is not set: refusing to run the bot unauthenticated.');
  const credentials = checkCredentials(jsonObject(await secretsExtension({ sessionToken, port })(secretArn)));
  const app = awsApp(config);
  // Photos sent in the chat: fetched only from the Bot Framework channel's own hosts. The S3 client is
  // loaded by the first photo: most turns carry none.
  const photos = chatPhotos(awsPhotoLinksOnDemand(config, readPhotosEnv()), { httpsHostSuffixes: ['.botframework.com'] });
  const { origins } = awsConversationOrigins(config, app.clients.documents);
  // Questions after registration are answered from the case as it is now, read from the case store.
  const { bot } = makeBot(new DynamoDbStorage({ client: app.clients.documents, tableName: config.tableName }), {
    ...chatDeps(app, origins, app.ports.store),
    photos,
  });
  const adapter = makeAdapter(credentials, (error) => logger.error('bot turn failed', { error: error as Error }));
  return makeMessagesHandler({ adapter, bot }, { logger, corsOrigins: [], siteOrigin: undefined });
}

/** The secret's JSON object; anything else is no credentials (checkCredentials says which are missing). */
function jsonObject(text: string): Partial<BotCredentials> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Partial<BotCredentials>) : undefined;
  } catch {
    return undefined;
  }
}

let ready: ReturnType<typeof build> | undefined;

export const handler = async (event: APIGatewayProxyEventV2, context: Context) => {
  // Built once per process; a failure (no credentials) is retried on the next request, never skipped.
  ready ??= build().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return (await ready)(event, context);
};
