// Fetches a file a chat channel offers at a temporary URL — only from the channel's own hosts (the
// URL comes with the activity, so anything else would let a client make us fetch where it likes),
// without following redirects, with a time limit, and stopping at the size cap.
export interface AttachmentFetcherOptions {
  /** Exact origins allowed (locally: the desk's own Direct Line, http://127.0.0.1:PORT). */
  origins?: readonly string[];
  /** Host suffixes allowed over HTTPS (AWS: Microsoft's channel hosts, '.botframework.com'). */
  httpsHostSuffixes?: readonly string[];
  maxBytes: number;
  timeoutMs?: number;
}

export function httpAttachmentFetcher(options: AttachmentFetcherOptions) {
  const allowed = (u: URL) =>
    (options.origins ?? []).includes(u.origin) || (u.protocol === 'https:' && (options.httpsHostSuffixes ?? []).some((s) => u.hostname.endsWith(s)));
  return async function fetchAttachment(url: string): Promise<Uint8Array | undefined> {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return undefined;
    }
    if (!allowed(u) || u.username || u.password) return undefined;
    const res = await fetch(u, { redirect: 'error', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) }).catch(() => undefined);
    if (!res?.ok || !res.body) return undefined;
    if (Number(res.headers.get('content-length') ?? 0) > options.maxBytes) {
      await res.body.cancel();
      return undefined;
    }
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        size += part.value.length;
        if (size > options.maxBytes) {
          await reader.cancel().catch(() => undefined);
          return undefined;
        }
        chunks.push(part.value);
      }
    } catch {
      return undefined;
    }
    return Buffer.concat(chunks);
  };
}
