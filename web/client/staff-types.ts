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
    | 'refresh'
    | 'runSla'
    | 'slaResult'
    | 'empty'
    | 'days'
    | 'back'
    | 'contact'
    | 'name'
    | 'email'
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
    | 'unverified'
    | 'search'
    | 'searchPlaceholder'
    | 'view'
    | 'anyStatus'
    | 'merchant'
    | 'anyMerchant'
    | 'flag'
    | 'anyFlag'
    | 'olderThan'
    | 'exportCsv'
    | 'collectionBooked'
    | 'collectionToBook'
    | 'count'
    | 'countOne'
    | 'queueMore'
    | 'previous'
    | 'next'
    | 'notFound'
    | 'yes'
    | 'no'
    | 'done'
    | 'confirm'
    | 'finding'
    | 'findingValue'
    | 'findingHint'
    | 'findingNeeded'
    | 'collection'
    | 'collectionWaiting'
    | 'collectionAddress'
    | 'collectionPhone'
    | 'collectionDays'
    | 'collectionNotes'
    | 'anyDay'
    | 'collectionBookedFor'
    | 'collectedAt'
    | 'bookingDay'
    | 'bookingCourier'
    | 'bookingReference'
    | 'writeToCustomer'
    | 'messageLabel'
    | 'messageEmpty'
    | 'messageHint'
    | 'fromStaff'
    | 'fromCustomer'
    | 'fromAssistant'
    | 'choice'
    | 'chose'
    | 'choiceAsked'
    | 'about'
    | 'about_product'
    | 'about_serial'
    | 'about_order'
    | 'about_problem'
    | 'about_wish'
    | 'overviewRead'
    | 'byReason'
    | 'byTrack'
    | 'resolutionTitle'
    | 'resolvedCount'
    | 'medianDays'
    | 'p90Days'
    | 'daysN'
    | 'reversed'
    | 'reversedOf',
    string
  > & { columns: string[]; csvColumns: string[] };
  actions: Record<string, string>;
  statuses: Record<string, string>;
  outcomes: Record<string, string>;
  resolutions: Record<string, string>;
  /** What each flag tells staff (shared/cases/flags.ts). */
  flags: Record<string, string>;
  /** The list's views: the work queue, every case, the collections to arrange. */
  views: Record<string, string>;
  /** Each reason, labelled (the chart's legend). */
  reasons: Record<string, string>;
  /** Each policy's merchant, by policy id. */
  policies: Record<string, string>;
  tracks: Record<string, string>;
  remedies: Record<string, string>;
  /** The resolution each remedy leads to (the customer's choice preselects it). */
  resolutionOf: Record<string, string | undefined>;
  /** Every fact by its path, labelled; which are yes/no and which numbers (for findings). */
  factLabels: Record<string, string>;
  booleanFacts: string[];
  numberFacts: string[];
}
export interface Summary {
  rma: string;
  policy: string;
  status: string;
  reason?: string;
  track?: string;
  flags: string[];
  contact: { name: string; email: string };
  createdAt: string;
  updatedAt: string;
  collection?: { address: string; day?: string; collected: boolean };
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
  decision: { outcome: string; track?: string; transport?: string; notes: string[]; clauses: string[]; trace: unknown[] };
  transcript?: { from: string; text: string; at: string; via?: string; unverified?: boolean; staffMember?: string }[];
  collection?: {
    address: string;
    phone?: string;
    days?: string;
    notes?: string;
    booking?: { day: string; courier: string; reference: string };
    collectedAt?: string;
  };
  choice?: { askedAt: string; remedy?: string };
  about?: { product?: string; serial?: string; order?: string; problem?: string; wish?: string };
  /** The resolutions the decision allows. */
  resolutions: string[];
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

export interface Overview {
  weeks: { week: string; total: number; byReason: Record<string, number>; byTrack: Record<string, number> }[];
  resolution: { count: number; medianDays?: number; p90Days?: number };
  reversed: { count: number; of: number };
  read: number;
}
