// Every .eml fixture (written for this project) through the email channel: the outcome it must
// have, and three deliveries of the same event still make one case and at most one email.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inboundApp } from '../../../support/inbound';

const DIR = join(__dirname, '../../../fixtures/email');
const EXPECT = JSON.parse(readFileSync(join(DIR, 'expect.json'), 'utf8')) as Record<
  string,
  { outcome: string; track?: string; reason?: string; replied?: boolean; attachments?: number }
>;
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.eml'))
  .sort();
const PASS = { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;

const setup = () => inboundApp();

describe('the .eml corpus', () => {
  it('has at least 40 messages, each with its expected outcome', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(40);
    expect(FILES.filter((f) => !(f in EXPECT))).toEqual([]);
  });

  it.each(FILES)('%s', async (file) => {
    // Prepare
    const { handle, store, mailer } = setup();
    const raw = new Uint8Array(readFileSync(join(DIR, file)));
    const want = EXPECT[file]!;
    // Act: the same event three times, as SES may deliver it
    const first = await handle(raw, { recipients: [], verdicts: PASS });
    const again = [await handle(raw, { recipients: [], verdicts: PASS }), await handle(raw, { recipients: [], verdicts: PASS })];
    // Assess
    const c = [...store.cases.values()][0];
    const seen = {
      outcome: first.outcome,
      ...('reason' in first ? { reason: first.reason } : {}),
      ...(want.track ? { track: c?.decision.track } : {}),
      ...(want.replied !== undefined && 'replied' in first ? { replied: first.replied } : {}),
      ...(want.attachments !== undefined ? { attachments: c?.attachments?.length ?? 0 } : {}),
    };
    expect(seen).toEqual(want);
    expect(again.every((r) => r.outcome === 'duplicate' || (first.outcome === 'dropped' && r.outcome === 'dropped'))).toBe(true);
    expect(store.cases.size).toBeLessThanOrEqual(1);
    expect(mailer.sent.length).toBeLessThanOrEqual(1);
    for (const m of mailer.sent) for (const value of [m.subject, m.to, ...(m.headers ?? []).map((h) => h.value)]) expect(value).not.toMatch(/[\r\n]/);
  });
});
