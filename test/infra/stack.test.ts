// The stack as CloudFormation, built in-process without bundling: shape, least privilege, cdk-nag.
// The photo pipeline's part is in photos.test.ts.
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { Table, AttributeType } from 'aws-cdk-lib/aws-dynamodb';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DESK_BUNDLING, DESK_RUNTIME, LANGUAGE_CATALOGUES, nodejsBundling } from '../../infra/lib/desk-function';
import type { RmaStack } from '../../infra/lib/rma-stack';
import { DEFAULT_RESERVED_CONCURRENCY, deskSettings } from '../../infra/lib/settings';
import { DEFAULT_MAIL_LIMITS } from '../../shared/cases/ports';
import { TABLE } from '../../shared/adapters/dynamodb/table';
import { asList, buildApp, logicalId, s3Grants, statementsOf, TRACING_STATEMENT, type Json } from './template';

describe('RmaDeskStack, inbound mail', () => {
  it('receives the RMA addresses with scanning and TLS, stores each message privately, then invokes the function', () => {
    // Prepare
    const { stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false });
    const template = Template.fromStack(stack);
    const inbox = logicalId(stack, stack.inbox);
    const fn = logicalId(stack, stack.functions.inboundMail);
    // Assess
    template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: {
        Recipients: ['plc-technologies@example.com', 'plextor-eu@example.com', 'returns@example.com'],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [
          { S3Action: { BucketName: { Ref: inbox }, ObjectKeyPrefix: 'inbox/' } },
          { LambdaAction: { FunctionArn: { 'Fn::GetAtt': [fn, 'Arn'] }, InvocationType: 'Event' } },
        ],
      },
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    // It reads stored messages, writes attachments and hands images to the photo pipeline, each under
    // its own prefix: no listing, no bucket-level rights.
    expect(s3Grants(statementsOf(template, fn))).toEqual([
      `s3:GetObject ${inbox}/inbox/*`,
      `s3:PutObject ${inbox}/attachments/*`,
      `s3:PutObject ${logicalId(stack, stack.photos)}/uploads/*`,
    ]);
    expect(template.toJSON().Resources[fn].Properties.Environment.Variables.MAIL_ADDRESSES).toBe(
      JSON.stringify({ 'plc-technologies@example.com': 'plc-technologies', 'plextor-eu@example.com': 'plextor-eu' }),
    );
  });
});

describe('RmaDeskStack, the chat', () => {
  it('keeps the bot credentials and the Direct Line secret in Secrets Manager, each readable by its one function', () => {
    // Prepare
    const { stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false });
    const template = Template.fromStack(stack);
    const botSecret = logicalId(stack, stack.secrets.bot);
    const dlSecret = logicalId(stack, stack.secrets.directLine);
    // Act
    const readers = (secret: string) =>
      Object.values(stack.functions)
        .filter((f) =>
          statementsOf(template, logicalId(stack, f)).some(
            (st) => asList(st.Action).includes('secretsmanager:GetSecretValue') && JSON.stringify(st.Resource).includes(secret),
          ),
        )
        .map((f) => f.node.id);
    // Assess
    // The third is the edge secret, which no function reads from Secrets Manager (edge.test.ts).
    expect(Object.keys(template.findResources('AWS::SecretsManager::Secret'))).toHaveLength(3);
    expect(readers(botSecret)).toEqual(['Messages']);
    expect(readers(dlSecret)).toEqual(['ChatToken']);
    expect(readers(logicalId(stack, stack.edgeSecret))).toEqual([]);
    expect(template.toJSON().Resources[logicalId(stack, stack.functions.messages)].Properties.Environment.Variables.BOT_SECRET_ARN).toEqual({ Ref: botSecret });
    // The token function holds a secret but touches no case: it only records who opened the conversation.
    expect(
      statementsOf(template, logicalId(stack, stack.functions.chatToken))
        .flatMap((st) => asList(st.Action))
        .filter((a) => a.startsWith('dynamodb:')),
    ).toEqual(['dynamodb:PutItem']);
  });

  it('gives the two functions that read a secret the secrets extension, and no other function a layer', () => {
    // Prepare
    const { stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false });
    const resources = Template.fromStack(stack).toJSON().Resources as Record<
      string,
      { Properties: { Layers?: Json[]; Environment?: { Variables: Record<string, Json> } } }
    >;
    // Act
    const withLayers = Object.values(stack.functions)
      .filter((f) => (resources[logicalId(stack, f)]?.Properties.Layers ?? []).length > 0)
      .map((f) => f.node.id);
    const messages = resources[logicalId(stack, stack.functions.messages)]?.Properties;
    // Assess
    expect(withLayers.sort()).toEqual(['ChatToken', 'Messages']);
    // AWS's layer, by region and architecture (the stack is region-agnostic: a mapping picks it at deploy time).
    expect(JSON.stringify(messages?.Layers)).toContain('Fn::FindInMap');
    expect(messages?.Environment?.Variables.PARAMETERS_SECRETS_EXTENSION_LOG_LEVEL).toBe('warn');
  });
});

describe('RmaDeskStack', () => {
  let stack: RmaStack;
  let template: Template;
  let ids: Record<keyof RmaStack['functions'], string>;

  beforeAll(() => {
    // Findings do not fail this synth, so each test below fails on its own assertion; the cdk-nag test checks them.
    ({ stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false }));
    template = Template.fromStack(stack);
    ids = Object.fromEntries(Object.entries(stack.functions).map(([name, fn]) => [name, logicalId(stack, fn)])) as typeof ids;
  });

  it('keeps cases in one on-demand table with the shared key shape, PITR, TTL, the byStatus index and the byChange index (the staff search)', () => {
    // Prepare
    const { partitionKey, sortKey, ttlAttribute, byStatusIndex, byChangeIndex } = TABLE;
    // Act
    const tables = template.findResources('AWS::DynamoDB::Table');
    // Assess
    expect(Object.keys(tables)).toHaveLength(1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: partitionKey, KeyType: 'HASH' },
        { AttributeName: sortKey, KeyType: 'RANGE' },
      ],
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: partitionKey, AttributeType: 'S' },
        { AttributeName: sortKey, AttributeType: 'S' },
        { AttributeName: byStatusIndex.partitionKey, AttributeType: 'S' },
        { AttributeName: byStatusIndex.sortKey, AttributeType: 'S' },
      ]),
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: ttlAttribute, Enabled: true },
      SSESpecification: { SSEEnabled: true },
      GlobalSecondaryIndexes: [
        {
          IndexName: byStatusIndex.name,
          KeySchema: [
            { AttributeName: byStatusIndex.partitionKey, KeyType: 'HASH' },
            { AttributeName: byStatusIndex.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
        {
          IndexName: byChangeIndex.name,
          KeySchema: [
            { AttributeName: byChangeIndex.partitionKey, KeyType: 'HASH' },
            { AttributeName: byChangeIndex.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });

  it('retains the table when the stack is deleted or the table replaced', () => {
    // Prepare / Act
    const table = Object.values(template.findResources('AWS::DynamoDB::Table'))[0] as Json;
    // Assess
    expect(table).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('runs thirteen Node.js 22 functions with the shared defaults and the environment readEnv needs', () => {
    // Prepare
    const tableRef = { Ref: logicalId(stack, stack.table) };
    // No publicBaseUrl: links point at the CloudFront distribution, whose pages call the API on their own origin.
    const edgeUrl = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [logicalId(stack, stack.distribution), 'DomainName'] }]] };
    // Act: all but CDK's own bucket-notification handler (a custom resource, in photos.test.ts).
    const functions = Object.fromEntries(
      Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) => !id.startsWith('BucketNotificationsHandler')),
    );
    // Assess
    expect(Object.keys(functions).sort()).toEqual(Object.values(ids).sort());
    for (const id of Object.values(ids)) {
      // The bot carries the Agents SDK, the processor decodes photos with sharp: more memory (and so CPU).
      const big = id === ids.messages || id === ids.processPhoto;
      const timeout = id === ids.messages ? 15 : id === ids.inboundMail || id === ids.processPhoto ? 30 : id === ids.sla ? 60 : 10;
      expect(functions[id]).toMatchObject({
        Properties: {
          Runtime: 'nodejs22.x',
          // sharp's binaries here are x86_64 only (photos.test.ts); everything else runs on Graviton.
          Architectures: [id === ids.processPhoto ? 'x86_64' : 'arm64'],
          Handler: 'index.handler',
          MemorySize: big ? 1024 : 512,
          Timeout: timeout,
          LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
          Environment: {
            Variables: {
              TABLE_NAME: tableRef,
              MAIL_FROM: 'returns@example.com',
              PUBLIC_BASE_URL: edgeUrl,
              CORS_ORIGINS: '',
              DESK_TIME_ZONE: 'UTC',
              POWERTOOLS_SERVICE_NAME: 'rma-desk',
              POWERTOOLS_LOG_LEVEL: 'INFO',
            },
          },
        },
      });
      // X-Ray follows each invocation; the role may write traces and nothing more for it.
      expect((functions[id] as { Properties: Json }).Properties.TracingConfig).toEqual({ Mode: 'Active' });
      expect(statementsOf(template, id, { tracing: true })).toContainEqual(TRACING_STATEMENT);
    }
    expect(Object.keys(functions)).toHaveLength(13);
    // One log group per function, and the API's access logs.
    template.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 14);
  });

  it('derives the construct bundling from DESK_BUNDLING, the one esbuild configuration', () => {
    // Prepare / Act
    const { commandHooks, ...bundling } = nodejsBundling();
    // Assess: every function gets the German and French catalogues beside its bundle (read only when a customer needs one)
    expect(commandHooks?.afterBundling('/in', '/out')).toEqual(Object.entries(LANGUAGE_CATALOGUES).map(([from, to]) => `cp "${from}" "/out/${to}"`));
    expect(Object.values(LANGUAGE_CATALOGUES).sort()).toEqual([
      'catalogue-de.json',
      'catalogue-de.messages.json',
      'catalogue-fr.json',
      'catalogue-fr.messages.json',
    ]);
    // Every esbuild setting reaches the construct, under NodejsFunction's name for it, and nothing else does
    expect(bundling).toEqual({
      minify: false,
      sourceMap: DESK_BUNDLING.sourcemap,
      target: DESK_BUNDLING.target,
      format: DESK_BUNDLING.format,
      externalModules: DESK_BUNDLING.external,
      esbuildArgs: {
        '--minify-whitespace': DESK_BUNDLING.minifyWhitespace,
        '--minify-syntax': DESK_BUNDLING.minifySyntax,
        '--alias:@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    });
    // Identifiers kept (a stack trace names our functions), and no source map for Node to parse at every cold start
    expect(DESK_BUNDLING).toMatchObject({ minifyWhitespace: true, minifySyntax: true, sourcemap: false });
    expect(DESK_BUNDLING).not.toHaveProperty('minify');
    // The bundles are built for the Node.js the functions run on, and leave out only what that runtime ships (the SDK v3).
    expect(DESK_BUNDLING.target).toBe(DESK_RUNTIME.name.replace(/^nodejs(\d+)\.x$/, 'node$1'));
    // Besides the SDK, only OpenTelemetry, which the Agents SDK loads if it is there and otherwise does without.
    expect(DESK_BUNDLING.external.filter((name) => !/^@(?:aws-sdk|smithy)\//.test(name))).toEqual(['@opentelemetry/api', '@opentelemetry/api-logs']);
  });

  it('routes exactly the twenty-four routes, each to its function (the staff routes behind their authorizer: staff.test.ts)', () => {
    // Prepare
    const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Json }>;
    const integrationTarget = (integrationId: string) => {
      const uri = resources[integrationId]?.Properties.IntegrationUri as { 'Fn::GetAtt': [string, string] };
      return uri['Fn::GetAtt'][0];
    };
    // Act
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map((r) => {
      const props = (r as { Properties: { RouteKey: string; Target: { 'Fn::Join': [string, [string, { Ref: string }]] } } }).Properties;
      return [props.RouteKey, integrationTarget(props.Target['Fn::Join'][1][1].Ref)] as const;
    });
    // Assess
    expect(Object.fromEntries(routes)).toEqual({
      'POST /api/assess': ids.assess,
      'POST /api/cases': ids.createCase,
      'GET /api/cases/{rma}': ids.getCase,
      'POST /api/cases/{rma}/cancel': ids.cancelCase,
      'POST /api/cases/{rma}/collection': ids.cancelCase,
      'POST /api/cases/{rma}/choice': ids.cancelCase,
      'POST /api/link': ids.cancelCase,
      'GET /link': ids.pages,
      'GET /': ids.pages,
      'GET /form': ids.pages,
      'GET /status/{rma}': ids.pages,
      'GET /assets/{file}': ids.pages,
      // the customer API's description (functions/http/openapi.ts)
      'GET /api/openapi.json': ids.pages,
      'GET /chat': ids.pages,
      'GET /staff': ids.pages,
      'POST /api/messages': ids.messages,
      'POST /api/chat/token': ids.chatToken,
      'POST /api/cases/{rma}/photos': ids.photos,
      'GET /api/cases/{rma}/photos/{id}': ids.photos,
      'GET /api/staff/cases': ids.staff,
      'GET /api/staff/cases/{rma}': ids.staff,
      'POST /api/staff/cases/{rma}/actions': ids.staff,
      'GET /api/staff/cases/{rma}/photos/{id}': ids.staff,
      'POST /api/staff/sla/run': ids.staff,
    });
    expect(routes).toHaveLength(24);
  });

  it('answers CORS preflight for the configured origins only, and for none when the pages share the API origin', () => {
    // Prepare
    const withBase = Template.fromStack(buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false, publicBaseUrl: 'https://returns.example.com' }).stack);
    // Act
    const apis = template.findResources('AWS::ApiGatewayV2::Api');
    // Assess
    expect(Object.values(apis).map((api) => (api as { Properties: Json }).Properties.CorsConfiguration)).toEqual([undefined]);
    withBase.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: ['https://returns.example.com'],
        AllowMethods: ['GET', 'POST', 'OPTIONS'],
        AllowHeaders: ['content-type', 'idempotency-key', 'authorization'],
      },
    });
  });

  it('serves one auto-deployed $default stage with access logs and throttling, and outputs its URL', () => {
    // Prepare / Act
    const stages = template.findResources('AWS::ApiGatewayV2::Stage');
    // Assess
    expect(Object.keys(stages)).toHaveLength(1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ApiAccessLogs'), 'Arn'] },
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
    });
    template.hasOutput('ApiUrl', { Value: Match.objectLike({ 'Fn::Join': Match.anyValue() }) });
  });

  it('lets create-case send mail only as the SES identity and from the desk address, never on *', () => {
    // Prepare
    const identityId = logicalId(stack, stack.emailIdentity);
    const configurationSetId = logicalId(stack, stack.mail.configurationSet);
    // Act
    const ses = statementsOf(template, ids.createCase).filter((s) => asList(s.Action).some((a) => a.startsWith('ses:')));
    // Assess
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'example.com' });
    expect(ses).toEqual([
      {
        Effect: 'Allow',
        Action: ['ses:SendEmail', 'ses:SendRawEmail'],
        Condition: { StringEquals: { 'ses:FromAddress': 'returns@example.com' } },
        Resource: [
          // Through the desk's configuration set (bounces and complaints), as the identity.
          {
            'Fn::Join': [
              '',
              [
                'arn:',
                { Ref: 'AWS::Partition' },
                ':ses:',
                { Ref: 'AWS::Region' },
                ':',
                { Ref: 'AWS::AccountId' },
                ':configuration-set/',
                { Ref: configurationSetId },
              ],
            ],
          },
          {
            'Fn::Join': [
              '',
              ['arn:', { Ref: 'AWS::Partition' }, ':ses:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':identity/', { Ref: identityId }],
            ],
          },
        ],
      },
    ]);
    // Only the functions that open or change cases send mail: create-case, the bot, inbound mail,
    // the customer's cancel, the staff actions and the 21-day check.
    const senders = Object.entries(ids).filter(([, id]) => statementsOf(template, id).some((s) => asList(s.Action).some((a) => a.startsWith('ses:'))));
    expect(senders.map(([name]) => name).sort()).toEqual(['cancelCase', 'createCase', 'inboundMail', 'messages', 'sla', 'staff']);
  });

  it('gives assess no DynamoDB permission and no policy of its own at all', () => {
    // Prepare / Act
    const statements = statementsOf(template, ids.assess);
    // Assess
    expect(statements).toEqual([]);
  });

  it.each([['getCase'], ['pages']] as const)('gives %s read-only table access: GetItem on cases, nothing else', (name) => {
    // Prepare / Act
    const actions = statementsOf(template, ids[name]).flatMap((s) => asList(s.Action));
    // Assess
    expect(actions).toEqual(['dynamodb:GetItem']);
  });

  it('passes cdk-nag AwsSolutions with no unacknowledged error or warning', () => {
    // Prepare
    const checks = new AwsSolutionsChecks(undefined, { verbose: true });
    // Act: cdk-nag 3 is a validation plugin, not an aspect, so its findings are in its report, not in Annotations.
    const report = checks.validateScope(stack);
    // Assess
    const findings = report.violations.map((v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(findings).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('carries no CDK error or warning annotations', () => {
    // Prepare / Act
    const annotations = Annotations.fromStack(stack);
    // Assess
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('fails synth when a new resource breaks an AwsSolutions rule (cdk-nag is wired into the app)', () => {
    // Prepare
    const { app, stack: fresh } = buildApp();
    new Table(fresh, 'Unchecked', { partitionKey: { name: 'id', type: AttributeType.STRING } });
    // Act
    const synth = () => app.synth();
    // Assess
    expect(synth).toThrow(/AwsSolutions-DDB3/);
  });
});

describe('RmaDeskStack context', () => {
  it('defaults every setting so that synth needs no context', () => {
    // Prepare / Act
    const settings = deskSettings(() => undefined);
    // Assess
    expect(settings).toEqual({
      mailFrom: 'returns@example.com',
      sesIdentity: 'example.com',
      // No publicBaseUrl: the stack's CloudFront distribution serves the pages and the API on one origin (edge.test.ts).
      corsOrigins: [],
      timeZone: 'UTC',
      inboundAddresses: { 'plc-technologies@example.com': 'plc-technologies', 'plextor-eu@example.com': 'plextor-eu' },
      photoRetentionDays: 730,
      malwareScanning: false,
      reservedConcurrency: DEFAULT_RESERVED_CONCURRENCY,
      mailLimits: DEFAULT_MAIL_LIMITS,
    });
    // No staffDomainPrefix: the stack derives one from its id (staff.test.ts).
    expect(Object.keys(settings)).not.toContain('staffDomainPrefix');
  });

  it('takes http for publicBaseUrl on localhost only, and a staffDomainPrefix as given', () => {
    // Prepare
    const values: Json = { publicBaseUrl: 'http://localhost:3000', staffDomainPrefix: ' shop-returns-staff ' };
    // Act
    const settings = deskSettings((key) => values[key]);
    // Assess
    expect(settings).toMatchObject({ publicBaseUrl: 'http://localhost:3000', staffDomainPrefix: 'shop-returns-staff' });
  });

  it('verifies an email address identity and passes the context through to the functions', () => {
    // Prepare
    const context = {
      publicBaseUrl: 'https://desk.shop.test/returns',
      mailFrom: 'rma@shop.test',
      sesIdentity: 'rma@shop.test',
      corsOrigins: 'https://shop.test, https://www.shop.test',
      timeZone: 'Europe/Berlin',
    };
    // Act
    const { stack } = buildApp(context);
    const template = Template.fromStack(stack);
    // Assess
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'rma@shop.test' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: { AllowOrigins: ['https://shop.test', 'https://www.shop.test'] } });
    template.resourcePropertiesCountIs(
      'AWS::Lambda::Function',
      {
        Environment: {
          Variables: Match.objectLike({
            MAIL_FROM: 'rma@shop.test',
            PUBLIC_BASE_URL: 'https://desk.shop.test/returns',
            CORS_ORIGINS: 'https://shop.test,https://www.shop.test',
            DESK_TIME_ZONE: 'Europe/Berlin',
          }),
        },
      },
      13,
    );
    expect(Object.keys(template.toJSON().Outputs as Json).filter((k) => k.startsWith('Dkim'))).toEqual([]);
  });

  it('gives every function the daily mail limits, the desk defaults unless set', () => {
    const limits = (context: Json) => deskSettings((key) => context[key]).mailLimits;
    expect(limits({})).toEqual(DEFAULT_MAIL_LIMITS);
    expect(limits({ mailLimitPerRecipient: '3', mailLimitPerSender: 40 })).toEqual({ perRecipientPerDay: 3, perSenderPerDay: 40 });
    const template = Template.fromStack(buildApp({}).stack);
    const envs = Object.values(template.findResources('AWS::Lambda::Function')).map(
      (f) => (f as { Properties: { Environment?: { Variables?: Json } } }).Properties.Environment?.Variables ?? {},
    );
    const withTable = envs.filter((v) => v.TABLE_NAME);
    expect(withTable.length).toBeGreaterThan(5);
    for (const v of withTable)
      expect({ r: v.MAIL_LIMIT_PER_RECIPIENT, s: v.MAIL_LIMIT_PER_SENDER }).toEqual({
        r: String(DEFAULT_MAIL_LIMITS.perRecipientPerDay),
        s: String(DEFAULT_MAIL_LIMITS.perSenderPerDay),
      });
  });

  it.each([
    [{ mailFrom: 'not-an-address' }, /mailFrom/],
    [{ sesIdentity: 'other.test' }, /does not cover mailFrom/],
    [{ corsOrigins: 'https://shop.test/' }, /not an origin/],
    [{ publicBaseUrl: 'returns.example.com' }, /publicBaseUrl/],
    [{ publicBaseUrl: 'http://returns.example.com' }, /publicBaseUrl: Cognito needs https/],
    [{ staffDomainPrefix: 'Returns_Staff' }, /staffDomainPrefix: expected lowercase letters/],
    [{ staffDomainPrefix: '-returns' }, /staffDomainPrefix: expected lowercase letters/],
    [{ staffDomainPrefix: 'x'.repeat(64) }, /staffDomainPrefix: expected lowercase letters/],
    [{ staffDomainPrefix: 'returns-aws-staff' }, /staffDomainPrefix: Cognito refuses a prefix containing "aws"/],
    [{ timeZone: 'Mars/Olympus' }, /time zone/],
    [{ photoRetentionDays: '0' }, /photoRetentionDays: expected at least 1 day/],
    [{ photoRetentionDays: 'two years' }, /photoRetentionDays: expected a whole number/],
    [{ photoRetentionDays: 2.5 }, /photoRetentionDays: expected a whole number/],
    [{ malwareScanning: 'yes' }, /malwareScanning: expected true or false/],
    [{ mailLimitPerRecipient: '0' }, /mailLimitPerRecipient: expected 1 to 1000 emails a day/],
    [{ mailLimitPerSender: 'many' }, /mailLimitPerSender: expected a whole number/],
  ])('refuses a bad context value at synth: %j', (context, message) => {
    // Prepare
    const values: Json = context;
    // Act
    const read = () => deskSettings((key) => values[key]);
    // Assess
    expect(read).toThrow(message);
  });
});
