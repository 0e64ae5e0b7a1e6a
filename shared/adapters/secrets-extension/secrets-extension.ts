// Reads a secret through the AWS Parameters and Secrets Lambda Extension: a layer that serves Secrets
// Manager's GetSecretValue on localhost and caches it (5 minutes by default). The function then loads
// no Secrets Manager client at all: that client, with the SDK core it brings, was the largest part of
// the chat functions' cold start (docs/architecture.md, "Cold start"). The extension authenticates its
// caller by the function's own session token, sent in a header.
export interface SecretsExtensionOptions {
  /** The function's AWS_SESSION_TOKEN (Lambda sets it); the extension refuses a request without it. */
  sessionToken: string;
  /** The extension's port (PARAMETERS_SECRETS_EXTENSION_HTTP_PORT; 2773 unless set). */
  port?: number;
  timeoutMs?: number;
}

export class SecretUnavailableError extends Error {
  override name = 'SecretUnavailableError';
}

export function secretsExtension(options: SecretsExtensionOptions) {
  const base = `http://localhost:${options.port ?? 2773}/secretsmanager/get`;
  /** The secret's string value. Throws SecretUnavailableError, naming the status but never the secret. */
  return async function secretString(secretId: string): Promise<string> {
    const url = `${base}?secretId=${encodeURIComponent(secretId)}`;
    const res = await fetch(url, {
      headers: { 'X-Aws-Parameters-Secrets-Token': options.sessionToken },
      signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
    }).catch((error: unknown) => {
      throw new SecretUnavailableError(`the secrets extension did not answer: ${(error as Error).name}`);
    });
    if (!res.ok) {
      await res.body?.cancel();
      throw new SecretUnavailableError(`the secrets extension answered ${res.status}`);
    }
    const body = (await res.json().catch(() => undefined)) as { SecretString?: unknown } | undefined;
    if (typeof body?.SecretString !== 'string') throw new SecretUnavailableError('the secret has no string value');
    return body.SecretString;
  };
}
