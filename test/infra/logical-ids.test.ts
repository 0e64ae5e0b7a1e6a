// The stack is composed of capability constructs (infra/lib/constructs/), but its resources keep the
// logical IDs they had when one constructor built them all: a new ID would make CloudFormation
// replace a retained table, bucket, user pool, secret or log group (orphaning the old one).
import { App, CfnResource, Stack, type CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Construct, type IConstruct } from 'constructs';
import { Capability, cdkUniqueId } from '../../infra/lib/constructs/capability';
import type { RmaStack } from '../../infra/lib/rma-stack';
import { buildApp, logicalId } from './template';

/** The deployed resources whose replacement would lose data, an address or a manual step, by logical ID (as deployed before the split). */
const PINNED: Record<string, string[]> = {
  'AWS::DynamoDB::Table': ['Cases80582F3E'],
  'AWS::S3::Bucket': ['InboxAccessLogs14765685', 'EdgeLogs3E8D2A9E', 'PhotoBucket465738B3', 'InboxA8E05DC3'],
  'AWS::SecretsManager::Secret': ['EdgeSecret1CC1469E', 'BotCredentials3A8B0A37', 'DirectLineSecretCDFAF8A6'],
  'AWS::Cognito::UserPool': ['StaffUsersBE2FCD37'],
  // A prefix domain cannot be created again before the old one is gone; the client id is in the staff page's settings.
  'AWS::Cognito::UserPoolDomain': ['StaffUsersStaffSignInAE81D376'],
  'AWS::Cognito::UserPoolClient': ['StaffUsersStaffPage22D7F024'],
  'AWS::Logs::LogGroup': [
    'AssessLogsC560E112',
    'CreateCaseLogs4F15C2B9',
    'GetCaseLogs316E7FE4',
    'PagesLogs0BFA9624',
    'MailEventsLogs6B883069',
    'MessagesLogsAEE750AA',
    'ChatTokenLogs7882DCF3',
    'InboundMailLogs496276D3',
    'PhotosLogs9CA4EAF5',
    'ProcessPhotoLogsA991546C',
    'CancelCaseLogsB6A4DA20',
    'StaffLogs542BFDDA',
    'SlaCheckLogs214B058D',
    'ApiAccessLogsE9DF007D',
  ],
  // New DKIM tokens (DNS records) and a rule set SES would no longer have active.
  'AWS::SES::EmailIdentity': ['MailIdentity4365A1C5'],
  'AWS::SES::ReceiptRuleSet': ['ReceiptRules259D9F96'],
  // Its *.cloudfront.net name is in every link already mailed when publicBaseUrl is not set.
  'AWS::CloudFront::Distribution': ['Edge7038544F'],
  'AWS::ApiGatewayV2::Api': ['ApiF70053CD'],
};

const FUNCTIONS = {
  assess: 'Assess6311FDFB',
  createCase: 'CreateCaseE97B34F7',
  getCase: 'GetCase8380ED15',
  pages: 'Pages127DFD1A',
  messages: 'Messages804FA4EB',
  chatToken: 'ChatToken0753B365',
  inboundMail: 'InboundMailDA244C94',
  photos: 'PhotosB9552D0D',
  processPhoto: 'ProcessPhotoF888B44A',
  cancelCase: 'CancelCaseFDF45A1B',
  staff: 'Staff35CBA1CE',
  sla: 'SlaCheck0D07D369',
  mailEvents: 'MailEventsE4612002',
} satisfies Record<keyof RmaStack['functions'], string>;

const cfnElements = (root: IConstruct): CfnElement[] =>
  root.node.findAll().filter((c): c is CfnElement => (c as Partial<CfnElement>).logicalId !== undefined && c !== root);

describe('RmaDeskStack logical IDs', () => {
  let stack: RmaStack;
  let resources: Record<string, { Type: string; DeletionPolicy?: string }>;

  beforeAll(() => {
    ({ stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false }));
    resources = Template.fromStack(stack).toJSON().Resources;
  });

  it('keeps the logical IDs of the stateful resources, the distribution and the API as deployed before the split', () => {
    // Prepare / Act
    const found = Object.fromEntries(
      Object.keys(PINNED).map((type) => [
        type,
        Object.keys(resources)
          .filter((id) => resources[id]?.Type === type)
          .sort(),
      ]),
    );
    // Assess
    expect(found).toEqual(Object.fromEntries(Object.entries(PINNED).map(([type, ids]) => [type, [...ids].sort()])));
    // Every retained resource is one of them.
    const retained = Object.keys(resources).filter((id) => resources[id]?.DeletionPolicy === 'Retain');
    expect(retained.filter((id) => !Object.values(PINNED).flat().includes(id))).toEqual([]);
  });

  it('keeps the logical ID of every function, and of the malware scan when it is on', () => {
    // Prepare
    const { stack: scanned } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false, malwareScanning: 'true' });
    // Act
    const ids = Object.fromEntries(Object.entries(stack.functions).map(([name, fn]) => [name, logicalId(stack, fn)]));
    // Assess
    expect(ids).toEqual(FUNCTIONS);
    expect(scanned.malwareScan && [logicalId(scanned, scanned.malwareScan.results), logicalId(scanned, scanned.malwareScan.role)]).toEqual([
      'PhotoScanResults243EDF9F',
      'MalwareScanRole13CA9CAC',
    ]);
  });

  it('gives each resource the ID CDK gives the same construct path without its capability, created at stack scope', () => {
    // Prepare: the same paths, capabilities left out, in a plain stack.
    const plain = new Stack(new App(), 'Plain');
    const leafOf = (element: CfnElement) => {
      const path = element.node.scopes.slice(element.node.scopes.indexOf(stack) + 1).filter((scope) => !Capability.isCapability(scope));
      let scope: Construct = plain;
      path.forEach((construct, i) => {
        const id = construct.node.id;
        scope =
          (scope.node.tryFindChild(id) as Construct | undefined) ??
          (i === path.length - 1 ? new CfnResource(scope, id, { type: 'Test::Leaf' }) : new Construct(scope, id));
      });
      return scope as CfnResource;
    };
    // Act
    const elements = cfnElements(stack);
    const mismatched = elements
      .map((e) => [stack.resolve(e.logicalId) as string, plain.resolve(plain.getLogicalId(leafOf(e))) as string])
      .filter(([ours, cdk]) => ours !== cdk);
    // Assess
    expect(elements.length).toBeGreaterThan(130);
    expect(mismatched).toEqual([]);
  });

  it('computes IDs with the scheme CDK uses, lone ids, Default, Resource, repeats and long ids included', () => {
    // Prepare
    const plain = new Stack(new App(), 'Plain');
    const paths = [
      ['Bucket'],
      ['Api', 'Api'],
      ['Photo-Bucket', 'Resource'],
      ['Default', 'Table', 'Resource'],
      ['A', 'Default', 'B'],
      ['Logs', 'LogsPolicy', 'Resource'],
      ['x'.repeat(300)],
      ['y'.repeat(150), 'z'.repeat(150)],
    ];
    // Act
    const pairs = paths.map((path) => {
      let scope: Construct = plain;
      path.slice(0, -1).forEach((id) => (scope = (scope.node.tryFindChild(id) as Construct | undefined) ?? new Construct(scope, id)));
      const leaf = new CfnResource(scope, path[path.length - 1] as string, { type: 'Test::Leaf' });
      return [cdkUniqueId(path), plain.resolve(plain.getLogicalId(leaf))];
    });
    // Assess
    for (const [ours, cdk] of pairs) expect(ours).toBe(cdk);
  });

  it('refuses two capabilities giving two resources one logical ID, naming both', () => {
    // Prepare
    const { stack: fresh } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false });
    for (const id of ['First', 'Second']) new CfnResource(new Capability(fresh, id), 'Twin', { type: 'Test::Twin' });
    // Act
    const synth = () => Template.fromStack(fresh);
    // Assess
    expect(synth).toThrow(/logical ID Twin is given to both RmaDeskStack\/First\/Twin and RmaDeskStack\/Second\/Twin/);
  });
});
