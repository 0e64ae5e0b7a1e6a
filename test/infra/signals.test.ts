// Nothing lost without someone knowing, as the template has it: every asynchronous path ends in a
// failure queue, every function and queue is watched by an alarm that reaches one topic, mail goes
// through a configuration set whose bounces and complaints reach the mail-events function, and the
// data is protected (table deletion protection, photo versions).
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { RmaStack } from '../../infra/lib/rma-stack';
import { ALARM_THRESHOLDS } from '../../infra/lib/constructs/signals';
import { FAILURE_QUEUES, type FailureQueueName } from '../../shared/config/failure-queues';
import { buildApp, logicalId, type Json } from './template';

type Resource = { Type: string; Properties: Json; DeletionPolicy?: string };

describe('RmaDeskStack, failure paths and signals', () => {
  let stack: RmaStack;
  let template: Template;
  let resources: Record<string, Resource>;
  const ref = (s: RmaStack, construct: { node: { defaultChild?: unknown } }) => logicalId(s, construct);

  beforeAll(() => {
    ({ stack } = buildApp({ '@aws-cdk/core:failSynthOnValidationErrors': false, alarmEmail: 'ops@shop.test', malwareScanning: true }));
    template = Template.fromStack(stack);
    resources = template.toJSON().Resources as Record<string, Resource>;
  });

  it('sends every asynchronously invoked function’s failures, after two retries, to a queue of its own', () => {
    // Act
    const configs = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::EventInvokeConfig');
    const byFunction = Object.fromEntries(configs.map((c) => [(c.Properties.FunctionName as { Ref: string }).Ref, c.Properties]));
    // Assess: the four functions something other than a caller waiting for the answer invokes
    const asynchronous = { inboundMail: 'inboundMail', processPhoto: 'processPhoto', sla: 'sla', mailEvents: 'mailEvents' } as const;
    expect(Object.keys(byFunction).sort()).toEqual(
      Object.values(asynchronous)
        .map((n) => ref(stack, stack.functions[n]))
        .sort(),
    );
    for (const [name, queue] of Object.entries(asynchronous)) {
      expect(byFunction[ref(stack, stack.functions[name as keyof typeof asynchronous])]).toMatchObject({
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [ref(stack, stack.failures[queue] as never), 'Arn'] } } },
      });
    }
  });

  it('gives the scheduler, EventBridge’s scan results and SNS’s bounce deliveries a dead-letter queue each', () => {
    const schedule = Object.values(resources).find((r) => r.Type === 'AWS::Scheduler::Schedule');
    expect(schedule?.Properties.Target).toMatchObject({ DeadLetterConfig: { Arn: { 'Fn::GetAtt': [ref(stack, stack.failures.schedule as never), 'Arn'] } } });
    const rule = Object.values(resources).find((r) => r.Type === 'AWS::Events::Rule');
    expect(rule?.Properties.Targets).toEqual([
      expect.objectContaining({ DeadLetterConfig: { Arn: { 'Fn::GetAtt': [ref(stack, stack.failures.scanResultsDelivery as never), 'Arn'] } } }),
    ]);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [ref(stack, stack.failures.mailEventsDelivery as never), 'Arn'] } },
    });
  });

  it('keeps failures 14 days, encrypted, over TLS only, and names each queue in an output for the redrive', () => {
    for (const [name, queue] of Object.entries(stack.failures)) {
      expect(resources[ref(stack, queue as never)]?.Properties).toMatchObject({ MessageRetentionPeriod: 14 * 24 * 3600, SqsManagedSseEnabled: true });
      const output = `${name.charAt(0).toUpperCase()}${name.slice(1)}FailureQueue`;
      template.hasOutput(output, { Value: { Ref: ref(stack, queue as never) } });
      // …and the function the redrive replays its records into
      const target = stack.functions[FAILURE_QUEUES[name as FailureQueueName].target];
      template.hasOutput(output.replace(/Queue$/, 'Target'), { Value: { Ref: ref(stack, target) } });
    }
    expect(Object.keys(stack.failures).sort()).toEqual(Object.keys(FAILURE_QUEUES).sort());
  });

  it('raises an alarm on each function’s errors and throttles and on each failure queue, all to the alarm topic mailed to alarmEmail', () => {
    const alarms = Object.values(resources).filter((r) => r.Type === 'AWS::CloudWatch::Alarm');
    const topic = ref(stack, stack.signals.alarmTopic as never);
    for (const a of alarms) expect(a.Properties.AlarmActions).toEqual([{ Ref: topic }]);
    const on = (metric: string, namespace: string) => alarms.filter((a) => a.Properties.MetricName === metric && a.Properties.Namespace === namespace);
    expect(on('Errors', 'AWS/Lambda')).toHaveLength(13);
    expect(on('Throttles', 'AWS/Lambda')).toHaveLength(13);
    expect(on('ApproximateNumberOfMessagesVisible', 'AWS/SQS')).toHaveLength(7);
    expect(on('Reputation.BounceRate', 'AWS/SES')[0]?.Properties.Threshold).toBe(ALARM_THRESHOLDS.sesBounceRate);
    expect(on('Reputation.ComplaintRate', 'AWS/SES')[0]?.Properties.Threshold).toBe(ALARM_THRESHOLDS.sesComplaintRate);
    // The API's 5xx rate: a metric expression over its 5xx count and its requests.
    const api = alarms.find((a) => Array.isArray(a.Properties.Metrics));
    expect(JSON.stringify(api?.Properties.Metrics)).toContain('5xx');
    expect(api?.Properties.Threshold).toBe(ALARM_THRESHOLDS.api5xxRate);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@shop.test', TopicArn: { Ref: topic } });
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('sends mail through a configuration set whose bounces and complaints reach the mail-events function', () => {
    const set = ref(stack, stack.mail.configurationSet as never);
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: set },
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: ['bounce', 'complaint'],
        SnsDestination: { TopicARN: { Ref: ref(stack, stack.mail.feedback as never) } },
      }),
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      TopicArn: { Ref: ref(stack, stack.mail.feedback as never) },
      Endpoint: { 'Fn::GetAtt': [ref(stack, stack.functions.mailEvents), 'Arn'] },
    });
    // Every function is told the set, so every message goes through it.
    for (const fn of Object.values(stack.functions)) {
      const env = (resources[ref(stack, fn)]?.Properties.Environment as { Variables: Json }).Variables;
      expect(env.SES_CONFIGURATION_SET).toEqual({ Ref: set });
    }
  });

  it('protects the table from deletion and keeps 30 days of photo versions', () => {
    expect(resources[ref(stack, stack.table)]?.Properties).toMatchObject({
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(resources[ref(stack, stack.photos)]?.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
  });
});
