// A raw message into what the desk needs from it, after the limits are checked: mailparser does the
// MIME; this keeps the addresses, the thread ids, the new text and the image/PDF attachments.
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { automaticReason, type AutomaticReason } from './automatic';
import { messageId } from './headers';
import { checkLimits, DEFAULT_LIMITS, type MimeLimits } from './limits';
import { newText } from './quoted';

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

function plainText(mail: ParsedMail): string {
  if (mail.text) return mail.text;
  // An HTML-only message: tags out, breaks kept.
  const html = typeof mail.html === 'string' ? mail.html : '';
  return html
    .replace(/<(?:br|\/p|\/div|\/li)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
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
      const params = 'params' in v ? Object.entries((v as { params: Record<string, string> }).params).map(([k, p]) => `; ${k}=${p}`).join('') : '';
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
