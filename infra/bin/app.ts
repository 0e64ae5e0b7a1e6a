// The CDK app (cdk.json runs it with tsx). Settings come from context: see infra/lib/settings.ts.
import { App } from 'aws-cdk-lib';
import { buildDeskApp } from '../lib/desk-app';

const app = new App();
buildDeskApp(app);
app.synth();
