// An email is claimed before it is sent, so that a retried message sends it once: the claim is taken
// where nobody holds it (or the holder died mid-send), and a retry of the same message keeps its own.
import type { Case } from '../../../../shared/cases/case';
import { withClaimOnce } from '../../../../shared/cases/emails';

const AT = '2026-11-28T10:00:00.000Z';
const withEmails = (emails: Case['emails']) => ({ emails }) as unknown as Case;

describe('claiming an email once', () => {
  it('takes a claim nobody holds', () => {
    expect(withClaimOnce(withEmails({}), 'answer', AT).emails.answer).toEqual({ state: 'sending', at: AT });
  });

  it("keeps the message's own claim on a retry, and leaves another message's fresh claim alone", () => {
    const own = withEmails({ answer: { state: 'sending', at: AT } });
    const other = withEmails({ answer: { state: 'sending', at: '2026-11-28T09:59:30.000Z' } });
    expect(withClaimOnce(own, 'answer', AT)).toBe(own);
    expect(withClaimOnce(other, 'answer', AT)).toBe(other);
  });

  it('takes over a claim whose sender died mid-send (older than two minutes)', () => {
    const stale = withEmails({ answer: { state: 'sending', at: '2026-11-28T09:50:00.000Z' } });
    expect(withClaimOnce(stale, 'answer', AT).emails.answer).toEqual({ state: 'sending', at: AT });
  });
});
