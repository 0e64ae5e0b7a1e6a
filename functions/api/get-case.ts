// GET /api/cases/{rma} — the customer's view, with the link token. Unknown and wrong look the same.
import type { App } from '../../shared/wiring/app';
import { httpHandler, type HttpOptions } from '../http/handler';
import { linkToken } from '../http/request';
import { json } from '../http/responses';

export function makeGetCaseHandler(app: Pick<App, 'getCase'>, options: HttpOptions) {
  return httpHandler(options, async (event) => {
    const view = await app.getCase(event.pathParameters?.rma ?? '', linkToken(event));
    return json(200, view);
  });
}
