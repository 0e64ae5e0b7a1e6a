// The API Gateway v2 (HTTP API) event, as the handlers read it, for Powertools' parser middleware.
// Not Powertools' own APIGatewayProxyEventV2Schema: that module imports zod's `{ z }` namespace,
// which defeats tree-shaking and put 450 KB of zod (every locale) into each bundle. This one, like
// every schema a function loads, is built with zod/mini: zod's functional build, whose schemas carry
// no methods and which tree-shakes to what is used (docs/architecture.md, "Cold start").
import * as z from '../../shared/validation/zod';

const stringRecord = z.record(z.string(), z.string());

export const httpApiEventSchema = z.object({
  version: z.literal('2.0'),
  routeKey: z.string(),
  rawPath: z.string(),
  rawQueryString: z.string(),
  cookies: z.optional(z.array(z.string())),
  headers: stringRecord,
  queryStringParameters: z.optional(stringRecord),
  pathParameters: z.nullish(stringRecord),
  stageVariables: z.nullish(stringRecord),
  requestContext: z.object({
    accountId: z.string(),
    apiId: z.string(),
    domainName: z.string(),
    domainPrefix: z.string(),
    http: z.object({
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']),
      path: z.string(),
      protocol: z.string(),
      sourceIp: z.string(),
      userAgent: z.string(),
    }),
    requestId: z.string(),
    routeKey: z.string(),
    stage: z.string(),
    time: z.string(),
    timeEpoch: z.number(),
    /** Set by API Gateway's JWT authorizer (the staff routes on AWS; the local gateway's staff token). */
    authorizer: z.optional(
      z.object({
        jwt: z.object({
          claims: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
          scopes: z.nullish(z.array(z.string())),
        }),
      }),
    ),
  }),
  body: z.optional(z.string()),
  isBase64Encoded: z.boolean(),
});
