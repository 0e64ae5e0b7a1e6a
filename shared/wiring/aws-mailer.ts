// The SES mailer, with its client: for the functions that send email.
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { clientConfig, type AwsConfig } from './aws-config';

export function awsMailer(config: AwsConfig) {
  const ses = new SESv2Client(clientConfig(config, 'ses', config.endpoints?.ses));
  const { sesConfigurationSet: set } = config;
  return { ses, mailer: new SesMailer({ client: ses, from: config.mailFrom, ...(set ? { configurationSet: set } : {}) }) };
}
