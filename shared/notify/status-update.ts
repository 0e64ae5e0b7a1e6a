// The short emails that follow a return after its decision: the parcel arrived, it is being
// repaired or replaced, it is done, it was cancelled — and the offer the 21-day promise makes.
import type { Case, Resolution } from '../cases/case';
import type { OutgoingEmail } from '../cases/ports';
import type { Policy } from '../rules';
import type { Language } from '../extract/language';
import { dateIn } from '../i18n/format';
import { afterTextIn } from './after-text';
import { emailTextIn, updateTextIn, type UpdateText } from './email-text';
import { closingSections, renderLetter } from './letter';

/** A promise counted in days from the parcel's arrival: its length and its last day. */
export interface SlaPromise {
  days: number;
  /** The day the parcel arrived (YYYY-MM-DD). */
  since: string;
  lastDay: string;
}

export type StatusUpdate =
  | { kind: 'received' }
  | { kind: 'repairing' | 'replacing'; promise?: SlaPromise }
  | { kind: 'resolved'; resolution: Resolution }
  | { kind: 'cancelled'; by: 'customer' | 'staff' }
  | { kind: 'sla_offer'; work: 'repairing' | 'replacing'; promise: SlaPromise }
  | { kind: 'collection_booked'; booking: { day: string; courier: string; reference: string } }
  | { kind: 'collected' }
  | { kind: 'credit_late'; remedy: string; days: number; since: string };

const WORK = { repairing: 'repair', replacing: 'replacement' } as const;

function body(update: StatusUpdate, U: UpdateText, language: Language | undefined): { subject: string; title: string; lines: string[] } {
  const A = afterTextIn(language).collection;
  switch (update.kind) {
    case 'collection_booked':
      return {
        subject: A.subjectBooked,
        title: A.title,
        lines: [A.booked(update.booking.courier, dateIn(language, update.booking.day), update.booking.reference)],
      };
    case 'collected':
      return { subject: A.subjectCollected, title: A.title, lines: [A.collected] };
    case 'credit_late': {
      const C = afterTextIn(language).choice;
      return { subject: C.lateSubject, title: C.title, lines: [C.late(update.remedy, update.days, dateIn(language, update.since)), C.lateNext] };
    }
    case 'received':
      return { subject: U.subjects.received, title: U.where, lines: [U.received] };
    case 'repairing':
    case 'replacing': {
      const promise = update.promise ? [U.promise(update.promise.days, update.promise.lastDay)] : [];
      return { subject: U.subjects[update.kind], title: U.where, lines: [U[update.kind], ...promise] };
    }
    case 'resolved':
      return { subject: U.subjects.resolved, title: U.where, lines: [U.resolved[update.resolution]] };
    case 'cancelled':
      return { subject: U.subjects.cancelled, title: U.where, lines: [U.cancelled[update.by]] };
    case 'sla_offer': {
      const work = WORK[update.work];
      return {
        subject: U.subjects.slaOffer,
        title: U.slaTitle,
        lines: [U.slaLate(work, update.promise.days, update.promise.since), U.slaChoice, U.slaWait(work)],
      };
    }
  }
}

export function renderStatusUpdate(c: Case, policy: Policy, update: StatusUpdate, statusUrl?: string): OutgoingEmail {
  const T = emailTextIn(c.language);
  const U = updateTextIn(c.language);
  const { subject, title, lines } = body(update, U, c.language);
  return renderLetter(c, policy, {
    subject: U.subject(policy.merchant.name, c.rma, subject),
    lead: [U.update(policy.merchant.name, c.rma), T.keepNumber],
    sections: [{ title, lines }, ...closingSections(policy, statusUrl, true, c.language)],
  });
}
