// POST /api/cases/{rma}/cancel — the customer cancels their return before the parcel is received,
// with the link token. From the status page (a form, no JavaScript) it answers with pages: back to
// the status page saying it is cancelled, or saying why it could not be; a wrong link gets the
// not-found page, a failure the error page. An API call gets JSON either way.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { parseRma } from '../../shared/cases';
import type { App } from '../../shared/wiring/app';
import { errorPage, notFoundPage, statusPath } from '../../web/pages/status';
import { httpHandler, type HttpOptions } from '../http/handler';
import { formParams, linkToken, wantsHtml } from '../http/request';
import { html, json, seeOther } from '../http/responses';

/** A form post carries the token in its own field (its body base64-encoded on AWS); an API call in the header or the query. */
function cancelToken(event: APIGatewayProxyEventV2): string {
  return formParams(event).get('token') ?? linkToken(event);
}

export function makeCancelCaseHandler(app: Pick<App, 'customerCancel'>, options: HttpOptions) {
  return httpHandler(
    options,
    async (event) => {
      const token = cancelToken(event);
      const view = await app.customerCancel(event.pathParameters?.rma ?? '', token);
      if (wantsHtml(event)) return seeOther(statusPath(view.rma, token, '&notice=cancelled'));
      return json(200, view);
    },
    (error, event) => {
      if (!wantsHtml(event)) return undefined;
      // Refused on a case the token opened (the check comes after the link's): back to its page, saying why.
      const rma = parseRma(event.pathParameters?.rma ?? '');
      if (error.code === 'not_cancellable' && rma) return seeOther(statusPath(rma, cancelToken(event), '&notice=not_cancellable'));
      return error.status === 404 ? html(404, notFoundPage()) : html(error.status, errorPage());
    },
  );
}
