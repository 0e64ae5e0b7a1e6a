// Reading an API Gateway v2 request: headers, a size-capped body (JSON or an HTML form), tokens.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { languageOfTag } from '../../shared/extract/language';
import { clientSender, type Ids } from '../../shared/cases';
import { HttpError } from './errors';
import { API_TEXT } from '../../web/api-text';
import { isFieldName } from './field-names';
import { formToObject } from './form-fields';

export const MAX_BODY_BYTES = 64 * 1024;

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

export function bodyBytes(event: APIGatewayProxyEventV2): Buffer {
  const raw = event.body ?? '';
  return event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
}

/** The media type without its parameters, lowercased; '' when the request names none. */
function mediaType(event: APIGatewayProxyEventV2): string {
  return (header(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function isFormPost(event: APIGatewayProxyEventV2): boolean {
  return mediaType(event) === 'application/x-www-form-urlencoded';
}

/** A browser without JavaScript posting the form wants a page back, not JSON. */
export function wantsHtml(event: APIGatewayProxyEventV2): boolean {
  // A form post is answered with a page unless the caller asks for JSON alone: a browser says text/html,
  // but a plain client's "*/*" (or no Accept at all) posting the same form should not land on raw JSON.
  const accept = (header(event, 'accept') ?? '').toLowerCase();
  return isFormPost(event) && (accept.includes('text/html') || !accept.includes('application/json'));
}

/** The body as text, refused over MAX_BODY_BYTES. API Gateway hands form posts over base64-encoded. */
function bodyText(event: APIGatewayProxyEventV2): string {
  const bytes = bodyBytes(event);
  if (bytes.length > MAX_BODY_BYTES) throw new HttpError(413, 'body_too_large', API_TEXT.bodyTooLarge(MAX_BODY_BYTES / 1024));
  return bytes.toString('utf8');
}

/** The fields of an HTML form post (empty for any other body). */
export function formParams(event: APIGatewayProxyEventV2): URLSearchParams {
  return isFormPost(event) ? new URLSearchParams(bodyText(event)) : new URLSearchParams();
}

/**
 * The body as a plain object: JSON, or an HTML form post turned into the same shape. The type
 * must be named: a cross-site page can post text/plain (or no type) without a CORS preflight, so
 * a body read as JSON whatever its type would let any site submit requests in a visitor's name.
 */
export function readBody(event: APIGatewayProxyEventV2): unknown {
  const type = mediaType(event);
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') {
    throw new HttpError(415, 'unsupported_media_type', API_TEXT.unsupportedMediaType);
  }
  const text = bodyText(event);
  if (type === 'application/x-www-form-urlencoded') return formToObject(new URLSearchParams(text));
  if (text.trim() === '') throw new HttpError(400, 'invalid_request', API_TEXT.emptyBody);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'invalid_json', API_TEXT.invalidJson);
  }
  // JSON.parse keeps the last of two equal keys; what the client meant is then anyone's guess.
  const duplicate = duplicateKey(text);
  if (duplicate !== undefined) {
    const named = isFieldName(duplicate);
    throw new HttpError(400, 'invalid_json', named ? API_TEXT.duplicateKey(duplicate) : API_TEXT.duplicateKeyUnnamed, named ? duplicate : undefined);
  }
  return value;
}

/**
 * The dotted path of the first key given twice in one object of `text`, which must be valid JSON
 * (JSON.parse accepted it), so only strings and brackets need telling apart.
 */
export function duplicateKey(text: string): string | undefined {
  // One entry per open bracket: an object's keys so far and the key being read, or null for an array.
  const open: ({ keys: Set<string>; current: string } | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (expectKey) {
        const object = open[open.length - 1] as { keys: Set<string>; current: string };
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const path = [...open.slice(0, -1).flatMap((o) => (o ? [o.current] : [])), key].join('.');
        if (object.keys.has(key)) return path;
        object.keys.add(key);
        object.current = key;
        expectKey = false;
      }
      i = end;
    } else if (c === '{') {
      open.push({ keys: new Set(), current: '' });
      expectKey = true;
    } else if (c === '[') {
      open.push(null);
      expectKey = false;
    } else if (c === '}' || c === ']') {
      open.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = (open[open.length - 1] ?? null) !== null;
    }
  }
  return undefined;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The client's Idempotency-Key, in the clients' own namespace. The email and the chat keep their
 * keys in the same store (`mail:<Message-ID>`, `chat:<conversation>:<n>`); a client's key is never
 * one of those, or anyone who can guess a Message-ID could replay another customer's case.
 */
export function idempotencyKey(event: APIGatewayProxyEventV2): string | undefined {
  const key = header(event, 'idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) throw new HttpError(400, 'invalid_request', API_TEXT.idempotencyKey, 'Idempotency-Key');
  return `client:${key}`;
}

/** The header the desk's CloudFront distribution adds to every request it passes on, with the edge secret. */
export const EDGE_SECRET_HEADER = 'x-desk-edge';
/** The viewer's address and port, as CloudFront sends it when the origin request policy asks for it. */
export const VIEWER_ADDRESS_HEADER = 'CloudFront-Viewer-Address';

/**
 * What a function knows of the desk's own CloudFront distribution: the per-deployment secret it sends
 * in EDGE_SECRET_HEADER. The HTTP API stays reachable without CloudFront, so only a request carrying
 * this secret may name its viewer; the secret also keys the hash of the senders' addresses.
 */
export interface EdgeTrust {
  secret: string;
}

/**
 * The client's IP address. Behind CloudFront, API Gateway's sourceIp is an edge server's, shared by
 * every customer that edge serves: there the viewer's own address is taken from VIEWER_ADDRESS_HEADER,
 * but only on a request that carries the edge secret, or anyone calling the API directly could name
 * a new viewer on every request.
 */
export function clientAddress(event: APIGatewayProxyEventV2, edge?: EdgeTrust): string {
  const sourceIp = event.requestContext.http.sourceIp;
  if (!edge || !isEdgeSecret(header(event, EDGE_SECRET_HEADER), edge.secret)) return sourceIp;
  return viewerIp(header(event, VIEWER_ADDRESS_HEADER)) ?? sourceIp;
}

/** Compared as digests: timingSafeEqual needs equal lengths, and a length must not leak either. */
function isEdgeSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** `198.51.100.10:46532`, or `2001:db8::1:46532` (IPv6 comes without brackets): the address before the last colon. */
function viewerIp(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const colon = value.lastIndexOf(':');
  const ip = value.slice(0, colon).trim();
  const port = value.slice(colon + 1).trim();
  return colon > 0 && /^\d{1,5}$/.test(port) && isIP(ip) !== 0 ? ip : undefined;
}

/**
 * Who sent the request, as the daily mail limits count senders: its client, by address. The form and
 * the chat's token endpoint both name their client so, and a client is one sender in either. On AWS
 * the address is hashed with the edge secret as the key: the IPv4 space is small enough to reverse a
 * plain hash by trying every address.
 */
export function requestSender(event: APIGatewayProxyEventV2, ids: Pick<Ids, 'hash'>, edge?: EdgeTrust): string {
  const address = clientAddress(event, edge);
  if (!edge) return clientSender(address, ids);
  const key = edge.secret;
  return clientSender(address, { hash: (text) => createHmac('sha256', key).update(`client-address:${text}`, 'utf8').digest('hex') });
}

/** The case link token from `?token=` or `Authorization: Bearer`. */
export function linkToken(event: APIGatewayProxyEventV2): string {
  const auth = header(event, 'authorization');
  const bearer = auth?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? event.queryStringParameters?.token ?? '';
}

/** The language an API request asks its answer in: `?lang=de` (the desk's own pages add it); undefined: English. */
export function apiLanguage(event: APIGatewayProxyEventV2): 'de' | 'fr' | undefined {
  return languageOfTag(event.queryStringParameters?.lang);
}
