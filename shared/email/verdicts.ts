// What SES's receipt verdicts mean for a message: drop it, hold it for staff, or handle it.
export type VerdictStatus = 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | 'DISABLED';

export interface Verdicts {
  virus: VerdictStatus;
  spam: VerdictStatus;
  spf: VerdictStatus;
  dkim: VerdictStatus;
  dmarc: VerdictStatus;
}

export type VerdictAction =
  /** A virus: no case, no reply, nothing kept. */
  | { action: 'drop'; reason: 'virus' }
  /** Handle it, but never reply automatically; staff see the case flagged with why. */
  | { action: 'no_reply'; reason: 'spam' | 'spf' | 'dkim' | 'dmarc' }
  /** The checks could not say: a person looks before anything is sent. */
  | { action: 'review'; reason: keyof Verdicts }
  | { action: 'handle' };

export function verdictAction(v: Verdicts): VerdictAction {
  if (v.virus === 'FAIL') return { action: 'drop', reason: 'virus' };
  for (const k of ['spam', 'spf', 'dkim', 'dmarc'] as const) if (v[k] === 'FAIL') return { action: 'no_reply', reason: k };
  for (const k of ['virus', 'spam', 'spf', 'dkim', 'dmarc'] as const) {
    if (v[k] === 'GRAY' || v[k] === 'PROCESSING_FAILED') return { action: 'review', reason: k };
  }
  return { action: 'handle' };
}

/** Whether an automatic reply may go out at all for these verdicts. */
export function mayAutoReply(v: Verdicts): boolean {
  return verdictAction(v).action === 'handle';
}
