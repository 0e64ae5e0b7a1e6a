// A raw message into what the desk needs from it, after the limits are checked: mailparser does the
// MIME; this keeps the addresses, the thread ids, the new text and the image/PDF attachments.
import type { HtmlToTextOptions } from 'html-to-text';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { automaticReason, type AutomaticReason } from './automatic';
import { messageId } from './headers';
import { checkLimits, DEFAULT_LIMITS, type MimeLimits } from './limits';
import { newText } from './quoted';

// The CommonJS build, the one mailparser itself requires: an `import` would make the bundler add the
// package's ES build (and its parser and entity tables) a second time.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { convert } = require('html-to-text') as typeof import('html-to-text');

export interface InboundAttachment {
  filename: string;
  contentType: string;
  size: number;
  content: Uint8Array;
}

export interface InboundMessage {
  messageId?: string;
  /** The message this one answers, and the thread before it (In-Reply-To first). */
  thread: string[];
  from?: string;
  fromName?: string;
  to: string[];
  subject: string;
  /** What the sender wrote this time: quoted history and signature removed. */
  text: string;
  attachments: InboundAttachment[];
  automatic?: AutomaticReason;
}

export type ParseResult = { ok: true; message: InboundMessage } | { ok: false; reason: 'too_large' | 'too_many_parts' | 'too_deep' | 'unreadable' };

const KEPT_TYPES = /^(?:image\/(?:jpeg|png|webp|heic|heif)|application\/pdf)$/i;

function addresses(field: AddressObject | AddressObject[] | undefined): { address: string; name: string }[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value).flatMap((v) => (v.address ? [{ address: v.address.toLowerCase(), name: v.name ?? '' }] : []));
}

/**
 * HTML as the words a reader sees. Quoted history and signatures that mail clients mark in the HTML
 * (Gmail, Thunderbird, Outlook, Apple Mail) are left out here; newText() then cuts what is only
 * recognisable as text ("On … wrote:", "From: … Sent: …", "-- "). No wrapping: a wrapped
 * "On … wrote:" line would slip past that cut.
 */
const HTML_TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'p', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'hr', format: 'skip' },
    { selector: 'blockquote', format: 'skip' },
    { selector: '.gmail_quote', format: 'skip' },
    { selector: '.gmail_signature', format: 'skip' },
    { selector: '.moz-cite-prefix', format: 'skip' },
    { selector: '.moz-signature', format: 'skip' },
    { selector: '#Signature', format: 'skip' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => ({ selector: h, options: { uppercase: false } })),
  ],
  // The whole message is at most DEFAULT_LIMITS.maxBytes; deep nesting is a parser bomb, not a letter.
  limits: { maxDepth: 64 },
};

/** "This is an HTML message, please use an HTML-capable mail program": a text part that only points at the HTML. */
const HTML_STUB_MAX = 300;
function pointsAtHtml(text: string): boolean {
  return (
    text.length <= HTML_STUB_MAX && /\b(?:html|browser|web version)\b/i.test(text) && /\b(?:view|read|display|open|see|capable|compatible|support)/i.test(text)
  );
}

/**
 * The text of the message: its plain-text part, unless that has no words (empty, blank, or a stub
 * pointing at the HTML, as some clients send in multipart/alternative) while an HTML part does.
 */
function plainText(mail: ParsedMail): string {
  const text = mail.text ?? '';
  const html = typeof mail.html === 'string' ? mail.html : '';
  const kept = newText(text);
  if (!html || (/\p{L}/u.test(kept) && !pointsAtHtml(kept))) return text;
  const fromHtml = convert(html, HTML_TO_TEXT);
  return /\p{L}/u.test(newText(fromHtml)) ? fromHtml : text;
}

export async function parseMail(raw: Uint8Array, options: { ownDomains: readonly string[]; limits?: MimeLimits }): Promise<ParseResult> {
  const limits = checkLimits(raw, options.limits ?? DEFAULT_LIMITS);
  if (!limits.ok) return { ok: false, reason: limits.reason };
  let mail: ParsedMail;
  try {
    mail = await simpleParser(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), { skipHtmlToText: true, skipImageLinks: true, skipTextToHtml: true });
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const from = addresses(mail.from)[0];
  const header = (name: string) => {
    // mailparser folds the List-* headers into one structured "list" header.
    if (name.startsWith('list-')) {
      const list = mail.headers.get('list') as Record<string, unknown> | undefined;
      return list?.[name.slice('list-'.length)] ? 'present' : undefined;
    }
    const v = mail.headers.get(name);
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    if (v instanceof Date) return v.toISOString();
    if (typeof v === 'object' && v !== null && 'value' in v) {
      const params =
        'params' in v
          ? Object.entries((v as { params: Record<string, string> }).params)
              .map(([k, p]) => `; ${k}=${p}`)
              .join('')
          : '';
      return `${String((v as { value: unknown }).value)}${params}`;
    }
    return String(v);
  };
  const references = Array.isArray(mail.references) ? mail.references : mail.references ? [mail.references] : [];
  const thread = [mail.inReplyTo, ...[...references].reverse()].map((id) => messageId(id)).filter((id): id is string => id !== undefined);
  const automatic = automaticReason({ get: header }, from?.address, options.ownDomains);
  const id = messageId(mail.messageId);
  return {
    ok: true,
    message: {
      ...(id ? { messageId: id } : {}),
      thread: [...new Set(thread)],
      ...(from ? { from: from.address, fromName: from.name } : {}),
      to: addresses(mail.to).map((a) => a.address),
      subject: mail.subject ?? '',
      text: newText(plainText(mail)),
      attachments: mail.attachments
        .filter((a) => KEPT_TYPES.test(a.contentType))
        .map((a) => ({ filename: a.filename ?? 'attachment', contentType: a.contentType.toLowerCase(), size: a.size, content: new Uint8Array(a.content) })),
      ...(automatic ? { automatic } : {}),
    },
  };
}
