// The customer API's OpenAPI description: every route of the customer API described (a new route
// without a description fails here), the committed web/openapi.json as npm run openapi writes it, each
// request body the handler's own zod schema, and every reference resolving.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_OPERATIONS, buildOpenApi, customerRoutes } from '../../../../functions/http/openapi';
import { ROUTES, type RouteKey } from '../../../../shared/config/routes';

const COMMITTED = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'web', 'openapi.json'), 'utf8')) as Record<string, unknown>;
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { description: string; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};

describe('the OpenAPI description of the customer API', () => {
  it('describes every customer route, and only routes that exist', () => {
    const routes = customerRoutes();
    expect(routes.filter((r) => !API_OPERATIONS[r] || API_OPERATIONS[r].description.length < 20)).toEqual([]);
    expect(Object.keys(API_OPERATIONS).filter((k) => !routes.includes(k as RouteKey))).toEqual([]);
    // The customer API is every /api route but the staff desk's and the Bot Framework endpoint.
    const api = Object.values(ROUTES)
      .flat()
      .filter((k) => k.includes(' /api/') && !k.includes('/api/staff/') && k !== 'POST /api/messages');
    expect([...routes].sort()).toEqual([...api].sort());
  });

  it('web/openapi.json is what npm run openapi writes now (run it after changing a route or a schema)', () => {
    expect(COMMITTED).toEqual(buildOpenApi());
  });

  it('is OpenAPI 3.1 whose every operation answers and every $ref resolves', () => {
    const doc = COMMITTED as unknown as Doc;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(customerRoutes().length);
    for (const op of operations) {
      expect(Object.keys(op.responses).some((s) => s.startsWith('2'))).toBe(true);
      expect(op.responses['503']).toBeDefined();
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((r) => !(r in doc.components.schemas))).toEqual([]);
  });

  it('takes each request body from the handler’s schema: strict objects, their required fields', () => {
    const schemas = (COMMITTED as unknown as Doc).components.schemas as Record<string, { additionalProperties?: boolean; required?: string[] }>;
    expect(schemas.CreateCaseRequest?.additionalProperties).toBe(false);
    expect(schemas.CreateCaseRequest?.required).toEqual(expect.arrayContaining(['policy', 'contact']));
    expect(schemas.CollectionRequest?.required).toEqual(['address']);
    expect(schemas.ChoiceRequest?.required).toEqual(['remedy']);
  });
});
