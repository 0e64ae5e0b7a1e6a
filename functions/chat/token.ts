// POST /api/chat/token — a Direct Line conversation token for the browser. The Direct Line secret
// stays on the server; the browser gets a token for one conversation, valid for a while. A page for
// one merchant names it, `{ "policy": "plextor-eu" }`, and the conversation starts under its policy.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from '../../shared/validation/zod';
import type { ConversationOrigins, Ids } from '../../shared/cases';
import { POLICIES } from '../../shared/rules/policies';
import { HttpError } from '../http/errors';
import { httpHandler, type HttpOptions } from '../http/handler';
import { bodyBytes, header, readBody, requestSender } from '../http/request';
import { json } from '../http/responses';

export interface ChatToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

export interface ChatTokenDeps {
  issue: () => Promise<ChatToken>;
  directLineDomain: string;
  /** Where the conversation's opener (and the merchant its page named) is kept, for the bot. */
  origins: Pick<ConversationOrigins, 'record'>;
  ids: Pick<Ids, 'hash'>;
  /** The merchants a page may name: the desk's policies (the bot's). */
  policies?: ReadonlyMap<string, unknown>;
}

/** The body, when there is one: nothing but the merchant, by its policy id. */
export function tokenRequestSchema(policies: ReadonlyMap<string, unknown>) {
  // An unknown policy is answered `policy: expected one of …`, an extra field `<name>: unknown field`.
  return z.strictObject({ policy: z.optional(z.enum([...policies.keys()] as [string, ...string[]])) });
}

/**
 * The merchant the page names, if any. No body (or an empty one) names none, as the chat page
 * always asked; a body must be JSON, and holds nothing else.
 */
function namedPolicy(event: APIGatewayProxyEventV2, schema: ReturnType<typeof tokenRequestSchema>): string | undefined {
  if (bodyBytes(event).toString('utf8').trim() === '') return undefined;
  const type = (header(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'unsupported_media_type', 'Send the body as JSON (Content-Type: application/json), or send none.');
  // Size, JSON syntax and keys given twice are checked as for every other body.
  return schema.parse(readBody(event)).policy;
}

export function makeChatTokenHandler(deps: ChatTokenDeps, options: HttpOptions) {
  const schema = tokenRequestSchema(deps.policies ?? POLICIES);
  return httpHandler(options, async (event) => {
    // Refused before any conversation is opened.
    const policy = namedPolicy(event, schema);
    const t = await deps.issue();
    // Recorded before the token is handed out: a conversation the desk cannot attribute never starts
    // here, so opening many conversations never escapes the per-sender mail limit the form has.
    await deps.origins.record(t.conversationId, requestSender(event, deps.ids, options.edge), policy);
    return json(200, { ...t, domain: deps.directLineDomain });
  });
}

/** Exchanges the Direct Line secret for a conversation token (the Direct Line REST API). */
export async function directLineToken(secret: string, endpoint = 'https://directline.botframework.com/v3/directline'): Promise<ChatToken> {
  const res = await fetch(`${endpoint}/tokens/generate`, { method: 'POST', headers: { authorization: `Bearer ${secret}` } });
  if (!res.ok) throw new Error(`Direct Line refused the token request: ${res.status}`);
  const body = (await res.json()) as { token: string; conversationId: string; expires_in: number };
  return { token: body.token, conversationId: body.conversationId, expiresIn: body.expires_in };
}
