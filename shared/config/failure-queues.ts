// The failure queues of the desk's asynchronous paths, by name (the stack's outputs, the alarms and
// `npm run redrive -- <queue>` use these names), each with the function a replay goes to and what a
// message in it holds: Lambda's on-failure record (the event is its requestPayload), the event
// itself (the scheduler's and EventBridge's dead-letter queues), or SNS's envelope (a delivery SNS
// could not make to the function).
export const FAILURE_QUEUES = {
  inboundMail: { target: 'inboundMail', holds: 'invocation' },
  processPhoto: { target: 'processPhoto', holds: 'invocation' },
  sla: { target: 'sla', holds: 'invocation' },
  mailEvents: { target: 'mailEvents', holds: 'invocation' },
  schedule: { target: 'sla', holds: 'event' },
  scanResultsDelivery: { target: 'processPhoto', holds: 'event' },
  mailEventsDelivery: { target: 'mailEvents', holds: 'sns' },
} as const;

export type FailureQueueName = keyof typeof FAILURE_QUEUES;

export function isFailureQueue(name: string): name is FailureQueueName {
  return Object.hasOwn(FAILURE_QUEUES, name);
}

/** The event to invoke the queue's function with again, from a message's body; throws on a body that is not what the queue holds. */
export function replayPayload(queue: FailureQueueName, body: string): unknown {
  const holds = FAILURE_QUEUES[queue].holds;
  const parsed: unknown = body.trim() === '' ? {} : JSON.parse(body);
  if (holds === 'event') return parsed;
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${queue}: a message that is no JSON object`);
  if (holds === 'sns') {
    const envelope = parsed as { Type?: unknown; Message?: unknown; Timestamp?: unknown };
    if (typeof envelope.Message !== 'string') throw new Error(`${queue}: a message without an SNS envelope`);
    return { Records: [{ EventSource: 'aws:sns', Sns: envelope }] };
  }
  if (!('requestPayload' in parsed)) throw new Error(`${queue}: a message without Lambda's requestPayload`);
  return (parsed as { requestPayload: unknown }).requestPayload;
}
