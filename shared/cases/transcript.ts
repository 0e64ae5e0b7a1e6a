// What a case keeps of what the customer said: the chat's conversation (for staff, when they ask for a
// person) and their email replies, each within limits that keep the case item small (DynamoDB: 400 KB).
import type { Case, TranscriptLine } from './case';

/**
 * The conversation lines a case keeps (not counting email replies, kept apart): a customer who asks
 * for a person again and again adds only what is new each time, but a long enough conversation would
 * still outgrow the item (DynamoDB: 400 KB), so the oldest conversation lines go first.
 */
export const CASE_CONVERSATION_LIMITS = { lines: 300, bytes: 160 * 1024 } as const;

const lineKey = (l: TranscriptLine) => JSON.stringify([l.from, l.via ?? '', l.at, l.text]);

/**
 * The lines of `given` (the conversation as the chat has it now) that staff do not have yet: those
 * after the last one already on the case. A line with an id (the chat's activity, an email's
 * Message-ID) is known by it, so a message handled again (a channel's retry, a turn redone after a
 * conflict: new timestamps) is not added twice; others by who said what, when, each counted once.
 * Lines before the last known one that the case lacks are earlier lines reworded (the chat's note
 * of how many lines it no longer keeps), not news.
 */
export function unseenLines(have: readonly TranscriptLine[], given: readonly TranscriptLine[]): TranscriptLine[] {
  const ids = new Set(have.flatMap((l) => (l.messageId ? [`${l.from}|${l.via ?? ''}|${l.messageId}`] : [])));
  const pool = new Map<string, number>();
  for (const l of have) pool.set(lineKey(l), (pool.get(lineKey(l)) ?? 0) + 1);
  let last = -1;
  given.forEach((l, i) => {
    if (l.messageId && ids.has(`${l.from}|${l.via ?? ''}|${l.messageId}`)) {
      last = i;
      return;
    }
    const left = pool.get(lineKey(l)) ?? 0;
    if (left > 0) {
      pool.set(lineKey(l), left - 1);
      last = i;
    }
  });
  return given.slice(last + 1);
}

const utf8Bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** The transcript with its oldest conversation lines dropped beyond CASE_CONVERSATION_LIMITS (email replies stay). */
export function withinConversationLimits(transcript: TranscriptLine[]): TranscriptLine[] {
  const chat = transcript.filter((l) => l.via !== 'email');
  let drop = Math.max(0, chat.length - CASE_CONVERSATION_LIMITS.lines);
  while (drop < chat.length - 1 && utf8Bytes(chat.slice(drop)) > CASE_CONVERSATION_LIMITS.bytes) drop++;
  if (drop === 0) return transcript;
  const gone = new Set(chat.slice(0, drop));
  return transcript.filter((l) => !gone.has(l));
}

/** A case keeps the customer's last email replies for staff, each cut to a readable length. */
export const MAIL_REPLY_LIMITS = { lines: 20, chars: 4000 } as const;

/** An email reply as a case keeps it. */
export interface EmailReply {
  messageId: string;
  subject: string;
  text: string;
}

/** The case with the reply added for staff (the latest few, each cut to length); the same message is not kept twice. */
export function withEmailReply(c: Case, reply: EmailReply, at: string, unverified: boolean): Case {
  // Handled again after a failure, the same message is not kept twice.
  if ((c.transcript ?? []).some((l) => l.messageId === reply.messageId)) return c;
  const text = `${reply.subject}\n\n${reply.text}`.trim();
  const line: TranscriptLine = {
    from: 'customer',
    text: text.length > MAIL_REPLY_LIMITS.chars ? `${text.slice(0, MAIL_REPLY_LIMITS.chars - 1)}…` : text,
    at,
    via: 'email',
    messageId: reply.messageId,
    ...(unverified ? { unverified: true } : {}),
  };
  const transcript = [...(c.transcript ?? []), line];
  const emailLines = transcript.filter((l) => l.via === 'email').length;
  // Drop the oldest email lines beyond the limit (the chat's lines stay): the raw mail is still in the inbox.
  let drop = Math.max(0, emailLines - MAIL_REPLY_LIMITS.lines);
  return { ...c, transcript: transcript.filter((l) => !(l.via === 'email' && drop-- > 0)) };
}
