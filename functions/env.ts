// The Lambda environment, validated once at cold start with the schemas the stack sets it by
// (shared/config/function-env.ts). Nothing else reads process.env.
import * as z from '../shared/validation/zod';
import { DEFAULT_MAIL_LIMITS } from '../shared/cases/ports';
import { DESK_ENV, INBOUND_MAIL_ENV, LAMBDA_ENV, MAIL_ADDRESSES_JSON, STAFF_SIGN_IN_JSON } from '../shared/config/function-env';
import type { AwsConfig } from '../shared/wiring/aws';

const envSchema = z.extend(DESK_ENV, LAMBDA_ENV.shape);

/** The first problem with a group of variables, named as the variable. */
function parsed<S extends z.ZodMiniObject>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return result.data;
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): AwsConfig {
  const e = parsed(envSchema, env);
  return {
    tableName: e.TABLE_NAME,
    mailFrom: e.MAIL_FROM,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    timeZone: e.DESK_TIME_ZONE,
    ...(e.SES_CONFIGURATION_SET ? { sesConfigurationSet: e.SES_CONFIGURATION_SET } : {}),
    ...(e.AWS_REGION ? { region: e.AWS_REGION } : {}),
    mailLimits: {
      perRecipientPerDay: e.MAIL_LIMIT_PER_RECIPIENT ?? DEFAULT_MAIL_LIMITS.perRecipientPerDay,
      perSenderPerDay: e.MAIL_LIMIT_PER_SENDER ?? DEFAULT_MAIL_LIMITS.perSenderPerDay,
    },
  };
}

/**
 * The edge secret CloudFront sends with every request it passes on (set by the stack on the functions
 * that count senders; unset locally, where requests come straight from the client). Too short a
 * secret is refused at cold start rather than trusted: it keys the senders' hash as well.
 */
export function readEdgeEnv(env: NodeJS.ProcessEnv = process.env): { edge?: { secret: string } } {
  const secret = env.EDGE_SECRET;
  if (!secret) return {};
  if (secret.length < 32) throw new Error('environment variable EDGE_SECRET: expected at least 32 characters');
  return { edge: { secret } };
}

/** The secrets' ARNs of the chat functions (set by the stack on those functions only). */
export function readChatEnv(env: NodeJS.ProcessEnv = process.env): {
  botSecretArn?: string;
  directLineSecretArn?: string;
  sessionToken?: string;
  secretsPort?: number;
} {
  const port = Number(env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT);
  return {
    ...(env.BOT_SECRET_ARN ? { botSecretArn: env.BOT_SECRET_ARN } : {}),
    ...(env.DIRECT_LINE_SECRET_ARN ? { directLineSecretArn: env.DIRECT_LINE_SECRET_ARN } : {}),
    // Lambda's own: what the secrets extension asks its caller to show.
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    // The extension's port, as the stack sets it (2773, the extension's default, when unset).
    ...(Number.isInteger(port) && port > 0 && port < 65536 ? { secretsPort: port } : {}),
  };
}

/** The inbound mail function's settings (set by the stack on that function only). */
export function readInboundEnv(env: NodeJS.ProcessEnv = process.env) {
  const e = parsed(INBOUND_MAIL_ENV, env);
  const addresses = MAIL_ADDRESSES_JSON.parse(JSON.parse(e.MAIL_ADDRESSES));
  return {
    bucket: e.INBOX_BUCKET,
    prefix: e.INBOX_PREFIX,
    addresses,
    ...(e.MAIL_POLICY_DOMAIN ? { policyDomain: e.MAIL_POLICY_DOMAIN } : {}),
    ownDomains: e.OWN_DOMAINS.split(',')
      .map((d) => d.trim())
      .filter(Boolean),
    photosBucket: e.PHOTOS_BUCKET,
  };
}

/** The photo functions' bucket (set by the stack on the functions that touch photos). */
export function readPhotosEnv(env: NodeJS.ProcessEnv = process.env): { bucket: string } {
  const bucket = env.PHOTOS_BUCKET;
  if (!bucket) throw new Error('environment variable PHOTOS_BUCKET: required');
  return { bucket };
}

/**
 * The pages function's settings: where browsers post photos (the photos bucket's origin), and how
 * the staff desk signs in (Cognito's domain and the staff app client), each if set.
 */
export function readPagesEnv(env: NodeJS.ProcessEnv = process.env): {
  photoUploadOrigin?: string;
  staffSignIn?: { mode: 'cognito'; domain: string; clientId: string };
} {
  const out: ReturnType<typeof readPagesEnv> = {};
  const origin = env.PHOTO_UPLOAD_ORIGIN;
  if (origin) {
    const parsed = z.url({ protocol: /^https?$/ }).safeParse(origin);
    if (!parsed.success) throw new Error('environment variable PHOTO_UPLOAD_ORIGIN: not an http(s) origin');
    out.photoUploadOrigin = new URL(parsed.data).origin;
  }
  if (env.STAFF_SIGN_IN) {
    let signIn: ReturnType<typeof STAFF_SIGN_IN_JSON.safeParse>;
    try {
      signIn = STAFF_SIGN_IN_JSON.safeParse(JSON.parse(env.STAFF_SIGN_IN));
    } catch {
      throw new Error('environment variable STAFF_SIGN_IN: not JSON');
    }
    if (!signIn.success) throw new Error(`environment variable STAFF_SIGN_IN: ${signIn.error.issues[0]?.path.join('.')} ${signIn.error.issues[0]?.message}`);
    out.staffSignIn = { mode: 'cognito', domain: new URL(signIn.data.domain).origin, clientId: signIn.data.clientId };
  }
  return out;
}
