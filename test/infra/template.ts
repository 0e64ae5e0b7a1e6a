// Helpers of the infra tests: the app as `cdk synth` builds it (without bundling), and the IAM
// statements of a function's role.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, type Stack } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { buildDeskApp } from '../../infra/lib/desk-app';
import type { RmaStack } from '../../infra/lib/rma-stack';

const ROOT = join(__dirname, '..', '..');

export type Json = Record<string, unknown>;
export interface Statement {
  Sid?: string;
  Action: string | string[];
  Effect: string;
  Resource: unknown;
  Condition?: Json;
}

/** The app as `cdk synth` builds it: cdk.json's feature flags, plus no bundling (no esbuild in these tests). */
export function buildApp(context: Json = {}): { app: App; stack: RmaStack } {
  const cdkJson = JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')) as { context?: Json };
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...context } });
  return { app, stack: buildDeskApp(app) };
}

export function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.resolve(stack.getLogicalId(construct.node.defaultChild as CfnFunction)) as string;
}

export const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

/** Every statement of the inline policies attached to `roleLogicalId`. */
export function statementsOfRole(template: Template, roleLogicalId: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([{ Ref: roleLogicalId }]) } });
  return Object.values(policies).flatMap((p) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement);
}

/** What active tracing adds to every function's role: X-Ray's two actions take no resource. */
export const TRACING_STATEMENT: Statement = { Effect: 'Allow', Action: ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'], Resource: '*' };

/** Every statement of the inline policies attached to the role of `fnLogicalId`, all but the tracing statement (stack.test.ts checks that one). */
export function statementsOf(template: Template, fnLogicalId: string, options: { tracing?: boolean } = {}): Statement[] {
  const fn = template.toJSON().Resources[fnLogicalId] as { Properties: { Role: { 'Fn::GetAtt': [string, string] } } };
  const all = statementsOfRole(template, fn.Properties.Role['Fn::GetAtt'][0]);
  const tracing = (s: Statement) =>
    s.Effect === 'Allow' && s.Resource === '*' && !s.Condition && asList(s.Action).sort().join() === asList(TRACING_STATEMENT.Action).join();
  return options.tracing ? all : all.filter((s) => !tracing(s));
}

/**
 * The S3 object grants of some statements as "action <bucket logical id>/<key pattern>" lines, one per
 * action and resource, sorted: readable in a failure, and blind to how CDK merges statements.
 */
export function s3Grants(statements: Statement[]): string[] {
  return grants(statements, 's3');
}

/** The grants of one service's actions ("dynamodb", "s3", …), as s3Grants writes them. */
export function grants(statements: Statement[], service: string): string[] {
  return statements
    .flatMap((st) =>
      asList(st.Action)
        .filter((a) => a.startsWith(`${service}:`))
        .flatMap((action) => (Array.isArray(st.Resource) ? st.Resource : [st.Resource]).map((r) => `${action} ${describeArn(r)}`)),
    )
    .sort();
}

/** `{ Fn::GetAtt: [X, 'Arn'] }` → "X"; `{ Fn::Join: ['', [<that>, '/uploads/*']] }` → "X/uploads/*". */
function describeArn(resource: unknown): string {
  const getAtt = (r: unknown) => (r as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt']?.[0];
  const join = (resource as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  if (join && join[1].length === 2 && getAtt(join[1][0])) return `${getAtt(join[1][0])}${String(join[1][1])}`;
  return getAtt(resource) ?? JSON.stringify(resource);
}

/**
 * The DynamoDB grants of some statements, one line per action and resource: "action <what>
 * [prefixes]", where <what> is "table" or "index/<name>" and the prefixes are the statement's
 * dynamodb:LeadingKeys patterns ("any" when it has none). Sorted, and blind to how CDK merges statements.
 */
export function tableGrants(statements: Statement[], tableLogicalId: string): string[] {
  const table = { 'Fn::GetAtt': [tableLogicalId, 'Arn'] };
  const what = (resource: unknown): string => {
    if (JSON.stringify(resource) === JSON.stringify(table)) return 'table';
    const join = (resource as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
    if (join && join[1].length === 2 && JSON.stringify(join[1][0]) === JSON.stringify(table)) return String(join[1][1]).replace(/^\//, '');
    return JSON.stringify(resource);
  };
  return statements
    .flatMap((st) => {
      const keys = (st.Condition?.['ForAllValues:StringLike'] as { 'dynamodb:LeadingKeys'?: string | string[] } | undefined)?.['dynamodb:LeadingKeys'];
      const scope = keys ? `[${asList(keys).join(',')}]` : 'any';
      return asList(st.Action)
        .filter((a) => a.startsWith('dynamodb:'))
        .flatMap((action) => asList(st.Resource as string | string[]).map((r) => `${action} ${what(r)} ${scope}`));
    })
    .sort();
}
