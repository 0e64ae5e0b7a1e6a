// A minimal Direct Line 3.0 service for the local desk, on 127.0.0.1 only: conversations, activities
// (POST, and GET with a watermark: Web Chat polls), uploads (a message with files: each file is kept
// for a while at an unguessable URL, as the real service does), tokens, CORS preflight. It delivers each
// activity to the same /api/messages handler as on AWS, with deliveryMode "expectReplies", and
// keeps the replies for the client to fetch.
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Activity } from '@microsoft/agents-activity';
import { withBaseHeaders } from './gateway';

export interface DirectLineToken {
  token: string;
  conversationId: string;
  expires_in: number;
}

interface Conversation {
  id: string;
  token: string;
  activities: Partial<Activity>[];
}

/** Sends one activity to the bot and returns its replies. */
export type Deliver = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

const PREFIX = '/directline/v3/directline';
const EXPIRES_IN = 1800;
const MAX_BODY = 256 * 1024;
/** An upload: the activity and its files (up to about a photo's limit each). */
const MAX_UPLOAD = 25 * 1024 * 1024;
/** Attachment URLs are temporary, as on the real service. */
const ATTACHMENT_SECONDS = 600;

export const BOT_ACCOUNT = { id: 'rma-assistant', name: 'Returns assistant' };

async function readBytes(req: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = (await readBytes(req, MAX_BODY)).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  if (body === undefined) {
    res.end();
    return;
  }
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export class LocalDirectLine {
  private readonly conversations = new Map<string, Conversation>();
  private readonly files = new Map<string, { bytes: Uint8Array; contentType: string; expires: number }>();

  constructor(
    private readonly options: {
      /** The desk's own origin: the only one allowed to call from a browser. */
      origin: string;
      deliver: Deliver;
    },
  ) {}

  /** What the token endpoint hands a browser: a conversation and a token for it (never a secret). */
  issueToken(): DirectLineToken {
    const id = randomBytes(12).toString('base64url');
    const token = randomBytes(32).toString('base64url');
    this.conversations.set(id, { id, token, activities: [] });
    return { token, conversationId: id, expires_in: EXPIRES_IN };
  }

  /** Whether this service holds the conversation (the bot hears of no other). */
  knows(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  private authorised(req: IncomingMessage, conversation: Conversation | undefined): conversation is Conversation {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    return conversation !== undefined && bearer === conversation.token;
  }

  private byToken(req: IncomingMessage): Conversation | undefined {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    return [...this.conversations.values()].find((c) => c.token === bearer);
  }

  /** Handles a request under /directline; false when the path is not ours. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', this.options.origin);
    if (!url.pathname.startsWith('/directline/')) return false;
    withBaseHeaders(res);
    const origin = req.headers.origin;
    if (origin === this.options.origin) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      // Echo what the client asks for: Web Chat sends authorization, content-type and x-ms-* headers.
      const asked = req.headers['access-control-request-headers'];
      if (asked) res.setHeader('access-control-allow-headers', asked);
      res.setHeader('access-control-max-age', '600');
      send(res, 204);
      return true;
    }
    const file = /^\/directline\/attachments\/([A-Za-z0-9_-]{20,})$/.exec(url.pathname);
    if (file && req.method === 'GET') {
      const found = this.files.get(file[1] as string);
      if (!found || found.expires < Date.now()) return (send(res, 404, { error: { code: 'NotFound', message: 'No such attachment.' } }), true);
      res.setHeader('content-type', found.contentType);
      res.setHeader('x-content-type-options', 'nosniff');
      res.end(found.bytes);
      return true;
    }
    const path = url.pathname.slice(PREFIX.length);
    try {
      if (req.method === 'POST' && (path === '/conversations' || path === '/tokens/refresh')) {
        const conversation = this.byToken(req);
        if (!conversation) return (send(res, 403, { error: { code: 'TokenInvalid', message: 'Invalid token.' } }), true);
        send(res, path === '/conversations' ? 201 : 200, { conversationId: conversation.id, token: conversation.token, expires_in: EXPIRES_IN });
        return true;
      }
      const upload = /^\/conversations\/([^/]+)\/upload$/.exec(path);
      if (upload && req.method === 'POST') {
        const conversation = this.conversations.get(decodeURIComponent(upload[1] as string));
        if (!this.authorised(req, conversation)) return (send(res, 403, { error: { code: 'TokenInvalid', message: 'Invalid token.' } }), true);
        const id = await this.post(conversation, await this.readUpload(req));
        send(res, 200, { id });
        return true;
      }
      const m = /^\/conversations\/([^/]+)(\/activities)?$/.exec(path);
      const conversation = m ? this.conversations.get(decodeURIComponent(m[1] as string)) : undefined;
      if (m && !this.authorised(req, conversation)) return (send(res, 403, { error: { code: 'TokenInvalid', message: 'Invalid token.' } }), true);
      if (m && conversation && !m[2] && req.method === 'GET') {
        send(res, 200, { conversationId: conversation.id, token: conversation.token, expires_in: EXPIRES_IN });
        return true;
      }
      if (m && conversation && m[2] && req.method === 'GET') {
        const watermark = Math.max(0, Number(url.searchParams.get('watermark') ?? 0) || 0);
        send(res, 200, { activities: conversation.activities.slice(watermark), watermark: String(conversation.activities.length) });
        return true;
      }
      if (m && conversation && m[2] && req.method === 'POST') {
        const incoming = (await readJson(req)) as Partial<Activity>;
        const id = await this.post(conversation, incoming);
        send(res, 200, { id });
        return true;
      }
      send(res, 404, { error: { code: 'NotFound', message: 'No such Direct Line resource.' } });
      return true;
    } catch (error) {
      const status = (error as { status?: number }).status ?? (error instanceof SyntaxError ? 400 : 500);
      const [code, message] =
        status === 413
          ? ['MessageSizeTooBig', 'Activity too large.']
          : status < 500
            ? ['BadArgument', 'The activity was refused.']
            : ['ServiceError', 'Something went wrong.'];
      send(res, status, { error: { code, message } });
      return true;
    }
  }

  /** An upload's multipart body: the activity, then its files, each kept at a temporary URL. */
  private async readUpload(req: IncomingMessage): Promise<Partial<Activity>> {
    const body = await readBytes(req, MAX_UPLOAD);
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
    const part = form.get('activity');
    const activity = (part instanceof Blob ? JSON.parse(await part.text()) : {}) as Partial<Activity>;
    const attachments = [];
    for (const entry of form.getAll('file')) {
      if (!(entry instanceof File)) continue;
      const id = randomBytes(24).toString('base64url');
      const contentType = entry.type || 'application/octet-stream';
      this.files.set(id, { bytes: new Uint8Array(await entry.arrayBuffer()), contentType, expires: Date.now() + ATTACHMENT_SECONDS * 1000 });
      attachments.push({ contentType, contentUrl: `${this.options.origin}/directline/attachments/${id}`, name: entry.name });
    }
    for (const [id, f] of this.files) if (f.expires < Date.now()) this.files.delete(id);
    return { ...activity, attachments };
  }

  /** Stores the client's activity, delivers it, stores the bot's replies. Returns the activity id. */
  private async post(conversation: Conversation, incoming: Partial<Activity>): Promise<string> {
    const id = `${conversation.id}|${String(conversation.activities.length).padStart(7, '0')}`;
    const activity: Partial<Activity> = {
      ...incoming,
      id,
      timestamp: new Date(),
      channelId: 'directline',
      serviceUrl: `${this.options.origin}/directline`,
      conversation: { id: conversation.id } as Activity['conversation'],
      recipient: BOT_ACCOUNT as Activity['recipient'],
      from: { id: incoming.from?.id ?? 'user', name: incoming.from?.name ?? 'You' } as Activity['from'],
    };
    conversation.activities.push(activity);
    const replies = await this.options.deliver({ ...activity, deliveryMode: 'expectReplies' });
    for (const reply of replies) {
      conversation.activities.push({
        ...reply,
        id: `${conversation.id}|${String(conversation.activities.length).padStart(7, '0')}`,
        timestamp: new Date(),
        channelId: 'directline',
        conversation: { id: conversation.id } as Activity['conversation'],
        from: BOT_ACCOUNT as Activity['from'],
        replyToId: id,
      });
    }
    return id;
  }

  /** For tests and tools: a fresh user id like Web Chat's. */
  static userId(): string {
    return `dl_${randomUUID()}`;
  }
}
