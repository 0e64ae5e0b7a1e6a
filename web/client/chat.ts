// The chat page's script: a Direct Line token from the desk (for the merchant, when the site names
// one), Web Chat over it, and the start event naming the merchant too. A returning customer continues
// the same conversation, if it is for the same merchant.
// Served as `(${chatClient})()`, so it must not use anything outside its own body.
export function chatClient(): void {
  const host = document.getElementById('webchat');
  type WebChatGlobal = {
    createDirectLine(options: Record<string, unknown>): unknown;
    createStore(
      state: object,
      middleware: (api: { dispatch: (a: unknown) => void }) => (next: (a: unknown) => unknown) => (action: { type: string }) => unknown,
    ): unknown;
    renderWebChat(options: Record<string, unknown>, element: HTMLElement): void;
  };
  const WebChat = (window as unknown as { WebChat?: WebChatGlobal }).WebChat;
  if (!host || !WebChat) return;
  // The merchant as the server read it from the page's address: only a policy the desk has (the
  // token endpoint refuses any other).
  const policy = host.dataset.policy ?? '';
  // The page's language (the server read it from the browser or the link): the greeting and Web Chat's own strings.
  const language = host.dataset.language ?? 'en';
  const locale = host.dataset.locale ?? 'en-GB';
  const KEY = 'rma-chat';
  type Saved = { token: string; conversationId: string; domain: string; userId: string; savedAt: number; policy?: string };

  void (async () => {
    let saved: Saved | undefined;
    try {
      saved = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') ?? undefined;
    } catch {
      saved = undefined;
    }
    // Resume the saved conversation if its token still opens it (it lives 30 minutes, and a
    // restarted local desk forgets its conversations); otherwise start a new one.
    // A conversation opened for another merchant's page is not this page's.
    let fresh = !saved || Date.now() - saved.savedAt > 25 * 60 * 1000 || (policy !== '' && (saved.policy ?? '') !== policy);
    if (!fresh && saved) {
      const check = await fetch(`${saved.domain}/conversations/${encodeURIComponent(saved.conversationId)}`, {
        headers: { authorization: `Bearer ${saved.token}` },
      }).catch(() => undefined);
      fresh = !check || !check.ok;
    }
    if (fresh) {
      const res = await fetch(
        '/api/chat/token',
        policy ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ policy }) } : { method: 'POST' },
      );
      const t = (await res.json()) as { token: string; conversationId: string; domain: string };
      saved = { ...t, userId: `u_${crypto.randomUUID()}`, savedAt: Date.now(), ...(policy ? { policy } : {}) };
      window.localStorage.setItem(KEY, JSON.stringify(saved));
    }
    const s = saved as Saved;
    // Bot Service's Direct Line streams replies over a WebSocket; the local desk's stand-in is polled.
    const local = /^http:\/\/(?:127\.0\.0\.1|localhost)[:/]/.test(s.domain);
    const directLine = WebChat.createDirectLine({ token: s.token, domain: s.domain, webSocket: !local, conversationId: s.conversationId });
    const store = WebChat.createStore({}, ({ dispatch }) => (next) => (action) => {
      if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && fresh) {
        dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'start', value: policy ? { policy, language } : { language } } });
      }
      return next(action);
    });
    WebChat.renderWebChat(
      {
        directLine,
        store,
        userID: s.userId,
        locale,
        styleOptions: {
          bubbleBorderRadius: 12,
          bubbleFromUserBorderRadius: 12,
          hideUploadButton: false,
          uploadAccept: 'image/*,.heic,.heif',
          uploadMultiple: true,
          suggestedActionLayout: 'flow',
          sendBoxTextWrap: true,
        },
      },
      host,
    );
  })();
}
