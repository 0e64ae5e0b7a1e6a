// Fault injection for the SES adapter: throttling is retried with backoff, a rejection is final.
import { MessageRejected, SendEmailCommand, SESv2Client, TooManyRequestsException } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import { SesMailer } from '../../../shared/adapters/ses/ses-mailer';
import { MailRejectedError, UnavailableError } from '../../../shared/cases';

const client = new SESv2Client({ region: 'us-east-1' });
const ses = mockClient(client);
const sleeps: number[] = [];
const mailer = new SesMailer({ client, from: 'returns@example.com', retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 1 } });
const MESSAGE = { to: 'ann@example.com', subject: 'Your return', text: 't', html: '<p>h</p>' };
const throttled = () => Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'ThrottlingException' });

beforeEach(() => {
  ses.reset();
  sleeps.length = 0;
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

  it('retries ThrottlingException with exponential backoff', async () => {
    // Prepare
    ses.on(SendEmailCommand).rejectsOnce(throttled()).rejectsOnce(new TooManyRequestsException({ message: 'slow', $metadata: {} })).resolves({ MessageId: 'm-2' });
    // Act
    const sent = await mailer.send(MESSAGE);
    // Assess
    expect(sent.messageId).toBe('m-2');
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('does not retry MessageRejected: it is final', async () => {
    ses.on(SendEmailCommand).rejects(new MessageRejected({ message: 'Email address is not verified.', $metadata: {} }));
    await expect(mailer.send(MESSAGE)).rejects.toThrow(MailRejectedError);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });

  it('gives up on endless throttling with UnavailableError', async () => {
    ses.on(SendEmailCommand).rejects(throttled());
    await expect(mailer.send(MESSAGE)).rejects.toThrow(UnavailableError);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(5);
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
