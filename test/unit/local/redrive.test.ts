// The redrive: what each failure queue holds read back into the event its function takes, and the
// AWS path (SQS → Lambda) against mocked clients: every message invoked again and deleted, an
// unreadable one left for a person, a stack without the queue refused by name.
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFailureQueues } from '../../../local/failure-queues';
import { redriveOnAws } from '../../../local/redrive';
import { replayPayload } from '../../../shared/config/failure-queues';

const EVENT = { Records: [{ eventSource: 'aws:ses', ses: { mail: { messageId: 'm-1' } } }] };

describe('replayPayload', () => {
  it('takes the event out of Lambda’s on-failure record', () => {
    const body = JSON.stringify({
      version: '1.0',
      requestContext: { condition: 'RetriesExhausted' },
      requestPayload: EVENT,
      responsePayload: { errorType: 'Error' },
    });
    expect(replayPayload('inboundMail', body)).toEqual(EVENT);
  });

  it('takes a dead-lettered event as it is (the scheduler’s input may be empty)', () => {
    expect(replayPayload('scanResultsDelivery', JSON.stringify({ source: 'aws.guardduty' }))).toEqual({ source: 'aws.guardduty' });
    expect(replayPayload('schedule', '')).toEqual({});
  });

  it('wraps an SNS envelope as the event SNS would have delivered', () => {
    const envelope = { Type: 'Notification', Message: '{"eventType":"Bounce"}', Timestamp: '2026-04-01T10:00:00.000Z' };
    expect(replayPayload('mailEventsDelivery', JSON.stringify(envelope))).toEqual({ Records: [{ EventSource: 'aws:sns', Sns: envelope }] });
  });

  it.each([
    ['inboundMail', '{"no":"payload"}'],
    ['inboundMail', '42'],
    ['mailEventsDelivery', '{"Type":"Notification"}'],
    ['processPhoto', 'not json'],
  ] as const)('refuses %s body %s', (queue, body) => {
    expect(() => replayPayload(queue, body)).toThrow();
  });
});

describe('redriveOnAws', () => {
  const cloudFormation = mockClient(CloudFormationClient);
  const sqs = mockClient(SQSClient);
  const lambda = mockClient(LambdaClient);
  const clients = { cloudFormation: new CloudFormationClient({}), sqs: new SQSClient({}), lambda: new LambdaClient({}) };
  const record = (payload: unknown) => JSON.stringify({ requestPayload: payload, responsePayload: { errorType: 'UnavailableError' } });

  beforeEach(() => {
    cloudFormation.reset();
    sqs.reset();
    lambda.reset();
    cloudFormation.on(DescribeStacksCommand).resolves({
      Stacks: [
        {
          StackName: 'RmaDeskStack',
          CreationTime: new Date(),
          StackStatus: 'UPDATE_COMPLETE',
          Outputs: [
            { OutputKey: 'InboundMailFailureQueue', OutputValue: 'https://sqs.eu-west-1.amazonaws.com/1/inbound-failures' },
            { OutputKey: 'InboundMailFailureTarget', OutputValue: 'RmaDeskStack-InboundMail' },
          ],
        },
      ],
    });
    lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
  });

  it('invokes the function again with each message’s event, asynchronously, and deletes the message', async () => {
    sqs
      .on(ReceiveMessageCommand)
      .resolvesOnce({
        Messages: [
          { MessageId: 'a', ReceiptHandle: 'ra', Body: record({ n: 1 }) },
          { MessageId: 'b', ReceiptHandle: 'rb', Body: record({ n: 2 }) },
        ],
      })
      .resolves({ Messages: [] });
    await expect(redriveOnAws(clients, 'RmaDeskStack', 'inboundMail')).resolves.toEqual({ replayed: 2, unreadable: 0 });
    const invoked = lambda.commandCalls(InvokeCommand).map((c) => c.args[0].input);
    expect(invoked.map((i) => [i.FunctionName, i.InvocationType, JSON.parse(new TextDecoder().decode(i.Payload as Uint8Array))])).toEqual([
      ['RmaDeskStack-InboundMail', 'Event', { n: 1 }],
      ['RmaDeskStack-InboundMail', 'Event', { n: 2 }],
    ]);
    expect(sqs.commandCalls(DeleteMessageCommand).map((c) => c.args[0].input.ReceiptHandle)).toEqual(['ra', 'rb']);
  });

  it('leaves an unreadable message in the queue (seen once), and deletes nothing whose invocation failed', async () => {
    sqs
      .on(ReceiveMessageCommand)
      .resolvesOnce({ Messages: [{ MessageId: 'x', ReceiptHandle: 'rx', Body: 'garbage' }] })
      .resolvesOnce({ Messages: [{ MessageId: 'x', ReceiptHandle: 'rx2', Body: 'garbage' }] })
      .resolves({ Messages: [] });
    await expect(redriveOnAws(clients, 'RmaDeskStack', 'inboundMail')).resolves.toEqual({ replayed: 0, unreadable: 1 });
    expect(sqs.commandCalls(DeleteMessageCommand)).toHaveLength(0);

    sqs.reset();
    sqs.on(ReceiveMessageCommand).resolvesOnce({ Messages: [{ MessageId: 'y', ReceiptHandle: 'ry', Body: record({}) }] });
    lambda.on(InvokeCommand).rejects(new Error('TooManyRequestsException'));
    await expect(redriveOnAws(clients, 'RmaDeskStack', 'inboundMail')).rejects.toThrow('TooManyRequestsException');
    expect(sqs.commandCalls(DeleteMessageCommand)).toHaveLength(0);
  });

  it('names the queue a stack does not have', async () => {
    await expect(redriveOnAws(clients, 'RmaDeskStack', 'scanResultsDelivery')).rejects.toThrow('no failure queue scanResultsDelivery');
  });
});

describe('LocalFailureQueues (the local stand-in)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rma-failures-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('tries three times; a success on the third leaves nothing in the queue', async () => {
    const queues = new LocalFailureQueues(dir, [1, 1]);
    let calls = 0;
    const flaky = async () => {
      if (++calls < 3) throw new Error('down');
    };
    await expect(queues.invoke('inboundMail', EVENT, flaky)).resolves.toBe(true);
    expect(calls).toBe(3);
    expect(queues.list('inboundMail')).toEqual([]);
  });

  it('keeps what failed three times, as Lambda’s record, until a redrive succeeds', async () => {
    const queues = new LocalFailureQueues(dir, [1, 1]);
    let down = true;
    const handled: unknown[] = [];
    const handler = async (event: unknown) => {
      if (down) throw new Error('DynamoDB Local paused');
      handled.push(event);
    };
    await expect(queues.invoke('inboundMail', EVENT, handler)).resolves.toBe(false);
    const [kept] = queues.list('inboundMail');
    expect(kept?.record).toMatchObject({
      requestPayload: EVENT,
      requestContext: { condition: 'RetriesExhausted', approximateInvokeCount: 3 },
      responsePayload: { errorType: 'Error', errorMessage: 'DynamoDB Local paused' },
    });
    // the cause persists: the record stays
    await expect(queues.redrive('inboundMail', handler)).resolves.toEqual({ replayed: 0, failed: 1, left: 1 });
    down = false;
    await expect(queues.redrive('inboundMail', handler)).resolves.toEqual({ replayed: 1, failed: 0, left: 0 });
    expect(handled).toEqual([EVENT]);
    // the redrive's own body is what the AWS redrive reads from SQS
    expect(replayPayload('inboundMail', JSON.stringify(kept?.record))).toEqual(EVENT);
  });
});
