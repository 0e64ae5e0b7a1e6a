// Header values we build: never a line break from input, never longer than a line should be.
// (Encoded words for non-ASCII are left to the mail service; SES v2 encodes Subject itself.)
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS = /[\r\n\u0000\u2028\u2029\u0085]+/g;

/** A single-line header value from any text: breaks become spaces, the result is trimmed and capped. */
export function headerValue(text: string, max = 200): string {
  return text
    .replace(BREAKS, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .slice(0, max);
}

const MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]{1,250}@[\x21-\x3b\x3d\x3f-\x7e]{1,250}>$/;

/** A Message-ID as found in In-Reply-To/References, or undefined when it is not one. */
export function messageId(text: string | undefined): string | undefined {
  const candidate = text?.trim().split(/\s+/)[0];
  return candidate && MESSAGE_ID.test(candidate) ? candidate : undefined;
}

/** The reply subject: "Re: " once, the original's text made safe, and our reference. */
export function replySubject(original: string | undefined, reference?: string): string {
  const base = headerValue(original ?? '').replace(/^(?:(?:re|aw|sv|antw)\s*:\s*)+/i, '');
  const withRef = reference && !base.includes(reference) ? `${base} [${reference}]`.trim() : base;
  return headerValue(`Re: ${withRef || 'your return request'}`, 250);
}
