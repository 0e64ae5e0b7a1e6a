// The desk's front door: CloudFront in front of the HTTP API, because WAF attaches to a distribution
// and not to an HTTP API. The pages and /api/… all pass through it, nothing is cached but the static
// assets, and the headers the functions read go on (EDGE_FORWARDED_HEADERS, and Authorization on
// /api/…), with the query string, every method, the viewer's address and the edge secret. The web
// ACL with the rate rules lives in us-east-1 (web-acl-stack.ts) and is attached by its ARN
// (settings.webAclArn).
import { CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { EDGE_SECRET_HEADER, VIEWER_ADDRESS_HEADER } from '../../../functions/http/request';
import { BASE_HEADERS } from '../../../functions/http/responses';
import { EDGE_ENV, envValues } from '../../../shared/config/function-env';
import type { DeskSettings } from '../settings';
import { Capability } from './capability';

/**
 * The security headers CloudFront adds to every response, the same the functions set. The
 * Content-Security-Policy is left to the functions: it differs page by page.
 */
export const EDGE_SECURITY_HEADERS = {
  /** Two years. */
  hstsMaxAgeSeconds: 2 * 365 * 24 * 60 * 60,
  // As the functions set it: tokens in links never go to another site; the desk's own posts keep their Origin.
  referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN,
  frameOption: HeadersFrameOption.DENY,
} as const;

/**
 * The viewer headers CloudFront passes to the API (besides Authorization, which only a cache policy may
 * name), read off what the functions and API Gateway read: the body's type, what the client accepts,
 * the Idempotency-Key, the cross-site check (Origin, Sec-Fetch-Site) and a CORS preflight's two
 * questions; and the viewer's address, which only CloudFront can add. Never Host: API Gateway
 * answers only its own name. CloudFront allows at most 10 headers in an origin request policy.
 */
export const EDGE_FORWARDED_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'idempotency-key',
  'origin',
  'sec-fetch-site',
  'access-control-request-method',
  'access-control-request-headers',
  VIEWER_ADDRESS_HEADER,
] as const;

export interface DeskEdgeProps {
  settings: DeskSettings;
  api: HttpApi;
  /** Where the edge-log bucket writes its own server access logs. */
  accessLogs: IBucket;
}

export class DeskEdge extends Capability {
  readonly distribution: Distribution;
  /**
   * A random value made at the first deploy: CloudFront sends it to the API with every request
   * (EDGE_SECRET_HEADER), and the functions that count senders trust the viewer's address only then.
   */
  readonly secret: Secret;
  /**
   * EDGE_SECRET for the functions that count senders: the same dynamic reference as the origin
   * header's, so both resolve the one value at deploy and the functions read it without a Secrets
   * Manager call at cold start.
   */
  readonly functionEnvironment: Record<string, string>;

  constructor(scope: Construct, id: string, props: DeskEdgeProps) {
    super(scope, id);
    const { settings, api, accessLogs } = props;
    const stack = Stack.of(this);
    // Generated here, never typed in: CloudFront and the functions take it from Secrets Manager
    // through a dynamic reference at deploy, so the template holds only the reference.
    this.secret = new Secret(this, 'EdgeSecret', {
      description: 'Sent by the RMA desk CloudFront distribution to its API: proves a request came through it',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    this.functionEnvironment = envValues(EDGE_ENV, { EDGE_SECRET: this.secret.secretValue.unsafeUnwrap() });

    const origin = new HttpOrigin(`${api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      // The HTTP API cannot refuse callers that bypass CloudFront (it takes no resource policy): this
      // header, which CloudFront sets over anything a viewer sends, tells the functions who did not.
      customHeaders: { [EDGE_SECRET_HEADER]: this.secret.secretValue.unsafeUnwrap() },
    });
    // The functions set these too; CloudFront makes sure every answer carries them (API Gateway's own
    // errors and throttling answers included). No CSP here: the pages set their own, page by page.
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'RMA desk: HSTS, nosniff, same-origin referrer, no framing',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.seconds(EDGE_SECURITY_HEADERS.hstsMaxAgeSeconds), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: EDGE_SECURITY_HEADERS.referrerPolicy, override: true },
        frameOptions: { frameOption: EDGE_SECURITY_HEADERS.frameOption, override: true },
      },
      // Not a security header CloudFront knows by name; the functions' own value wins where they set it.
      customHeadersBehavior: { customHeaders: [{ header: 'Permissions-Policy', value: BASE_HEADERS['permissions-policy'], override: false }] },
    });
    // A list rather than "every viewer header but Host": that managed policy cannot add CloudFront's
    // viewer address, and a policy can have one or the other.
    const originRequests = new OriginRequestPolicy(this, 'EdgeOriginRequests', {
      comment: 'RMA desk: the viewer headers the functions read, the viewer address, every query string, no cookies',
      headerBehavior: OriginRequestHeaderBehavior.allowList(...EDGE_FORWARDED_HEADERS),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      cookieBehavior: OriginRequestCookieBehavior.none(),
    });
    // Pages carry case details and the API answers per request: never cached.
    const dynamic: BehaviorOptions = {
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: originRequests,
      responseHeadersPolicy: headers,
    };
    // The staff API, the bot and a case read with its link token need Authorization, which CloudFront
    // forwards only as part of a cache key, and a cache key needs a TTL above zero. Authorization and
    // the query string are the key, the default TTL is zero and every answer of the functions says
    // no-store or private, so nothing is kept; a max-age from elsewhere is cut to one second.
    const apiCache = new CachePolicy(this, 'ApiUncached', {
      comment: 'RMA desk API: keyed by Authorization and the query string so that both reach the API; answers are no-store',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList('authorization'),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      cookieBehavior: CacheCookieBehavior.none(),
    });
    // CloudFront's logs need a bucket that takes ACLs (its log delivery writes with one).
    const logs = new Bucket(this, 'EdgeLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'edge/',
      // The logs hold viewers' IP addresses: kept as long as the other access logs.
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.distribution = new Distribution(this, 'Edge', {
      comment: 'RMA returns desk: pages and API',
      defaultBehavior: dynamic,
      additionalBehaviors: {
        // The API takes POST (and the preflight's OPTIONS); an http:// POST cannot be redirected, so https only.
        '/api/*': { ...dynamic, cachePolicy: apiCache, viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY, allowedMethods: AllowedMethods.ALLOW_ALL },
        // The stylesheet, the scripts and Web Chat's bundle: the same for everyone, kept as long as the
        // function's Cache-Control says (a year for Web Chat's bundle, named by its content and sent
        // brotli- or gzip-compressed, each kept apart by the policy's Accept-Encoding key; 5 minutes
        // for the rest), so a flood of asset requests stops at the edge.
        '/assets/*': {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: headers,
        },
      },
      // North America and Europe: the merchants' customers; elsewhere is served from there, a little slower.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(settings.webAclArn ? { webAclId: settings.webAclArn } : {}),
    });
    new CfnOutput(this, 'DeskUrl', {
      value: `https://${this.distribution.distributionDomainName}`,
      description: 'The CloudFront distribution in front of the API: the pages, /api/… and the bot endpoint /api/messages',
    });

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: "The merchants' customers may write from any country: a geo restriction would refuse some of them; the WAF rate rules limit abuse instead.",
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          "Without a custom domain the desk is served on its *.cloudfront.net name with CloudFront's default certificate, for which CloudFront fixes the viewer policy (TLSv1); browsers negotiate TLS 1.2 or 1.3 with it. The origin connection is TLS 1.2 only.",
      },
    );
    if (!settings.webAclArn) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'The web ACL must live in us-east-1: it is the RmaDeskWebAcl stack, deployed first and attached with -c webAclArn (README, Deploying to AWS). Until then the stage throttling and the reserved concurrency bound what a flood costs.',
      });
    }
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'CloudFront and the functions take the edge secret at deploy, through a dynamic reference: a rotated value would reach neither until they are updated, and until then every request would be counted by its edge server. It only tells CloudFront from direct callers; a new secret (a new construct id) replaces it in one deploy.',
    });
  }
}
