// The customer's changes to their case, with the link token:
// - POST /api/cases/{rma}/cancel — cancel the return before the parcel is received;
// - POST /api/cases/{rma}/collection — where and when the merchant collects it (a collected return);
// - POST /api/cases/{rma}/choice — the remedy the customer chooses, once the return is validated;
// - POST /api/link — "send me my link again" (no link needed: it goes only to the address on the case).
// From the status page (a form, no JavaScript) they answer with pages: back to the status page saying
// what was done or why it could not be (a collection form with a mistake comes back filled in, each
// field's error beside it); a wrong link gets the not-found page, a failure the error page. An API
// call gets JSON either way.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from '../../shared/validation/zod';
import { COLLECTION_LIMITS, contactSchema, optionalText, parseRma, PHONE_MIN_DIGITS, type CollectionDetails } from '../../shared/cases';
import { afterTextIn } from '../../shared/notify/after-text';
import { REMEDIES } from '../../shared/rules';
import type { App } from '../../shared/wiring/app';
import { linkPage } from '../../web/pages/link';
import { errorPage, notFoundPage, statusPage, statusPath, type CollectionForm } from '../../web/pages/status';
import { httpHandler, type HttpOptions } from '../http/handler';
import { apiLanguage, formParams, linkToken, readBody, requestSender, wantsHtml } from '../http/request';
import { html, json, seeOther } from '../http/responses';

/** A form post carries the token in its own field (its body base64-encoded on AWS); an API call in the header or the query. */
function customerToken(event: APIGatewayProxyEventV2): string {
  return formParams(event).get('token') ?? linkToken(event);
}

const optional = optionalText;

/** The collection details: an address; a phone number with its digits, or nothing; the days, as written. */
export const collectionSchema = z.strictObject({
  token: z.optional(z.string().check(z.maxLength(200))),
  address: z
    .string({ message: 'address: expected the address to collect from' })
    .check(z.trim(), z.minLength(8, 'address: expected the address to collect from'), z.maxLength(COLLECTION_LIMITS.address)),
  phone: optional(COLLECTION_LIMITS.phone).check(
    z.refine(
      (p) => p === undefined || (/^[+\d\s()./-]+$/.test(p) && (p.match(/\d/g) ?? []).length >= PHONE_MIN_DIGITS),
      'phone: expected a phone number with its area code',
    ),
  ),
  days: optional(COLLECTION_LIMITS.days),
});

/** The customer's choice of remedy (one of the decision's; the core checks which). */
export const choiceSchema = z.strictObject({
  token: z.optional(z.string().check(z.maxLength(200))),
  remedy: z.enum(REMEDIES, { message: 'remedy: choose one of the options' }),
});

const isCollection = (event: APIGatewayProxyEventV2) => event.rawPath.endsWith('/collection');
const isChoice = (event: APIGatewayProxyEventV2) => event.rawPath.endsWith('/choice');
const isLink = (event: APIGatewayProxyEventV2) => event.rawPath === '/api/link';

/** "Send me my link again": an email address (the same answer for every address). */
export const linkRequestSchema = z.strictObject({ email: contactSchema.shape.email });

export function makeCancelCaseHandler(
  app: Pick<App, 'customerCancel' | 'giveCollectionDetails' | 'chooseRemedy' | 'sendLinks' | 'getCase' | 'policies' | 'ids'>,
  options: HttpOptions,
) {
  /** The status page again with the form as the customer filled it in, and what to correct beside each field. */
  async function collectionAgain(event: APIGatewayProxyEventV2, errors: CollectionForm['errors']) {
    const token = customerToken(event);
    const view = await app.getCase(event.pathParameters?.rma ?? '', token);
    const form = formParams(event);
    const policy = app.policies.get(view.policy);
    const values = { address: form.get('address') ?? '', phone: form.get('phone') ?? '', days: form.get('days') ?? '' };
    return html(400, statusPage(view, token, { collection: { values, errors }, ...(policy ? { policy } : {}) }));
  }

  return httpHandler(
    options,
    async (event) => {
      if (isLink(event)) {
        const language = apiLanguage(event);
        const parsed = linkRequestSchema.safeParse(readBody(event));
        if (!parsed.success) {
          if (wantsHtml(event)) return html(400, linkPage({ ...(language ? { language } : {}), refused: formParams(event).get('email') ?? '' }));
          throw parsed.error;
        }
        await app.sendLinks(parsed.data.email, requestSender(event, app.ids, options.edge));
        if (wantsHtml(event)) return seeOther(`/link?sent=1${language ? `&lang=${language}` : ''}`);
        return json(202, { sent: true });
      }
      const token = customerToken(event);
      const rma = event.pathParameters?.rma ?? '';
      if (isCollection(event)) {
        const parsed = collectionSchema.safeParse(readBody(event));
        if (!parsed.success) {
          const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
          if (wantsHtml(event)) {
            const language = (await app.getCase(rma, token)).language;
            const A = afterTextIn(language).collection;
            return collectionAgain(event, {
              ...(fields.has('address') ? { address: A.missingAddress } : {}),
              ...(fields.has('phone') ? { phone: A.badPhone } : {}),
            });
          }
          throw parsed.error;
        }
        const { token: _token, ...details } = parsed.data;
        const view = await app.giveCollectionDetails(rma, token, details as CollectionDetails);
        if (wantsHtml(event)) return seeOther(statusPath(view.rma, token, '&notice=collection_saved'));
        return json(200, view);
      }
      if (isChoice(event)) {
        const { remedy } = choiceSchema.parse(readBody(event));
        const view = await app.chooseRemedy(rma, token, remedy);
        if (wantsHtml(event)) return seeOther(statusPath(view.rma, token, '&notice=choice_saved'));
        return json(200, view);
      }
      const view = await app.customerCancel(rma, token);
      if (wantsHtml(event)) return seeOther(statusPath(view.rma, token, '&notice=cancelled'));
      return json(200, view);
    },
    (error, event) => {
      if (!wantsHtml(event)) return undefined;
      // Refused on a case the token opened (the check comes after the link's): back to its page, saying why.
      const rma = parseRma(event.pathParameters?.rma ?? '');
      if (error.code === 'not_cancellable' && rma) return seeOther(statusPath(rma, customerToken(event), '&notice=not_cancellable'));
      if (error.code === 'collection_closed' && rma) return seeOther(statusPath(rma, customerToken(event), '&notice=collection_closed'));
      if ((error.code === 'choice_closed' || (isChoice(event) && error.code === 'invalid_request')) && rma)
        return seeOther(statusPath(rma, customerToken(event), '&notice=choice_closed'));
      return error.status === 404 ? html(404, notFoundPage()) : html(error.status, errorPage());
    },
  );
}
