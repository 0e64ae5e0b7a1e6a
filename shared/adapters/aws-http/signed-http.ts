// An AWS service's HTTP API, called the way the SDK's clients called it: each attempt signed (SigV4)
// with aws4, sent with Node's http(s) on a keep-alive agent, abandoned when no connection opens or no
// answer comes in time, and retried while the failure is passing (../aws-errors.ts), with backoff and
// full jitter. The DynamoDB and SES clients are built on it; the SDK's own clients cost each function
// tens of milliseconds of cold start to load (docs/architecture.md, "Cold start").
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import aws4 from 'aws4';
import { isPassingFailure, isThrottling } from '../aws-errors';

export interface SignedHttpOptions {
  /** The service's signing name (`dynamodb`, `ses`). */
  service: string;
  region: string;
  /** The service's address: the stand-in's locally. */
  endpoint: string;
  /** Absent on AWS: aws4 reads the function's role credentials from the environment Lambda sets. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** To open a connection, and for the service's answer, per attempt (ms). */
  timeouts: { connectionTimeout: number; requestTimeout: number };
  /** Attempts per call, the first one included. */
  maxAttempts: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface SignedRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Another host on the endpoint's protocol and port (an S3 bucket's own); the endpoint's when absent. */
  host?: string;
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** The service's answer: its status, headers and body. */
export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** An error the service answered, named by its type or code (`MessageRejected`, `NoSuchKey`, …). */
export class ServiceError extends Error {
  /** As the SDK's errors carry it, so that one classifier reads both (`../aws-errors.ts`). */
  readonly $metadata: { httpStatusCode: number; attempts: number };
  constructor(name: string, message: string, status: number, attempts: number) {
    super(message);
    this.name = name;
    this.$metadata = { httpStatusCode: status, attempts };
  }
}

/** An error of the way there (the network, a timeout): named as Node names it, with `$metadata` as the SDK's errors. */
export class TransportError extends Error {
  readonly $metadata: { attempts: number };
  constructor(name: string, message: string, attempts: number, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = name;
    this.$metadata = { attempts };
  }
}

const BASE_DELAY_MS = 100;
const THROTTLED_BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 20_000;

type Attempt = Answer | { failure: Error & { code?: string } };

export class SignedHttp {
  private readonly url: URL;
  private readonly agent: HttpAgent;
  private readonly transport: typeof httpRequest;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: SignedHttpOptions) {
    this.url = new URL(options.endpoint);
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

  /** The credentials requests are signed with: the given ones, or (on AWS) the role's from the environment, as aws4 reads them. */
  credentials(): { accessKeyId: string; secretAccessKey: string; sessionToken?: string } {
    const { credentials } = new aws4.RequestSigner(
      { service: this.options.service, region: this.options.region, host: this.url.host },
      this.options.credentials,
    );
    return {
      accessKeyId: credentials.accessKeyId ?? '',
      secretAccessKey: credentials.secretAccessKey ?? '',
      ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
    };
  }

  /** The endpoint's address (protocol, host and port). */
  get origin(): URL {
    return new URL(this.url.origin);
  }

  /**
   * Sends the very same request up to `maxAttempts` times while the failure is passing. `refusal`
   * names an answer that is not a success (undefined: success); it is thrown once the attempts are
   * spent or when it is not passing.
   */
  async call(request: SignedRequest, refusal: (answer: Answer, attempts: number) => Error | undefined): Promise<Answer> {
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(request);
      const error =
        'failure' in result
          ? new TransportError(
              result.failure.name === 'TimeoutError' ? 'TimeoutError' : (result.failure.code ?? result.failure.name),
              `${this.options.service}: ${result.failure.message}`,
              attempt,
              result.failure,
            )
          : refusal(result, attempt);
      if (!error) return result as Answer;
      const throttled = isThrottling(error);
      if (!(throttled || isPassingFailure(error)) || attempt >= this.options.maxAttempts) throw error;
      const cap = Math.min(MAX_DELAY_MS, (throttled ? THROTTLED_BASE_DELAY_MS : BASE_DELAY_MS) * 2 ** (attempt - 1));
      await this.sleep(Math.floor(this.random() * cap));
    }
  }

  /** Sends once, signed afresh (a signature is dated); resolves with the answer or the failure on the way. */
  private attempt(request: SignedRequest): Promise<Attempt> {
    const hostname = request.host ?? this.url.hostname;
    const body = typeof request.body === 'string' ? request.body : Buffer.from(request.body);
    const signed = aws4.sign(
      {
        host: this.url.port ? `${hostname}:${this.url.port}` : hostname,
        path: request.path,
        method: request.method,
        service: this.options.service,
        region: this.options.region,
        body,
        headers: { ...request.headers },
      },
      this.options.credentials,
    );
    const { connectionTimeout, requestTimeout } = this.options.timeouts;
    const what = `${request.method} ${request.path.split('?')[0]}`;
    return new Promise<Attempt>((resolve) => {
      let settled = false;
      const settle = (result: Attempt) => {
        if (settled) return;
        settled = true;
        clearTimeout(answerTimer);
        resolve(result);
      };
      const fail = (req: ClientRequest, message: string) => {
        const failure = Object.assign(new Error(message), { name: 'TimeoutError' });
        settle({ failure });
        req.destroy(failure);
      };
      const req = this.transport({
        protocol: this.url.protocol,
        hostname,
        port: this.url.port,
        path: request.path,
        method: request.method,
        headers: signed.headers,
        agent: this.agent,
      });
      const answerTimer = setTimeout(() => fail(req, `${what}: no answer within ${requestTimeout} ms`), requestTimeout);
      req.on('socket', (socket) => {
        if (!socket.connecting) return;
        const connectTimer = setTimeout(() => fail(req, `${what}: no connection within ${connectionTimeout} ms`), connectionTimeout);
        socket.once('connect', () => clearTimeout(connectTimer));
        socket.once('close', () => clearTimeout(connectTimer));
      });
      req.on('error', (failure: Error & { code?: string }) => settle({ failure }));
      req.on('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (failure: Error) => settle({ failure }));
        res.on('end', () => settle({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.end(body);
    });
  }
}

/** A service client's settings: the transport's, with the address only where a stand-in takes AWS's place. */
export type ServiceClientOptions = Omit<SignedHttpOptions, 'service' | 'endpoint'> & {
  /** A local stand-in's address; absent on AWS (then the service's regional endpoint). */
  endpoint?: string;
};

/** What every service client shares: its transport, on the service's regional endpoint unless a stand-in's is given. */
export abstract class ServiceClient {
  protected readonly http: SignedHttp;

  protected constructor(service: string, regionalHost: (region: string) => string, options: ServiceClientOptions) {
    this.http = new SignedHttp({ ...options, service, endpoint: options.endpoint ?? `https://${regionalHost(options.region)}` });
  }

  /** Closes the kept-alive connections (the local desk and tests, at their end). */
  destroy(): void {
    this.http.destroy();
  }
}

/** A JSON body, or an empty object for anything else (a load balancer's HTML: then the status decides). */
export function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
