// Where an asynchronous invocation goes when Lambda has given up on it (two retries): an SQS queue of
// its own per function, kept 14 days, so nothing is dropped unseen. Its depth raises an alarm
// (signals.ts) and `npm run redrive -- <queue>` replays each record through the same function.
import { Duration, Validations } from 'aws-cdk-lib';
import type { DeskFunction } from '../desk-function';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export function failureQueue(scope: Construct, id: string): Queue {
  const queue = new Queue(scope, id, { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: 'It is itself the failure queue of an asynchronous invocation; a queue behind it would only move the problem.',
  });
  return queue;
}

/** `fn`'s asynchronous invocations: two retries, then the record (event, error) to a failure queue of its own. */
export function onFailureQueue(scope: Construct, fn: DeskFunction, id: string): Queue {
  const queue = failureQueue(scope, id);
  fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(6), onFailure: new SqsDestination(queue) });
  return queue;
}
