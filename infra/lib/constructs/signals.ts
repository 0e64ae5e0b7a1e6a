// Someone hears of it when something goes wrong: CloudWatch alarms on every function's errors and
// throttles, on any record waiting in a failure queue, on the API's rate of 5xx answers and on SES's
// bounce and complaint rates, all to one SNS topic (emailed to settings.alarmEmail), and one
// dashboard that shows the same figures.
import { Duration, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, Dashboard, GraphWidget, MathExpression, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { encryptedTopic } from '../encrypted-topic';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { DeskFunction } from '../desk-function';
import type { DeskSettings } from '../settings';
import { Capability } from './capability';
import type { FunctionName } from './desk-context';

/** The thresholds, in one place (docs/operations.md explains each). */
export const ALARM_THRESHOLDS = {
  /** Any error or throttle of a function in five minutes. */
  functionErrors: 1,
  functionThrottles: 1,
  /** Any record waiting in a failure queue. */
  failureQueueDepth: 1,
  /** The API's share of 5xx answers over five minutes (with at least 20 requests, so one failure at night is not 100%). */
  api5xxRate: 0.05,
  api5xxMinRequests: 20,
  /** SES pauses an account near 10% bounces and 0.5% complaints; these warn well before. */
  sesBounceRate: 0.05,
  sesComplaintRate: 0.001,
} as const;

export interface SignalsProps {
  settings: DeskSettings;
  functions: Record<FunctionName, DeskFunction>;
  /** Every failure queue, by a name the alarm and redrive use. */
  failures: Record<string, Queue>;
  api: HttpApi;
}

export class Signals extends Capability {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: SignalsProps) {
    super(scope, id);
    const { settings, functions, failures, api } = props;
    // CloudWatch publishes to the topic.
    this.alarmTopic = encryptedTopic(this, 'Alarms', { keyId: 'AlarmsKey', publisher: 'cloudwatch.amazonaws.com', displayName: 'Returns desk alarms' });
    if (settings.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(settings.alarmEmail));
    const action = new SnsAction(this.alarmTopic);
    const alarm = (alarmId: string, metric: IMetric, threshold: number, description: string) => {
      const a = new Alarm(this, alarmId, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(action);
      this.alarms.push(a);
      return a;
    };
    const fiveMinutes = { period: Duration.minutes(5), statistic: 'Sum' };

    for (const [name, fn] of Object.entries(functions)) {
      const title = name.charAt(0).toUpperCase() + name.slice(1);
      alarm(
        `${title}Errors`,
        fn.metricErrors(fiveMinutes),
        ALARM_THRESHOLDS.functionErrors,
        `The ${name} function failed (an error or a timeout); see its logs.`,
      );
      alarm(
        `${title}Throttles`,
        fn.metricThrottles(fiveMinutes),
        ALARM_THRESHOLDS.functionThrottles,
        `The ${name} function was throttled (its reserved concurrency or the account's).`,
      );
    }
    for (const [name, queue] of Object.entries(failures)) {
      const title = name.charAt(0).toUpperCase() + name.slice(1);
      alarm(
        `${title}FailureQueue`,
        queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
        ALARM_THRESHOLDS.failureQueueDepth,
        `Something waits in the ${name} failure queue: fix the cause, then npm run redrive -- ${name}.`,
      );
    }
    const requests = api.metricCount({ period: Duration.minutes(5), statistic: 'Sum' });
    const errors = api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' });
    const rate = new MathExpression({
      expression: `IF(requests >= ${ALARM_THRESHOLDS.api5xxMinRequests}, errors / requests, 0)`,
      usingMetrics: { requests, errors },
      period: Duration.minutes(5),
      label: 'API 5xx rate',
    });
    alarm('Api5xxRate', rate, ALARM_THRESHOLDS.api5xxRate, 'More than 5% of API requests answered 5xx in five minutes.');
    const ses = (metricName: string) => new Metric({ namespace: 'AWS/SES', metricName, period: Duration.hours(1), statistic: 'Maximum' });
    alarm(
      'SesBounceRate',
      ses('Reputation.BounceRate'),
      ALARM_THRESHOLDS.sesBounceRate,
      'SES bounce rate over 5%: check the addresses customers give (SES pauses sending near 10%).',
    );
    alarm(
      'SesComplaintRate',
      ses('Reputation.ComplaintRate'),
      ALARM_THRESHOLDS.sesComplaintRate,
      'SES complaint rate over 0.1% (SES pauses sending near 0.5%).',
    );

    const fns = Object.entries(functions);
    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `${Stack.of(this).stackName}-desk`,
      widgets: [
        [
          new GraphWidget({ title: 'Function errors', left: fns.map(([n, f]) => f.metricErrors({ ...fiveMinutes, label: n })), width: 12 }),
          new GraphWidget({ title: 'Function throttles', left: fns.map(([n, f]) => f.metricThrottles({ ...fiveMinutes, label: n })), width: 12 }),
        ],
        [
          new GraphWidget({ title: 'API requests and 5xx', left: [requests], right: [errors], width: 12 }),
          new GraphWidget({
            title: 'Failure queues',
            left: Object.entries(failures).map(([n, q]) =>
              q.metricApproximateNumberOfMessagesVisible({ label: n, period: Duration.minutes(5), statistic: 'Maximum' }),
            ),
            width: 12,
          }),
        ],
        [
          new GraphWidget({
            title: 'Function duration (p99)',
            left: fns.map(([n, f]) => f.metricDuration({ label: n, period: Duration.minutes(5), statistic: 'p99' })),
            width: 12,
          }),
          new GraphWidget({ title: 'SES reputation', left: [ses('Reputation.BounceRate'), ses('Reputation.ComplaintRate')], width: 12 }),
        ],
      ],
    });
  }
}
