// API Gateway v2 events and a Lambda context for calling handlers directly.
import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { lambdaContext } from '../../local/gateway';

export function apiEvent(options: {
  method: string;
  path: string;
  route?: string;
  headers?: Record<string, string>;
  body?: string;
  query?: Record<string, string>;
  pathParameters?: Record<string, string>;
}): APIGatewayProxyEventV2 {
  const routeKey = `${options.method} ${options.route ?? options.path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: options.path,
    rawQueryString: new URLSearchParams(options.query ?? {}).toString(),
    headers: { host: 'returns.example.com', ...(options.headers ?? {}) },
    ...(options.query ? { queryStringParameters: options.query } : {}),
    ...(options.pathParameters ? { pathParameters: options.pathParameters } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'returns.example.com',
      domainPrefix: 'returns',
      http: { method: options.method, path: options.path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'jest' },
      requestId: 'req-1',
      routeKey,
      stage: '$default',
      time: '20/Mar/2026:09:30:00 +0000',
      timeEpoch: 1774000000000,
    },
    ...(options.body !== undefined ? { body: options.body } : {}),
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
}

export const context = lambdaContext('test');

/** A logger that keeps what it would print, to check that no personal data reaches the logs. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = new Logger({
    serviceName: 'test',
    logLevel: 'DEBUG',
    customConfigService: undefined,
  });
  // Powertools prints through console methods it binds at construction; capture them.
  const sink = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  (logger as unknown as { console: Record<string, unknown> }).console = { info: sink, warn: sink, error: sink, debug: sink, log: sink, trace: sink };
  return { logger, lines };
}
