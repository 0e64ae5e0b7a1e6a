// POST /api/assess — facts in, decision out; creates nothing.
import { assessRequestSchema } from '../../shared/cases';
import type { App } from '../../shared/wiring/app';
import { httpHandler, type HttpOptions } from '../http/handler';
import { readBody } from '../http/request';
import { json } from '../http/responses';

export function makeAssessHandler(app: Pick<App, 'assess'>, options: HttpOptions) {
  return httpHandler(options, async (event) => {
    const request = assessRequestSchema.parse(readBody(event));
    return json(200, app.assess(request));
  });
}
