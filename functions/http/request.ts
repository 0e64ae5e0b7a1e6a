// Reading an API Gateway v2 request: headers, a size-capped body (JSON or an HTML form), tokens.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { HttpError } from './errors';
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

export function isFormPost(event: APIGatewayProxyEventV2): boolean {
  return (header(event, 'content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}

/** A browser without JavaScript posting the form wants a page back, not JSON. */
export function wantsHtml(event: APIGatewayProxyEventV2): boolean {
  const accept = (header(event, 'accept') ?? '').toLowerCase();
  return isFormPost(event) && accept.includes('text/html');
}

/** The body as a plain object: JSON, or an HTML form post turned into the same shape. */
export function readBody(event: APIGatewayProxyEventV2): unknown {
  const bytes = bodyBytes(event);
  if (bytes.length > MAX_BODY_BYTES) throw new HttpError(413, 'body_too_large', `the request body is over ${MAX_BODY_BYTES / 1024} KB`);
  const text = bytes.toString('utf8');
  if (isFormPost(event)) return formToObject(new URLSearchParams(text));
  const type = (header(event, 'content-type') ?? 'application/json').toLowerCase();
  if (!type.startsWith('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'send JSON (application/json) or an HTML form (application/x-www-form-urlencoded)');
  }
  if (text.trim() === '') throw new HttpError(400, 'invalid_request', 'the request body is empty');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'invalid_json', 'the request body is not valid JSON');
  }
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export function idempotencyKey(event: APIGatewayProxyEventV2): string | undefined {
  const key = header(event, 'idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) throw new HttpError(400, 'invalid_request', 'Idempotency-Key: 1 to 255 visible ASCII characters', 'Idempotency-Key');
  return key;
}

/** The case link token from `?token=` or `Authorization: Bearer`. */
export function linkToken(event: APIGatewayProxyEventV2): string {
  const auth = header(event, 'authorization');
  const bearer = auth?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? event.queryStringParameters?.token ?? '';
}
