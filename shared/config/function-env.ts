// The Lambda environment in one place: every variable a desk function reads, grouped by the
// capability that sets it, as zod schemas with the same rules functions/env.ts applies at cold start.
// The stack sets a function's variables only through envValues below, so a name cannot drift from
// the one the function reads. No aws-cdk-lib here (zod only): functions/env.ts reads the environment
// by these same schemas.
import * as z from '../validation/zod';

/** A whole number from the environment's text, between min and max. */
const count = (min: number, max: number) => z.pipe(z.coerce.number(), z.int().check(z.gte(min), z.lte(max)));

/** Read by every desk function (readEnv): the table, the desk's mail and links, its time zone and the mail limits. */
export const DESK_ENV = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  MAIL_FROM: z.email(),
  PUBLIC_BASE_URL: z.url(),
  CORS_ORIGINS: z._default(z.string(), ''),
  DESK_TIME_ZONE: z._default(z.string(), 'UTC'),
  /** Not set by the stack: mail is sent without a configuration set. */
  SES_CONFIGURATION_SET: z.optional(z.string()),
  MAIL_LIMIT_PER_RECIPIENT: z.optional(count(1, 1000)),
  MAIL_LIMIT_PER_SENDER: z.optional(count(1, 100000)),
});

/** Set by Lambda itself on every function and read by readEnv; reserved, so the stack never sets it. */
export const LAMBDA_ENV = z.object({
  AWS_REGION: z.optional(z.string()),
  /** The function's session token: the chat functions show it to the secrets extension (readChatEnv). */
  AWS_SESSION_TOKEN: z.optional(z.string()),
});

/** Read by Powertools and Node.js rather than by the desk's code; set on every function (desk-function.ts). */
export const RUNTIME_ENV = z.object({
  POWERTOOLS_SERVICE_NAME: z.string().check(z.minLength(1)),
  POWERTOOLS_LOG_LEVEL: z.string().check(z.minLength(1)),
  NODE_OPTIONS: z.optional(z.string()),
});

/**
 * The functions that count senders (readEdgeEnv): the secret CloudFront sends with every request.
 * Unset locally, where requests come straight from the client; too short a secret is refused.
 */
export const EDGE_ENV = z.object({
  EDGE_SECRET: z.optional(z.string().check(z.minLength(32))),
});

/** The chat (readChatEnv): the ARNs of its two secrets, each set on the one function that reads it. */
export const CHAT_ENV = z.object({
  BOT_SECRET_ARN: z.optional(z.string()),
  DIRECT_LINE_SECRET_ARN: z.optional(z.string()),
});

/** Inbound mail (readInboundEnv): where SES stores each message, the RMA addresses, and the photos bucket for attachments. */
export const INBOUND_MAIL_ENV = z.object({
  INBOX_BUCKET: z.string().check(z.minLength(1)),
  INBOX_PREFIX: z._default(z.string(), 'inbox/'),
  /** JSON, MAIL_ADDRESSES_JSON: { "returns@shop.example": "plc-technologies" } */
  MAIL_ADDRESSES: z._default(z.string(), '{}'),
  /** Not set by the stack: every RMA address is listed in MAIL_ADDRESSES. */
  MAIL_POLICY_DOMAIN: z.optional(z.string()),
  OWN_DOMAINS: z._default(z.string(), ''),
  PHOTOS_BUCKET: z.string().check(z.minLength(1)),
});
/** The value of MAIL_ADDRESSES: RMA address → policy id. */
export const MAIL_ADDRESSES_JSON = z.record(z.string(), z.string());

/** The functions that touch photos (readPhotosEnv). */
export const PHOTOS_ENV = z.object({
  PHOTOS_BUCKET: z.string().check(z.minLength(1)),
});

/** The pages (readPagesEnv): where browsers post photo uploads (the CSP), and how the staff page signs in. */
export const PAGES_ENV = z.object({
  PHOTO_UPLOAD_ORIGIN: z.optional(z.url({ protocol: /^https?$/ })),
  /** JSON, STAFF_SIGN_IN_JSON. */
  STAFF_SIGN_IN: z.optional(z.string()),
});
/** The value of STAFF_SIGN_IN: Cognito's hosted sign-in domain and the staff page's app client. */
export const STAFF_SIGN_IN_JSON = z.strictObject({ domain: z.url({ protocol: /^https$/ }), clientId: z.string().check(z.minLength(1), z.maxLength(128)) });

/**
 * Read by AWS's Parameters and Secrets Lambda Extension, on the functions that read secrets
 * (DeskFunctionProps.readsSecrets): the CDK sets them with the layer. The desk reads only the port.
 */
export const SECRETS_EXTENSION_ENV = z.object({
  PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: z.optional(z.string()),
  PARAMETERS_SECRETS_EXTENSION_CACHE_ENABLED: z.optional(z.string()),
  PARAMETERS_SECRETS_EXTENSION_CACHE_SIZE: z.optional(z.string()),
  PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL: z.optional(z.string()),
  PARAMETERS_SECRETS_EXTENSION_MAX_CONNECTIONS: z.optional(z.string()),
  SECRETS_MANAGER_TIMEOUT_MILLIS: z.optional(z.string()),
  SECRETS_MANAGER_TTL: z.optional(z.string()),
  SSM_PARAMETER_STORE_TIMEOUT_MILLIS: z.optional(z.string()),
  SSM_PARAMETER_STORE_TTL: z.optional(z.string()),
});

/** Every group above: a function's environment is made of some of them. */
export const FUNCTION_ENV = { DESK_ENV, LAMBDA_ENV, RUNTIME_ENV, EDGE_ENV, CHAT_ENV, INBOUND_MAIL_ENV, PHOTOS_ENV, PAGES_ENV, SECRETS_EXTENSION_ENV } as const;

type MayBeUnset = z.ZodMiniOptional | z.ZodMiniDefault;
type Shape<S extends z.ZodMiniObject> = S['shape'];

/**
 * What a deployment sets for one group: a string (a CDK token at synth) for each variable, required
 * unless the function may go without it (optional, or with a default).
 */
export type EnvValues<S extends z.ZodMiniObject> = { [K in keyof Shape<S> as Shape<S>[K] extends MayBeUnset ? never : K]: string } & {
  [K in keyof Shape<S> as Shape<S>[K] extends MayBeUnset ? K : never]?: string;
};

/**
 * The variables of one group as a function's environment. Names outside the group are refused here
 * too (the type already refuses them in a literal), so that a spread cannot smuggle one in; unset
 * values are left out.
 */
export function envValues<S extends z.ZodMiniObject>(schema: S, values: EnvValues<S>): Record<string, string> {
  const names = Object.keys(schema.shape);
  const environment: Record<string, string> = {};
  for (const [name, value] of Object.entries(values as Record<string, string | undefined>)) {
    if (!names.includes(name)) throw new Error(`environment variable ${name}: not one this group declares (${names.join(', ')})`);
    if (value !== undefined) environment[name] = value;
  }
  return environment;
}
