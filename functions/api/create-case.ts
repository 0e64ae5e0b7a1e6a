// POST /api/cases — a case from JSON or from the HTML form. 201 with the RMA; 422 with the
// decision when facts are missing; a browser without JavaScript gets pages instead of JSON.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createCaseRequestSchema, MAIL_LIMIT } from '../../shared/cases';
import type { App } from '../../shared/wiring/app';
import { formPage } from '../../web/pages/form';
import { WEB_TEXT } from '../../web/text';
import type { HttpError } from '../http/errors';
import { httpHandler, type HttpOptions } from '../http/handler';
import { apiLanguage, idempotencyKey, readBody, requestSender, wantsHtml } from '../http/request';
import { html, json, seeOther } from '../http/responses';

export function makeCreateCaseHandler(app: Pick<App, 'createCase' | 'policies' | 'ids'>, options: HttpOptions) {
  const formErrorPage = (error: HttpError, event: APIGatewayProxyEventV2) => {
    if (!wantsHtml(event) || error.status >= 500 || error.status === 413) return undefined;
    // Show the form again with what the customer typed and what to fix: nothing is lost.
    const language = apiLanguage(event);
    return html(
      error.status,
      formPage({ policies: app.policies, values: safeValues(event), error: { message: error.message, field: error.field }, ...(language ? { language } : {}) }),
    );
  };

  return httpHandler(
    options,
    async (event) => {
      const body = readBody(event);
      const request = createCaseRequestSchema.parse(body);
      const key = idempotencyKey(event);
      // The form's language (`?lang=`) is the case's: its emails and status page speak it.
      const language = apiLanguage(event);
      // The daily mail limits count per sender too: the form's sender is the client it came from.
      const result = await app.createCase(request, {
        ...(key ? { idempotencyKey: key } : {}),
        sender: requestSender(event, app.ids, options.edge),
        ...(language ? { language } : {}),
      });
      if (result.kind === 'need_info') {
        if (wantsHtml(event))
          return html(
            422,
            formPage({ policies: app.policies, values: body as Record<string, unknown>, decision: result.decision, ...(language ? { language } : {}) }),
          );
        return json(422, { decision: result.decision });
      }
      const c = result.case;
      const held = c.flags.includes(MAIL_LIMIT);
      const link = new URL(result.statusUrl);
      if (wantsHtml(event)) return seeOther(link.pathname + link.search + (held ? '&notice=mail_held' : ''));
      if (held) {
        // Kept, decided and reachable by its link; only the email waits for staff.
        const error = { code: 'mail_limit', message: WEB_TEXT.mailLimit.api(c.rma) };
        return json(429, { error, rma: c.rma, status: c.status, decision: c.decision, statusUrl: result.statusUrl });
      }
      return json(result.kind === 'created' ? 201 : 200, { rma: c.rma, status: c.status, decision: c.decision, statusUrl: result.statusUrl });
    },
    formErrorPage,
  );
}

function safeValues(event: APIGatewayProxyEventV2): Record<string, unknown> {
  try {
    return readBody(event) as Record<string, unknown>;
  } catch {
    return {};
  }
}
