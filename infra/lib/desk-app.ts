// The app's contents in one place, so the CLI (infra/bin/app.ts) and the tests build the same thing.
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { RmaStack } from './rma-stack';
import { deskSettings } from './settings';
import { RmaWebAclStack } from './web-acl-stack';

export const STACK_NAME = 'RmaDeskStack';
/** The web ACL's stack: deployed on its own, in us-east-1, before the desk (README, Deploying to AWS). */
export const WEB_ACL_STACK_NAME = 'RmaDeskWebAcl';

export function buildDeskApp(app: App): RmaStack {
  const settings = deskSettings((key) => app.node.tryGetContext(key));
  // No env: the stack is environment-agnostic and needs no lookups, so synth works offline.
  const stack = new RmaStack(app, STACK_NAME, {
    settings,
    description: 'RMA returns desk: table, functions, HTTP API behind CloudFront, and SES identity',
  });
  // CloudFront takes web ACLs from us-east-1 only; the account is the one deployed to, as for the desk.
  const webAcl = new RmaWebAclStack(app, WEB_ACL_STACK_NAME, {
    env: { region: 'us-east-1' },
    description: 'RMA returns desk: the WAF web ACL (rate limits) of its CloudFront distribution',
  });
  for (const s of [stack, webAcl]) Tags.of(s).add('app', 'rma-desk');
  // cdk-nag 3 is a policy-validation plugin, not an aspect: it checks the finished construct tree
  // at synth, and an unacknowledged error fails `cdk synth`, so a new finding is dealt with before deploy.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}
