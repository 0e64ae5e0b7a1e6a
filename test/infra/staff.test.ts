// After the decision in the stack: the staff API behind the Cognito user pool, the customer's cancel
// route, the staff page's sign-in settings, and the daily 21-day check on EventBridge Scheduler.
import { Template } from 'aws-cdk-lib/assertions';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ROUTES, type RmaStack } from '../../infra/lib/rma-stack';
import { asList, buildApp, grants, logicalId, statementsOf, statementsOfRole, type Json } from './template';

interface Synth {
  stack: RmaStack;
  template: Template;
  resources: Record<string, { Type: string; Properties: Json; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;
  ids: Record<keyof RmaStack['functions'], string>;
  userPool: string;
  client: string;
  domain: string;
}

/** Findings do not fail these synths, so each test fails on its own assertion (cdk-nag is checked below and in photos.test.ts). */
function synth(context: Json): Synth {
  const { stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false, ...context });
  const template = Template.fromStack(stack);
  return {
    stack,
    template,
    resources: template.toJSON().Resources,
    ids: Object.fromEntries(Object.entries(stack.functions).map(([name, fn]) => [name, logicalId(stack, fn)])) as Synth['ids'],
    userPool: logicalId(stack, stack.staffSignIn.userPool),
    client: logicalId(stack, stack.staffSignIn.client),
    domain: logicalId(stack, stack.staffSignIn.domain),
  };
}

/** A CloudFormation string value written out, references as <LogicalId> (pseudo parameters too). */
function written(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as { Ref?: string; 'Fn::Join'?: [string, unknown[]]; 'Fn::GetAtt'?: [string, string] };
  if (v.Ref) return `<${v.Ref}>`;
  if (v['Fn::GetAtt']) return `<${v['Fn::GetAtt'].join('.')}>`;
  if (v['Fn::Join']) return v['Fn::Join'][1].map(written).join(v['Fn::Join'][0]);
  return JSON.stringify(value);
}

const env = (s: Synth, name: keyof RmaStack['functions']) => (s.resources[s.ids[name]]?.Properties.Environment as { Variables: Json }).Variables;

describe('RmaDeskStack, after the decision', () => {
  // Once per configuration: the defaults on a custom domain, and a deployment with its own time zone,
  // base path and sign-in prefix. (Without publicBaseUrl the staff page is on the distribution: edge.test.ts.)
  let plain: Synth;
  let custom: Synth;

  beforeAll(() => {
    plain = synth({ publicBaseUrl: 'https://returns.example.com' });
    custom = synth({ timeZone: 'Europe/Brussels', publicBaseUrl: 'https://desk.shop.test/returns', staffDomainPrefix: 'shop-test-returns-staff' });
  });

  it('routes the five staff routes to the staff function, each behind the user pool authorizer, and every other route without one', () => {
    // Prepare
    const { resources, ids, userPool, client } = plain;
    const integrationTarget = (target: unknown) => {
      const integrationId = (target as { 'Fn::Join': [string, [string, { Ref: string }]] })['Fn::Join'][1][1].Ref;
      return (resources[integrationId]?.Properties.IntegrationUri as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    };
    const authorizers = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::ApiGatewayV2::Authorizer');
    // Act
    const routes = Object.values(resources)
      .filter((r) => r.Type === 'AWS::ApiGatewayV2::Route')
      .map((r) => ({
        route: r.Properties.RouteKey as string,
        fn: integrationTarget(r.Properties.Target),
        type: r.Properties.AuthorizationType,
        authorizer: r.Properties.AuthorizerId,
      }));
    const staffRoutes = routes.filter((r) => r.route.startsWith('GET /api/staff/') || r.route.startsWith('POST /api/staff/'));
    // Assess
    expect(authorizers).toHaveLength(1);
    const [authorizerId, authorizer] = authorizers[0] as [string, { Properties: Json }];
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      // Tokens of this pool, issued to the staff page's client, and no other.
      JwtConfiguration: {
        Audience: [{ Ref: client }],
        Issuer: { 'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', { Ref: userPool }]] },
      },
    });
    expect(staffRoutes.map((r) => r.route).sort()).toEqual([...ROUTES.staff].sort());
    for (const r of staffRoutes) expect(r).toEqual({ route: r.route, fn: ids.staff, type: 'JWT', authorizer: { Ref: authorizerId } });
    const publicRoutes = routes.filter((r) => !staffRoutes.includes(r));
    expect(publicRoutes).toHaveLength(19);
    for (const r of publicRoutes)
      expect({ route: r.route, type: r.type, authorizer: r.authorizer }).toEqual({ route: r.route, type: 'NONE', authorizer: undefined });
    // The customer cancels with the link token the function checks; the staff page is a public page (it signs in itself).
    expect(routes.filter((r) => r.fn === ids.cancelCase).map((r) => r.route)).toEqual([
      'POST /api/cases/{rma}/cancel',
      'POST /api/cases/{rma}/collection',
      'POST /api/cases/{rma}/choice',
      'POST /api/link',
    ]);
    expect(routes.find((r) => r.route === 'GET /staff')?.fn).toBe(ids.pages);
  });

  it('keeps staff in a retained user pool: administrators create the users, email sign-in, a strong password and an authenticator app (no SMS)', () => {
    // Prepare
    const { resources, userPool } = plain;
    // Act
    const pool = resources[userPool];
    // Assess
    expect(pool).toMatchObject({
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        AdminCreateUserConfig: {
          AllowAdminCreateUserOnly: true,
          InviteMessageTemplate: { EmailMessage: expect.stringContaining('https://returns.example.com/staff') },
        },
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        Policies: {
          PasswordPolicy: {
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 3,
          },
        },
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      },
    });
    expect(pool?.Properties.SmsConfiguration).toBeUndefined();
    expect(Object.values(resources).filter((r) => r.Type === 'AWS::Cognito::UserPool')).toHaveLength(1);
  });

  it('gives the staff page a public client: code flow (PKCE), no secret, OpenID scopes, <publicBaseUrl>/staff to return to, one-hour tokens', () => {
    // Prepare / Act
    const clients = [plain, custom].map((s) => s.resources[s.client]?.Properties);
    // Assess
    expect(clients[0]).toMatchObject({
      UserPoolId: { Ref: plain.userPool },
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: ['https://returns.example.com/staff'],
      LogoutURLs: ['https://returns.example.com/staff'],
      SupportedIdentityProviders: ['COGNITO'],
      IdTokenValidity: 60,
      AccessTokenValidity: 60,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes' },
    });
    expect(clients[0]?.ExplicitAuthFlows).not.toContain('ALLOW_USER_PASSWORD_AUTH');
    expect(clients[1]).toMatchObject({ CallbackURLs: ['https://desk.shop.test/returns/staff'], LogoutURLs: ['https://desk.shop.test/returns/staff'] });
  });

  it('signs staff in on a Cognito prefix domain: the stack id makes it unique unless staffDomainPrefix names it', () => {
    // Prepare / Act
    const [derived, named] = [plain, custom].map((s) => s.resources[s.domain]?.Properties);
    // Assess
    expect(derived).toEqual({
      UserPoolId: { Ref: plain.userPool },
      Domain: { 'Fn::Join': ['-', ['rma-desk-staff', { 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] }]] },
    });
    expect(named).toEqual({ UserPoolId: { Ref: custom.userPool }, Domain: 'shop-test-returns-staff' });
  });

  it('tells the pages function (and only it) where staff sign in, as STAFF_SIGN_IN JSON resolved at deploy', () => {
    // Prepare
    const { stack, ids, domain, client } = plain;
    // Act
    const signIn = env(plain, 'pages').STAFF_SIGN_IN;
    // Assess
    expect(JSON.parse(written(signIn))).toEqual({ domain: `https://<${domain}>.auth.<AWS::Region>.amazoncognito.com`, clientId: `<${client}>` });
    const others = Object.keys(stack.functions).filter(
      (name) => name !== 'pages' && env(plain, name as keyof RmaStack['functions']).STAFF_SIGN_IN !== undefined,
    );
    expect(others).toEqual([]);
    expect(ids.pages).toBeDefined();
  });

  it('outputs the user pool, the client, the sign-in domain and the staff page', () => {
    // Prepare
    const { template, userPool, client, domain } = plain;
    // Act
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    // Assess
    expect(outputs.StaffUserPoolId?.Value).toEqual({ Ref: userPool });
    expect(outputs.StaffClientId?.Value).toEqual({ Ref: client });
    expect(written(outputs.StaffSignInDomain?.Value)).toBe(`https://<${domain}>.auth.<AWS::Region>.amazoncognito.com`);
    expect(outputs.StaffPageUrl?.Value).toBe('https://returns.example.com/staff');
    expect((custom.template.toJSON().Outputs as Record<string, { Value: unknown }>).StaffPageUrl?.Value).toBe('https://desk.shop.test/returns/staff');
  });

  it.each([
    ['by default, in UTC', () => plain, 'UTC'],
    ['in the desk time zone', () => custom, 'Europe/Brussels'],
  ])('runs the 21-day check daily at 06:00 %s, with retries', (_name, get, zone) => {
    // Prepare
    const { resources, ids } = get();
    // Act
    const schedules = Object.values(resources).filter((r) => r.Type === 'AWS::Scheduler::Schedule');
    // Assess
    expect(schedules).toHaveLength(1);
    expect(schedules[0]?.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 6 * * ? *)',
      ScheduleExpressionTimezone: zone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: { Arn: { 'Fn::GetAtt': [ids.sla, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 } },
    });
  });

  it('lets the scheduler invoke the 21-day check function and nothing else', () => {
    // Prepare
    const { resources, template, ids } = plain;
    const schedule = Object.values(resources).find((r) => r.Type === 'AWS::Scheduler::Schedule');
    const role = (schedule?.Properties.Target as { RoleArn: { 'Fn::GetAtt': [string, string] } }).RoleArn['Fn::GetAtt'][0];
    // Act
    const statements = statementsOfRole(template, role);
    // Assess
    expect(resources[role]?.Properties.AssumeRolePolicyDocument).toMatchObject({
      Statement: [
        {
          Action: 'sts:AssumeRole',
          Principal: { Service: 'scheduler.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
        },
      ],
    });
    const invoke = statements.filter((st) => asList(st.Action).includes('lambda:InvokeFunction'));
    expect(invoke.flatMap((st) => asList(st.Action))).toEqual(['lambda:InvokeFunction']);
    expect(invoke.flatMap((st) => (Array.isArray(st.Resource) ? st.Resource : [st.Resource])).map(written)).toEqual([`<${ids.sla}.Arn>`, `<${ids.sla}.Arn>:*`]);
    // …and put an invocation it could not make into the schedule's own failure queue, nothing else.
    const rest = statements.filter((st) => !invoke.includes(st));
    expect(rest.flatMap((st) => asList(st.Action))).toEqual(['sqs:SendMessage']);
    expect(rest.map((st) => written(st.Resource))).toEqual([`<${logicalId(plain.stack, plain.stack.failures.schedule as never)}.Arn>`]);
  });

  it.each([
    ['staff', 10, true],
    ['cancelCase', 10, false],
    ['sla', 60, false],
  ] as const)('runs %s with the common environment (timeout %i s; the photos bucket: %s)', (name, timeout, photos) => {
    // Prepare
    const { resources, ids, stack } = plain;
    // Act
    const fn = resources[ids[name]]?.Properties;
    // Assess
    expect(fn).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Timeout: timeout });
    expect(env(plain, name)).toMatchObject({
      TABLE_NAME: { Ref: logicalId(stack, stack.table) },
      MAIL_FROM: 'returns@example.com',
      PUBLIC_BASE_URL: 'https://returns.example.com',
      DESK_TIME_ZONE: 'UTC',
    });
    expect(env(plain, name).PHOTOS_BUCKET).toEqual(photos ? { Ref: logicalId(stack, stack.photos) } : undefined);
    expect(env(custom, name).DESK_TIME_ZONE).toBe('Europe/Brussels');
  });

  it.each([['staff'], ['cancelCase'], ['sla']] as const)(
    'gives %s Get and Put on cases (the staff queue and the 21-day check: Query on byStatus), and SES send as the identity only',
    (name) => {
      // Prepare
      const { template, ids, stack } = plain;
      const table = logicalId(stack, stack.table);
      // Act
      const statements = statementsOf(template, ids[name]);
      const dynamodb = grants(statements, 'dynamodb');
      const ses = statements.filter((st) => asList(st.Action).some((a) => a.startsWith('ses:')));
      // Assess
      // The exact lists, with their key conditions, are in least-privilege.test.ts.
      expect(dynamodb).toEqual([
        `dynamodb:GetItem ${table}`,
        // the suppression list (bounced and complained addresses), read before each send
        `dynamodb:GetItem ${table}`,
        `dynamodb:PutItem ${table}`,
        ...(name === 'staff' || name === 'cancelCase' ? [`dynamodb:Query ${table}/index/byChange`] : []),
        ...(name === 'cancelCase' ? [] : [`dynamodb:Query ${table}/index/byStatus`]),
      ]);
      expect(ses).toHaveLength(1);
      expect(asList(ses[0]?.Resource as string[]).map(written)).toEqual([
        `arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:configuration-set/<${logicalId(stack, stack.mail.configurationSet)}>`,
        `arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/<${logicalId(stack, stack.emailIdentity)}>`,
      ]);
      // Nothing beyond the table, SES and (for staff) the photos: no secrets, no other service; the 21-day
      // check (invoked asynchronously) may put a run that failed its retries in its own failure queue.
      const sqs = statements.filter((st) => asList(st.Action).some((a) => a.startsWith('sqs:')));
      expect(sqs.map((st) => written(st.Resource))).toEqual(name === 'sla' ? [`<${logicalId(stack, stack.failures.sla as never)}.Arn>`] : []);
      expect(statements.flatMap((st) => asList(st.Action)).filter((a) => !/^(dynamodb|ses|s3|sqs):/.test(a))).toEqual([]);
    },
  );

  it('passes cdk-nag with the staff sign-in configured, and a staff route without the authorizer would fail it (APIG4 is acknowledged route by route)', () => {
    // Prepare: a fresh stack (not synthesized), one route added without an authorizer.
    const { stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false });
    stack.api.addRoutes({
      path: '/api/staff/forgotten',
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration('Forgotten', stack.functions.staff),
    });
    const findings = (scope: RmaStack) =>
      new AwsSolutionsChecks(undefined, { verbose: true })
        .validateScope(scope)
        .violations.flatMap((v) => v.violatingResources.map((r) => `${v.severity} ${v.ruleName}: ${r.constructPath}`));
    // Act
    const [configured, forgotten] = [findings(custom.stack), findings(stack)];
    // Assess
    expect(configured).toEqual([]);
    expect(forgotten).toEqual([expect.stringMatching(/AwsSolutions-APIG4: RmaDeskStack\/HttpApi\/Api\/GET--api--staff--forgotten\//)]);
  });
});
