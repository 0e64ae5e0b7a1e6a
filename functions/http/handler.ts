// The middleware chain, defined once: every HTTP function is `httpHandler(options, route)`.
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { ZodError } from 'zod';
import { httpApiEventSchema } from './event.schema';
import {
  CaseNotFoundError,
  ConcurrentUpdateError,
  IdempotencyMismatchError,
  IncompleteFactsError,
  InvalidTransitionError,
  NotCancellableError,
  UnavailableError,
} from '../../shared/cases';
import { describeIssue, InvalidFactsError } from '../../shared/rules';
import { WEB_TEXT } from '../../web/text';
import { HttpError } from './errors';
import { isFieldName } from './field-names';
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

export const NOT_FOUND_MESSAGE = 'No return matches this link. Check the link in your confirmation email.';

/** Every error as an HTTP error: domain errors by kind, anything unexpected as a bare 500. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof InvalidFactsError) return invalidRequest(error);
  if (error instanceof ZodError) return invalidRequest(describeIssue(error.issues[0] as Parameters<typeof describeIssue>[0]));
  if (error instanceof CaseNotFoundError) return new HttpError(404, 'not_found', NOT_FOUND_MESSAGE);
  if (error instanceof IdempotencyMismatchError) return new HttpError(422, 'idempotency_key_reused', error.message, 'Idempotency-Key');
  if (error instanceof ConcurrentUpdateError) return new HttpError(409, 'conflict', 'This case was changed in the meantime. Reload it and try again.');
  if (error instanceof InvalidTransitionError) return new HttpError(409, 'invalid_transition', error.message);
  if (error instanceof NotCancellableError) return new HttpError(409, 'not_cancellable', 'This return can no longer be cancelled: the parcel has arrived or the case has ended.');
  if (error instanceof IncompleteFactsError) return new HttpError(422, 'incomplete_facts', error.message);
  if (error instanceof UnavailableError) return new HttpError(503, 'unavailable', 'The service is busy. Please try again in a minute.');
  return new HttpError(500, 'internal', 'Something went wrong on our side. Please try again.');
}

/** A field is named back only when it looks like one of ours: an unknown key is the client's own text. */
function invalidRequest(error: InvalidFactsError): HttpError {
  if (error.field !== '' && !isFieldName(error.field)) return new HttpError(400, 'invalid_request', WEB_TEXT.api.unknownField);
  return new HttpError(400, 'invalid_request', error.message, error.field);
}

export function errorResponse(error: HttpError): HttpResult {
  const message = error.expose || error.status === 503 ? error.message : 'Something went wrong on our side. Please try again.';
  return json(error.status, { error: { code: error.code, message, ...(error.field ? { field: error.field } : {}) } });
}

export function httpHandler(options: HttpOptions, route: Route, htmlErrorPage?: HtmlErrorPage) {
  const { logger } = options;
  return middy<APIGatewayProxyEventV2, HttpResult, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
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
      if (!fromAllowedOrigin(event, options)) throw new HttpError(403, 'cross_site', WEB_TEXT.api.crossSite);
      const response = await route(event);
      logger.info('request served', { route: event.routeKey, status: response.statusCode });
      return response;
    });
}
