// POST /api/cases/{rma}/cancel — the customer cancels their return before the parcel is received,
// with the link token. From the status page without JavaScript it answers with the page itself.
import type { App } from '../../shared/wiring/app';
import { httpHandler, type HttpOptions } from '../http/handler';
import { isFormPost, linkToken, wantsHtml } from '../http/request';
import { json, seeOther } from '../http/responses';

export function makeCancelCaseHandler(app: Pick<App, 'customerCancel'>, options: HttpOptions) {
  return httpHandler(options, async (event) => {
    const rma = event.pathParameters?.rma ?? '';
    // A form post carries the token in its own field; an API call in the header or the query.
    const token = isFormPost(event) ? (new URLSearchParams(event.body ?? '').get('token') ?? linkToken(event)) : linkToken(event);
    const view = await app.customerCancel(rma, token);
    if (wantsHtml(event)) return seeOther(`/status/${encodeURIComponent(view.rma)}?token=${encodeURIComponent(token)}`);
    return json(200, view);
  });
}
