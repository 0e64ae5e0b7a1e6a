// POST /api/chat/token — a Direct Line conversation token for the browser. The Direct Line secret
// stays on the server; the browser gets a token for one conversation, valid for a while.
import type { ConversationOrigins, Ids } from '../../shared/cases';
import { httpHandler, type HttpOptions } from '../http/handler';
import { requestSender } from '../http/request';
import { json } from '../http/responses';

export interface ChatToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

export interface ChatTokenDeps {
  issue: () => Promise<ChatToken>;
  directLineDomain: string;
  /** Where the conversation's opener is kept, for the bot to count its mail against. */
  origins: Pick<ConversationOrigins, 'record'>;
  ids: Pick<Ids, 'hash'>;
}

export function makeChatTokenHandler(deps: ChatTokenDeps, options: HttpOptions) {
  return httpHandler(options, async (event) => {
    const t = await deps.issue();
    // Recorded before the token is handed out: a conversation the desk cannot attribute never starts
    // here, so opening many conversations never escapes the per-sender mail limit the form has.
    await deps.origins.record(t.conversationId, requestSender(event, deps.ids, options.edge));
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
