// API Gateway v2 results. Every response carries the security headers; HTML adds a strict CSP.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export type HttpResult = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers: Record<string, string> };

/** On every answer; the local desk's router puts them on its own answers too. */
export const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  // Links carry a case's token: never to another site. Not `no-referrer`: with it, browsers send
  // `Origin: null` on the desk's own form posts, which the cross-site check must then refuse.
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
  // Two years, as the HSTS preload list asks; the desk is only ever served over HTTPS on AWS.
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  // The status page takes photos with the camera; nothing here needs any other device or API.
  'permissions-policy':
    'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), midi=(), display-capture=(), accelerometer=(), gyroscope=(), magnetometer=()',
};

const HTML_HEADERS = {
  ...BASE_HEADERS,
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-frame-options': 'DENY',
};

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

export function html(
  statusCode: number,
  body: string,
  options: { inlineStyles?: boolean; connectTo?: string; webSocket?: boolean; readBlobs?: boolean } = {},
): HttpResult {
  let csp = HTML_HEADERS['content-security-policy'];
  // Web Chat styles itself with <style> elements it creates at run time; only the chat page allows them.
  if (options.inlineStyles) csp = csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
  // The chat page talks to the Direct Line service, which on AWS is Microsoft's, not this site; the
  // status page and the form post photos to the photos bucket.
  // Direct Line's WebSocket (webSocket) is the same host over wss:.
  if (options.connectTo) {
    const to = new URL(options.connectTo);
    csp = csp.replace("connect-src 'self'", `connect-src 'self' ${to.origin}${options.webSocket && to.protocol === 'https:' ? ` wss://${to.host}` : ''}`);
  }
  // Web Chat reads a chosen file back from its blob: URL before uploading it.
  if (options.readBlobs) csp = csp.replace("connect-src 'self'", "connect-src 'self' blob:");
  return { statusCode, headers: { ...HTML_HEADERS, 'content-security-policy': csp }, body };
}

export function asset(body: string, contentType: string): HttpResult {
  return { statusCode: 200, headers: { ...BASE_HEADERS, 'content-type': contentType, 'cache-control': 'public, max-age=300' }, body };
}

/** 303 See Other to a path of our own (never a URL taken from input). */
export function seeOther(path: string): HttpResult {
  if (!path.startsWith('/') || path.startsWith('//')) throw new TypeError('redirects stay on this site');
  return { statusCode: 303, headers: { ...BASE_HEADERS, location: path }, body: '' };
}

export function noContent(): HttpResult {
  return { statusCode: 204, headers: { ...BASE_HEADERS }, body: '' };
}

/** A processed photo (JPEG we encoded), private to the holder of the link. */
export function jpeg(bytes: Uint8Array): HttpResult {
  return {
    statusCode: 200,
    headers: { ...BASE_HEADERS, 'content-type': 'image/jpeg', 'cache-control': 'private, max-age=600' },
    body: Buffer.from(bytes).toString('base64'),
    isBase64Encoded: true,
  };
}
