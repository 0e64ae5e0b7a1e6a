// The case: what was asked, what the rules decided, and everything that happened since.
import type { Decision, EvaluableFacts } from '../rules';
import type { Language } from '../extract/language';
import type { Extraction } from '../extract/types';
import { nextSteps, type NextStep, type StepsMerchant } from '../notify/next-steps';
import type { About } from './about';
import type { Choice } from './choice';
import type { Collection } from './collection';
import type { Flag } from './flags';
import type { CaseStatus } from './status';
export const CHANNELS = ['form', 'chat', 'email', 'api'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Contact {
  email: string;
  name: string;
  /**
   * A phone number said before any collection details (an email's signature): the courier's number
   * when the address comes later without one, so that it is not asked again.
   */
  phone?: string;
}

/** How a resolved case ended. `returned_unrepaired`: Plextor's "will return unrepaired if there is no warranty on the unit". */
export const RESOLUTIONS = ['repaired', 'replaced', 'credited', 'refunded', 'returned_unrepaired'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export { STAFF_ACTIONS, type StaffActionName } from './staff-actions';
import type { StaffActionName } from './staff-actions';

/** One entry of a case's history: a change of status, or (from = to) a reassessment that kept it. */
export interface StatusChange {
  at: string;
  from?: CaseStatus;
  to: CaseStatus;
  by: 'system' | 'customer' | 'staff';
  /** Which staff member, as their sign-in names them (an email address or a user name). */
  staffMember?: string;
  /** Staff's note, or the deciding clause for the system's first decision. Never shown to the customer. */
  note?: string;
  /** The staff action that made this entry. */
  action?: StaffActionName;
  resolution?: Resolution;
  /** The policy version the rules ran under, when this entry re-ran them (reassess, a decided review). */
  policyVersion?: string;
  /** The desk's calendar day of the change (YYYY-MM-DD): promises counted in days count from it. */
  day?: string;
}

/** One email the case sends at most once (keyed by its kind, e.g. "confirmation"). */
/**
 * `held`: not sent automatically (the mail checks failed or were unsure); staff decide.
 * `released`: held, then covered by the one email staff sent when they released the case's mail.
 */
export type EmailState = 'sending' | 'sent' | 'rejected' | 'failed' | 'held' | 'released';

export interface EmailRecord {
  state: EmailState;
  at: string;
  messageId?: string;
}

/** What became of a photo that came by chat or email: into the pipeline, or why not. */
export type PhotoAcceptance = 'stored' | 'too_many' | 'too_large' | 'closed';

/** A photo on a case: ready to show, or refused with the reason. */
export type PhotoRecord =
  | { id: string; status: 'ready'; type: string; width: number; height: number; bytes: number; capturedAt?: string; web: string; thumb: string; at: string }
  | { id: string; status: 'rejected'; reason: string; at: string };

export interface TranscriptLine {
  from: 'customer' | 'assistant' | 'staff';
  text: string;
  at: string;
  /** Who wrote it, for a staff member's message to the customer. */
  staffMember?: string;
  /** Where it was said, when not in the chat (an email reply to the case). */
  via?: 'email';
  /** An email whose sender checks failed or were unsure: it did nothing to the case; staff decide. */
  unverified?: boolean;
  /** The email's Message-ID or the chat activity's id, so that a message handled twice is kept once. */
  messageId?: string;
}

export interface Case {
  rma: string;
  policy: string;
  policyVersion: string;
  channel: Channel;
  contact: Contact;
  facts: EvaluableFacts;
  decision: Decision;
  status: CaseStatus;
  history: StatusChange[];
  emails: Record<string, EmailRecord>;
  /** Things staff must look at, e.g. "email_rejected", "wants_person". */
  flags: Flag[];
  /** The conversation so far, when the case came from the chat and a person is to take over. */
  transcript?: TranscriptLine[];
  /** For a case opened by email: the customer's message we answer, so replies stay in its thread. */
  replyTo?: { messageId: string; references: string[]; subject: string };
  /** Photos the customer uploaded, processed (or refused) by the photo pipeline. */
  photos?: PhotoRecord[];
  /** Files that came with the request: photos handed to the photo pipeline (`photo`), others stored (`key`). */
  attachments?: { filename: string; contentType: string; size: number; key?: string; photo?: PhotoAcceptance }[];
  /**
   * The questions the message that opened (or completed) the case asked beside its request, by kind
   * (shared/intake/question-kinds.ts), and those no kind covers as written: its confirmation answers them.
   */
  asked?: { kinds: string[]; open: string[] };
  /**
   * Dates the customer gave only roughly ("in March last year": the month's first day is the fact), so
   * that what is counted from them is said as roughly ("Warranty ends: March 2027", not a made-up day).
   */
  roughDates?: Extraction['roughDates'];
  /** The language the customer wrote in (absent: English), for what is written to them later and for staff. */
  language?: Language;
  /** How the case ended, once resolved. */
  resolution?: Resolution;
  /** Where and when the merchant collects the return (a collected return), its booking and pick-up. */
  collection?: Collection;
  /** What the item is: product or model, serial or order number, the problem in the customer's words. */
  about?: About;
  /** The customer's choice of remedy, asked once the merchant validated the return (where the policy leaves it to them). */
  choice?: Choice;
  /** Decisions this case had before staff decided a review or reassessed it, oldest first, each as it was made. */
  previousDecisions?: Decision[];
  /** SHA-256 of the customer's link token; the token itself is never stored. */
  tokenHash: string;
  /** SHA-256 of the further link tokens later emails carried (each its own; the newest LINK_LIMIT kept). */
  linkHashes?: string[];
  createdAt: string;
  updatedAt: string;
  /** Raised by one on every write; writes are conditional on it (optimistic locking). */
  version: number;
}

/**
 * The steps a customer sees: each change of status, except "Approved" when it went on to "Approved —
 * waiting for your parcel" in the same instant (blind runs BN, BO: the two in one minute read as repetition).
 */
function customerHistory(history: Case['history']): CustomerCaseView['history'] {
  const changes = history.filter((h) => h.from !== h.to);
  return changes
    .filter((h, i) => !(h.to === 'approved' && changes[i + 1]?.from === 'approved' && changes[i + 1]?.at === h.at))
    .map((h) => ({ at: h.at, status: h.to, ...(h.resolution ? { resolution: h.resolution } : {}) }));
}

/** What the customer sees through their link: no contact details, no internal trace. */
export interface CustomerCaseView {
  rma: string;
  policy: string;
  merchant: string;
  status: CaseStatus;
  createdAt: string;
  updatedAt: string;
  /** The changes of status (not reassessments, which show as the decision); resolved says how. */
  history: { at: string; status: CaseStatus; resolution?: Resolution }[];
  decision: Omit<Decision, 'trace'>;
  /** For an approved return: how it goes back, what goes in the parcel, the photos wanted (as the email says), in the case's language. */
  nextSteps: NextStep[];
  /** The language the customer wrote in (absent: English): the status page speaks it. */
  language?: Language;
  /** What the item is, as the customer described it. */
  about?: About;
  /** The choice of remedy asked of the customer (once validated), and what they chose. */
  choice?: Choice;
  /** What staff wrote to the customer and what the customer answered by email, oldest first. */
  messages: { from: 'staff' | 'customer'; text: string; at: string }[];
  /** The collection as the customer gave it, with its booking and pick-up (a collected return). */
  collection?: Omit<Collection, 'via' | 'booking'> & { booking?: Omit<NonNullable<Collection['booking']>, 'by' | 'at'> };
  /** The photos on the case: ready ones can be shown (through the photo address), refused ones say why. */
  photos: ({ id: string; status: 'ready'; capturedAt?: string; at: string } | { id: string; status: 'rejected'; reason: string; at: string })[];
  /** A colleague has something of the customer's to answer (a question passed on, a reply, a request for a person) and has not written since. */
  colleagueWrites?: true;
}

const DECISION_STATUS: Record<Exclude<Decision['outcome'], 'need_info'>, CaseStatus> = {
  approved: 'approved',
  review: 'in_review',
  declined: 'declined',
  referred: 'referred',
};

export function statusForDecision(outcome: Exclude<Decision['outcome'], 'need_info'>): CaseStatus {
  return DECISION_STATUS[outcome];
}

/**
 * The decision the customer has been told of. While a case is in review, a reassessment (facts
 * staff learned) waits for staff's approval or refusal, which is the answer the customer gets: until
 * then they see the review they were told of, not a decision that contradicts "under review".
 */
function toldDecision(c: Case): Decision {
  if (c.status !== 'in_review' || c.decision.outcome === 'review') return c.decision;
  return (c.previousDecisions ?? []).findLast((d) => d.outcome === 'review') ?? c.decision;
}

function customerCollection(c: Collection): NonNullable<CustomerCaseView['collection']> {
  const { via: _via, booking, ...rest } = c;
  return { ...rest, ...(booking ? { booking: { day: booking.day, courier: booking.courier, reference: booking.reference } } : {}) };
}

/** The flags that mean a colleague is to write to the customer. */
const FOR_A_COLLEAGUE: readonly Flag[] = ['wants_person', 'customer_asked', 'customer_replied'];

/** Whether a colleague is to write: such a flag, and the customer wrote last (staff's message answers it). */
function colleagueWrites(c: Case): boolean {
  if (!c.flags.some((f) => FOR_A_COLLEAGUE.includes(f))) return false;
  const lines = c.transcript ?? [];
  return lines.findLastIndex((l) => l.from === 'customer') > lines.findLastIndex((l) => l.from === 'staff');
}

/** `terms`: the merchant's address for posted returns and who pays their way back (the policy's merchant). */
export function customerView(c: Case, merchant: string, terms?: Omit<StepsMerchant, 'name'>): CustomerCaseView {
  const { trace: _trace, ...decision } = toldDecision(c);
  return {
    rma: c.rma,
    policy: c.policy,
    merchant,
    status: c.status,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    history: customerHistory(c.history),
    decision,
    nextSteps: nextSteps(decision, { ...terms, name: merchant }, c.language),
    ...(c.language ? { language: c.language } : {}),
    ...(c.collection ? { collection: customerCollection(c.collection) } : {}),
    ...(c.choice ? { choice: c.choice } : {}),
    ...(c.about ? { about: c.about } : {}),
    ...(colleagueWrites(c) ? { colleagueWrites: true as const } : {}),
    messages: (c.transcript ?? [])
      // Staff's messages, the desk's emailed answers and the customer's emailed replies (the chat has its own window).
      .filter((l) => l.from === 'staff' || (l.via === 'email' && !l.unverified))
      .map((l) => ({ from: l.from === 'customer' ? ('customer' as const) : ('staff' as const), text: l.text, at: l.at })),
    photos: (c.photos ?? []).map((p) =>
      p.status === 'ready'
        ? { id: p.id, status: p.status, ...(p.capturedAt ? { capturedAt: p.capturedAt } : {}), at: p.at }
        : { id: p.id, status: p.status, reason: p.reason, at: p.at },
    ),
  };
}
