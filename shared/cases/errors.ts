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

export class InvalidTransitionError extends CaseError {
  override name = 'InvalidTransitionError';
  constructor(readonly from: string, readonly to: string) {
    super(`a case cannot go from ${from} to ${to}`);
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

/** A dependency stayed unavailable through every retry. */
export class UnavailableError extends CaseError {
  override name = 'UnavailableError';
}
