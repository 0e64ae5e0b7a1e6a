// Who may talk to the bot. On AWS the Bot Framework credentials are required: without them the
// function refuses to start rather than accept unauthenticated activities.
import { createHash, timingSafeEqual } from 'node:crypto';
import { AuthType, CloudAdapter, type AuthConfiguration, type TurnContext } from '@microsoft/agents-hosting';
import { PROMPTS } from '../../bot/prompts';

export interface BotCredentials {
  MicrosoftAppId: string;
  MicrosoftAppPassword: string;
  MicrosoftAppTenantId?: string;
  MicrosoftAppType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export class MissingBotCredentialsError extends Error {
  override name = 'MissingBotCredentialsError';
}

export function checkCredentials(credentials: Partial<BotCredentials> | undefined): BotCredentials {
  if (!credentials?.MicrosoftAppId || !credentials.MicrosoftAppPassword) {
    throw new MissingBotCredentialsError(
      'Bot Framework credentials (MicrosoftAppId and MicrosoftAppPassword) are missing: refusing to run the bot unauthenticated.',
    );
  }
  return credentials as BotCredentials;
}

/**
 * The Agents SDK's settings for the bot's Entra app: inbound tokens must name it as their audience, be
 * signed by Bot Service's (or Entra's) published keys and be unexpired; replies are sent with a token
 * for it. A single-tenant app names its tenant.
 */
export function authConfiguration(credentials: BotCredentials): AuthConfiguration {
  const tenant = credentials.MicrosoftAppType === 'SingleTenant' ? credentials.MicrosoftAppTenantId : undefined;
  return {
    clientId: credentials.MicrosoftAppId,
    clientSecret: credentials.MicrosoftAppPassword,
    authType: credentials.MicrosoftAppType === 'UserAssignedMSI' ? AuthType.UserManagedIdentity : AuthType.ClientSecret,
    ...(tenant ? { tenantId: tenant } : {}),
  };
}

/**
 * The adapter. `credentials: 'none'` is for the local desk only (the emulator's mode: no tokens, and
 * the Agents SDK takes an activity without one as anonymous outside production); everywhere else
 * credentials are checked first and inbound tokens are validated by the SDK (`authorizeRequest`).
 */
export function makeAdapter(credentials: BotCredentials | 'none', onError: (error: unknown) => void): CloudAdapter {
  const adapter = new CloudAdapter(credentials === 'none' ? {} : authConfiguration(checkCredentials(credentials)));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    onError(error);
    await context.sendActivity(PROMPTS.failed);
  };
  return adapter;
}

/**
 * Whether `authorization` is `Bearer <secret>`: how the local Direct Line vouches for the activities
 * it delivers, as Bot Service's signed token does on AWS. Compared as digests, so the time taken
 * says nothing about the secret, not even its length.
 */
export function carriesSecret(authorization: string | undefined, secret: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (given === undefined || secret === '') return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret));
}
