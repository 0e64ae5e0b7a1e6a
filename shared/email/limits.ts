// Cheap checks on a raw message before any parser sees it: its size, how many MIME parts it
// declares, and how deeply they nest. A part bomb or a nesting bomb is refused here, in one pass
// over the header lines, without building anything.
import libmime from 'libmime';

export interface MimeLimits {
  maxBytes: number;
  maxParts: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: MimeLimits = { maxBytes: 10 * 1024 * 1024, maxParts: 100, maxDepth: 8 };

export type LimitVerdict = { ok: true; parts: number; depth: number } | { ok: false; reason: 'too_large' | 'too_many_parts' | 'too_deep' };

/**
 * The boundary as the MIME parser reads it: libmime (mailparser's own header reader) joins RFC 2231
 * continuations (`boundary*0=…; boundary*1=…`) and decodes extended values, so a boundary this
 * check cannot see is one the parser cannot use either.
 */
function boundaryOf(contentType: string): string | undefined {
  const { value, params } = libmime.parseHeaderValue(contentType);
  const boundary = /^multipart\//i.test(value.trim()) ? params.boundary : undefined;
  return boundary || undefined;
}

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
  let inContentType = false; // whether a folded line continues the Content-Type header
  const lines = text.split(/\r?\n/);
  const endHeaders = () => {
    const boundary = boundaryOf(contentType);
    if (boundary && !open.includes(boundary)) {
      open.push(boundary);
      depth = Math.max(depth, open.length);
    }
    contentType = '';
    inContentType = false;
    inHeaders = false;
  };
  for (const raw of lines) {
    // A stray carriage return before a delimiter still makes it one for the parser.
    const line = raw.replace(/^\r/, '');
    if (inHeaders) {
      if (line === '' || line === '\r') endHeaders();
      else if (/^[ \t]/.test(line)) {
        if (inContentType) contentType += line;
      } else {
        // The first Content-Type counts, as for the parser.
        inContentType = /^content-type\s*:/i.test(line) && contentType === '';
        if (inContentType) contentType = line.replace(/^content-type\s*:/i, '');
      }
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
