// `npm run openapi` — writes web/openapi.json, the customer API's OpenAPI 3.1 description, from the
// routes and the handlers' zod schemas (functions/http/openapi.ts). The pages function serves it at
// GET /api/openapi.json; test/unit/functions/http/openapi.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApi } from '../functions/http/openapi';

export const OPENAPI_FILE = join(__dirname, '..', 'web', 'openapi.json');

if (require.main === module) {
  writeFileSync(OPENAPI_FILE, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
  console.log(`wrote ${OPENAPI_FILE}`);
}
