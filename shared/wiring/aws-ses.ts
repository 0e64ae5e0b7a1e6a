// The SES client and sender: loaded by aws-mailer.ts when the first message goes out.
import { SesHttp } from '../adapters/ses/ses-http';
import { SesMailer } from '../adapters/ses/ses-mailer';
import { awsRegion, LOCAL_CREDENTIALS, SDK_MAX_ATTEMPTS, SDK_TIMEOUTS, type AwsConfig } from './aws-config';

export function awsSes(config: AwsConfig) {
  const local = config.endpoints ? { endpoint: config.endpoints.ses, credentials: LOCAL_CREDENTIALS } : {};
  const ses = new SesHttp({ region: awsRegion(config), ...local, timeouts: SDK_TIMEOUTS.ses, maxAttempts: SDK_MAX_ATTEMPTS });
  const { sesConfigurationSet: set } = config;
  return { ses, sender: new SesMailer({ client: ses, from: config.mailFrom, ...(set ? { configurationSet: set } : {}) }) };
}
