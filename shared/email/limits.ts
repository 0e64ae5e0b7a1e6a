// Cheap checks on a raw message before any parser sees it: its size, how many MIME parts it
// declares, and how deeply they nest. A part bomb or a nesting bomb is refused here, in one pass
// over the header lines, without building anything.
export interface MimeLimits {
  maxBytes: number;
  maxParts: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: MimeLimits = { maxBytes: 10 * 1024 * 1024, maxParts: 100, maxDepth: 8 };

export type LimitVerdict = { ok: true; parts: number; depth: number } | { ok: false; reason: 'too_large' | 'too_many_parts' | 'too_deep' };

const BOUNDARY = /boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/i;

/**
 * Counts MIME parts by their boundary lines and nesting by the multipart boundaries declared inside
 * parts. Headers folded over several lines are read as one.
 */
export function checkLimits(raw: Uint8Array, limits: MimeLimits = DEFAULT_LIMITS): LimitVerdict {
  if (raw.byteLength > limits.maxBytes) return { ok: false, reason: 'too_large' };
  const text = new TextDecoder('latin1').decode(raw);
  const open: string[] = []; // boundaries of the multiparts we are inside, outermost first
  let parts = 0;
  let depth = 0;
  let inHeaders = true;
  let contentType = '';
  const lines = text.split(/\r?\n/);
  const endHeaders = () => {
    const m = /^multipart\//i.test(contentType.trim()) ? BOUNDARY.exec(contentType) : null;
    const boundary = m ? (m[1] ?? m[2]) : undefined;
    if (boundary && !open.includes(boundary)) {
      open.push(boundary);
      depth = Math.max(depth, open.length);
    }
    contentType = '';
    inHeaders = false;
  };
  for (const line of lines) {
    if (inHeaders) {
      if (line === '') endHeaders();
      else if (/^content-type\s*:/i.test(line)) contentType = line.replace(/^content-type\s*:/i, '');
      else if (/^[ \t]/.test(line) && contentType) contentType += line;
      if (depth > limits.maxDepth) return { ok: false, reason: 'too_deep' };
      continue;
    }
    if (!line.startsWith('--') || open.length === 0) continue;
    const marker = line.slice(2).trimEnd();
    const at = open.findIndex((b) => marker === b || marker === `${b}--`);
    if (at < 0) continue;
    if (marker.endsWith('--') && marker === `${open[at]}--`) {
      open.length = at; // closing this multipart closes anything opened inside it
      continue;
    }
    open.length = at + 1;
    parts += 1;
    if (parts > limits.maxParts) return { ok: false, reason: 'too_many_parts' };
    inHeaders = true;
  }
  return { ok: true, parts, depth };
}
