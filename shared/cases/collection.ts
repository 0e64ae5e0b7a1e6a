// A collection the merchant arranges ("we will arrange to collect the product from you at no
// charge"): where and when the customer can hand it over, asked once on the channel they used (the
// chat, a reply to the confirmation, the status page); staff's booking with a courier; the pick-up.
// A courier's booking API would sit behind `CourierPort`; staff booking by hand is the default.
import type { Case, Channel } from './case';

/** What the courier needs from the customer. */
export interface CollectionDetails {
  /** The address as the customer wrote it (lines joined by ", "). */
  address: string;
  /** A phone number for the courier; absent when the customer gave none (their email is on the case). */
  phone?: string;
  /** The days (and times) that suit the customer, as written; absent: any working day. */
  days?: string;
  /** What the courier should know, as written ("call me from the gate"). */
  notes?: string;
}

/** Staff's booking with a courier. */
export interface CollectionBooking {
  /** The day the courier comes (YYYY-MM-DD). */
  day: string;
  courier: string;
  /** The courier's reference for the pick-up. */
  reference: string;
  at: string;
  by?: string;
}

export interface Collection extends CollectionDetails {
  /** When the customer gave (or last changed) the details, and where. */
  givenAt: string;
  via: Channel | 'status_page';
  booking?: CollectionBooking;
  /** When the courier picked it up. */
  collectedAt?: string;
}

/** How long each detail may be: a courier label's lines, not an essay. */
export const COLLECTION_LIMITS = { address: 300, phone: 40, days: 200, notes: 300, courier: 80, reference: 80 } as const;

/** The digits a phone number must have at least (a local number with its area code). */
export const PHONE_MIN_DIGITS = 6;

type CollectionCase = Pick<Case, 'status' | 'decision'> & { collection?: Collection };

/** The merchant collects this return and the parcel has not left yet: the details may be given or changed until it is booked. */
export function awaitsCollection(c: CollectionCase): boolean {
  return c.decision.outcome === 'approved' && c.decision.transport === 'collection' && (c.status === 'approved' || c.status === 'awaiting_parcel');
}

/** The customer has still to say where to collect it. */
export const needsCollectionDetails = (c: CollectionCase): boolean => awaitsCollection(c) && !c.collection;

/** The details may still change: given or not, the collection is not booked yet. */
export const collectionOpen = (c: CollectionCase): boolean => awaitsCollection(c) && !c.collection?.booking;

/** Staff can book: the customer gave the details, and no booking is made yet. */
export const bookable = (c: CollectionCase): boolean => awaitsCollection(c) && c.collection !== undefined && !c.collection.booking;

/** Booked and not picked up yet. */
export const awaitsPickUp = (c: CollectionCase): boolean => awaitsCollection(c) && c.collection?.booking !== undefined && !c.collection.collectedAt;

/** Spaces tidied; an empty field is no detail. */
function tidy(text: string | undefined): string | undefined {
  const t = text
    ?.split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ');
  return t ? t : undefined;
}

/**
 * The case with the customer's collection details, or undefined when they change nothing (the same
 * details again: a retried request, a repeated message). Only while the collection is open.
 */
/** The collection the details make, on top of what was given before (a field left out keeps its value). */
export function collectionOf(details: CollectionDetails, at: string, via: Collection['via'], before?: Collection): Collection {
  const address = tidy(details.address) as string;
  const phone = tidy(details.phone) ?? before?.phone;
  const days = tidy(details.days) ?? before?.days;
  const notes = tidy(details.notes) ?? before?.notes;
  return { address, ...(phone ? { phone } : {}), ...(days ? { days } : {}), ...(notes ? { notes } : {}), givenAt: at, via };
}

export function withCollectionDetails(c: Case, details: CollectionDetails, at: string, via: Collection['via']): Case | undefined {
  const before = c.collection;
  // The first details without a phone take the one said before them (an email's signature).
  const phone = details.phone ?? (before ? undefined : c.contact.phone);
  const collection = collectionOf({ ...details, ...(phone ? { phone } : {}) }, at, via, before);
  const same = (k: 'address' | 'phone' | 'days' | 'notes') => before?.[k] === collection[k];
  if (before && same('address') && same('phone') && same('days') && same('notes')) return undefined;
  return { ...c, collection, updatedAt: at };
}
