// The staff desk in the browser: sign in (the local token, or Cognito's hosted sign-in with PKCE),
// the queue, one case in full, and its actions. Plain DOM, no framework. Served as
// `(${staffClient})()`: nothing outside its own body.
import type { Config, StaffCase, Summary } from './staff-types';

export function staffClient(): void {
  const root = document.getElementById('staff');
  if (!root) return;
  const config = JSON.parse(root.dataset.config ?? '{}') as Config;
  const T = config.text;
  const KEY = 'rma-staff-token';

  function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const c of children) e.append(c);
    return e;
  }
  /** Each flag by its name, with what it tells staff on hover. */
  const flagList = (flags: readonly string[]) => flags.flatMap((f, i) => [...(i > 0 ? [', '] : []), el('span', { title: config.flags[f] ?? f }, f)]);
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? ''));
  const b64url = (bytes: Uint8Array) =>
    btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');

  // --- Signing in ---------------------------------------------------------------------------
  async function cognitoToken(): Promise<string | undefined> {
    if (config.signIn.mode !== 'cognito') return undefined;
    const { domain, clientId } = config.signIn;
    const redirect = `${location.origin}${location.pathname}`;
    const params = new URLSearchParams(location.search);
    const code = params.get('code');
    if (code && params.get('state') === sessionStorage.getItem('rma-staff-state')) {
      const res = await fetch(`${domain}/oauth2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: clientId,
          code,
          redirect_uri: redirect,
          code_verifier: sessionStorage.getItem('rma-staff-verifier') ?? '',
        }),
      });
      history.replaceState(null, '', location.pathname);
      if (res.ok) {
        // The ID token: it names the staff member (email), which the history records.
        const token = ((await res.json()) as { id_token: string }).id_token;
        sessionStorage.setItem(KEY, token);
        return token;
      }
      // Not straight back to the sign-in page (a misconfigured client would loop): say so, offer it.
      problem(T.signInFailed, () => void cognitoToken());
      return undefined;
    }
    const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
    const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
    sessionStorage.setItem('rma-staff-verifier', verifier);
    sessionStorage.setItem('rma-staff-state', state);
    const challenge = b64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
    const q = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirect,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: challenge,
      state,
    });
    location.assign(`${domain}/oauth2/authorize?${q.toString()}`);
    return undefined;
  }

  function tokenForm(message?: string): void {
    const input = el('input', { type: 'password', id: 'staff-token', autocomplete: 'off' }) as HTMLInputElement;
    const form = el('form', { class: 'staff-signin' }, el('label', { for: 'staff-token' }, T.tokenLabel), input, el('button', { type: 'submit' }, T.signIn));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      sessionStorage.setItem(KEY, input.value.trim());
      route();
    });
    root!.replaceChildren(...(message ? [el('p', { class: 'form-error' }, message)] : []), form);
  }

  function signedOut(): void {
    sessionStorage.removeItem(KEY);
    if (config.signIn.mode === 'token') tokenForm(T.signedOut);
    else void cognitoToken();
  }

  /** A failure already shown to the user (signed out): callers stop without saying more. */
  class Handled extends Error {}

  /** What went wrong, in the words staff read: the network, or the desk's own answer. */
  function explain(error: unknown): string {
    return error instanceof TypeError ? T.unreachable : (error as Error).message;
  }

  /** The page replaced by a message and a button to try again (nothing is lost: the case is on the server). */
  function problem(message: string, retry: () => void): void {
    const again = el('button', { type: 'button', class: 'small', id: 'staff-retry' }, T.retry);
    again.addEventListener('click', retry);
    root!.replaceChildren(el('p', { class: 'form-error', role: 'alert' }, message), again);
  }

  async function api(path: string, init: RequestInit = {}): Promise<Response> {
    const token = sessionStorage.getItem(KEY) ?? '';
    // fetch rejects (TypeError) when the network or the desk is down: explain() says so.
    const res = await fetch(`${config.apiBase}${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
    if (res.status === 401) {
      signedOut();
      throw new Handled('signed out');
    }
    if (res.status >= 500) throw new Error(fill(T.unavailable, { status: res.status }));
    return res;
  }

  // --- The queue ----------------------------------------------------------------------------
  function toolbar(): HTMLElement {
    const select = el('select', { id: 'queue-status', 'aria-label': T.queue }, el('option', { value: '' }, T.allOpen)) as HTMLSelectElement;
    for (const [value, label] of Object.entries(config.statuses)) select.append(el('option', { value }, label));
    select.value = sessionStorage.getItem('rma-staff-filter') ?? '';
    select.addEventListener('change', () => {
      sessionStorage.setItem('rma-staff-filter', select.value);
      route();
    });
    const refresh = el('button', { type: 'button', class: 'small' }, T.refresh);
    refresh.addEventListener('click', route);
    const sla = el('button', { type: 'button', class: 'small secondary', id: 'run-sla' }, T.runSla);
    const slaOut = el('span', { class: 'muted', id: 'sla-result' });
    sla.addEventListener('click', () => {
      void (async () => {
        (sla as HTMLButtonElement).disabled = true;
        try {
          const r = (await (await api('/api/staff/sla/run', { method: 'POST' })).json()) as Record<string, number>;
          slaOut.textContent = fill(T.slaResult, r);
          await showQueue(false);
        } catch (e) {
          if (!(e instanceof Handled)) slaOut.textContent = `${T.failed} ${explain(e)}`;
        } finally {
          (sla as HTMLButtonElement).disabled = false;
        }
      })();
    });
    const out = el('button', { type: 'button', class: 'small secondary' }, T.signOut);
    out.addEventListener('click', () => {
      sessionStorage.removeItem(KEY);
      tokenForm();
    });
    return el('div', { class: 'staff-toolbar' }, select, refresh, sla, ...(config.signIn.mode === 'token' ? [out] : []), slaOut);
  }

  async function showQueue(rebuild = true): Promise<void> {
    if (!sessionStorage.getItem(KEY)) {
      if (config.signIn.mode === 'token') return tokenForm();
      if (!(await cognitoToken())) return;
    }
    const filter = sessionStorage.getItem('rma-staff-filter');
    const res = await api(`/api/staff/cases${filter ? `?status=${encodeURIComponent(filter)}` : ''}`);
    const { cases } = (await res.json()) as { cases: Summary[] };
    const table = el('table', { class: 'queue' }, el('thead', {}, el('tr', {}, ...T.columns.map((c) => el('th', {}, c)))));
    const body = el('tbody');
    const now = Date.now();
    for (const c of cases) {
      const link = el('a', { href: `#${c.rma}` }, c.rma);
      const days = Math.floor((now - Date.parse(c.updatedAt)) / 86_400_000);
      body.append(
        el(
          'tr',
          { class: c.status, 'data-rma': c.rma },
          el('td', {}, link),
          el('td', {}, c.policy),
          el('td', {}, config.statuses[c.status] ?? c.status),
          el('td', {}, c.reason ?? ''),
          el('td', {}, fill(T.days, { n: days })),
          el('td', {}, ...flagList(c.flags)),
        ),
      );
    }
    table.append(body);
    const content = cases.length ? table : el('p', { class: 'muted' }, T.empty);
    if (rebuild || !root!.querySelector('.staff-toolbar')) root!.replaceChildren(toolbar(), content);
    else root!.replaceChild(content, root!.children[1] as Element);
  }

  // --- One case -----------------------------------------------------------------------------
  function section(title: string, ...children: (Node | string)[]): HTMLElement {
    return el('section', { class: 'staff-section' }, el('h2', {}, title), ...children);
  }

  async function photo(rma: string, id: string): Promise<HTMLElement> {
    const img = el('img', { alt: id, class: 'staff-thumb' }) as HTMLImageElement;
    const res = await api(`/api/staff/cases/${rma}/photos/${id}?size=thumb`);
    if (res.ok) img.src = URL.createObjectURL(await res.blob());
    return img;
  }

  function actionForm(c: StaffCase, onDone: (v: StaffCase) => void): HTMLElement {
    if (c.actions.length === 0) return el('p', { class: 'muted' }, T.noActions);
    const note = el('textarea', { id: 'action-note', rows: '2', maxlength: '2000' }) as HTMLTextAreaElement;
    const resolution = el('select', { id: 'action-resolution' }) as HTMLSelectElement;
    for (const [v, label] of Object.entries(config.resolutions)) resolution.append(el('option', { value: v }, label));
    const facts = el('textarea', { id: 'action-facts', rows: '3' }) as HTMLTextAreaElement;
    const message = el('p', { class: 'form-error', role: 'alert' });
    const buttons = c.actions.map((a) => {
      const b = el('button', { type: 'button', class: 'small', 'data-action': a }, config.actions[a] ?? a) as HTMLButtonElement;
      b.addEventListener('click', () => {
        void (async () => {
          message.textContent = '';
          let body: Record<string, unknown> = { action: a, expectedVersion: c.version, ...(note.value.trim() ? { note: note.value.trim() } : {}) };
          if (a === 'resolved') body = { ...body, resolution: resolution.value };
          if (a === 'reassess') {
            try {
              body = { ...body, facts: JSON.parse(facts.value || '{}') as unknown };
            } catch (e) {
              message.textContent = `${T.failed} ${(e as Error).message}`;
              return;
            }
          }
          b.disabled = true;
          try {
            const res = await api(`/api/staff/cases/${c.rma}/actions`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(body),
            });
            const out = (await res.json()) as StaffCase & { error?: { code: string; message: string } };
            if (res.ok) return onDone(out);
            if (out.error?.code === 'conflict') return await showCase(c.rma, T.conflict);
            message.textContent = `${T.failed} ${out.error?.message ?? res.status}`;
          } catch (e) {
            // The note and the choices stay as typed: the same button tries again.
            if (!(e instanceof Handled)) message.textContent = `${T.failed} ${explain(e)}`;
          } finally {
            b.disabled = false;
          }
        })();
      });
      return b;
    });
    return section(
      T.actions,
      el('label', { for: 'action-note' }, T.note),
      note,
      ...(c.actions.includes('resolved') ? [el('label', { for: 'action-resolution' }, T.resolution), resolution] : []),
      ...(c.actions.includes('reassess') ? [el('label', { for: 'action-facts' }, T.facts_json), facts] : []),
      el('div', { class: 'staff-actions' }, ...buttons),
      message,
    );
  }

  async function showCase(rma: string, notice?: string): Promise<void> {
    const res = await api(`/api/staff/cases/${encodeURIComponent(rma)}`);
    if (!res.ok) return showQueue();
    render((await res.json()) as StaffCase, notice);
  }

  function render(c: StaffCase, notice?: string): void {
    const back = el('a', { href: '#' }, T.back);
    const d = c.decision;
    const photos = el('div', { class: 'staff-photos' });
    for (const p of c.photos ?? []) {
      // A thumbnail that cannot be fetched is left out; the case itself is shown.
      if (p.status === 'ready')
        void photo(c.rma, p.id).then(
          (img) => photos.append(img),
          () => undefined,
        );
      else photos.append(el('span', { class: 'refused' }, `${p.id}: ${p.reason ?? ''}`));
    }
    root!.replaceChildren(
      back,
      ...(notice ? [el('p', { class: 'form-error', role: 'alert' }, notice)] : []),
      el('h2', { id: 'case-title' }, `${c.rma} · ${config.statuses[c.status] ?? c.status}`),
      el('p', { class: 'muted' }, `${c.policy} ${c.policyVersion} · ${T.version} ${c.version}${c.flags?.length ? ` · ${c.flags.join(', ')}` : ''}`),
      section(
        T.contact,
        `${c.contact.name ?? ''} <${c.contact.email ?? ''}>${c.language ? ` · ${T.writesIn} ${new Intl.DisplayNames(['en'], { type: 'language' }).of(c.language) ?? c.language}` : ''}`,
      ),
      section(
        T.decision,
        el('p', { class: 'headline' }, `${config.outcomes[d.outcome] ?? d.outcome}${d.track ? ` — ${d.track}` : ''}`),
        el('ul', {}, ...d.notes.map((n) => el('li', {}, n))),
        el('details', {}, el('summary', {}, `${T.trace} (${d.clauses.join(', ')})`), el('pre', {}, JSON.stringify(d.trace, null, 2))),
      ),
      section(T.facts, el('pre', {}, JSON.stringify(c.facts, null, 2))),
      ...(c.transcript?.length
        ? [
            section(
              T.transcript,
              el(
                'ol',
                { class: 'transcript' },
                ...c.transcript.map((l) =>
                  el('li', { class: l.from }, `${l.from}${l.via ? ` (${T.byEmail}${l.unverified ? `; ${T.unverified}` : ''})` : ''}: ${l.text}`),
                ),
              ),
            ),
          ]
        : []),
      ...(c.photos?.length ? [section(T.photos, photos)] : []),
      section(
        T.emails,
        el(
          'ul',
          { class: 'emails' },
          ...Object.entries(c.emails ?? {}).map(([key, e]) => el('li', { class: e.state }, `${key}: ${e.state} · ${e.at.slice(0, 16).replace('T', ' ')}`)),
        ),
        ...(Object.values(c.emails ?? {}).some((e) => e.state === 'held') ? [el('p', { class: 'hint' }, T.heldHint)] : []),
      ),
      ...(c.attachments?.length
        ? [section(T.attachments, el('ul', {}, ...c.attachments.map((a) => el('li', {}, `${a.filename} (${a.contentType}, ${a.size} B)`))))]
        : []),
      section(
        T.history,
        el(
          'ol',
          { class: 'history' },
          ...c.history.map((h) =>
            el(
              'li',
              {},
              `${h.at.slice(0, 16).replace('T', ' ')} ${h.from && h.from !== h.to ? `${h.from} → ` : ''}${h.to} · ${h.staffMember ?? h.by}${h.resolution ? ` · ${h.resolution}` : ''}${h.policyVersion ? ` · policy ${h.policyVersion}` : ''}${h.note ? ` — ${h.note}` : ''}`,
            ),
          ),
        ),
      ),
      actionForm(c, (v) => render(v)),
    );
  }

  function route(): void {
    const rma = location.hash.slice(1);
    void (rma ? showCase(rma) : showQueue()).catch((e: unknown) => {
      if (!(e instanceof Handled)) problem(explain(e), route);
    });
  }
  window.addEventListener('hashchange', route);
  route();
}
