// SES's bounces and complaints: the configuration set publishes them to the outbound mail's topic,
// and the mail-events function records each (the address suppressed, its case flagged for staff).
// SNS delivers to the function asynchronously: a delivery SNS cannot make waits in the subscription's
// dead-letter queue, and an invocation that fails its retries in the function's failure queue.
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { DeskFunction } from '../desk-function';
import { Capability } from './capability';
import type { TableAccess } from './data';
import { deskFunction, type DeskContext } from './desk-context';
import { failureQueue, onFailureQueue } from './failure-queue';

/** It reads and flags the case a message was about, and adds the address to the suppression list. */
const TABLE_ACCESS: TableAccess = {
  items: [
    { actions: ['GetItem', 'PutItem'], keys: ['case'] },
    { actions: ['PutItem'], keys: ['suppressed'] },
  ],
};

export class MailFeedback extends Capability {
  readonly mailEvents: DeskFunction;
  /** Invocations that failed their retries, and deliveries SNS could not make. */
  readonly failures: { mailEvents: Queue; mailEventsDelivery: Queue };

  constructor(scope: Construct, id: string, props: { desk: DeskContext }) {
    super(scope, id);
    const { desk } = props;
    this.mailEvents = deskFunction(this, desk, 'mailEvents', 'MailEvents', {
      entry: 'email/mail-events.lambda.ts',
      description: 'Records SES bounces and complaints: the address is no longer mailed and its case is flagged for staff',
    });
    desk.data.grant(this.mailEvents, TABLE_ACCESS);
    const delivery = failureQueue(this, 'MailEventsDeliveryFailures');
    desk.mail.feedback.addSubscription(new LambdaSubscription(this.mailEvents, { deadLetterQueue: delivery }));
    this.failures = { mailEvents: onFailureQueue(this, this.mailEvents, 'MailEventsFailures'), mailEventsDelivery: delivery };
  }
}
