// Mailer on Amazon SES v2. The client (ses-http.ts) retries throttling and network failures; a rejection is final.
import { MailRejectedError } from '../../cases/errors';
import type { Mailer, OutgoingEmail } from '../../cases/ports';
import { asUnavailable, errorName } from '../retry';
import type { SendEmailInput, SesSender } from './ses-http';

const FINAL = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'AccountSuspendedException',
  'SendingPausedException',
  'BadRequestException',
  'NotFoundException',
  'LimitExceededException',
]);

/** The message tag that names the case; SES tag values allow letters, digits, _ and - only. */
export const RMA_TAG = 'rma';
const TAG_VALUE = /^[A-Za-z0-9_-]{1,256}$/;
const HEADER_NAME = /^[A-Za-z0-9-]{1,64}$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\r\n\u0000]/;

/** Header values we send are built by us; refuse anything that could start a second header line. */
function assertHeaderSafe(name: string, value: string): void {
  if (!HEADER_NAME.test(name) || UNSAFE.test(value)) throw new TypeError(`unsafe header ${JSON.stringify(name)}`);
}

export interface SesMailerOptions {
  client: SesSender;
  from: string;
  configurationSet?: string;
}

export class SesMailer implements Mailer {
  constructor(private readonly options: SesMailerOptions) {}

  async send(message: OutgoingEmail): Promise<{ messageId: string }> {
    assertHeaderSafe('To', message.to);
    assertHeaderSafe('Subject', message.subject);
    for (const h of message.headers ?? []) assertHeaderSafe(h.name, h.value);
    const input: SendEmailInput = {
      FromEmailAddress: this.options.from,
      Destination: { ToAddresses: [message.to] },
      ...(this.options.configurationSet ? { ConfigurationSetName: this.options.configurationSet } : {}),
      // The case it is about comes back with a bounce or complaint (mail-feedback.ts); RMA numbers are tag-safe.
      ...(message.rma && TAG_VALUE.test(message.rma) ? { EmailTags: [{ Name: RMA_TAG, Value: message.rma }] } : {}),
      Content: {
        Simple: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: message.text, Charset: 'UTF-8' }, Html: { Data: message.html, Charset: 'UTF-8' } },
          ...(message.headers?.length ? { Headers: message.headers.map((h) => ({ Name: h.name, Value: h.value })) } : {}),
        },
      },
    };
    try {
      const out = await this.options.client.sendEmail(input);
      return { messageId: out.MessageId ?? '' };
    } catch (error) {
      if (FINAL.has(errorName(error))) throw new MailRejectedError(`SES refused the message: ${errorName(error)}`, { cause: error });
      throw asUnavailable('SES send', error);
    }
  }
}
