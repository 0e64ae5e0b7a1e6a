// Lambda entry: assess needs no AWS service at all, only the rules and a clock.
import { awsAssessApp } from '../../shared/wiring/aws-assess';
import { awsRuntime } from '../runtime';
import { makeAssessHandler } from './assess';

const { config, http } = awsRuntime();
export const handler = makeAssessHandler(awsAssessApp(config), http);
