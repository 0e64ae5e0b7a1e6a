// What each error means to an HTTP client, in one table: its status, its code and what it says.
// An error not listed is a bare 500 (its message is ours, not the client's to read).
import {
  CaseNotFoundError,
  ChoiceClosedError,
  CollectionClosedError,
  ConcurrentUpdateError,
  IdempotencyMismatchError,
  IncompleteFactsError,
  InvalidTransitionError,
  NotCancellableError,
  UnavailableError,
} from '../../shared/cases';
import { PHOTO_LIMITS } from '../../shared/photos/limits';
import { PhotosClosedError, TooManyPhotosError } from '../../shared/photos/use-cases';
import { describeIssue, InvalidFactsError } from '../../shared/rules';
import { $ZodError } from '../../shared/validation/zod';
import { API_TEXT } from '../../web/api-text';
import { HttpError } from './errors';
import { isFieldName } from './field-names';

export const NOT_FOUND_MESSAGE = 'No return matches this link. Check the link in your confirmation email.';

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;
interface Entry {
  type: ErrorClass<Error>;
  toHttp: (error: Error) => HttpError;
}
/** An error class and what it says to a client; `toHttp` is only ever given instances of it. */
const entry = <E extends Error>(type: ErrorClass<E>, toHttp: (error: E) => HttpError): Entry => ({ type, toHttp: (error) => toHttp(error as E) });
const says = (status: number, code: string, message: string) => () => new HttpError(status, code, message);

/** A field is named back only when it looks like one of ours: an unknown key is the client's own text. */
function invalidRequest(error: InvalidFactsError): HttpError {
  if (error.field !== '' && !isFieldName(error.field)) return new HttpError(400, 'invalid_request', API_TEXT.unknownField);
  return new HttpError(400, 'invalid_request', error.message, error.field);
}

/** In order: the first entry an error is an instance of answers for it. */
const REGISTRY: readonly Entry[] = [
  entry(HttpError, (e) => e),
  entry(InvalidFactsError, invalidRequest),
  entry($ZodError, (e) => invalidRequest(describeIssue(e.issues[0] as Parameters<typeof describeIssue>[0]))),
  entry(CaseNotFoundError, says(404, 'not_found', NOT_FOUND_MESSAGE)),
  entry(IdempotencyMismatchError, (e) => new HttpError(422, 'idempotency_key_reused', e.message, 'Idempotency-Key')),
  entry(ConcurrentUpdateError, says(409, 'conflict', 'This case was changed in the meantime. Reload it and try again.')),
  entry(InvalidTransitionError, (e) => new HttpError(409, 'invalid_transition', e.message)),
  entry(NotCancellableError, says(409, 'not_cancellable', 'This return can no longer be cancelled: the parcel has arrived or the case has ended.')),
  entry(
    ChoiceClosedError,
    says(409, 'choice_closed', 'This return takes no choice now, or not that one: choose one of the options on your status page while it is open.'),
  ),
  entry(
    CollectionClosedError,
    says(409, 'collection_closed', 'This return takes no collection details now: the collection is booked, or the return is not collected.'),
  ),
  entry(IncompleteFactsError, (e) => new HttpError(422, 'incomplete_facts', e.message)),
  entry(TooManyPhotosError, says(409, 'too_many_photos', `This return already has ${PHOTO_LIMITS.maxPerCase} photos, the most it can hold.`)),
  entry(PhotosClosedError, says(409, 'case_ended', 'This return has ended, so it takes no more photos.')),
  entry(UnavailableError, says(503, 'unavailable', 'The service is busy. Please try again in a minute.')),
];

/** Every error as an HTTP error: by the registry, anything unexpected as a bare 500. */
export function toHttpError(error: unknown): HttpError {
  const found = REGISTRY.find((e) => error instanceof e.type);
  return found ? found.toHttp(error as Error) : new HttpError(500, 'internal', 'Something went wrong on our side. Please try again.');
}
