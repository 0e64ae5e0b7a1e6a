// The app's contents in one place, so the CLI (infra/bin/app.ts) and the tests build the same thing.
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { RmaStack } from './rma-stack';
import { deskSettings } from './settings';

export const STACK_NAME = 'RmaDeskStack';

export function buildDeskApp(app: App): RmaStack {
  const settings = deskSettings((key) => app.node.tryGetContext(key));
  // No env: the stack is environment-agnostic and needs no lookups, so synth works offline.
  const stack = new RmaStack(app, STACK_NAME, {
    settings,
    description: 'RMA returns desk: table, functions, HTTP API and SES identity',
  });
  Tags.of(stack).add('app', 'rma-desk');
  // cdk-nag 3 is a policy-validation plugin, not an aspect: it checks the finished construct tree
  // at synth, and an unacknowledged error fails `cdk synth`, so a new finding is dealt with before deploy.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}
