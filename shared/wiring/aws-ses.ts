// The SES client and sender: loaded by aws-mailer.ts when the first message goes out.
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '../adapters/ses/ses-mailer';
import type { AwsConfig } from './aws-config';
import { clientConfig } from './aws-sdk-config';

export function awsSes(config: AwsConfig) {
  const ses = new SESv2Client(clientConfig(config, 'ses', config.endpoints?.ses));
  const { sesConfigurationSet: set } = config;
  return { ses, sender: new SesMailer({ client: ses, from: config.mailFrom, ...(set ? { configurationSet: set } : {}) }) };
}
