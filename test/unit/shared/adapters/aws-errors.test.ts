// Which AWS errors are passing, as the SDK's errors and the DynamoDB client's carry them.
import { isPassingFailure, isThrottling } from '../../../../shared/adapters/aws-errors';

const named = (name: string, extra: object = {}) => Object.assign(new Error(name), { name, ...extra });

describe('isThrottling', () => {
  it.each([
    ['a throttling name', named('ProvisionedThroughputExceededException', { $metadata: { httpStatusCode: 400 } }), true],
    ['HTTP 429 under any name', named('Whatever', { $metadata: { httpStatusCode: 429 } }), true],
    ['the SDK’s throttling trait', named('Whatever', { $retryable: { throttling: true } }), true],
    ['a refused request', named('ValidationException', { $metadata: { httpStatusCode: 400 } }), false],
    ['not an object', 'ThrottlingException', false],
  ])('%s', (_label, error, expected) => expect(isThrottling(error)).toBe(expected));
});

describe('isPassingFailure', () => {
  it.each([
    ['any 5xx', named('InternalServerError', { $metadata: { httpStatusCode: 500 } }), true],
    ['a 501 too', named('NotImplemented', { $metadata: { httpStatusCode: 501 } }), true],
    ['a timeout', named('TimeoutError'), true],
    ['a reset connection (code)', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), true],
    ['a reset connection as the cause', new Error('DynamoDB: failed', { cause: Object.assign(new Error('x'), { code: 'EPIPE' }) }), true],
    ['an unresolved name', named('ENOTFOUND'), true],
    ['an abort', named('AbortError', { $metadata: { httpStatusCode: 503 } }), false],
    ['a condition that failed', named('ConditionalCheckFailedException', { $metadata: { httpStatusCode: 400 } }), false],
    ['undefined', undefined, false],
  ])('%s', (_label, error, expected) => expect(isPassingFailure(error)).toBe(expected));
});
