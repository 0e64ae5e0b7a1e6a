// What every capability builds its functions from: the settings, the shared resources, and one way
// to make a desk function, with the environment readEnv needs, the reserved concurrency of the
// public functions, and the edge secret exactly where SENDER_COUNTING says.
import * as path from 'node:path';
import type { Construct } from 'constructs';
import { DeskFunction, type DeskFunctionProps } from '../desk-function';
import { DESK_ENV, EDGE_ENV, envValues } from '../../../shared/config/function-env';
import { DEFAULT_RESERVED_CONCURRENCY, type DeskSettings, type ReservedFunction } from '../settings';
import type { DeskData } from './data';
import type { DeskHttpApi } from './http-api';
import type { OutboundMail } from './outbound-mail';

const FUNCTIONS_DIR = path.resolve(__dirname, '..', '..', '..', 'functions');

/** The desk's thirteen functions, by the name RmaStack.functions gives each. */
export type FunctionName =
  | 'assess'
  | 'createCase'
  | 'getCase'
  | 'pages'
  | 'messages'
  | 'chatToken'
  | 'inboundMail'
  | 'photos'
  | 'processPhoto'
  | 'cancelCase'
  | 'staff'
  | 'sla'
  | 'mailEvents';

/** The public functions, held to a reserved concurrency (settings.reservedConcurrency); each a FunctionName, or this would not compile. */
export const PUBLIC_FUNCTIONS: readonly FunctionName[] = Object.keys(DEFAULT_RESERVED_CONCURRENCY) as ReservedFunction[];

/**
 * The functions that count senders for the mail limits (functions/http/request.ts, requestSender):
 * they learn the edge secret (desk.edgeEnvironment), and no other function does; deskFunction checks both.
 */
export const SENDER_COUNTING = ['createCase', 'chatToken'] as const satisfies readonly FunctionName[];

export interface DeskContext {
  readonly settings: DeskSettings;
  readonly data: DeskData;
  readonly mail: OutboundMail;
  readonly api: DeskHttpApi;
  /** Where customers open the desk: publicBaseUrl, or the distribution's https://<id>.cloudfront.net. */
  readonly publicBaseUrl: string;
  /** EDGE_SECRET (EDGE_ENV), for the functions in SENDER_COUNTING. */
  readonly edgeEnvironment: Record<string, string>;
}

export interface DeskFunctionOptions extends Omit<DeskFunctionProps, 'entry' | 'environment' | 'reservedConcurrency'> {
  /** The `*.lambda.ts` entry file, under functions/. */
  entry: string;
  /** The function's variables beyond readEnv's, each group built with envValues from its schema in function-env.ts. */
  environment?: Record<string, string>;
}

/** The DESK_ENV every function gets: readEnv (functions/env.ts) requires these even in functions that never touch the table or SES. */
export function deskEnvironment(settings: DeskSettings, tableName: string, publicBaseUrl: string, configurationSet: string): Record<string, string> {
  return envValues(DESK_ENV, {
    SES_CONFIGURATION_SET: configurationSet,
    TABLE_NAME: tableName,
    MAIL_FROM: settings.mailFrom,
    PUBLIC_BASE_URL: publicBaseUrl,
    CORS_ORIGINS: settings.corsOrigins.join(','),
    DESK_TIME_ZONE: settings.timeZone,
    MAIL_LIMIT_PER_RECIPIENT: String(settings.mailLimits.perRecipientPerDay),
    MAIL_LIMIT_PER_SENDER: String(settings.mailLimits.perSenderPerDay),
  });
}

/** The function `name`, as construct `id` in `scope` (its capability). */
export function deskFunction(scope: Construct, desk: DeskContext, name: FunctionName, id: string, options: DeskFunctionOptions): DeskFunction {
  const environment = {
    ...deskEnvironment(desk.settings, desk.data.table.tableName, desk.publicBaseUrl, desk.mail.configurationSet.configurationSetName),
    ...options.environment,
  };
  const countsSenders = (SENDER_COUNTING as readonly FunctionName[]).includes(name);
  if (countsSenders !== Object.keys(EDGE_ENV.shape).every((variable) => variable in environment)) {
    throw new Error(`${name}: ${countsSenders ? 'counts senders (SENDER_COUNTING) but is not given' : 'is given'} the edge secret (desk.edgeEnvironment)`);
  }
  const reserved = PUBLIC_FUNCTIONS.includes(name) ? desk.settings.reservedConcurrency?.[name as ReservedFunction] : undefined;
  return new DeskFunction(scope, id, {
    ...options,
    entry: path.join(FUNCTIONS_DIR, options.entry),
    ...(reserved !== undefined ? { reservedConcurrency: reserved } : {}),
    environment,
  });
}
