// Fault injection for the SES adapter at `send`: a rejection is final; what outlasted the SDK's
// retries is UnavailableError. (The SDK's retries themselves: ses-retries.test.ts.)
import { MessageRejected, SendEmailCommand, SESv2Client, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { SesMailer } from '../../../../../shared/adapters/ses/ses-mailer';
import { MailRejectedError, UnavailableError } from '../../../../../shared/cases';

const client = new SESv2Client({ region: 'us-east-1' });
const ses = mockClient(client);
const mailer = new SesMailer({ client, from: 'returns@example.com' });
const MESSAGE = { to: 'ann@example.com', subject: 'Your return', text: 't', html: '<p>h</p>' };

beforeEach(() => {
  ses.reset();
});

describe('SesMailer', () => {
  it('sends text and HTML from the configured address', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    await expect(mailer.send(MESSAGE)).resolves.toEqual({ messageId: 'm-1' });
    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input?.FromEmailAddress).toBe('returns@example.com');
    expect(input?.Destination?.ToAddresses).toEqual(['ann@example.com']);
    expect(input?.Content?.Simple?.Body?.Html?.Data).toBe('<p>h</p>');
  });

  it('does not retry MessageRejected: it is final', async () => {
    ses.on(SendEmailCommand).rejects(new MessageRejected({ message: 'Email address is not verified.', $metadata: {} }));
    await expect(mailer.send(MESSAGE)).rejects.toThrow(MailRejectedError);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('throttling that outlasted the SDK’s retries is UnavailableError, not retried again here', async () => {
    ses.on(SendEmailCommand).rejects(new TooManyRequestsException({ message: 'slow', $metadata: { httpStatusCode: 429, attempts: 3 } }));
    const error = await mailer.send(MESSAGE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as Error).message).toBe('SES send failed after 3 attempts');
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('an error that is neither a refusal nor the service failing passes through as it is', async () => {
    ses.on(SendEmailCommand).rejects(new TypeError('bug'));
    await expect(mailer.send(MESSAGE)).rejects.toThrow(TypeError);
  });

  it('never sends a header value with a line break (no header injection)', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'm' });
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.constantFrom('\r', '\n', '\r\n', '\u0000'), fc.string(), async (a, br, b) => {
        const value = `${a}${br}${b}`;
        await expect(mailer.send({ ...MESSAGE, subject: value })).rejects.toThrow(TypeError);
        await expect(mailer.send({ ...MESSAGE, to: value })).rejects.toThrow(TypeError);
        await expect(mailer.send({ ...MESSAGE, headers: [{ name: 'Auto-Submitted', value }] })).rejects.toThrow(TypeError);
      }),
      { numRuns: 100 },
    );
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });
});
