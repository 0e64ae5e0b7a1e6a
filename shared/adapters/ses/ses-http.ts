// Amazon SES v2's SendEmail over its REST JSON API, on the desk's signed-HTTP transport
// (../aws-http/signed-http.ts: aws4 signatures, timeouts, retries of what is passing). It stands where
// the SDK's SESv2Client stood, which cost the first message of every cold start about 80 ms to load.
import { parseJson, ServiceClient, ServiceError, type Answer, type ServiceClientOptions } from '../aws-http/signed-http';

/** An error SES answered (`MessageRejected`, `TooManyRequestsException`, …). */
export { ServiceError as SesError };

interface Text {
  Data: string;
  Charset?: string;
}
/** The part of SendEmail's request the desk uses (a simple message). */
export interface SendEmailInput {
  FromEmailAddress: string;
  Destination: { ToAddresses: string[] };
  ConfigurationSetName?: string;
  EmailTags?: { Name: string; Value: string }[];
  Content: {
    Simple: {
      Subject: Text;
      Body: { Text?: Text; Html?: Text };
      Headers?: { Name: string; Value: string }[];
    };
  };
}

/** What the mailer needs of SES. */
export interface SesSender {
  sendEmail(input: SendEmailInput): Promise<{ MessageId?: string }>;
}

export type SesHttpOptions = ServiceClientOptions;

export class SesHttp extends ServiceClient implements SesSender {
  constructor(options: SesHttpOptions) {
    super('ses', (region) => `email.${region}.amazonaws.com`, options);
  }

  async sendEmail(input: SendEmailInput): Promise<{ MessageId?: string }> {
    const answer = await this.http.call(
      { method: 'POST', path: '/v2/email/outbound-emails', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) },
      refusal,
    );
    const messageId = parseJson(answer.body).MessageId;
    return typeof messageId === 'string' ? { MessageId: messageId } : {};
  }
}

/** SES names its error in a header (`TooManyRequestsException:http://…`), or in the body; undefined for a 2xx. */
function refusal(answer: Answer, attempts: number): ServiceError | undefined {
  if (answer.status >= 200 && answer.status < 300) return undefined;
  const body = parseJson(answer.body);
  const header = answer.headers['x-amzn-errortype'];
  const type = String((Array.isArray(header) ? header[0] : header) ?? body.__type ?? body.code ?? '');
  const name = type.split(':')[0]?.split('#').pop() || `Http${answer.status}`;
  return new ServiceError(name, String(body.message ?? body.Message ?? `SES answered ${answer.status}`), answer.status, attempts);
}
