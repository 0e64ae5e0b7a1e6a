// Lambda entry: SES bounces and complaints (the configuration set's SNS topic).
import { readSesFeedback } from '../../shared/adapters/ses/ses-feedback';
import { awsMailEvents } from '../../shared/wiring/aws-mail-events';
import { awsRuntime } from '../runtime';
import { makeMailEventsHandler } from './mail-events';

const { config, logger } = awsRuntime();
export const handler = makeMailEventsHandler({ read: readSesFeedback, record: awsMailEvents(config), logger });
