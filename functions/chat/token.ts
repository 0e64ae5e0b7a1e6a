// POST /api/chat/token — a Direct Line conversation token for the browser. The Direct Line secret
// stays on the server; the browser gets a token for one conversation, valid for a while.
import { httpHandler, type HttpOptions } from '../http/handler';
import { json } from '../http/responses';

export interface ChatToken {
  token: string;
  conversationId: string;
  expiresIn: number;
}

export function makeChatTokenHandler(deps: { issue: () => Promise<ChatToken>; directLineDomain: string }, options: HttpOptions) {
  return httpHandler(options, async () => {
    const t = await deps.issue();
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
