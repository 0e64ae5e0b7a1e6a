// The chat: the RMA assistant (Bot Framework) that takes a return in conversation, and the token
// exchange Web Chat opens a conversation with. Both run on secrets Azure Bot Service issues.
import { Duration, Validations } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { DeskFunction } from '../desk-function';
import { CHAT_ENV, envValues } from '../../../shared/config/function-env';
import { Capability } from './capability';
import type { TableAccess } from './data';
import type { DeskContext } from './desk-context';
import type { PhotoPipeline } from './photo-pipeline';
import { routedFunction } from './routed-function';
import { ROUTES } from '../../../shared/config/routes';

export const CHAT_ROUTES = { messages: ROUTES.messages, chatToken: ROUTES.chatToken } as const;

const TABLE_ACCESS = {
  messages: {
    items: [
      { actions: ['GetItem', 'PutItem'], keys: ['case', 'idempotency'] },
      { actions: ['UpdateItem'], keys: ['quota'] },
      // The bot's state: read in batches and written; never deleted (the bot never clears it, TTL does).
      { actions: ['BatchGetItem', 'PutItem'], keys: ['bot'] },
      // Who opened the conversation, written by the token exchange: read only.
      { actions: ['GetItem'], keys: ['conversation'] },
    ],
  },
  // Records who opened each conversation: the bot counts the chat's mail against that client.
  chatToken: { items: [{ actions: ['PutItem'], keys: ['conversation'] }] },
} as const satisfies Record<keyof typeof CHAT_ROUTES, TableAccess>;

export interface ChatBotProps {
  desk: DeskContext;
  /** Photos sent in the chat join the pipeline as uploads (staged first, while the case does not exist yet). */
  photos: PhotoPipeline;
}

export class ChatBot extends Capability {
  /**
   * Issued by Azure Bot Service and put here by the operator after deploying: the bot's app
   * credentials (JSON: MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType)
   * and the Direct Line secret. Until then the bot refuses every activity.
   */
  readonly secrets: { bot: Secret; directLine: Secret };
  readonly messages: DeskFunction;
  readonly chatToken: DeskFunction;

  constructor(scope: Construct, id: string, props: ChatBotProps) {
    super(scope, id);
    const { desk, photos } = props;
    this.secrets = {
      bot: new Secret(this, 'BotCredentials', { description: 'Bot Framework app credentials of the RMA assistant (JSON)' }),
      directLine: new Secret(this, 'DirectLineSecret', { description: 'Direct Line secret of the RMA assistant (exchanged for conversation tokens)' }),
    };
    for (const secret of Object.values(this.secrets)) {
      Validations.of(secret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason:
          'These secrets are issued by Azure Bot Service and rotated there; the operator copies the new value in. A rotation Lambda here could not rotate them.',
      });
    }

    this.messages = routedFunction(this, desk, 'messages', 'Messages', {
      entry: 'bot/messages.lambda.ts',
      description: 'The RMA assistant (Bot Framework): takes a return in conversation',
      environment: { ...envValues(CHAT_ENV, { BOT_SECRET_ARN: this.secrets.bot.secretArn }), ...photos.environment },
      memorySize: 1024,
      timeout: Duration.seconds(15),
      readsSecrets: true,
      table: TABLE_ACCESS.messages,
      routes: CHAT_ROUTES.messages,
      access: {
        publicBecause:
          'The bot endpoint, public by design: Bot Framework posts every chat message here, and the function refuses an activity Bot Framework did not sign.',
      },
    });
    // A case opened in the chat is confirmed by email.
    desk.mail.grantSend(this.messages);
    this.secrets.bot.grantRead(this.messages);
    photos.grantUpload(this.messages);
    photos.grantStaging(this.messages);

    this.chatToken = routedFunction(this, desk, 'chatToken', 'ChatToken', {
      entry: 'chat/token.lambda.ts',
      description: 'Exchanges the Direct Line secret for a conversation token',
      // It counts senders (who opened the conversation), and trusts the viewer's address only from CloudFront.
      environment: { ...envValues(CHAT_ENV, { DIRECT_LINE_SECRET_ARN: this.secrets.directLine.secretArn }), ...desk.edgeEnvironment },
      readsSecrets: true,
      table: TABLE_ACCESS.chatToken,
      routes: CHAT_ROUTES.chatToken,
      access: {
        publicBecause:
          'A customer route, public by design: anyone who opens the chat page gets a conversation token; the Direct Line secret itself never leaves the function.',
      },
    });
    this.secrets.directLine.grantRead(this.chatToken);
  }
}
