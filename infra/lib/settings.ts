// The deployment's settings from CDK context, checked at synth time: a bad value here would
// otherwise surface only as a function failing its cold start (readEnv) or SES refusing to send.
import { DEFAULT_MAIL_LIMITS } from '../../shared/cases/ports';
import { POLICIES } from '../../shared/rules';

export interface DeskSettings {
  /**
   * Where customers reach the desk; links in emails point here. Not given: the stack's CloudFront
   * distribution (https://<id>.cloudfront.net), known only at deploy.
   */
  publicBaseUrl?: string;
  /** The From address of the confirmation emails. */
  mailFrom: string;
  /** The SES identity (domain or address) that mailFrom sends as; verified by this stack. */
  sesIdentity: string;
  /** Browser origins allowed to call the API cross-origin; none when the pages and the API share CloudFront's origin. */
  corsOrigins: string[];
  /** IANA time zone the desk counts days in. */
  timeZone: string;
  /** The RMA addresses SES receives for, each with its policy. */
  inboundAddresses: Record<string, string>;
  /** Days a processed photo (web size and thumbnail) is kept before S3 deletes it. */
  photoRetentionDays: number;
  /** Uploads are scanned by GuardDuty Malware Protection for S3 (billed per GB scanned) before processing. */
  malwareScanning: boolean;
  /**
   * The prefix of the staff sign-in domain, https://<prefix>.auth.<region>.amazoncognito.com; unique
   * per region across all AWS accounts. Not given: the stack derives one from its own id at deploy.
   */
  staffDomainPrefix?: string;
  /** Reserved concurrency of each public function (an upper bound on what abuse can run up); undefined: none reserved. */
  reservedConcurrency?: Record<ReservedFunction, number>;
  /** The CLOUDFRONT-scope web ACL (in us-east-1) attached to the distribution; not given: none. */
  webAclArn?: string;
  /** Daily limits on automatic mail per recipient and per sender (the desk's defaults when not given). */
  mailLimits: { perRecipientPerDay: number; perSenderPerDay: number };
  /** Where the alarms are emailed (an SNS email subscription, confirmed once by its owner); not given: the topic has no subscriber. */
  alarmEmail?: string;
}

/**
 * The functions anyone on the internet can make run (the public routes, and inbound mail, which
 * anyone can send), each held to a reserved concurrency. The sum (100) is a tenth of the default
 * account quota of 1000 and leaves the account's other functions their unreserved 100 at least.
 */
export const DEFAULT_RESERVED_CONCURRENCY = {
  pages: 20,
  messages: 20,
  createCase: 10,
  assess: 10,
  getCase: 10,
  photos: 10,
  inboundMail: 10,
  cancelCase: 5,
  chatToken: 5,
} as const;
export type ReservedFunction = keyof typeof DEFAULT_RESERVED_CONCURRENCY;

export const DEFAULT_MAIL_FROM = 'returns@example.com';
/** Two years: a warranty claim may come back to the photos of an earlier return. */
export const DEFAULT_PHOTO_RETENTION_DAYS = 730;

// Deliberately loose: SES is the authority on addresses; this only catches typos like a missing '@'.
const EMAIL = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
/** What Cognito accepts as a prefix domain: lowercase letters, digits and inner hyphens, at most 63. */
const COGNITO_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A CLOUDFRONT-scope web ACL: those live in us-east-1 and have "global" in their ARN. */
const CLOUDFRONT_WEB_ACL = /^arn:aws[a-z-]*:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/;
/** Hosts a developer's browser may call the API from over plain http. */
const LOOPBACK = ['localhost', '127.0.0.1'];
/** Words Cognito refuses in a prefix domain. */
const COGNITO_RESERVED = ['aws', 'amazon', 'cognito'];

/** Reads the settings; `context` is `(key) => app.node.tryGetContext(key)`. Throws on a bad value. */
export function deskSettings(context: (key: string) => unknown): DeskSettings {
  const publicBaseUrl = text(context, 'publicBaseUrl');
  const base = publicBaseUrl === undefined ? undefined : parseUrl(publicBaseUrl, 'publicBaseUrl');
  if (base && base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error(`context publicBaseUrl: expected an http(s) URL, got ${publicBaseUrl}`);
  // <publicBaseUrl>/staff is the staff sign-in's callback URL, which Cognito accepts over http only for localhost.
  if (base?.protocol === 'http:' && base.hostname !== 'localhost')
    throw new Error(`context publicBaseUrl: Cognito needs https for the staff sign-in (http only on localhost), got ${publicBaseUrl}`);

  const mailFrom = text(context, 'mailFrom') ?? DEFAULT_MAIL_FROM;
  const fromDomain = EMAIL.exec(mailFrom)?.[1];
  if (!fromDomain) throw new Error(`context mailFrom: expected an email address, got ${mailFrom}`);

  const sesIdentity = text(context, 'sesIdentity') ?? fromDomain;
  if (!EMAIL.test(sesIdentity) && !DOMAIN.test(sesIdentity)) throw new Error(`context sesIdentity: expected a domain or an email address, got ${sesIdentity}`);
  // The send permission is scoped to this one identity, so mail from any other address would be refused.
  if (!identityCovers(sesIdentity, mailFrom, fromDomain)) {
    throw new Error(`context sesIdentity: ${sesIdentity} does not cover mailFrom ${mailFrom}; use mailFrom's address or (a parent of) its domain`);
  }

  // Without a publicBaseUrl the pages are served from the API's own CloudFront origin: nothing is cross-origin.
  const corsOrigins = list(context, 'corsOrigins') ?? (base ? [base.origin] : []);
  for (const origin of corsOrigins) {
    // A wildcard would let any site script the API with a visitor's browser (and its link tokens).
    if (origin.includes('*')) throw new Error(`context corsOrigins: wildcards are not allowed, list each origin (https://host[:port]), got ${origin}`);
    const url = parseUrl(origin, 'corsOrigins');
    // API Gateway compares origins verbatim: a trailing slash or a path would never match a browser's Origin.
    if (url.origin !== origin) throw new Error(`context corsOrigins: ${origin} is not an origin (scheme://host[:port], no path)`);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.includes(url.hostname))) {
      throw new Error(`context corsOrigins: expected https origins (http only for localhost or 127.0.0.1), got ${origin}`);
    }
  }

  const timeZone = text(context, 'timeZone') ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new Error(`context timeZone: unknown IANA time zone ${timeZone}`);
  }

  // "plc-returns@shop.example=plc-technologies,drives@shop.example=plextor-eu"; by default
  // <policy-id>@<the mailFrom domain> for every policy.
  const inbound =
    text(context, 'inboundAddresses') ??
    [...POLICIES.keys()]
      .sort()
      .map((id) => `${id}@${fromDomain}=${id}`)
      .join(',');
  const inboundAddresses: Record<string, string> = {};
  for (const pair of inbound
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [address, policy] = pair.split('=').map((x) => x.trim());
    if (!address || !EMAIL.test(address) || !policy || !/^[a-z0-9-]+$/.test(policy))
      throw new Error(`context inboundAddresses: expected address=policy pairs, got ${pair}`);
    inboundAddresses[address.toLowerCase()] = policy;
  }

  const photoRetentionDays = wholeNumber(context, 'photoRetentionDays') ?? DEFAULT_PHOTO_RETENTION_DAYS;
  if (photoRetentionDays < 1) throw new Error(`context photoRetentionDays: expected at least 1 day, got ${photoRetentionDays}`);
  const malwareScanning = flag(context, 'malwareScanning') ?? false;

  const staffDomainPrefix = text(context, 'staffDomainPrefix');
  if (staffDomainPrefix !== undefined) {
    if (!COGNITO_PREFIX.test(staffDomainPrefix))
      throw new Error(
        `context staffDomainPrefix: expected lowercase letters, digits and hyphens (at most 63, no hyphen first or last), got ${staffDomainPrefix}`,
      );
    const reserved = COGNITO_RESERVED.find((word) => staffDomainPrefix.includes(word));
    if (reserved) throw new Error(`context staffDomainPrefix: Cognito refuses a prefix containing "${reserved}", got ${staffDomainPrefix}`);
  }
  const reservedConcurrency = reservations(context);

  const webAclArn = text(context, 'webAclArn');
  if (webAclArn !== undefined && !CLOUDFRONT_WEB_ACL.test(webAclArn)) {
    throw new Error(
      `context webAclArn: expected the ARN of a CLOUDFRONT-scope web ACL (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>), got ${webAclArn}`,
    );
  }
  const mailLimits = {
    perRecipientPerDay: wholeNumber(context, 'mailLimitPerRecipient') ?? DEFAULT_MAIL_LIMITS.perRecipientPerDay,
    perSenderPerDay: wholeNumber(context, 'mailLimitPerSender') ?? DEFAULT_MAIL_LIMITS.perSenderPerDay,
  };
  for (const [key, value] of [
    ['mailLimitPerRecipient', mailLimits.perRecipientPerDay],
    ['mailLimitPerSender', mailLimits.perSenderPerDay],
  ] as const) {
    if (value < 1 || value > 1000) throw new Error(`context ${key}: expected 1 to 1000 emails a day, got ${value}`);
  }
  const alarmEmail = text(context, 'alarmEmail');
  if (alarmEmail !== undefined && !EMAIL.test(alarmEmail)) throw new Error(`context alarmEmail: expected an email address, got ${alarmEmail}`);
  return {
    ...(publicBaseUrl ? { publicBaseUrl } : {}),
    ...(alarmEmail ? { alarmEmail } : {}),
    mailFrom,
    mailLimits,
    sesIdentity,
    corsOrigins,
    timeZone,
    inboundAddresses,
    photoRetentionDays,
    malwareScanning,
    ...(staffDomainPrefix ? { staffDomainPrefix } : {}),
    ...(reservedConcurrency ? { reservedConcurrency } : {}),
    ...(webAclArn ? { webAclArn } : {}),
  };
}

/**
 * `reservedConcurrency`: `off`, or `function=n` pairs (an object in cdk.json) that change some of
 * DEFAULT_RESERVED_CONCURRENCY. `off` is for accounts whose concurrency quota is too small to reserve
 * any (Lambda keeps 100 unreserved; some new accounts start at 10).
 */
function reservations(context: (key: string) => unknown): Record<ReservedFunction, number> | undefined {
  const value = context('reservedConcurrency');
  if (value === 'off') return undefined;
  const out: Record<ReservedFunction, number> = { ...DEFAULT_RESERVED_CONCURRENCY };
  if (value === undefined || value === null || value === '') return out;
  let pairs: Array<[string, unknown]>;
  if (typeof value === 'string') {
    pairs = value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => {
        const [name, n] = p.split('=').map((x) => x.trim());
        return [name ?? '', n ?? ''];
      });
  } else if (typeof value === 'object' && !Array.isArray(value)) {
    pairs = Object.entries(value as Record<string, unknown>);
  } else {
    throw new Error(`context reservedConcurrency: expected off or function=number pairs, got ${JSON.stringify(value)}`);
  }
  const names = Object.keys(DEFAULT_RESERVED_CONCURRENCY);
  for (const [name, raw] of pairs) {
    if (!names.includes(name)) throw new Error(`context reservedConcurrency: unknown function ${JSON.stringify(name)} (one of ${names.join(', ')})`);
    const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
    // 0 would refuse every request to the function; `off` is the way to reserve nothing.
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
      throw new Error(`context reservedConcurrency: ${name} needs a whole number of at least 1, got ${JSON.stringify(raw)}`);
    out[name as ReservedFunction] = n;
  }
  return out;
}

function identityCovers(identity: string, mailFrom: string, fromDomain: string): boolean {
  if (identity.includes('@')) return identity.toLowerCase() === mailFrom.toLowerCase();
  const domain = identity.toLowerCase();
  const from = fromDomain.toLowerCase();
  return from === domain || from.endsWith(`.${domain}`);
}

/** A context value as a trimmed string; empty counts as not given, so `-c key=` restores the default. */
function text(context: (key: string) => unknown, key: string): string | undefined {
  const value = context(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`context ${key}: expected a string, got ${JSON.stringify(value)}`);
  return value.trim() || undefined;
}

/** true/false from cdk.json, or the strings "true"/"false" from `-c`. */
function flag(context: (key: string) => unknown, key: string): boolean | undefined {
  const value = context(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`context ${key}: expected true or false, got ${JSON.stringify(value)}`);
}

/** A whole number from cdk.json, or its digits from `-c`. */
function wholeNumber(context: (key: string) => unknown, key: string): number | undefined {
  const value = context(key);
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new Error(`context ${key}: expected a whole number, got ${JSON.stringify(value)}`);
  return n;
}

/** A comma-separated string (from `-c`) or a string array (from cdk.json). */
function list(context: (key: string) => unknown, key: string): string[] | undefined {
  const value = context(key);
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : value === undefined || value === null ? undefined : [value];
  if (!items) return undefined;
  const strings = items.map((item) => {
    if (typeof item !== 'string') throw new Error(`context ${key}: expected strings, got ${JSON.stringify(item)}`);
    return item.trim();
  });
  const given = strings.filter(Boolean);
  return given.length ? given : undefined;
}

function parseUrl(value: string, key: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new Error(`context ${key}: not a URL: ${value}`);
  }
}
