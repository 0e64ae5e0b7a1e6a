// The API Gateway v2 (HTTP API) event, as the handlers read it, for Powertools' parser middleware.
// Not Powertools' own APIGatewayProxyEventV2Schema: that module imports zod's `{ z }` namespace,
// which defeats tree-shaking and put 450 KB of zod (every locale) into each bundle; this one,
// built from `import * as z`, keeps zod at about 75 KB (see bench/bundles.ts).
import * as z from 'zod';

const stringRecord = z.record(z.string(), z.string());

export const httpApiEventSchema = z.object({
  version: z.literal('2.0'),
  routeKey: z.string(),
  rawPath: z.string(),
  rawQueryString: z.string(),
  cookies: z.array(z.string()).optional(),
  headers: stringRecord,
  queryStringParameters: stringRecord.optional(),
  pathParameters: stringRecord.nullish(),
  stageVariables: stringRecord.nullish(),
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
    authorizer: z
      .object({
        jwt: z.object({
          claims: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
          scopes: z.array(z.string()).nullish(),
        }),
      })
      .optional(),
  }),
  body: z.string().optional(),
  isBase64Encoded: z.boolean(),
});
