// A local stand-in for API Gateway (HTTP API): node:http requests become API Gateway v2 events,
// the same handlers as on Lambda answer them, and their results become HTTP responses.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { BASE_HEADERS, type HttpResult } from '../functions/http/responses';

export type LambdaHttpHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<HttpResult>;

export interface Route {
  method: string;
  /** An API Gateway route path, e.g. /api/cases/{rma} or /assets/{proxy+}. */
  path: string;
  handler: LambdaHttpHandler;
}

/** Larger bodies are cut off here (API Gateway's own limit is 10 MB; the handlers refuse > 64 KB). */
const MAX_READ_BYTES = 1024 * 1024;

function compile(path: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const pattern = path
    .replace(/[.*+?^$()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`))
    .replace(/\\?\{(\w+)(\\?\+)?\\?\}/g, (_m, name: string, greedy?: string) => {
      names.push(name);
      return greedy ? '(.+)' : '([^/]+)';
    });
  return { regex: new RegExp(`^${pattern}$`), names };
}

export function matchRoute(routes: readonly Route[], method: string, path: string) {
  for (const route of routes) {
    if (route.method !== method && route.method !== 'ANY') continue;
    const { regex, names } = compile(route.path);
    const m = regex.exec(path);
    if (!m) continue;
    const pathParameters = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1] as string)]));
    return { route, pathParameters };
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_READ_BYTES) chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

// What API Gateway's HTTP APIs hand over as text; every other body, form posts and bodies without
// a Content-Type among them, arrives base64-encoded with isBase64Encoded true. The handlers must
// cope with both, so the stand-in does the same rather than something kinder.
const TEXT = /^(text\/[^;\s]+|application\/(json|xml|javascript))\s*(;|$)/i;

export async function toEvent(req: IncomingMessage, routeKey: string, pathParameters: Record<string, string>): Promise<APIGatewayProxyEventV2> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const body = await readBody(req);
  const isText = TEXT.test(headers['content-type'] ?? '');
  const now = new Date();
  const method = (req.method ?? 'GET').toUpperCase();
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length > 0 ? { queryStringParameters: query } : {}),
    ...(Object.keys(pathParameters).length > 0 ? { pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length > 0 ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !isText,
  } as APIGatewayProxyEventV2;
}

/** An API Gateway v2 event for a request made in-process (the local Direct Line calling the bot). */
export function syntheticEvent(options: {
  method: string;
  path: string;
  routeKey: string;
  headers?: Record<string, string>;
  body?: string;
}): APIGatewayProxyEventV2 {
  const now = new Date();
  return {
    version: '2.0',
    routeKey: options.routeKey,
    rawPath: options.path,
    rawQueryString: '',
    headers: { host: '127.0.0.1', ...(options.headers ?? {}) },
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: '127.0.0.1',
      domainPrefix: 'local',
      http: { method: options.method, path: options.path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'local-directline' },
      requestId: randomUUID(),
      routeKey: options.routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...(options.body !== undefined ? { body: options.body } : {}),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
}

export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export function sendResult(res: ServerResponse, result: HttpResult): void {
  res.statusCode = result.statusCode;
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, String(value));
  const body = result.body ?? '';
  res.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

export async function dispatch(routes: readonly Route[], req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = (req.method ?? 'GET').toUpperCase();
  const found = matchRoute(routes, method, url.pathname);
  if (!found) return false;
  const event = await toEvent(req, `${found.route.method} ${found.route.path}`, found.pathParameters);
  const result = await found.route.handler(event, lambdaContext(found.route.path));
  sendResult(res, result);
  return true;
}

/** The router's own answers (no such route, the Direct Line, /_local) carry what the functions' do. */
export function withBaseHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
}
