// A DocumentTable whose answers a test scripts, operation by operation, recording every call: for
// what an adapter does with DynamoDB's answers (conditions, cancelled transactions, pages). What the
// wire does is tested against a stand-in endpoint (dynamodb-retries.test.ts) and DynamoDB Local.
import { DynamoDbError, type DocumentTable } from '../../shared/adapters/dynamodb/dynamodb-http';

type Operation = keyof DocumentTable;
/** An answer: a result, an error to throw, or either made from the call's input. */
type Answer = object | Error | ((input: never) => object);

export class ScriptedTable implements DocumentTable {
  private readonly calls: { operation: Operation; input: unknown }[] = [];
  private readonly once = new Map<Operation, Answer[]>();
  private readonly always = new Map<Operation, Answer>();

  /** Answers every call of `operation` so (after any answers queued with `next`). */
  on(operation: Operation, answer: Answer): this {
    this.always.set(operation, answer);
    return this;
  }

  /** Answers the next call of `operation` so; queued in order. */
  next(operation: Operation, answer: Answer): this {
    this.once.set(operation, [...(this.once.get(operation) ?? []), answer]);
    return this;
  }

  /** The inputs of the calls of `operation`, in order. */
  callsOf<T = Record<string, unknown>>(operation: Operation): T[] {
    return this.calls.filter((c) => c.operation === operation).map((c) => c.input as T);
  }

  reset(): void {
    this.calls.length = 0;
    this.once.clear();
    this.always.clear();
  }

  private async answer(operation: Operation, input: unknown): Promise<never> {
    this.calls.push({ operation, input: structuredClone(input) });
    const answer = this.once.get(operation)?.shift() ?? this.always.get(operation);
    if (answer === undefined) throw new Error(`ScriptedTable: no answer for ${operation}`);
    const result = typeof answer === 'function' ? (answer as (input: unknown) => object)(input) : answer;
    if (result instanceof Error) throw result;
    return result as never;
  }

  get = (input: unknown) => this.answer('get', input);
  put = (input: unknown) => this.answer('put', input);
  update = (input: unknown) => this.answer('update', input);
  delete = (input: unknown) => this.answer('delete', input);
  query = (input: unknown) => this.answer('query', input);
  batchGet = (input: unknown) => this.answer('batchGet', input);
  transactWrite = (input: unknown) => this.answer('transactWrite', input);
}

/** An error as DynamoDB answers it (HTTP 400 unless said), after one attempt. */
export function dynamoDbError(name: string, body: Record<string, unknown> = {}, status = 400): DynamoDbError {
  return new DynamoDbError(name, name, { status, attempts: 1, body });
}
