// The shapes the staff desk's script reads: its page's config and the staff API's answers (types only:
// the script is served as its function's source, so nothing here may be a value it needs).

export interface Config {
  /** Where the staff API is: '' on the desk's own site; the API's URL when the page is hosted elsewhere. */
  apiBase: string;
  signIn: { mode: 'token' } | { mode: 'cognito'; domain: string; clientId: string };
  text: Record<
    | 'signIn'
    | 'tokenLabel'
    | 'signOut'
    | 'queue'
    | 'allOpen'
    | 'refresh'
    | 'runSla'
    | 'slaResult'
    | 'empty'
    | 'days'
    | 'back'
    | 'contact'
    | 'decision'
    | 'trace'
    | 'facts'
    | 'transcript'
    | 'photos'
    | 'attachments'
    | 'history'
    | 'actions'
    | 'note'
    | 'resolution'
    | 'facts_json'
    | 'apply'
    | 'conflict'
    | 'failed'
    | 'signedOut'
    | 'version'
    | 'noActions'
    | 'unreachable'
    | 'unavailable'
    | 'retry'
    | 'signInFailed'
    | 'emails'
    | 'heldHint'
    | 'byEmail'
    | 'writesIn'
    | 'unverified',
    string
  > & { columns: string[] };
  actions: Record<string, string>;
  statuses: Record<string, string>;
  outcomes: Record<string, string>;
  resolutions: Record<string, string>;
  /** What each flag tells staff (shared/cases/flags.ts). */
  flags: Record<string, string>;
}
export interface Summary {
  rma: string;
  policy: string;
  status: string;
  reason?: string;
  flags: string[];
  updatedAt: string;
}
export interface StaffCase {
  rma: string;
  policy: string;
  policyVersion: string;
  status: string;
  version: number;
  contact: { name?: string; email?: string };
  /** The customer's language, when not English. */
  language?: string;
  facts: Record<string, unknown>;
  flags?: string[];
  decision: { outcome: string; track?: string; notes: string[]; clauses: string[]; trace: unknown[] };
  transcript?: { from: string; text: string; at: string; via?: string; unverified?: boolean }[];
  photos?: { id: string; status: string; reason?: string }[];
  emails: Record<string, { state: string; at: string }>;
  attachments?: { filename: string; contentType: string; size: number }[];
  history: {
    at: string;
    from?: string;
    to: string;
    by: string;
    note?: string;
    action?: string;
    staffMember?: string;
    resolution?: string;
    policyVersion?: string;
  }[];
  actions: string[];
}
