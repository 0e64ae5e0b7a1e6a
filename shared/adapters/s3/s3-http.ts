// Amazon S3's object operations the desk uses (get, put, delete) over its REST API, and presigned POST
// forms, on the desk's signed-HTTP transport (../aws-http/signed-http.ts: aws4 signatures, timeouts,
// retries of what is passing). It stands where the SDK's S3Client stood, which cost the photo
// function about 100 ms of every cold start (docs/architecture.md, "Cold start"). On AWS each bucket
// is addressed as its own host (`<bucket>.s3.<region>.amazonaws.com`); a stand-in (s3rver) by path.
import { createHmac } from 'node:crypto';
import { ServiceClient, ServiceError, type Answer, type ServiceClientOptions } from '../aws-http/signed-http';

/** An error S3 answered (`NoSuchKey`, `PreconditionFailed`, `AccessDenied`, …). */
export { ServiceError as S3Error };

/** A presigned POST's policy: its conditions and the form's fields, besides the signature's own. */
export interface PostPolicyInput {
  bucket: string;
  conditions: readonly unknown[];
  fields: Record<string, string>;
  expiresInSeconds: number;
}

/** What the desk's S3 adapters need of S3. */
export interface ObjectStore {
  getObject(bucket: string, key: string, options?: { ifMatch?: string }): Promise<Uint8Array>;
  putObject(bucket: string, key: string, body: Uint8Array, contentType: string): Promise<void>;
  deleteObject(bucket: string, key: string): Promise<void>;
  presignPost(input: PostPolicyInput): { url: string; fields: Record<string, string> };
}

export type S3HttpOptions = ServiceClientOptions & {
  /** The clock of a presigned form's date and expiry. */
  now?: () => Date;
};

export class S3Http extends ServiceClient implements ObjectStore {
  private readonly byPath: boolean;
  private readonly now: () => Date;

  constructor(private readonly options: S3HttpOptions) {
    super('s3', (region) => `s3.${region}.amazonaws.com`, options);
    this.byPath = options.endpoint !== undefined;
    this.now = options.now ?? (() => new Date());
  }

  async getObject(bucket: string, key: string, options: { ifMatch?: string } = {}): Promise<Uint8Array> {
    const answer = await this.http.call(
      { ...this.address(bucket, key), method: 'GET', headers: options.ifMatch ? { 'if-match': options.ifMatch } : {}, body: '' },
      refusal,
    );
    return new Uint8Array(answer.body);
  }

  async putObject(bucket: string, key: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.http.call({ ...this.address(bucket, key), method: 'PUT', headers: { 'content-type': contentType }, body }, refusal);
  }

  async deleteObject(bucket: string, key: string): Promise<void> {
    await this.http.call({ ...this.address(bucket, key), method: 'DELETE', headers: {}, body: '' }, refusal);
  }

  /**
   * A browser's upload form (SigV4 POST policy): every field the form carries is a condition of the
   * policy, which expires `expiresInSeconds` from now; the policy is signed with the day's signing key.
   */
  presignPost(input: PostPolicyInput): { url: string; fields: Record<string, string> } {
    const now = this.now();
    const amzDate = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const day = amzDate.slice(0, 8);
    const credentials = this.http.credentials();
    const signature: Record<string, string> = {
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': `${credentials.accessKeyId}/${day}/${this.options.region}/s3/aws4_request`,
      'X-Amz-Date': amzDate,
      ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
    };
    const conditions = [...input.conditions, { bucket: input.bucket }, ...Object.entries(signature).map(([name, value]) => ({ [name]: value }))];
    const expiration = new Date(now.getTime() + input.expiresInSeconds * 1000).toISOString();
    const policy = Buffer.from(JSON.stringify({ expiration, conditions })).toString('base64');
    const signingKey = [day, this.options.region, 's3', 'aws4_request'].reduce<Buffer>(
      (key, part) => createHmac('sha256', key).update(part).digest(),
      Buffer.from(`AWS4${credentials.secretAccessKey}`),
    );
    const fields = { bucket: input.bucket, ...input.fields, ...signature, Policy: policy };
    const origin = this.http.origin;
    const url = this.byPath ? `${origin.origin}/${input.bucket}` : `https://${input.bucket}.s3.${this.options.region}.amazonaws.com/`;
    return { url, fields: { ...fields, 'X-Amz-Signature': createHmac('sha256', signingKey).update(policy).digest('hex') } };
  }

  /** Where an object is: by path on a stand-in, on the bucket's own host on AWS. */
  private address(bucket: string, key: string): { host?: string; path: string } {
    const path = key
      .split('/')
      .map((part) => encodeURIComponent(part))
      .join('/');
    return this.byPath ? { path: `/${bucket}/${path}` } : { host: `${bucket}.s3.${this.options.region}.amazonaws.com`, path: `/${path}` };
  }
}

/** S3 names its error in an XML body (`<Code>NoSuchKey</Code>`); a HEAD-like answer without one by its status. */
function refusal(answer: Answer, attempts: number): ServiceError | undefined {
  if (answer.status >= 200 && answer.status < 300) return undefined;
  const text = answer.body.toString('utf8');
  const code = /<Code>([^<]{1,100})<\/Code>/.exec(text)?.[1];
  const message = /<Message>([^<]{0,500})<\/Message>/.exec(text)?.[1];
  const byStatus: Record<number, string> = { 404: 'NotFound', 412: 'PreconditionFailed', 403: 'AccessDenied' };
  const name = code ?? byStatus[answer.status] ?? `Http${answer.status}`;
  return new ServiceError(name, message ?? `S3 answered ${answer.status}`, answer.status, attempts);
}
