// DynamoDB over its JSON HTTP API, for the table's few operations: requests signed (SigV4) with aws4,
// sent with Node's http(s), items converted with the SDK's own @aws-sdk/util-dynamodb. It stands where
// the SDK's document client stood, which cost every function about 95 ms of cold start
// (docs/architecture.md, "Cold start"). Its retries and timeouts are the ones the SDK was configured
// with (README.md, "What is retried where"): three attempts, backoff with full jitter, a connection
// timeout and an answer timeout per attempt.
import { randomUUID } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import aws4 from 'aws4';
import { isPassingFailure, isThrottling } from '../aws-errors';

/** An item as the table's adapters read and write it: plain values, not DynamoDB's typed JSON. */
export type Item = Record<string, unknown>;
/** An item in DynamoDB's typed JSON (`{ S: '…' }`), as an error's `Item` carries it. */
export type RawItem = Record<string, AttributeValue>;

interface Expressions {
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
}
export interface GetInput {
  TableName: string;
  Key: Item;
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}
export interface PutInput extends Expressions {
  TableName: string;
  Item: Item;
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD' | 'NONE';
}
export interface DeleteInput extends Expressions {
  TableName: string;
  Key: Item;
}
export interface UpdateInput extends Expressions {
  TableName: string;
  Key: Item;
  UpdateExpression: string;
}
export interface QueryInput extends Omit<Expressions, 'ConditionExpression'> {
  TableName: string;
  IndexName?: string;
  KeyConditionExpression: string;
  FilterExpression?: string;
  ScanIndexForward?: boolean;
  Limit?: number;
  ExclusiveStartKey?: Item;
  ConsistentRead?: boolean;
  ProjectionExpression?: string;
}
export interface BatchGetInput {
  RequestItems: Record<string, { Keys: Item[]; ConsistentRead?: boolean; ProjectionExpression?: string; ExpressionAttributeNames?: Record<string, string> }>;
}
export type TransactItem =
  | { Put: PutInput }
  | { Update: UpdateInput }
  | { Delete: DeleteInput }
  | { ConditionCheck: Expressions & { TableName: string; Key: Item; ConditionExpression: string } };
export interface TransactWriteInput {
  TransactItems: TransactItem[];
  /** Filled in when absent, once per call: a retry of a transaction that committed does not commit twice. */
  ClientRequestToken?: string;
}

/** The table operations the adapters use. */
export interface DocumentTable {
  get(input: GetInput): Promise<{ Item?: Item }>;
  put(input: PutInput): Promise<object>;
  update(input: UpdateInput): Promise<object>;
  delete(input: DeleteInput): Promise<object>;
  query(input: QueryInput): Promise<{ Items: Item[]; LastEvaluatedKey?: Item }>;
  batchGet(input: BatchGetInput): Promise<{ Responses: Record<string, Item[]>; UnprocessedKeys: Record<string, { Keys: Item[] }> }>;
  transactWrite(input: TransactWriteInput): Promise<object>;
}

/** An error DynamoDB answered, named by its type (`ConditionalCheckFailedException`, …), or one of the way there. */
export class DynamoDbError extends Error {
  /** The item that failed a condition, with `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'` (typed JSON). */
  readonly Item?: RawItem;
  /** Why a transaction was cancelled, one reason per item in order (`Code`: `None`, `ConditionalCheckFailed`, …). */
  readonly CancellationReasons?: { Code?: string; Message?: string; Item?: RawItem }[];
  /** As the SDK's errors carry it, so that one classifier reads both (`../aws-errors.ts`). */
  readonly $metadata: { httpStatusCode?: number; attempts: number };

  constructor(name: string, message: string, details: { status?: number; attempts: number; body?: Record<string, unknown>; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = name;
    this.$metadata = { ...(details.status === undefined ? {} : { httpStatusCode: details.status }), attempts: details.attempts };
    const body = details.body ?? {};
    if (body.Item) this.Item = body.Item as RawItem;
    if (Array.isArray(body.CancellationReasons)) this.CancellationReasons = body.CancellationReasons as DynamoDbError['CancellationReasons'];
  }
}

/** Whether DynamoDB refused the call with this error type (`ConditionalCheckFailedException`, …). */
export function failedWith(error: unknown, name: string): error is DynamoDbError {
  return error instanceof DynamoDbError && error.name === name;
}

export interface DynamoDbHttpOptions {
  region: string;
  /** DynamoDB Local's address; absent on AWS (then `https://dynamodb.<region>.amazonaws.com`). */
  endpoint?: string;
  /** Absent on AWS: aws4 reads the function's role credentials from the environment Lambda sets. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** To open a connection, and for DynamoDB's answer, per attempt (ms). */
  timeouts: { connectionTimeout: number; requestTimeout: number };
  /** Attempts per call, the first one included. */
  maxAttempts: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const BASE_DELAY_MS = 100;
const THROTTLED_BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 20_000;

type Attempt = { status: number; body: Record<string, unknown> } | { failure: Error & { code?: string } };

export class DynamoDbHttp implements DocumentTable {
  private readonly url: URL;
  private readonly agent: HttpAgent;
  private readonly transport: typeof httpRequest;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: DynamoDbHttpOptions) {
    this.url = new URL(options.endpoint ?? `https://dynamodb.${options.region}.amazonaws.com`);
    const secure = this.url.protocol === 'https:';
    this.agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    this.transport = secure ? (httpsRequest as typeof httpRequest) : httpRequest;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  /** Closes the kept-alive connections (the local desk and tests, at their end). */
  destroy(): void {
    this.agent.destroy();
  }

  async get(input: GetInput) {
    const out = await this.call('GetItem', { ...input, Key: toRaw(input.Key) });
    return out.Item ? { Item: unmarshall(out.Item as RawItem) } : {};
  }

  put(input: PutInput) {
    return this.call('PutItem', withValues({ ...input, Item: toRaw(input.Item) }));
  }

  update(input: UpdateInput) {
    return this.call('UpdateItem', withValues({ ...input, Key: toRaw(input.Key) }));
  }

  delete(input: DeleteInput) {
    return this.call('DeleteItem', withValues({ ...input, Key: toRaw(input.Key) }));
  }

  async query(input: QueryInput) {
    const out = await this.call('Query', withValues({ ...input, ...(input.ExclusiveStartKey ? { ExclusiveStartKey: toRaw(input.ExclusiveStartKey) } : {}) }));
    const items = ((out.Items ?? []) as RawItem[]).map((item) => unmarshall(item));
    return { Items: items, ...(out.LastEvaluatedKey ? { LastEvaluatedKey: unmarshall(out.LastEvaluatedKey as RawItem) } : {}) };
  }

  async batchGet(input: BatchGetInput) {
    const requestItems = mapValues(input.RequestItems, (table) => ({ ...table, Keys: table.Keys.map(toRaw) }));
    const out = await this.call('BatchGetItem', { RequestItems: requestItems });
    const responses = mapValues((out.Responses ?? {}) as Record<string, RawItem[]>, (items) => items.map((item) => unmarshall(item)));
    const unprocessed = mapValues((out.UnprocessedKeys ?? {}) as Record<string, { Keys: RawItem[] }>, (table) => ({
      Keys: table.Keys.map((key) => unmarshall(key)),
    }));
    return { Responses: responses, UnprocessedKeys: unprocessed };
  }

  transactWrite(input: TransactWriteInput) {
    const items = input.TransactItems.map((item) => {
      if ('Put' in item) return { Put: withValues({ ...item.Put, Item: toRaw(item.Put.Item) }) };
      if ('Update' in item) return { Update: withValues({ ...item.Update, Key: toRaw(item.Update.Key) }) };
      if ('Delete' in item) return { Delete: withValues({ ...item.Delete, Key: toRaw(item.Delete.Key) }) };
      return { ConditionCheck: withValues({ ...item.ConditionCheck, Key: toRaw(item.ConditionCheck.Key) }) };
    });
    return this.call('TransactWriteItems', { TransactItems: items, ClientRequestToken: input.ClientRequestToken ?? randomUUID() });
  }

  /** One operation: the very same body sent up to `maxAttempts` times while the failure is passing. */
  private async call(operation: string, input: object): Promise<Record<string, unknown>> {
    const body = JSON.stringify(input);
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(operation, body);
      const error = toError(result, attempt);
      if (!error) return (result as { body: Record<string, unknown> }).body;
      const throttled = isThrottling(error);
      if (!(throttled || isPassingFailure(error)) || attempt >= this.options.maxAttempts) throw error;
      const cap = Math.min(MAX_DELAY_MS, (throttled ? THROTTLED_BASE_DELAY_MS : BASE_DELAY_MS) * 2 ** (attempt - 1));
      await this.sleep(Math.floor(this.random() * cap));
    }
  }

  /** Sends once, signed afresh (a signature is dated); resolves with DynamoDB's answer or the failure on the way. */
  private attempt(operation: string, body: string): Promise<Attempt> {
    const signed = aws4.sign(
      {
        host: this.url.host,
        path: '/',
        method: 'POST',
        service: 'dynamodb',
        region: this.options.region,
        body,
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}` },
      },
      this.options.credentials,
    );
    const { connectionTimeout, requestTimeout } = this.options.timeouts;
    return new Promise<Attempt>((resolve) => {
      let settled = false;
      const settle = (result: Attempt) => {
        if (settled) return;
        settled = true;
        clearTimeout(answerTimer);
        resolve(result);
      };
      const fail = (req: ClientRequest, name: string, message: string) => {
        const failure = Object.assign(new Error(message), { name });
        settle({ failure });
        req.destroy(failure);
      };
      const req = this.transport({
        protocol: this.url.protocol,
        hostname: this.url.hostname,
        port: this.url.port,
        path: '/',
        method: 'POST',
        headers: signed.headers,
        agent: this.agent,
      });
      const answerTimer = setTimeout(() => fail(req, 'TimeoutError', `DynamoDB ${operation}: no answer within ${requestTimeout} ms`), requestTimeout);
      req.on('socket', (socket) => {
        if (!socket.connecting) return;
        const connectTimer = setTimeout(
          () => fail(req, 'TimeoutError', `DynamoDB ${operation}: no connection within ${connectionTimeout} ms`),
          connectionTimeout,
        );
        socket.once('connect', () => clearTimeout(connectTimer));
        socket.once('close', () => clearTimeout(connectTimer));
      });
      req.on('error', (failure: Error & { code?: string }) => settle({ failure }));
      req.on('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (failure: Error) => settle({ failure }));
        res.on('end', () => settle({ status: res.statusCode ?? 0, body: parseBody(Buffer.concat(chunks).toString('utf8')) }));
      });
      req.end(body);
    });
  }
}

/** The error an attempt came to, or undefined for an answer of 200. */
function toError(result: Attempt, attempts: number): DynamoDbError | undefined {
  if ('failure' in result) {
    const { failure } = result;
    const name = failure.name === 'TimeoutError' ? 'TimeoutError' : (failure.code ?? failure.name);
    return new DynamoDbError(name, `DynamoDB: ${failure.message}`, { attempts, cause: failure });
  }
  if (result.status === 200) return undefined;
  const type = String(result.body.__type ?? '');
  const name = type.slice(type.indexOf('#') + 1) || `Http${result.status}`;
  const message = String(result.body.message ?? result.body.Message ?? `DynamoDB answered ${result.status}`);
  return new DynamoDbError(name, message, { status: result.status, attempts, body: result.body });
}

/** DynamoDB answers JSON; a load balancer in front of it may answer HTML (then the status decides). */
function parseBody(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Undefined attributes are left out, as the document client did (`removeUndefinedValues`). */
const toRaw = (item: Item) => marshall(item, { removeUndefinedValues: true });

function withValues<T extends { ExpressionAttributeValues?: Item }>(input: T) {
  return input.ExpressionAttributeValues ? { ...input, ExpressionAttributeValues: toRaw(input.ExpressionAttributeValues) } : input;
}

function mapValues<A, B>(record: Record<string, A>, fn: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}
