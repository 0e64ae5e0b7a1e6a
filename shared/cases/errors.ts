// Errors of the case core. They carry no HTTP status: functions/http maps them to responses.
// A declined return is data, not an error; these are for things that went wrong.

export class CaseError extends Error {
  override name = 'CaseError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** No case with this RMA number, or the link token does not match (the two look the same outside). */
export class CaseNotFoundError extends CaseError {
  override name = 'CaseNotFoundError';
}

/** The lifecycle (status.ts) does not allow this change, or this action, from the case's status. */
export class InvalidTransitionError extends CaseError {
  override name = 'InvalidTransitionError';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`a case cannot go from ${from} to ${to}`);
  }
}

/** The customer asked to cancel a case that can no longer be cancelled (the parcel was received, or it has ended). */
export class NotCancellableError extends CaseError {
  override name = 'NotCancellableError';
  constructor(readonly status: string) {
    super(`a case that is ${status} can no longer be cancelled`);
  }
}

/** Reassessing with these facts leaves the rules undecided: a case past its decision keeps one. */
export class IncompleteFactsError extends CaseError {
  override name = 'IncompleteFactsError';
  constructor(readonly missing: readonly string[]) {
    super(`the rules still need: ${missing.join(', ')}`);
  }
}

/** Someone else changed the case first (optimistic locking): read it again and retry. */
export class ConcurrentUpdateError extends CaseError {
  override name = 'ConcurrentUpdateError';
}

/** The generated RMA number exists already; the caller draws a new one. */
export class RmaCollisionError extends CaseError {
  override name = 'RmaCollisionError';
}

/** The same Idempotency-Key came with a different request. */
export class IdempotencyMismatchError extends CaseError {
  override name = 'IdempotencyMismatchError';
}

/** The mail service refused the message for good (bad address, suppressed): not retried. */
export class MailRejectedError extends CaseError {
  override name = 'MailRejectedError';
}

/** Not sent: the address bounced for good before, or its owner complained (mail-feedback.ts). */
export class MailSuppressedError extends MailRejectedError {
  override name = 'MailSuppressedError';
  constructor(readonly reason: 'bounce' | 'complaint') {
    super(`mail to this address is suppressed (${reason})`);
  }
}

/** A dependency stayed unavailable through every retry. */
export class UnavailableError extends CaseError {
  override name = 'UnavailableError';
}

/** Collection details for a case the merchant does not collect, or whose collection is booked or done. */
export class CollectionClosedError extends CaseError {
  override name = 'CollectionClosedError';
}
