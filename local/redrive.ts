// `npm run redrive -- <queue>` — replays what waits in a failure queue through the function it came
// from, once the cause is fixed. Locally it asks the running desk (npm start) to replay its local
// queue; with `--stack <name>` it reads the deployed stack's outputs and replays the SQS queue:
// each message's event is invoked again asynchronously (a replay that fails again comes back to the
// queue), and the message is deleted once the invocation is accepted. The handlers are idempotent,
// so a record replayed twice changes nothing the second time.
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { FAILURE_QUEUES, isFailureQueue, replayPayload, type FailureQueueName } from '../shared/config/failure-queues';

export interface AwsRedriveClients {
  cloudFormation: CloudFormationClient;
  sqs: SQSClient;
  lambda: LambdaClient;
}

export interface AwsRedriveResult {
  replayed: number;
  /** Messages whose body could not be read: left in the queue for a person to look at. */
  unreadable: number;
}

const title = (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

/** Replays every message of `queue` in the stack `stackName`. */
export async function redriveOnAws(clients: AwsRedriveClients, stackName: string, queue: FailureQueueName): Promise<AwsRedriveResult> {
  const described = await clients.cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
  const outputs = Object.fromEntries((described.Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
  const queueUrl = outputs[`${title(queue)}FailureQueue`];
  const functionName = outputs[`${title(queue)}FailureTarget`];
  if (!queueUrl || !functionName) throw new Error(`stack ${stackName} has no failure queue ${queue} (it is there only with the feature that uses it)`);
  let replayed = 0;
  let unreadable = 0;
  const skipped = new Set<string>();
  for (;;) {
    const { Messages = [] } = await clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: 60 }),
    );
    const fresh = Messages.filter((m) => m.MessageId && !skipped.has(m.MessageId));
    if (fresh.length === 0) break;
    for (const message of fresh) {
      let payload: unknown;
      try {
        payload = replayPayload(queue, message.Body ?? '');
      } catch {
        unreadable++;
        skipped.add(message.MessageId as string);
        continue;
      }
      await clients.lambda.send(
        new InvokeCommand({ FunctionName: functionName, InvocationType: 'Event', Payload: new TextEncoder().encode(JSON.stringify(payload)) }),
      );
      await clients.sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }));
      replayed++;
    }
  }
  return { replayed, unreadable };
}

async function main(args: string[]): Promise<void> {
  const queue = args.find((a) => !a.startsWith('--'));
  const at = args.indexOf('--stack');
  const stackName = at >= 0 ? args[at + 1] : undefined;
  if (!queue || !isFailureQueue(queue) || (at >= 0 && !stackName)) {
    console.error(`usage: npm run redrive -- <queue> [--stack <stack name>]; the queues: ${Object.keys(FAILURE_QUEUES).join(', ')}`);
    process.exit(2);
  }
  if (stackName) {
    const result = await redriveOnAws({ cloudFormation: new CloudFormationClient({}), sqs: new SQSClient({}), lambda: new LambdaClient({}) }, stackName, queue);
    console.log(
      `${queue}: ${result.replayed} replayed (invoked again: one that fails again returns to the queue)${result.unreadable ? `; ${result.unreadable} unreadable, left in the queue` : ''}.`,
    );
    return;
  }
  const port = process.env.PORT ?? '3000';
  const res = await fetch(`http://127.0.0.1:${port}/_local/redrive/${queue}`, { method: 'POST' }).catch((error: unknown) => {
    throw new Error(`could not reach the desk on http://127.0.0.1:${port} (is npm start running? PORT sets the port): ${(error as Error).message}`);
  });
  const body = (await res.json()) as { replayed?: number; failed?: number; left?: number; error?: { message: string } };
  if (!res.ok) throw new Error(body.error?.message ?? `the desk answered ${res.status}`);
  console.log(`${queue}: ${body.replayed} replayed, ${body.failed} failed again; ${body.left} left in the queue.`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
