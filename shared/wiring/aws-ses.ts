// The SES client and sender: loaded by aws-mailer.ts when the first message goes out.
import { SesHttp } from '../adapters/ses/ses-http';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { awsClientOptions, type AwsConfig } from './aws-config';

export function awsSes(config: AwsConfig) {
  const ses = new SesHttp(awsClientOptions(config, 'ses', config.endpoints?.ses));
  const { sesConfigurationSet: set } = config;
  return { ses, sender: new SesMailer({ client: ses, from: config.mailFrom, ...(set ? { configurationSet: set } : {}) }) };
}
