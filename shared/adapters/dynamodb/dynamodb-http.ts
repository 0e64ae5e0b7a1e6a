// DynamoDB over its JSON HTTP API, for the table's few operations, on the desk's signed-HTTP transport
// (../aws-http/signed-http.ts: aws4 signatures, timeouts and retries as the SDK was configured with,
// README.md "What is retried where"); items converted with the SDK's own @aws-sdk/util-dynamodb. It
// stands where the SDK's document client stood, which cost every function that used the table about
// 95 ms of cold start (docs/architecture.md, "Cold start").
import { randomUUID } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { parseJson, ServiceClient, ServiceError, type Answer, type ServiceClientOptions } from '../aws-http/signed-http';

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

/** An error DynamoDB answered, named by its type (`ConditionalCheckFailedException`, …). */
export class DynamoDbError extends ServiceError {
  /** The item that failed a condition, with `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'` (typed JSON). */
  readonly Item?: RawItem;
  /** Why a transaction was cancelled, one reason per item in order (`Code`: `None`, `ConditionalCheckFailed`, …). */
  readonly CancellationReasons?: { Code?: string; Message?: string; Item?: RawItem }[];

  constructor(name: string, message: string, details: { status: number; attempts: number; body?: Record<string, unknown> }) {
    super(name, message, details.status, details.attempts);
    const body = details.body ?? {};
    if (body.Item) this.Item = body.Item as RawItem;
    if (Array.isArray(body.CancellationReasons)) this.CancellationReasons = body.CancellationReasons as DynamoDbError['CancellationReasons'];
  }
}

/** Whether DynamoDB refused the call with this error type (`ConditionalCheckFailedException`, …). */
export function failedWith(error: unknown, name: string): error is DynamoDbError {
  return error instanceof DynamoDbError && error.name === name;
}

export type DynamoDbHttpOptions = ServiceClientOptions;

export class DynamoDbHttp extends ServiceClient implements DocumentTable {
  constructor(options: DynamoDbHttpOptions) {
    super('dynamodb', (region) => `dynamodb.${region}.amazonaws.com`, options);
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

  /** One operation; what DynamoDB answered, parsed. */
  private async call(operation: string, input: object): Promise<Record<string, unknown>> {
    const answer = await this.http.call(
      {
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}` },
        body: JSON.stringify(input),
      },
      refusal,
    );
    return parseJson(answer.body);
  }
}

/** DynamoDB's refusal, named by its type (`…#ConditionalCheckFailedException`); undefined for a 200. */
function refusal(answer: Answer, attempts: number): DynamoDbError | undefined {
  if (answer.status === 200) return undefined;
  const body = parseJson(answer.body);
  const type = String(body.__type ?? '');
  const name = type.slice(type.indexOf('#') + 1) || `Http${answer.status}`;
  const message = String(body.message ?? body.Message ?? `DynamoDB answered ${answer.status}`);
  return new DynamoDbError(name, message, { status: answer.status, attempts, body });
}

/** Undefined attributes are left out, as the document client did (`removeUndefinedValues`). */
const toRaw = (item: Item) => marshall(item, { removeUndefinedValues: true });

function withValues<T extends { ExpressionAttributeValues?: Item }>(input: T) {
  return input.ExpressionAttributeValues ? { ...input, ExpressionAttributeValues: toRaw(input.ExpressionAttributeValues) } : input;
}

function mapValues<A, B>(record: Record<string, A>, fn: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}
