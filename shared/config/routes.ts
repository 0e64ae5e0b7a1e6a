// The desk's HTTP routes, once: which function answers each method and path. The stack adds them to
// the HTTP API (infra/lib/constructs), and the local desk (local/desk.ts) dispatches by them to the
// same handlers, so the two can never list different routes.

export type RouteKey = `${'GET' | 'POST'} /${string}`;

export const ROUTES = {
  assess: ['POST /api/assess'],
  createCase: ['POST /api/cases'],
  getCase: ['GET /api/cases/{rma}'],
  cancelCase: ['POST /api/cases/{rma}/cancel', 'POST /api/cases/{rma}/collection', 'POST /api/cases/{rma}/choice', 'POST /api/link'],
  photos: ['POST /api/cases/{rma}/photos', 'GET /api/cases/{rma}/photos/{id}'],
  pages: ['GET /', 'GET /form', 'GET /chat', 'GET /status/{rma}', 'GET /link', 'GET /staff', 'GET /assets/{file}', 'GET /api/openapi.json'],
  messages: ['POST /api/messages'],
  chatToken: ['POST /api/chat/token'],
  staff: [
    'GET /api/staff/cases',
    'GET /api/staff/cases/{rma}',
    'POST /api/staff/cases/{rma}/actions',
    'GET /api/staff/cases/{rma}/photos/{id}',
    'POST /api/staff/sla/run',
  ],
} as const satisfies Record<string, readonly RouteKey[]>;

export type RoutedFunction = keyof typeof ROUTES;

/**
 * The functions other sites may call from a browser (the form API): their preflight (OPTIONS) is
 * answered — on AWS by the HTTP API's CORS settings, locally by the function itself.
 */
export const CROSS_ORIGIN: readonly RoutedFunction[] = ['assess', 'createCase', 'getCase', 'photos'];

/** A route key's method and path. */
export function splitRoute(key: RouteKey): { method: 'GET' | 'POST'; path: string } {
  const [method, path] = key.split(' ') as ['GET' | 'POST', string];
  return { method, path };
}
