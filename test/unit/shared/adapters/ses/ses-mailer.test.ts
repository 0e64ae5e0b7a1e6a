// Fault injection for the SES adapter at `sendEmail`: a rejection is final; what outlasted the
// client's retries is UnavailableError. (The client's retries themselves: ses-retries.test.ts.)
import fc from 'fast-check';
import { SesError, type SendEmailInput, type SesSender } from '../../../../../shared/adapters/ses/ses-http';
import { SesMailer } from '../../../../../shared/adapters/ses/ses-mailer';
import { MailRejectedError, UnavailableError } from '../../../../../shared/cases';

/** SES as the mailer sees it: each call recorded, answered as the test says. */
class ScriptedSes implements SesSender {
  readonly calls: SendEmailInput[] = [];
  answer: () => { MessageId?: string } = () => ({ MessageId: 'm-1' });
  async sendEmail(input: SendEmailInput) {
    this.calls.push(input);
    return this.answer();
  }
}
const ses = new ScriptedSes();
const mailer = new SesMailer({ client: ses, from: 'returns@example.com' });
const MESSAGE = { to: 'ann@example.com', subject: 'Your return', text: 't', html: '<p>h</p>' };
const fails = (error: Error) => () => {
  throw error;
};

beforeEach(() => {
  ses.calls.length = 0;
  ses.answer = () => ({ MessageId: 'm-1' });
});

describe('SesMailer', () => {
  it('sends text and HTML from the configured address', async () => {
    await expect(mailer.send(MESSAGE)).resolves.toEqual({ messageId: 'm-1' });
    const input = ses.calls[0];
    expect(input?.FromEmailAddress).toBe('returns@example.com');
    expect(input?.Destination?.ToAddresses).toEqual(['ann@example.com']);
    expect(input?.Content?.Simple?.Body?.Html?.Data).toBe('<p>h</p>');
  });

  it('does not retry MessageRejected: it is final', async () => {
    ses.answer = fails(new SesError('MessageRejected', 'Email address is not verified.', 400, 1));
    await expect(mailer.send(MESSAGE)).rejects.toThrow(MailRejectedError);
    expect(ses.calls).toHaveLength(1);
  });

  it('throttling that outlasted the client’s retries is UnavailableError, not retried again here', async () => {
    ses.answer = fails(new SesError('TooManyRequestsException', 'slow', 429, 3));
    const error = await mailer.send(MESSAGE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as Error).message).toBe('SES send failed after 3 attempts');
    expect(ses.calls).toHaveLength(1);
  });

  it('an error that is neither a refusal nor the service failing passes through as it is', async () => {
    ses.answer = fails(new TypeError('bug'));
    await expect(mailer.send(MESSAGE)).rejects.toThrow(TypeError);
  });

  it('never sends a header value with a line break (no header injection)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.constantFrom('\r', '\n', '\r\n', '\u0000'), fc.string(), async (a, br, b) => {
        const value = `${a}${br}${b}`;
        await expect(mailer.send({ ...MESSAGE, subject: value })).rejects.toThrow(TypeError);
        await expect(mailer.send({ ...MESSAGE, to: value })).rejects.toThrow(TypeError);
        await expect(mailer.send({ ...MESSAGE, headers: [{ name: 'Auto-Submitted', value }] })).rejects.toThrow(TypeError);
      }),
      { numRuns: 100 },
    );
    expect(ses.calls).toHaveLength(0);
  });
});
