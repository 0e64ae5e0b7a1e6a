// Errors meant for clients carry an HTTP status; `expose` only below 500 (as middy's http-errors).
export class HttpError extends Error {
  override name = 'HttpError';
  readonly expose: boolean;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.expose = status < 500;
  }
}
