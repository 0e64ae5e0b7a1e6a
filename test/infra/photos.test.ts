// The photo pipeline in the stack: the bucket, the two ways uploads reach the processor (an S3
// notification, or GuardDuty's scan result), least privilege by prefix, and sharp in the bundle.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { nodejsBundling, shippedPackages } from '../../infra/lib/desk-function';
import { SCAN_RESULT_DETAIL_TYPE, type RmaStack } from '../../infra/lib/rma-stack';
import { deskSettings } from '../../infra/lib/settings';
import { asList, buildApp, logicalId, s3Grants, statementsOf, statementsOfRole, type Json } from './template';

interface Synth {
  stack: RmaStack;
  template: Template;
  bucket: string;
  processor: string;
  /** GuardDuty's role, when scanning is on. */
  scanRole?: string;
}

/** Findings do not fail these synths, so each test fails on its own assertion (cdk-nag is checked below). */
function synth(context: Json): Synth {
  const { stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false, ...context });
  return {
    stack,
    template: Template.fromStack(stack),
    bucket: logicalId(stack, stack.photos),
    processor: logicalId(stack, stack.functions.processPhoto),
    ...(stack.malwareScan ? { scanRole: logicalId(stack, stack.malwareScan.role) } : {}),
  };
}

const resourcesOf = (template: Template, type: string) =>
  Object.entries(template.findResources(type)) as [string, { Properties: Json; DependsOn?: string[] }][];

describe('RmaDeskStack, photos', () => {
  // Once per mode: the default (S3 notification), and malware scanning with values as `-c` passes them.
  let plain: Synth;
  let scanned: Synth;

  beforeAll(() => {
    plain = synth({});
    scanned = synth({ malwareScanning: 'true', photoRetentionDays: '30', corsOrigins: 'https://returns.example.com,https://shop.test' });
  });

  it('keeps photos in a private, encrypted, SSL-only, access-logged bucket that is retained with the stack', () => {
    // Prepare
    const { template, bucket, stack } = plain;
    // Act
    const resource = template.toJSON().Resources[bucket] as Json;
    // Assess
    expect(resource).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LoggingConfiguration: { DestinationBucketName: { Ref: logicalId(stack, stack.bucketLogs) }, LogFilePrefix: 'photos/' },
      },
    });
    // Versions kept 30 days: a photo deleted by mistake can be restored (docs/operations.md).
    expect((resource.Properties as Json).VersioningConfiguration).toEqual({ Status: 'Enabled' });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucket },
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it.each([
    ['by default', () => plain, 730],
    ['with photoRetentionDays=30', () => scanned, 30],
  ])('expires uploads and staged chat photos after a day, aborts stale multipart uploads, and keeps processed photos %s for %i days', (_name, get, days) => {
    // Prepare
    const { template, bucket } = get();
    // Act
    const rules = (template.toJSON().Resources[bucket] as { Properties: { LifecycleConfiguration: { Rules: Json[] } } }).Properties.LifecycleConfiguration
      .Rules;
    // Assess
    expect(rules).toEqual([
      { Id: 'uploads', Prefix: 'uploads/', ExpirationInDays: 1, Status: 'Enabled' },
      { Id: 'staged', Prefix: 'staged/', ExpirationInDays: 1, Status: 'Enabled' },
      { Id: 'incomplete-multipart', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' },
      { Id: 'photos', Prefix: 'photos/', ExpirationInDays: days, Status: 'Enabled' },
      // Versioned: a deleted or overwritten photo can be restored for 30 days.
      { Id: 'noncurrent', NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' },
      { Id: 'delete-markers', ExpiredObjectDeleteMarker: true, Status: 'Enabled' },
    ]);
  });

  it.each([
    ['the desk', () => plain, []],
    ['the desk and the other API origins', () => scanned, ['https://returns.example.com', 'https://shop.test']],
  ])('lets browsers on %s POST upload forms to the bucket, and nothing else', (_name, get, others) => {
    // Prepare
    const { template, bucket, stack } = get();
    // No publicBaseUrl: the pages are on the CloudFront distribution.
    const origins = [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack, stack.distribution), 'DomainName'] }]] }, ...others];
    // Act
    const cors = (template.toJSON().Resources[bucket] as { Properties: { CorsConfiguration: unknown } }).Properties.CorsConfiguration;
    // Assess
    expect(cors).toEqual({ CorsRules: [{ AllowedMethods: ['POST'], AllowedOrigins: origins, AllowedHeaders: ['*'], MaxAge: 600 }] });
  });

  it('without malware scanning, starts the processor from S3 object-created notifications under uploads/ only', () => {
    // Prepare
    const { template, bucket, processor } = plain;
    // Act
    const notifications = resourcesOf(template, 'Custom::S3BucketNotifications');
    // Assess
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.[1].Properties).toMatchObject({
      BucketName: { Ref: bucket },
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'uploads/' }] } },
            LambdaFunctionArn: { 'Fn::GetAtt': [processor, 'Arn'] },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [processor, 'Arn'] },
      Principal: 's3.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [bucket, 'Arn'] },
    });
    template.resourceCountIs('AWS::GuardDuty::MalwareProtectionPlan', 0);
    template.resourceCountIs('AWS::Events::Rule', 0);
    expect(plain.scanRole).toBeUndefined();
  });

  it('with malware scanning, has GuardDuty scan and tag uploads/ and passes only its results for this bucket to the processor', () => {
    // Prepare
    const { template, bucket, processor, scanRole: role } = scanned;
    // Act
    const plans = resourcesOf(template, 'AWS::GuardDuty::MalwareProtectionPlan');
    const rules = resourcesOf(template, 'AWS::Events::Rule');
    // Assess: no S3 notification, so nothing opens an upload before its scan result.
    template.resourceCountIs('Custom::S3BucketNotifications', 0);
    template.resourcePropertiesCountIs('AWS::Lambda::Permission', { Principal: 's3.amazonaws.com' }, 0);
    expect(plans).toHaveLength(1);
    expect(plans[0]?.[1].Properties).toEqual({
      Role: { 'Fn::GetAtt': [role, 'Arn'] },
      ProtectedResource: { S3Bucket: { BucketName: { Ref: bucket }, ObjectPrefixes: ['uploads/'] } },
      Actions: { Tagging: { Status: 'ENABLED' } },
      Tags: expect.any(Array),
    });
    // GuardDuty checks the role when the plan is created: its policy must exist by then.
    const rolePolicy = Object.keys(template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: role }] } }));
    expect(rolePolicy).toHaveLength(1);
    expect(plans[0]?.[1].DependsOn).toEqual(expect.arrayContaining([role, ...rolePolicy]));
    expect(rules).toHaveLength(1);
    expect(rules[0]?.[1].Properties).toMatchObject({
      EventPattern: { source: ['aws.guardduty'], 'detail-type': [SCAN_RESULT_DETAIL_TYPE], detail: { s3ObjectDetails: { bucketName: [{ Ref: bucket }] } } },
      Targets: [{ Arn: { 'Fn::GetAtt': [processor, 'Arn'] } }],
    });
    expect(SCAN_RESULT_DETAIL_TYPE).toBe('GuardDuty Malware Protection Object Scan Result');
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [processor, 'Arn'] },
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [rules[0]?.[0], 'Arn'] },
    });
  });

  it('gives GuardDuty the role its guide lists, with object access narrowed to uploads/', () => {
    // Prepare
    const { template, bucket, scanRole: role } = scanned;
    const managedRules = {
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':events:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          ':rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*',
        ],
      ],
    };
    // Act
    const statements = statementsOfRole(template, role ?? 'no role');
    const bySid = Object.fromEntries(statements.map((st) => [st.Sid, st]));
    // Assess
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'malware-protection-plan.guardduty.amazonaws.com' } }],
      },
    });
    expect(bySid.AllowManagedRuleToSendS3EventsToGuardDuty).toMatchObject({
      Action: ['events:DeleteRule', 'events:PutRule', 'events:PutTargets', 'events:RemoveTargets'],
      Resource: managedRules,
      Condition: { StringLike: { 'events:ManagedBy': 'malware-protection-plan.guardduty.amazonaws.com' } },
    });
    expect(bySid.AllowGuardDutyToMonitorEventBridgeManagedRule).toMatchObject({
      Action: ['events:DescribeRule', 'events:ListTargetsByRule'],
      Resource: managedRules,
    });
    expect(s3Grants(statements)).toEqual([
      `s3:GetBucketNotification ${bucket}`,
      `s3:GetObject ${bucket}/uploads/*`,
      `s3:GetObjectTagging ${bucket}/uploads/*`,
      `s3:GetObjectVersion ${bucket}/uploads/*`,
      `s3:GetObjectVersionTagging ${bucket}/uploads/*`,
      `s3:ListBucket ${bucket}`,
      `s3:PutBucketNotification ${bucket}`,
      `s3:PutObject ${bucket}/malware-protection-resource-validation-object`,
      `s3:PutObjectTagging ${bucket}/uploads/*`,
      `s3:PutObjectVersionTagging ${bucket}/uploads/*`,
    ]);
    expect(statements.flatMap((st) => asList(st.Action)).filter((a) => !/^(s3|events):/.test(a))).toEqual([]);
  });

  it.each([
    ['photos', ['s3:GetObject <bucket>/photos/*', 's3:ListBucket <bucket>', 's3:PutObject <bucket>/uploads/*']],
    ['processPhoto', ['s3:DeleteObject <bucket>/uploads/*', 's3:GetObject <bucket>/uploads/*', 's3:ListBucket <bucket>', 's3:PutObject <bucket>/photos/*']],
    [
      'messages',
      [
        's3:DeleteObject <bucket>/staged/*',
        's3:GetObject <bucket>/staged/*',
        's3:ListBucket <bucket>',
        's3:PutObject <bucket>/staged/*',
        's3:PutObject <bucket>/uploads/*',
      ],
    ],
    // Staff see processed photos only: never an unprocessed upload, never a chat's staged photo.
    ['staff', ['s3:GetObject <bucket>/photos/*', 's3:ListBucket <bucket>']],
    ['assess', []],
    ['createCase', []],
    ['getCase', []],
    ['pages', []],
    ['chatToken', []],
    ['cancelCase', []],
    ['sla', []],
  ] as const)('scopes what %s may do in the photos bucket to object actions on its prefixes', (name, expected) => {
    // Prepare
    const { template, bucket, stack } = plain;
    // Act
    const grants = s3Grants(statementsOf(template, logicalId(stack, stack.functions[name])));
    // Assess (inbound mail's grants are in stack.test.ts, with its inbox)
    expect(grants).toEqual(expected.map((g) => g.replace('<bucket>', bucket)));
  });

  it.each([
    ['photos', 'photos/*'],
    ['staff', 'photos/*'],
    ['processPhoto', 'uploads/*'],
    ['messages', 'staged/*'],
  ] as const)('lets %s list only the prefix it reads (%s), so a missing photo is NoSuchKey, not AccessDenied', (name, prefix) => {
    // Prepare
    const { template, stack } = plain;
    // Act
    const listing = statementsOf(template, logicalId(stack, stack.functions[name])).filter((st) => asList(st.Action).includes('s3:ListBucket'));
    // Assess
    expect(listing).toHaveLength(1);
    expect(listing[0]?.Condition).toEqual({ StringLike: { 's3:prefix': [prefix] } });
  });

  it.each([
    ['photos', false],
    ['processPhoto', true],
  ] as const)('gives %s the table access it needs (write: %s)', (name, writes) => {
    // Prepare
    const { template, stack } = plain;
    // Act
    const actions = statementsOf(template, logicalId(stack, stack.functions[name])).flatMap((st) => asList(st.Action));
    // Assess: reads a case, and the processor records the photo on it (key conditions: least-privilege.test.ts).
    expect(actions.filter((a) => a.startsWith('dynamodb:'))).toEqual(writes ? ['dynamodb:GetItem', 'dynamodb:PutItem'] : ['dynamodb:GetItem']);
    // The processor, invoked asynchronously, may put what failed its retries in its failure queue.
    expect(actions.filter((a) => !/^(dynamodb|s3):/.test(a))).toEqual(writes ? ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'] : []);
  });

  it('tells the functions where photos are, and the pages where browsers post uploads (the origin createPresignedPost returns)', () => {
    // Prepare
    const { template, bucket, stack } = plain;
    const env = (name: keyof RmaStack['functions']) =>
      (template.toJSON().Resources[logicalId(stack, stack.functions[name])] as { Properties: { Environment: { Variables: Json } } }).Properties.Environment
        .Variables;
    // Act / Assess
    for (const name of ['photos', 'processPhoto', 'inboundMail', 'messages', 'staff'] as const)
      expect({ name, bucket: env(name).PHOTOS_BUCKET }).toEqual({ name, bucket: { Ref: bucket } });
    expect(env('pages').PHOTO_UPLOAD_ORIGIN).toEqual({
      'Fn::Join': ['', ['https://', { Ref: bucket }, '.s3.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]],
    });
    expect(env('pages').PHOTOS_BUCKET).toBeUndefined();
  });

  it('ships sharp installed beside the processor bundle, left out of esbuild, with the linux-x64 binaries (so the function is x86_64)', () => {
    // Prepare
    const { template, processor } = plain;
    // Act
    const bundling = nodejsBundling({ packages: shippedPackages(['sharp'], ['@img/sharp-linux-x64', '@img/sharp-libvips-linux-x64']) });
    const commands = bundling.commandHooks?.afterBundling('/in', '/out') ?? [];
    // Assess
    expect(bundling.externalModules).toEqual(['@aws-sdk/client-*', '@aws-sdk/lib-*', '@smithy/*', '@opentelemetry/api', '@opentelemetry/api-logs', 'sharp']);
    for (const dir of ['sharp', '@img/sharp-linux-x64', '@img/sharp-libvips-linux-x64', '@img/colour', 'detect-libc']) {
      expect(commands).toContainEqual(expect.stringMatching(new RegExp(`cp -RL ".*/node_modules/${dir}" "/out/node_modules/${dir}"$`)));
    }
    template.hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler', Architectures: ['x86_64'], MemorySize: 1024, Timeout: 30 });
    expect(Object.keys(template.findResources('AWS::Lambda::Function', { Properties: { Architectures: ['x86_64'] } }))).toEqual([processor]);
  });

  it.each([
    ['without', () => plain],
    ['with', () => scanned],
  ])('passes cdk-nag AwsSolutions %s malware scanning', (_name, get) => {
    // Prepare
    const checks = new AwsSolutionsChecks(undefined, { verbose: true });
    // Act
    const report = checks.validateScope(get().stack);
    // Assess
    expect(report.violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
  });

  it('reads the photo settings from `-c` strings and cdk.json values alike', () => {
    // Prepare
    const values: Json[] = [
      { malwareScanning: 'true', photoRetentionDays: '90' },
      { malwareScanning: true, photoRetentionDays: 90 },
      { malwareScanning: '', photoRetentionDays: '' },
    ];
    // Act
    const settings = values.map((v) => deskSettings((key) => v[key]));
    // Assess
    expect(settings.map(({ malwareScanning, photoRetentionDays }) => ({ malwareScanning, photoRetentionDays }))).toEqual([
      { malwareScanning: true, photoRetentionDays: 90 },
      { malwareScanning: true, photoRetentionDays: 90 },
      { malwareScanning: false, photoRetentionDays: 730 },
    ]);
  });
});

describe('shippedPackages', () => {
  // A made-up install: app → lib (which needs its own nested helper 2, while the top level has helper 1)
  // and two platform binaries of which only one is installed.
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rma-shipped-'));
    const pkg = (dir: string, manifest: Json) => {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, 'package.json'), JSON.stringify(manifest));
    };
    pkg('node_modules/app', { name: 'app', dependencies: { lib: '1', helper: '2' }, optionalDependencies: { '@bin/linux-x64': '1', '@bin/win32-x64': '1' } });
    pkg('node_modules/lib', { name: 'lib' });
    pkg('node_modules/app/node_modules/helper', { name: 'helper', version: '2.0.0' });
    pkg('node_modules/helper', { name: 'helper', version: '1.0.0' });
    pkg('node_modules/@bin/linux-x64', { name: '@bin/linux-x64' });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('copies a package with its dependencies as Node resolves them, and only the platform binaries named', () => {
    // Prepare / Act
    const shipped = shippedPackages(['app'], ['@bin/linux-x64'], root);
    // Assess: the nested helper travels inside app's directory; the top-level helper 1 is not shipped.
    expect(shipped).toEqual({
      external: ['app'],
      directories: {
        'node_modules/@bin/linux-x64': join(root, 'node_modules/@bin/linux-x64'),
        'node_modules/app': join(root, 'node_modules/app'),
        'node_modules/lib': join(root, 'node_modules/lib'),
      },
    });
  });

  it.each([
    [['app'], ['@bin/win32-x64'], /@bin\/win32-x64 not installed/],
    [['nothing-here'], [], /nothing-here is not installed/],
  ])('refuses at synth what would only fail at cold start: %j with %j', (names, platform, message) => {
    // Prepare / Act
    const ship = () => shippedPackages(names, platform, root);
    // Assess
    expect(ship).toThrow(message);
  });
});
