// The HTTP API every route goes to (behind CloudFront: edge.ts): its one $default stage with access
// logs and throttling, and how a capability adds its routes, each one either behind an authorizer
// or acknowledged as public with its reason.
import { CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination, type IHttpRouteAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { DeskSettings } from '../settings';
import { Capability } from './capability';

/** A route as "METHOD /path". */
export type Route = `${keyof typeof HttpMethod} /${string}`;

/** Who may call a function's routes: the holders of the authorizer's tokens, or anyone, for the reason given (cdk-nag APIG4). */
export type RouteAccess = { authorizer: IHttpRouteAuthorizer } | { publicBecause: string };

export class DeskHttpApi extends Capability {
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: { settings: DeskSettings }) {
    super(scope, id);
    const { settings } = props;
    this.httpApi = new HttpApi(this, 'Api', {
      apiName: `${Stack.of(this).stackName}-api`,
      description: 'RMA returns desk: the customer API and pages',
      // Our own $default stage below: the generated one cannot take access logs or throttling.
      createDefaultStage: false,
      // Only other sites need CORS: the desk's own pages call the API on their own origin.
      ...(settings.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: settings.corsOrigins,
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
              allowHeaders: ['content-type', 'idempotency-key', 'authorization'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });

    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.ONE_MONTH });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      // A public form: cap what a script can cost us in Lambda, DynamoDB and SES sends.
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // routeKey rather than path: status paths carry RMA numbers, which are the customer's business.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            routeKey: '$context.routeKey',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationLatencyMs: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            error: '$context.error.message',
          }),
        ),
      },
    });
    new CfnOutput(this, 'ApiUrl', {
      value: stage.url,
      description: 'Base URL of the HTTP API itself (customers and the bot use DeskUrl, in front of it)',
    });
  }

  /** Routes each of `routes` to `handler` through one integration; a staff route without its authorizer would fail cdk-nag (APIG4). */
  addRoutes(handler: IFunction, routes: readonly Route[], access: RouteAccess): void {
    const integration = new HttpLambdaIntegration(`${handler.node.id}Integration`, handler);
    for (const route of routes) {
      const [method, path] = route.split(' ') as [keyof typeof HttpMethod, string];
      const added = this.httpApi.addRoutes({
        path,
        methods: [HttpMethod[method]],
        integration,
        ...('authorizer' in access ? { authorizer: access.authorizer } : {}),
      });
      if ('publicBecause' in access) {
        for (const publicRoute of added) Validations.of(publicRoute).acknowledge({ id: 'AwsSolutions-APIG4', reason: access.publicBecause });
      }
    }
  }
}
