// The staff API, behind an authorizer (a Cognito user pool on AWS; the local staff token in
// `npm start`): the queue, one case in full with its photos, and the actions on it. The handler
// refuses any request the authorizer did not vouch for, so a route left open by mistake stays shut.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from '../../shared/validation/zod';
import {
  actionsCarrying,
  allowedResolutions,
  availableActions,
  CASE_STATUSES,
  COLLECTION_LIMITS,
  FLAGS,
  type CaseFilter,
  type Flag,
  RESOLUTIONS,
  type CaseStatus,
  type StaffCaseView,
} from '../../shared/cases';
import type { App } from '../../shared/wiring/app';
import { HttpError } from '../http/errors';
import { httpHandler, type HttpOptions } from '../http/handler';
import { readBody } from '../http/request';
import { jpeg, json } from '../http/responses';

const PHOTO_ID = /^[A-Za-z0-9_-]{8,64}$/;

const note = z.optional(z.string().check(z.trim(), z.maxLength(2000)));
const expectedVersion = z.int().check(z.gte(1));
const base = { note, expectedVersion };
/** The body of an action: what to do, the version the staff member saw, and what the action carries (its table entry). */
export const staffActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.enum(actionsCarrying('nothing')), ...base }),
  z.strictObject({ action: z.enum(actionsCarrying('resolution')), resolution: z.enum(RESOLUTIONS), ...base }),
  z.strictObject({ action: z.enum(actionsCarrying('facts')), facts: z.record(z.string(), z.unknown()), ...base }),
  z.strictObject({
    action: z.enum(actionsCarrying('message')),
    message: z.string().check(z.trim(), z.minLength(1, 'message: write something to send'), z.maxLength(4000)),
    ...base,
  }),
  z.strictObject({
    action: z.enum(actionsCarrying('booking')),
    booking: z.strictObject({
      day: z.iso.date({ message: 'expected a day as YYYY-MM-DD' }),
      courier: z.string().check(z.trim(), z.minLength(1), z.maxLength(COLLECTION_LIMITS.courier)),
      reference: z.string().check(z.trim(), z.minLength(1), z.maxLength(COLLECTION_LIMITS.reference)),
    }),
    ...base,
  }),
]);

/** What staff search and filter all cases by (query parameters; strict: an unknown one is refused, not ignored). */
export const searchSchema = z.strictObject({
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  policy: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, 'policy: a policy id'))),
  track: z.optional(z.string().check(z.regex(/^[a-z_]{1,64}$/, 'track: a track name'))),
  flag: z.optional(z.enum(Object.keys(FLAGS) as [Flag, ...Flag[]])),
  olderThanDays: z.optional(z.pipe(z.coerce.number(), z.int().check(z.gte(1), z.lte(3650)))),
  view: z.optional(z.enum(['all', 'collect', 'overview'])),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});

export interface StaffReader {
  /** A processed photo of a case (web size or thumbnail). */
  readPhoto(rma: string, id: string, size: 'web' | 'thumb'): Promise<Uint8Array>;
}

/**
 * Who the authorizer says this is, as the history records it; no claims means the request did not
 * pass one. An email address only when the user pool verified it (a user may change their own
 * address); otherwise the user name, which the user cannot change. ID tokens carry email,
 * email_verified and cognito:username; access tokens carry username; both carry sub. API Gateway
 * passes claims on as strings.
 */
export function staffMember(event: APIGatewayProxyEventV2): string {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } }).authorizer?.jwt?.claims;
  const verified = claims?.email_verified === true || claims?.email_verified === 'true';
  const who = (verified ? claims?.email : undefined) ?? claims?.['cognito:username'] ?? claims?.username ?? claims?.sub;
  if (typeof who !== 'string' || who === '') throw new HttpError(401, 'unauthorized', 'Sign in to the staff desk.');
  return who;
}

function statusesFrom(text: string | undefined): CaseStatus[] | undefined {
  if (!text) return undefined;
  const list = text.split(',').map((s) => s.trim());
  const bad = list.find((s) => !(CASE_STATUSES as readonly string[]).includes(s));
  if (bad !== undefined) throw new HttpError(400, 'invalid_request', `status: one or more of ${CASE_STATUSES.join(', ')}`, 'status');
  return list as CaseStatus[];
}

export function makeStaffHandler(
  app: Pick<App, 'listCases' | 'findCases' | 'overview' | 'clock' | 'policies' | 'getCaseForStaff' | 'applyAction' | 'runSlaCheck'>,
  photos: StaffReader,
  options: HttpOptions,
) {
  return httpHandler(options, async (event) => {
    const who = staffMember(event);
    const method = event.requestContext.http.method;
    const rma = event.pathParameters?.rma;
    const path = event.rawPath;
    if (method === 'GET' && path === '/api/staff/cases') {
      const q = event.queryStringParameters ?? {};
      const limit = q.limit === undefined ? undefined : Number(q.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 200))
        throw new HttpError(400, 'invalid_request', 'limit: a whole number from 1 to 200', 'limit');
      const statuses = statusesFrom(q.status);
      // Anything to search or filter by, or `all`: every case, in pages, counted. Else the work queue.
      const search = searchSchema.parse(Object.fromEntries(Object.entries(q).filter(([k]) => k !== 'status' && k !== 'limit')));
      // The overview: counts over the newest cases (shared/cases/overview.ts).
      if (search.view === 'overview') return json(200, await app.overview());
      if (Object.keys(search).length > 0) {
        const filter: CaseFilter = {
          ...(search.q ? { text: search.q } : {}),
          ...(statuses ? { statuses } : {}),
          ...(search.policy ? { policy: search.policy } : {}),
          ...(search.track ? { track: search.track } : {}),
          ...(search.flag ? { flag: search.flag } : {}),
          ...(search.olderThanDays ? { changedBefore: new Date(Date.parse(app.clock.now()) - search.olderThanDays * 86_400_000).toISOString() } : {}),
          ...(search.view === 'collect' ? { toCollect: true } : {}),
        };
        return json(200, await app.findCases(filter, { ...(limit ? { limit } : {}), ...(search.cursor ? { cursor: search.cursor } : {}) }));
      }
      return json(200, await app.listCases({ ...(statuses ? { statuses } : {}), ...(limit ? { limit } : {}) }));
    }
    if (method === 'POST' && path === '/api/staff/sla/run') return json(200, await app.runSlaCheck());
    if (!rma) throw new HttpError(404, 'not_found', 'No such route.');
    const id = event.pathParameters?.id;
    if (method === 'GET' && id !== undefined) {
      const size = event.queryStringParameters?.size ?? 'thumb';
      if (size !== 'thumb' && size !== 'web') throw new HttpError(400, 'invalid_request', 'size: thumb or web', 'size');
      if (!PHOTO_ID.test(id)) throw new HttpError(404, 'not_found', 'No such photo.');
      return jpeg(await photos.readPhoto(rma, id, size));
    }
    // The case with what may be done to it next: the staff page offers exactly those actions.
    const withActions = (view: StaffCaseView) => {
      const merchant = app.policies.get(view.policy)?.merchant;
      return { ...view, actions: availableActions(view, merchant), resolutions: allowedResolutions(view, merchant) };
    };
    if (method === 'GET') return json(200, withActions(await app.getCaseForStaff(rma)));
    const action = staffActionSchema.parse(readBody(event));
    return json(200, withActions(await app.applyAction(rma, { ...action, staffMember: who })));
  });
}
