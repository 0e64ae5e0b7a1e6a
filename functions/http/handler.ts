// The middleware chain, defined once: every HTTP function is `httpHandler(options, route)`.
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { httpApiEventSchema } from './event.schema';
import { API_TEXT } from '../../web/api-text';
import { HttpError } from './errors';
import { header, type EdgeTrust } from './request';
import { json, noContent, type HttpResult } from './responses';

export interface HttpOptions {
  logger: Logger;
  /** Origins allowed to call the API from a browser (CORS); empty: same origin only. */
  corsOrigins: readonly string[];
  /**
   * The desk's own origin (of its public base URL). A browser's request that changes something
   * must come from it or from `corsOrigins`. Undefined only where no browser calls (the bot's
   * endpoint, which Bot Service calls): then only `corsOrigins`, and requests with no Origin, pass.
   * Required, so that no function's entry can forget it.
   */
  siteOrigin: string | undefined;
  /** The desk's CloudFront distribution, on the functions that count senders (undefined locally). */
  edge?: EdgeTrust;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request that changes something may go on. Browsers name the page's origin on every POST;
 * an HTML form or a no-cors fetch from another site needs no CORS preflight, so without this check any
 * site could make its visitors file returns or cancel them. Clients that are not browsers send no Origin.
 */
export function fromAllowedOrigin(event: APIGatewayProxyEventV2, options: Pick<HttpOptions, 'corsOrigins' | 'siteOrigin'>): boolean {
  if (SAFE_METHODS.has(event.requestContext.http.method.toUpperCase())) return true;
  const origin = header(event, 'origin');
  if (origin === undefined) return header(event, 'sec-fetch-site')?.toLowerCase() !== 'cross-site';
  return origin === options.siteOrigin || options.corsOrigins.includes(origin);
}

export type Route = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;
/** Renders an error as a page for a browser without JavaScript; undefined: answer JSON. */
export type HtmlErrorPage = (error: HttpError, event: APIGatewayProxyEventV2) => HttpResult | undefined;

export { NOT_FOUND_MESSAGE, toHttpError } from './error-registry';
import { toHttpError } from './error-registry';

export function errorResponse(error: HttpError): HttpResult {
  const message = error.expose || error.status === 503 ? error.message : 'Something went wrong on our side. Please try again.';
  // A 503 says when to try again (RFC 9110): a client's retry with the same Idempotency-Key is safe.
  const headers: Record<string, string> = error.status === 503 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {};
  return json(error.status, { error: { code: error.code, message, ...(error.field ? { field: error.field } : {}) } }, headers);
}

/** How long a client is asked to wait after a 503 (the message says "in a minute"; a few seconds usually suffice). */
export const RETRY_AFTER_SECONDS = 30;

export function httpHandler(options: HttpOptions, route: Route, htmlErrorPage?: HtmlErrorPage) {
  const { logger } = options;
  return middy<APIGatewayProxyEventV2, HttpResult, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use({
      // Every line of the request carries API Gateway's request id, and the case's number when the path names one.
      before: async (request) => {
        logger.setCorrelationId(request.event.requestContext?.requestId);
        const rma = request.event.pathParameters?.rma;
        if (rma && /^[A-Za-z0-9-]{1,20}$/.test(rma)) logger.appendKeys({ rma });
      },
    })
    .use(parser({ schema: httpApiEventSchema }) as unknown as middy.MiddlewareObj<APIGatewayProxyEventV2, HttpResult>)
    .use(
      httpCors({
        origins: [...options.corsOrigins],
        headers: 'content-type,idempotency-key,authorization',
        methods: 'GET,POST,OPTIONS',
        maxAge: 600,
      }),
    )
    .use({
      onError: async (request) => {
        const httpError = toHttpError(request.error);
        const event = request.event;
        // Log what happened, never what was sent: no bodies, no addresses, no tokens.
        const where = { route: event.routeKey, status: httpError.status, code: httpError.code };
        if (httpError.status >= 500) logger.error('request failed', { ...where, error: request.error as Error });
        else logger.info('request refused', where);
        request.response = htmlErrorPage?.(httpError, event) ?? errorResponse(httpError);
      },
    })
    .handler(async (event) => {
      if (event.requestContext.http.method === 'OPTIONS') return noContent();
      if (!fromAllowedOrigin(event, options)) throw new HttpError(403, 'cross_site', API_TEXT.crossSite);
      const response = await route(event);
      logger.info('request served', { route: event.routeKey, status: response.statusCode });
      return response;
    });
}
