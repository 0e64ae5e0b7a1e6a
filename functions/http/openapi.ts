// The customer API described in OpenAPI 3.1, for a merchant's own site to build against: each route
// the customer API has (ROUTES, less the staff desk behind its sign-in and the Bot Framework channel
// endpoint) with what it does, its request body as the handler's own zod schema reads it, and its
// answers. `npm run openapi` writes web/openapi.json from this; the pages function serves that file at
// GET /api/openapi.json; a test fails when a route has no description here or the file is stale.
import * as z from '../../shared/validation/zod';
import { assessRequestSchema, createCaseRequestSchema } from '../../shared/cases/request.schema';
import { POLICIES } from '../../shared/rules/policies';
import { tokenRequestSchema } from '../chat/token';
import { uploadRequestSchema } from '../photos/photos';
import { ROUTES, splitRoute, type RouteKey } from '../../shared/config/routes';
import { choiceSchema, collectionSchema, linkRequestSchema } from '../api/cancel-case';

/** The routes that are not the customer API, and why. */
export const UNDESCRIBED: Partial<Record<keyof typeof ROUTES, string>> = {
  pages: 'HTML pages and their assets (the OpenAPI document itself is described)',
  staff: 'the staff desk, behind the staff sign-in; not for merchants’ sites',
  messages: 'the Bot Framework channel endpoint (Azure Bot Service speaks the Activity protocol there)',
};

interface Operation {
  summary: string;
  description: string;
  /** The case link's token is needed (Authorization: Bearer <token>, or ?token=). */
  link?: true;
  idempotent?: true;
  request?: { schema: z.ZodMiniType; name: string };
  success: { status: number; description: string };
  /** Error statuses this route answers besides 400 (bad input) and 503 (try again). */
  errors: number[];
}

const chatTokenRequestSchema = tokenRequestSchema(POLICIES);

export const API_OPERATIONS: Partial<Record<RouteKey, Operation>> = {
  'POST /api/assess': {
    summary: 'Assess a return without opening a case',
    description:
      'Applies the merchant’s policy to what is known so far and answers with the decision: approved, declined, referred, or the facts still missing (missing, with a question for each). Nothing is stored; no email is sent.',
    request: { schema: assessRequestSchema, name: 'AssessRequest' },
    success: { status: 200, description: 'The decision as it stands, each reason with the policy clause it rests on.' },
    errors: [],
  },
  'POST /api/cases': {
    summary: 'Open a return (a case with its RMA number)',
    description:
      'Decides the return under the merchant’s policy, stores the case and emails the customer the confirmation with their status link. Send an Idempotency-Key header: a repeated request with the same key and body answers with the same case (200) and sends nothing again.',
    idempotent: true,
    request: { schema: createCaseRequestSchema, name: 'CreateCaseRequest' },
    success: { status: 201, description: 'The case: its RMA number, status, decision and status URL (200 when the Idempotency-Key was seen before).' },
    errors: [422, 429],
  },
  'GET /api/cases/{rma}': {
    summary: 'Read a return as its customer sees it',
    description: 'The case’s status, decision, next steps, collection, choice and messages, in the language asked (?lang=de|fr).',
    link: true,
    success: { status: 200, description: 'The customer’s view of the case.' },
    errors: [404],
  },
  'POST /api/cases/{rma}/cancel': {
    summary: 'Cancel a return before the parcel is received',
    description: 'Cancelling a cancelled return changes nothing; a return whose parcel has arrived can no longer be cancelled (409).',
    link: true,
    success: { status: 200, description: 'The case, cancelled.' },
    errors: [404, 409],
  },
  'POST /api/cases/{rma}/collection': {
    summary: 'Give the collection details of a return the merchant collects',
    description: 'The address to collect from, a phone number and the days that suit; accepted while the collection is not booked.',
    link: true,
    request: { schema: collectionSchema, name: 'CollectionRequest' },
    success: { status: 200, description: 'The case with its collection details.' },
    errors: [404, 409],
  },
  'POST /api/cases/{rma}/choice': {
    summary: 'Choose the remedy, once the merchant has validated the return',
    description: 'One of the remedies the decision allows (the case view lists them); open only while the merchant asks for the choice.',
    link: true,
    request: { schema: choiceSchema, name: 'ChoiceRequest' },
    success: { status: 200, description: 'The case with the choice recorded.' },
    errors: [404, 409],
  },
  'POST /api/link': {
    summary: 'Send the status links again',
    description:
      'Emails new status links for the most recent returns of this address, to that address only. Every address gets the same answer, so nobody learns who has a return; daily limits apply.',
    request: { schema: linkRequestSchema, name: 'LinkRequest' },
    success: { status: 202, description: 'Accepted: if the address has returns, the links are on their way.' },
    errors: [],
  },
  'POST /api/cases/{rma}/photos': {
    summary: 'Get a form to upload one photo',
    description: 'A presigned S3 POST form for one photo of the named type; the photo is checked, re-encoded and added to the case once uploaded.',
    link: true,
    request: { schema: uploadRequestSchema, name: 'PhotoUploadRequest' },
    success: { status: 201, description: 'The upload form: its URL and fields.' },
    errors: [404, 409],
  },
  'GET /api/cases/{rma}/photos/{id}': {
    summary: 'Read one photo of a return',
    description: 'The processed photo as JPEG, its thumbnail by default (?size=thumb|web).',
    link: true,
    success: { status: 200, description: 'The photo (image/jpeg).' },
    errors: [404],
  },
  'POST /api/chat/token': {
    summary: 'Start a chat',
    description: 'A Direct Line token for one new conversation with the returns assistant, optionally with the merchant the page is for.',
    request: { schema: chatTokenRequestSchema, name: 'ChatTokenRequest' },
    success: { status: 200, description: 'The token, its conversation id, how long it lasts and the Direct Line domain.' },
    errors: [],
  },
  'GET /api/openapi.json': {
    summary: 'This description',
    description: 'The customer API in OpenAPI 3.1.',
    success: { status: 200, description: 'This document.' },
    errors: [],
  },
};

const ERROR_MEANING: Record<number, string> = {
  400: 'The request is not valid: the error names the field and what is expected.',
  404: 'No return matches this link (an unknown RMA number and a wrong token answer alike).',
  409: 'The return is not in a state that allows this now.',
  422: 'The decision needs facts the request does not give, or an Idempotency-Key was reused with another body.',
  429: 'The case is made, but a daily limit on automatic mail was reached: its email waits for staff (the body names the case).',
  503: 'A service the desk depends on is busy or down: try again after Retry-After seconds (with the same Idempotency-Key).',
};

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
    },
  },
} as const;

/** The routes the customer API has: every route of ROUTES but those of UNDESCRIBED's functions, and this document. */
export function customerRoutes(): RouteKey[] {
  const routed = (Object.entries(ROUTES) as [keyof typeof ROUTES, readonly RouteKey[]][]).filter(([fn]) => !UNDESCRIBED[fn]).flatMap(([, keys]) => keys);
  return [...routed, ...ROUTES.pages.filter((k) => k.startsWith('GET /api/'))];
}

export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = { Error: errorBody };
  for (const key of customerRoutes()) {
    const op = API_OPERATIONS[key];
    if (!op) throw new Error(`${key}: no description in API_OPERATIONS (functions/http/openapi.ts)`);
    const { method, path } = splitRoute(key);
    const parameters = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    if (op.idempotent) parameters.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } } as never);
    if (op.request) {
      const { $schema: _schema, ...schema } = z.toJSONSchema(op.request.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
      schemas[op.request.name] = schema;
    }
    const responses: Record<string, unknown> = { [String(op.success.status)]: { description: op.success.description } };
    for (const status of [400, ...op.errors, 503]) {
      responses[String(status)] = { description: ERROR_MEANING[status], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    paths[path] = {
      ...paths[path],
      [method.toLowerCase()]: {
        operationId: `${method.toLowerCase()}${path
          .replace(/[{}]/g, '')
          .replace(/\/(\w)/g, (_m, c: string) => c.toUpperCase())
          .replace(/[^A-Za-z0-9]/g, '')}`,
        summary: op.summary,
        description: op.description,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(op.request
          ? { requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${op.request.name}` } } } } }
          : {}),
        responses,
        ...(op.link ? { security: [{ caseLink: [] }, { caseLinkQuery: [] }] } : {}),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Returns desk — customer API',
      version: '1.0.0',
      description:
        'Open and follow a return (RMA) from a merchant’s own site. Decisions follow the merchant’s published policy, clause by clause. A case is read and changed with the token of its status link.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        caseLink: { type: 'http', scheme: 'bearer', description: 'The token of the case’s status link (…/status/{rma}?token=…).' },
        caseLinkQuery: { type: 'apiKey', in: 'query', name: 'token', description: 'The same token as a query parameter.' },
      },
    },
  };
}
