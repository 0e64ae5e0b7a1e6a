// The desk's HTTP edge with nothing behind it: the runtime (environment, Powertools logger) and the
// middleware chain every API function shares (middy, the Powertools parser with the zod event schema,
// CORS, the error mapping), routing to a handler that answers 204. The floor under every API function.
import { httpHandler } from '../functions/http/handler';
import { noContent } from '../functions/http/responses';
import { awsRuntime } from '../functions/runtime';

const { http } = awsRuntime();
export const handler = httpHandler(http, async () => noContent());
