// The 21-day check, daily on EventBridge Scheduler: offers a credit or refund once on a repair or
// replacement running late, and flags the case.
import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';
import type { DeskFunction } from '../desk-function';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Capability, nagArn } from './capability';
import { failureQueue, onFailureQueue } from './failure-queue';
import type { TableAccess } from './data';
import { deskFunction, type DeskContext } from './desk-context';

/** The daily 21-day check: 06:00 in the desk's time zone (EventBridge Scheduler's cron, minutes first). */
export const SLA_CHECK_CRON = { minute: '0', hour: '6' } as const;

/** Pages through the cases in repair or replacement (the byStatus index), and changes the late ones. */
const TABLE_ACCESS: TableAccess = { items: [{ actions: ['GetItem', 'PutItem'], keys: ['case'] }], byStatus: true };

export class SlaCheck extends Capability {
  readonly sla: DeskFunction;
  /** Runs the sla function once a day. */
  readonly schedule: Schedule;
  readonly failures: { sla: Queue; schedule: Queue };

  constructor(scope: Construct, id: string, props: { desk: DeskContext }) {
    super(scope, id);
    const { desk } = props;
    this.sla = deskFunction(this, desk, 'sla', 'SlaCheck', {
      entry: 'staff/sla.lambda.ts',
      description: 'The daily 21-day check: offers a credit or refund once on a repair or replacement running late, and flags the case',
      // Pages through every case in repair or replacement; one run a day.
      timeout: Duration.seconds(60),
    });
    desk.data.grant(this.sla, TABLE_ACCESS);
    // The offer is emailed to the customer.
    desk.mail.grantSend(this.sla);
    // A run that failed Lambda's retries waits in a queue (the next day's run makes up for it, but someone should know).
    this.failures = { sla: onFailureQueue(this, this.sla, 'SlaCheckFailures'), schedule: failureQueue(this, 'SlaScheduleFailures') };

    // Scheduler invokes asynchronously: its retries cover an invocation Lambda refused (throttling, a
    // service fault); a run that fails is retried by Lambda's own async retries. A run missed
    // altogether is made up by the next one (it finds every case overdue by then), and a repeated
    // run sends no offer twice (functions/staff/sla.lambda.ts).
    this.schedule = new Schedule(this, 'SlaCheckSchedule', {
      description: 'The daily 21-day check of repairs and replacements',
      schedule: ScheduleExpression.cron({ ...SLA_CHECK_CRON, timeZone: TimeZone.of(desk.settings.timeZone) }),
      // An invocation Scheduler could not make waits in a queue of its own.
      target: new LambdaInvoke(this.sla, { retryAttempts: 2, maxEventAge: Duration.hours(1), deadLetterQueue: this.failures.schedule }),
    });

    // LambdaInvoke grants invoke on the function and on its versions and aliases (<arn>:*) to a role it
    // keeps at stack level; the schedule calls the function itself.
    for (const role of Stack.of(this).node.children.filter((c) => c.node.id.startsWith('SchedulerRoleForTarget'))) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${nagArn(this.sla)}:*]`,
        reason:
          "CDK's Scheduler target grants lambda:InvokeFunction on the 21-day check function and its own versions and aliases (<arn>:*); no other function.",
      });
    }
  }
}
