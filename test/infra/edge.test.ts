// The desk's front door: CloudFront in front of the HTTP API, its security headers, the WAF web ACL
// (its own stack in us-east-1) and how the desk attaches it, and the public URL customers get.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { WEB_ACL_STACK_NAME } from '../../infra/lib/desk-app';
import { EDGE_FORWARDED_HEADERS, SENDER_COUNTING, type RmaStack } from '../../infra/lib/rma-stack';
import { deskSettings } from '../../infra/lib/settings';
import { BASE_HEADERS } from '../../functions/http/responses';
import { buildApp, logicalId, type Json } from './template';

const ACL_ARN = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/RmaDeskWebAcl-edge/0a1b2c3d-1111-2222-3333-444455556666';
// The ids of CloudFront's managed policies (the same in every account).
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

interface Synth {
  stack: RmaStack;
  template: Template;
  resources: Record<string, { Type: string; Properties: Json }>;
  webAcl: Stack;
}

function synth(context: Json = {}): Synth {
  const { app, stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false, ...context });
  const template = Template.fromStack(stack);
  return { stack, template, resources: template.toJSON().Resources, webAcl: app.node.findChild(WEB_ACL_STACK_NAME) as Stack };
}

describe('RmaDeskStack, behind CloudFront and WAF', () => {
  let plain: Synth;
  let withAcl: Synth;
  const config = (s: Synth) => s.resources[logicalId(s.stack, s.stack.distribution)]?.Properties.DistributionConfig as Json;

  beforeAll(() => {
    plain = synth();
    withAcl = synth({ webAclArn: ACL_ARN, publicBaseUrl: 'https://returns.shop.test' });
  });

  it('puts one distribution in front of the HTTP API over TLS 1.2: pages and /api/* uncached with the headers the functions read, assets cached as the function says', () => {
    // Prepare
    const api = logicalId(plain.stack, plain.stack.api);
    const headersPolicy = { Ref: Object.keys(plain.template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] };
    const originRequests = { Ref: Object.keys(plain.template.findResources('AWS::CloudFront::OriginRequestPolicy'))[0] };
    const apiCache = { Ref: Object.keys(plain.template.findResources('AWS::CloudFront::CachePolicy'))[0] };
    // Act
    const dist = config(plain) as {
      Origins: Array<{ Id: string; DomainName: unknown; CustomOriginConfig: Json }>;
      DefaultCacheBehavior: Json;
      CacheBehaviors: Array<Json>;
    };
    // Assess
    expect(Object.keys(plain.template.findResources('AWS::CloudFront::Distribution'))).toHaveLength(1);
    expect(dist.Origins).toHaveLength(1);
    expect(dist.Origins[0]?.DomainName).toEqual({ 'Fn::Join': ['', [{ Ref: api }, '.execute-api.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]] });
    expect(dist.Origins[0]?.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    expect(dist.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: ['GET', 'HEAD'],
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: originRequests,
      ResponseHeadersPolicyId: headersPolicy,
    });
    const byPath = Object.fromEntries(dist.CacheBehaviors.map((b) => [b.PathPattern as string, b]));
    expect(Object.keys(byPath).sort()).toEqual(['/api/*', '/assets/*']);
    expect(byPath['/api/*']).toMatchObject({
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      CachePolicyId: apiCache,
      OriginRequestPolicyId: originRequests,
      ResponseHeadersPolicyId: headersPolicy,
    });
    expect(byPath['/assets/*']).toMatchObject({ AllowedMethods: ['GET', 'HEAD'], CachePolicyId: CACHING_OPTIMIZED, ResponseHeadersPolicyId: headersPolicy });
    expect(byPath['/assets/*']?.OriginRequestPolicyId).toBeUndefined();
    // Logs go to a bucket of their own, which takes CloudFront's log delivery (ACLs) and is logged itself.
    expect(config(plain)).toMatchObject({
      Logging: { Bucket: { 'Fn::GetAtt': [expect.stringMatching(/^EdgeLogs/), 'RegionalDomainName'] }, Prefix: 'cloudfront/' },
    });
    plain.template.hasResourceProperties('AWS::S3::Bucket', {
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
      LoggingConfiguration: { LogFilePrefix: 'edge/' },
    });
    plain.template.hasOutput('DeskUrl', {
      Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(plain.stack, plain.stack.distribution), 'DomainName'] }]] },
    });
  });

  it("passes on exactly the headers the functions read and the viewer address, never Host, within CloudFront's 10 headers; Authorization only through the /api/* cache key", () => {
    // Prepare
    const policies = Object.values(plain.template.findResources('AWS::CloudFront::OriginRequestPolicy')) as Array<{
      Properties: { OriginRequestPolicyConfig: Json };
    }>;
    const caches = Object.values(plain.template.findResources('AWS::CloudFront::CachePolicy')) as Array<{ Properties: { CachePolicyConfig: Json } }>;
    // Every header a function asks for by name (header(event, '…')), and the bot SDK's Authorization.
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const read = new Set(
      sources(join(__dirname, '..', '..', 'functions')).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/header\(event, '([^']+)'\)/g)].map((m) => (m[1] as string).toLowerCase()),
      ),
    );
    // Act
    const headers = (policies[0]?.Properties.OriginRequestPolicyConfig as { HeadersConfig: { HeaderBehavior: string; Headers: string[] } }).HeadersConfig;
    const cache = caches[0]?.Properties.CachePolicyConfig as {
      MinTTL: number;
      DefaultTTL: number;
      MaxTTL: number;
      ParametersInCacheKeyAndForwardedToOrigin: Json;
    };
    const forwarded = new Set(
      [...headers.Headers, ...(cache.ParametersInCacheKeyAndForwardedToOrigin as { HeadersConfig: { Headers: string[] } }).HeadersConfig.Headers].map((h) =>
        h.toLowerCase(),
      ),
    );
    // Assess
    expect(policies).toHaveLength(1);
    expect(policies[0]?.Properties.OriginRequestPolicyConfig).toMatchObject({
      CookiesConfig: { CookieBehavior: 'none' },
      QueryStringsConfig: { QueryStringBehavior: 'all' },
    });
    expect(headers.HeaderBehavior).toBe('whitelist');
    expect(headers.Headers).toEqual([...EDGE_FORWARDED_HEADERS]);
    expect(headers.Headers).toContain('CloudFront-Viewer-Address');
    expect(headers.Headers.length).toBeLessThanOrEqual(10);
    expect(headers.Headers.map((h) => h.toLowerCase())).not.toContain('host');
    expect(headers.Headers.map((h) => h.toLowerCase())).not.toContain('x-desk-edge');
    // Accept-Encoding cannot be named in an origin request policy: the /assets/* behaviour's cache
    // policy (CachingOptimized, gzip and brotli on) keys on it and passes it on, normalised.
    expect([...read].filter((h) => !forwarded.has(h))).toEqual(['accept-encoding']);
    const assets = plain.template.findResources('AWS::CloudFront::Distribution') as Record<
      string,
      { Properties: { DistributionConfig: { CacheBehaviors: { PathPattern: string; CachePolicyId: string }[] } } }
    >;
    const assetBehaviour = Object.values(assets)[0]?.Properties.DistributionConfig.CacheBehaviors.find((b) => b.PathPattern === '/assets/*');
    expect(assetBehaviour?.CachePolicyId).toBe('658327ea-f89d-4fab-a63d-7e88639e58f6'); // AWS's managed CachingOptimized
    expect(read).toContain('authorization');
    // The /api/* cache key carries Authorization and the query string; nothing is kept (TTL 0, max 1 s).
    expect(caches).toHaveLength(1);
    expect(cache).toMatchObject({
      MinTTL: 0,
      DefaultTTL: 0,
      MaxTTL: 1,
      ParametersInCacheKeyAndForwardedToOrigin: {
        HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['authorization'] },
        QueryStringsConfig: { QueryStringBehavior: 'all' },
        CookiesConfig: { CookieBehavior: 'none' },
      },
    });
  });

  it('sends the API a generated edge secret from Secrets Manager, never written in the template, and gives it to the functions that count senders only', () => {
    // Prepare
    const secret = logicalId(plain.stack, plain.stack.edgeSecret);
    const reference = { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secret }, ':SecretString:::}}']] };
    const env = (fn: keyof RmaStack['functions']) =>
      (plain.resources[logicalId(plain.stack, plain.stack.functions[fn])]?.Properties.Environment as { Variables: Json }).Variables;
    // Act
    const origin = (config(plain).Origins as Array<{ OriginCustomHeaders?: Json[] }>)[0];
    const holders = (Object.keys(plain.stack.functions) as Array<keyof RmaStack['functions']>).filter((fn) => env(fn).EDGE_SECRET !== undefined);
    // Assess
    expect(origin?.OriginCustomHeaders).toEqual([{ HeaderName: 'x-desk-edge', HeaderValue: reference }]);
    expect(plain.resources[secret]?.Properties).toMatchObject({ GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true } });
    expect(plain.resources[secret]?.Properties.SecretString).toBeUndefined();
    expect(holders.sort()).toEqual([...SENDER_COUNTING].sort());
    for (const fn of SENDER_COUNTING) expect(env(fn).EDGE_SECRET).toEqual(reference);
  });

  it('adds HSTS (two years, subdomains), nosniff, a same-origin referrer, DENY framing and a Permissions-Policy at the edge, and leaves the CSP to the pages', () => {
    // Prepare / Act
    const policies = Object.values(plain.template.findResources('AWS::CloudFront::ResponseHeadersPolicy')) as Array<{
      Properties: { ResponseHeadersPolicyConfig: Json };
    }>;
    // Assess
    expect(policies).toHaveLength(1);
    const { SecurityHeadersConfig: security, CustomHeadersConfig: custom } = policies[0]?.Properties.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: Json;
      CustomHeadersConfig?: Json;
    };
    expect(security).toEqual({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'same-origin', Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
    });
    // Permissions-Policy for answers the functions do not write (API Gateway's 401, 404, 429); theirs win.
    expect(custom).toEqual({ Items: [{ Header: 'Permissions-Policy', Value: BASE_HEADERS['permissions-policy'], Override: false }] });
  });

  it('attaches the web ACL named by webAclArn, and links customers to publicBaseUrl when given, else to the distribution', () => {
    // Prepare
    const edgeUrl = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(plain.stack, plain.stack.distribution), 'DomainName'] }]] };
    const env = (s: Synth, fn: keyof RmaStack['functions']) =>
      (s.resources[logicalId(s.stack, s.stack.functions[fn])]?.Properties.Environment as { Variables: Json }).Variables;
    // Act
    const acls = [config(plain).WebACLId, config(withAcl).WebACLId];
    // Assess
    expect(acls).toEqual([undefined, ACL_ARN]);
    expect(env(plain, 'createCase').PUBLIC_BASE_URL).toEqual(edgeUrl);
    expect(env(withAcl, 'createCase').PUBLIC_BASE_URL).toBe('https://returns.shop.test');
    // The staff sign-in returns to the same place.
    expect(plain.stack.resolve(plain.stack.publicBaseUrl)).toEqual(edgeUrl);
    const staffPage = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(plain.stack, plain.stack.distribution), 'DomainName'] }, '/staff']] };
    expect(plain.resources[logicalId(plain.stack, plain.stack.staffSignIn.client)]?.Properties).toMatchObject({
      CallbackURLs: [staffPage],
      LogoutURLs: [staffPage],
    });
    // Uploads are posted from the pages' origin straight to S3.
    plain.template.hasResourceProperties('AWS::S3::Bucket', { CorsConfiguration: { CorsRules: [{ AllowedMethods: ['POST'], AllowedOrigins: [edgeUrl] }] } });
  });

  it('keeps the rate rules and the common rule set in a CLOUDFRONT web ACL of its own stack, in us-east-1', () => {
    // Prepare
    const template = Template.fromStack(plain.webAcl);
    const rateRule = (limit: number, scopeDown: Json) => ({
      Action: { Block: {} },
      Statement: { RateBasedStatement: { Limit: limit, EvaluationWindowSec: 300, AggregateKeyType: 'IP', ScopeDownStatement: scopeDown } },
    });
    const match = (field: Json, search: string, position: string) => ({
      ByteMatchStatement: { FieldToMatch: field, SearchString: search, PositionalConstraint: position, TextTransformations: [{ Priority: 0, Type: 'NONE' }] },
    });
    // Act
    const acls = Object.values(template.findResources('AWS::WAFv2::WebACL')) as Array<{ Properties: { Scope: string; DefaultAction: Json; Rules: Json[] } }>;
    // Assess
    expect(plain.webAcl.region).toBe('us-east-1');
    expect(acls).toHaveLength(1);
    const acl = acls[0]?.Properties as { Scope: string; DefaultAction: Json; Rules: Json[] };
    expect(acl.Scope).toBe('CLOUDFRONT');
    expect(acl.DefaultAction).toEqual({ Allow: {} });
    const rules = Object.fromEntries(acl.Rules.map((r) => [r.Name as string, r]));
    expect(Object.keys(rules)).toEqual(['create-case-per-ip', 'api-per-ip', 'aws-common-rule-set']);
    expect(rules['create-case-per-ip']).toMatchObject(
      rateRule(100, { AndStatement: { Statements: [match({ Method: {} }, 'POST', 'EXACTLY'), match({ UriPath: {} }, '/api/cases', 'EXACTLY')] } }),
    );
    expect(rules['api-per-ip']).toMatchObject(
      rateRule(1000, {
        AndStatement: {
          Statements: [match({ UriPath: {} }, '/api/', 'STARTS_WITH'), { NotStatement: { Statement: match({ UriPath: {} }, '/api/messages', 'EXACTLY') } }],
        },
      }),
    );
    expect(rules['aws-common-rule-set']).toMatchObject({
      OverrideAction: { None: {} },
      Statement: {
        ManagedRuleGroupStatement: {
          VendorName: 'AWS',
          Name: 'AWSManagedRulesCommonRuleSet',
          RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
        },
      },
    });
    template.hasOutput('WebAclArn', { Value: { 'Fn::GetAtt': [Object.keys(template.findResources('AWS::WAFv2::WebACL'))[0], 'Arn'] } });
  });

  it('passes cdk-nag in both stacks, with and without a web ACL attached', () => {
    // Prepare
    const check = (stack: Stack) => {
      const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(stack);
      return report.violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    };
    // Act
    const findings = [plain.stack, plain.webAcl, withAcl.stack].flatMap(check);
    // Assess
    expect(findings).toEqual([]);
  });
});

describe('RmaDeskStack context, the edge', () => {
  it.each([
    [{ corsOrigins: '*' }, /context corsOrigins: wildcards are not allowed/],
    [{ corsOrigins: 'https://shop.test,*' }, /context corsOrigins: wildcards are not allowed/],
    [{ corsOrigins: 'https://*.shop.test' }, /context corsOrigins: wildcards are not allowed/],
    [{ corsOrigins: 'http://shop.test' }, /context corsOrigins: expected https origins \(http only for localhost or 127\.0\.0\.1\)/],
    [{ corsOrigins: 'ftp://shop.test' }, /context corsOrigins: expected https origins/],
    [{ webAclArn: 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/x/0a1b' }, /context webAclArn: expected the ARN of a CLOUDFRONT-scope web ACL/],
    [{ webAclArn: 'my-acl' }, /context webAclArn: expected the ARN of a CLOUDFRONT-scope web ACL/],
  ])('refuses %j naming the setting', (context, message) => {
    // Prepare
    const values: Json = context;
    // Act
    const read = () => deskSettings((key) => values[key]);
    // Assess
    expect(read).toThrow(message);
  });

  it('takes https origins, and http ones for localhost and 127.0.0.1 only', () => {
    // Prepare
    const values: Json = { corsOrigins: 'https://shop.test, http://localhost:3000, http://127.0.0.1:8080', webAclArn: ACL_ARN };
    // Act
    const settings = deskSettings((key) => values[key]);
    // Assess
    expect(settings).toMatchObject({ corsOrigins: ['https://shop.test', 'http://localhost:3000', 'http://127.0.0.1:8080'], webAclArn: ACL_ARN });
  });
});
