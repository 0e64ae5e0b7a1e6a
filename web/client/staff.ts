// The staff desk in the browser: sign in (the local token, or Cognito's hosted sign-in with PKCE),
// the queue, one case in full, and its actions. Plain DOM, no framework. Served as
// `(${staffClient})()`: nothing outside its own body.
import type { Config, Overview, StaffCase, Summary } from './staff-types';

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

  // --- The queue and the search ---------------------------------------------------------
  /** What the list shows: the work queue (review first, then the longest waiting), every case, or the collections to arrange. */
  interface Filter {
    view: 'queue' | 'all' | 'collect' | 'overview';
    q: string;
    status: string;
    policy: string;
    flag: string;
    olderThanDays: string;
  }
  const FILTER_KEY = 'rma-staff-filter-v2';
  const readFilter = (): Filter => ({
    view: 'queue',
    q: '',
    status: '',
    policy: '',
    flag: '',
    olderThanDays: '',
    ...(JSON.parse(sessionStorage.getItem(FILTER_KEY) ?? '{}') as Partial<Filter>),
  });
  /** The cursors of the pages before this one (to go back), and this page's. */
  let pages: (string | undefined)[] = [undefined];

  function query(f: Filter, cursor?: string, limit = 50): string {
    const p = new URLSearchParams();
    if (f.status) p.set('status', f.status);
    if (f.view !== 'queue' || f.q || f.policy || f.flag || f.olderThanDays) {
      p.set('view', f.view === 'collect' ? 'collect' : 'all');
      if (f.q.trim()) p.set('q', f.q.trim());
      if (f.policy) p.set('policy', f.policy);
      if (f.flag) p.set('flag', f.flag);
      if (f.olderThanDays) p.set('olderThanDays', f.olderThanDays);
      if (cursor) p.set('cursor', cursor);
    }
    p.set('limit', String(limit));
    return `/api/staff/cases?${p.toString()}`;
  }

  function select(id: string, label: string, options: [string, string][], value: string): HTMLSelectElement {
    const s = el('select', { id, 'aria-label': label }) as HTMLSelectElement;
    for (const [v, text] of options) s.append(el('option', { value: v }, text));
    s.value = value;
    return s;
  }

  function toolbar(f: Filter): HTMLElement {
    const search = el('input', {
      type: 'search',
      id: 'queue-search',
      placeholder: T.searchPlaceholder,
      'aria-label': T.search,
      value: f.q,
    }) as HTMLInputElement;
    const view = select('queue-view', T.view, Object.entries(config.views), f.view);
    const status = select('queue-status', T.queue, [['', T.anyStatus], ...Object.entries(config.statuses)], f.status);
    const policy = select('queue-policy', T.merchant, [['', T.anyMerchant], ...Object.entries(config.policies)], f.policy);
    const flag = select('queue-flag', T.flag, [['', T.anyFlag], ...Object.keys(config.flags).map((k) => [k, k] as [string, string])], f.flag);
    const older = el('input', {
      type: 'number',
      min: '1',
      max: '3650',
      id: 'queue-older',
      'aria-label': T.olderThan,
      placeholder: T.olderThan,
      value: f.olderThanDays,
    }) as HTMLInputElement;
    const form = el(
      'form',
      { class: 'staff-toolbar', role: 'search' },
      search,
      el('button', { type: 'submit', id: 'queue-go' }, T.search),
      view,
      status,
      policy,
      flag,
      older,
    );
    const apply = () => {
      const next: Filter = {
        view: view.value as Filter['view'],
        q: search.value,
        status: status.value,
        policy: policy.value,
        flag: flag.value,
        olderThanDays: older.value,
      };
      sessionStorage.setItem(FILTER_KEY, JSON.stringify(next));
      pages = [undefined];
      void showQueue().catch(report);
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      apply();
    });
    for (const control of [view, status, policy, flag]) control.addEventListener('change', apply);
    const refresh = el('button', { type: 'button', class: 'small', id: 'queue-refresh' }, T.refresh);
    refresh.addEventListener('click', () => void showQueue().catch(report));
    const csv = el('button', { type: 'button', class: 'small secondary', id: 'export-csv' }, T.exportCsv) as HTMLButtonElement;
    csv.addEventListener('click', () => void exportCsv(csv).catch(report));
    const sla = el('button', { type: 'button', class: 'small secondary', id: 'run-sla' }, T.runSla) as HTMLButtonElement;
    const slaOut = el('span', { class: 'muted', id: 'sla-result', role: 'status' });
    sla.addEventListener('click', () => {
      void (async () => {
        sla.disabled = true;
        try {
          const r = (await (await api('/api/staff/sla/run', { method: 'POST' })).json()) as Record<string, number>;
          slaOut.textContent = fill(T.slaResult, r);
        } catch (e) {
          if (!(e instanceof Handled)) slaOut.textContent = `${T.failed} ${explain(e)}`;
        } finally {
          sla.disabled = false;
        }
      })();
    });
    const out = el('button', { type: 'button', class: 'small secondary' }, T.signOut);
    out.addEventListener('click', () => {
      sessionStorage.removeItem(KEY);
      tokenForm();
    });
    return el(
      'div',
      { class: 'staff-bar' },
      form,
      el('div', { class: 'staff-tools' }, refresh, csv, sla, ...(config.signIn.mode === 'token' ? [out] : []), slaOut),
    );
  }

  const label = (c: Summary) =>
    c.collection && !c.collection.collected && (c.status === 'approved' || c.status === 'awaiting_parcel')
      ? c.collection.day
        ? fill(T.collectionBooked, { day: c.collection.day })
        : T.collectionToBook
      : (config.statuses[c.status] ?? c.status);

  function report(e: unknown): void {
    if (!(e instanceof Handled)) problem(explain(e), route);
  }

  async function showQueue(): Promise<void> {
    if (!sessionStorage.getItem(KEY)) {
      if (config.signIn.mode === 'token') return tokenForm();
      if (!(await cognitoToken())) return;
    }
    const f = readFilter();
    if (f.view === 'overview') return showOverview(f);
    const res = await api(query(f, pages.at(-1)));
    const body = (await res.json()) as { cases: Summary[]; total?: number; cursor?: string; more?: boolean; error?: { message: string } };
    if (!res.ok) throw new Error(body.error?.message ?? String(res.status));
    const table = el('table', { class: 'queue' }, el('thead', {}, el('tr', {}, ...T.columns.map((c) => el('th', { scope: 'col' }, c)))));
    const rows = el('tbody');
    const now = Date.now();
    for (const c of body.cases) {
      const days = Math.floor((now - Date.parse(c.updatedAt)) / 86_400_000);
      rows.append(
        el(
          'tr',
          { class: c.status, 'data-rma': c.rma },
          el('td', {}, el('a', { href: `#${c.rma}` }, c.rma)),
          el('td', {}, c.contact.name, el('br'), el('span', { class: 'muted' }, c.contact.email)),
          el('td', {}, config.policies[c.policy] ?? c.policy),
          el('td', {}, label(c)),
          el('td', {}, c.track ? (config.tracks[c.track] ?? c.track) : ''),
          el('td', {}, fill(T.days, { n: days })),
          el('td', {}, ...flagList(c.flags)),
        ),
      );
    }
    table.append(rows);
    const count =
      body.total !== undefined
        ? fill(body.total === 1 ? T.countOne : T.count, { n: body.total })
        : body.more
          ? fill(T.queueMore, { n: body.cases.length })
          : fill(T.count, { n: body.cases.length });
    const nav = el('div', { class: 'pager' });
    if (pages.length > 1) {
      const back = el('button', { type: 'button', class: 'small secondary', id: 'page-back' }, T.previous);
      back.addEventListener('click', () => {
        pages.pop();
        void showQueue().catch(report);
      });
      nav.append(back);
    }
    if (body.cursor) {
      const next = el('button', { type: 'button', class: 'small secondary', id: 'page-next' }, T.next);
      next.addEventListener('click', () => {
        pages.push(body.cursor);
        void showQueue().catch(report);
      });
      nav.append(next);
    }
    root!.replaceChildren(
      toolbar(f),
      el('p', { id: 'queue-count', role: 'status' }, count),
      body.cases.length ? table : el('p', { class: 'muted' }, T.empty),
      nav,
    );
  }

  /** Bars for one week's numbers by kind: each a labelled bar as wide as its share of the busiest week. */
  function bars(
    weeks: Overview['weeks'],
    pick: (w: Overview['weeks'][number]) => Record<string, number>,
    names: Record<string, string>,
    title: string,
  ): HTMLElement {
    const max = Math.max(1, ...weeks.map((w) => w.total));
    const kinds = [...new Set(weeks.flatMap((w) => Object.keys(pick(w))))].sort();
    const rows = weeks.map((w) =>
      el(
        'div',
        { class: 'chart-row' },
        el('span', { class: 'chart-label' }, w.week),
        el(
          'span',
          {
            class: 'chart-bar',
            role: 'img',
            'aria-label': `${w.week}: ${
              Object.entries(pick(w))
                .map(([k, n]) => `${names[k] ?? k} ${n}`)
                .join(', ') || '0'
            }`,
          },
          ...kinds
            .filter((k) => (pick(w)[k] ?? 0) > 0)
            .map((k) =>
              el('span', {
                class: `chart-part k${kinds.indexOf(k) % 6}`,
                style: `width:${(((pick(w)[k] ?? 0) / max) * 100).toFixed(1)}%`,
                title: `${names[k] ?? k}: ${pick(w)[k]}`,
              }),
            ),
        ),
        el('span', { class: 'chart-total' }, String(w.total)),
      ),
    );
    const legend = el('p', { class: 'chart-legend' }, ...kinds.map((k, i) => el('span', { class: `chart-key k${i % 6}` }, names[k] ?? k)));
    return el('section', { class: 'staff-section chart' }, el('h2', {}, title), legend, ...rows);
  }

  async function showOverview(f: Filter): Promise<void> {
    const o = (await (await api('/api/staff/cases?view=overview')).json()) as Overview;
    const r = o.resolution;
    root!.replaceChildren(
      toolbar(f),
      el('p', { id: 'queue-count', role: 'status' }, fill(T.overviewRead, { n: o.read })),
      bars(o.weeks, (w) => w.byReason, config.reasons, T.byReason),
      bars(o.weeks, (w) => w.byTrack, { ...config.tracks, ...config.outcomes }, T.byTrack),
      el(
        'section',
        { class: 'staff-section' },
        el('h2', {}, T.resolutionTitle),
        fields([
          [T.resolvedCount, String(r.count)],
          [T.medianDays, r.medianDays === undefined ? '—' : fill(T.daysN, { n: r.medianDays })],
          [T.p90Days, r.p90Days === undefined ? '—' : fill(T.daysN, { n: r.p90Days })],
          [T.reversed, fill(T.reversedOf, { n: o.reversed.count, of: o.reversed.of })],
        ]),
      ),
    );
  }

  /** The list as filtered, every page (at most 5,000 cases), as a CSV file. */
  async function exportCsv(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      const f = readFilter();
      const all: Summary[] = [];
      let cursor: string | undefined;
      do {
        const res = await api(query({ ...f, view: f.view === 'collect' ? 'collect' : 'all' }, cursor, 200));
        const body = (await res.json()) as { cases: Summary[]; cursor?: string };
        all.push(...body.cases);
        cursor = body.cursor;
      } while (cursor && all.length < 5000);
      const cell = (v: unknown) => {
        const t = String(v ?? '');
        // A cell that starts like a formula is kept as text (CSV injection).
        const safe = /^[=+\-@\t\r]/.test(t) ? `'${t}` : t;
        return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
      };
      const lines = [
        T.csvColumns.join(','),
        ...all.map((c) =>
          [
            c.rma,
            c.createdAt,
            c.updatedAt,
            config.policies[c.policy] ?? c.policy,
            config.statuses[c.status] ?? c.status,
            c.track ? (config.tracks[c.track] ?? c.track) : '',
            c.reason ?? '',
            c.contact.name,
            c.contact.email,
            c.flags.join(' '),
          ]
            .map(cell)
            .join(','),
        ),
      ];
      const url = URL.createObjectURL(new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
      const a = el('a', { href: url, download: `returns-${new Date().toISOString().slice(0, 10)}.csv` });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      button.disabled = false;
    }
  }

  // --- One case -----------------------------------------------------------------------------
  function section(title: string, ...children: (Node | string)[]): HTMLElement {
    return el('section', { class: 'staff-section' }, el('h2', {}, title), ...children);
  }

  /** Labelled fields: a term and its value each, never JSON. */
  function fields(entries: [string, string][]): HTMLElement {
    return el('dl', { class: 'details' }, ...entries.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  }

  const yesNo = (v: unknown) => (v === true ? T.yes : v === false ? T.no : String(v));
  const factLabel = (path: string) => {
    const l = config.factLabels[path] ?? path;
    return l.charAt(0).toUpperCase() + l.slice(1);
  };
  /** The facts, nested as the API keeps them, as labelled fields. */
  function factFields(facts: Record<string, unknown>): [string, string][] {
    const out: [string, string][] = [];
    for (const [k, v] of Object.entries(facts)) {
      if (v && typeof v === 'object') for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) out.push([factLabel(`${k}.${k2}`), yesNo(v2)]);
      else out.push([factLabel(k), yesNo(v)]);
    }
    return out;
  }

  async function photo(rma: string, id: string): Promise<HTMLElement> {
    const img = el('img', { alt: id, class: 'staff-thumb' }) as HTMLImageElement;
    const res = await api(`/api/staff/cases/${rma}/photos/${id}?size=thumb`);
    if (res.ok) img.src = URL.createObjectURL(await res.blob());
    return img;
  }

  /** Posts one action at the version seen; says what happened where staff are looking. */
  async function post(c: StaffCase, body: Record<string, unknown>, button: HTMLButtonElement, message: HTMLElement): Promise<void> {
    message.textContent = '';
    button.disabled = true;
    try {
      const res = await api(`/api/staff/cases/${c.rma}/actions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, expectedVersion: c.version }),
      });
      const out = (await res.json()) as StaffCase & { error?: { code: string; message: string } };
      if (res.ok) return render(out, fill(T.done, { action: config.actions[body.action as string] ?? String(body.action) }), 'done');
      if (out.error?.code === 'conflict') return await showCase(c.rma, T.conflict);
      message.textContent = `${T.failed} ${out.error?.message ?? res.status}`;
    } catch (e) {
      // What was typed stays: the same button tries again.
      if (!(e instanceof Handled)) message.textContent = `${T.failed} ${explain(e)}`;
    } finally {
      button.disabled = false;
    }
  }

  /** The actions that end or refuse something, asked about first. */
  const DESTRUCTIVE = ['cancelled', 'decline', 'closed'];

  function actionForm(c: StaffCase): HTMLElement {
    const others = c.actions.filter((a) => !['book_collection', 'collected', 'message'].includes(a));
    if (others.length === 0) return section(T.actions, el('p', { class: 'muted' }, T.noActions));
    const note = el('textarea', { id: 'action-note', rows: '2', maxlength: '2000' }) as HTMLTextAreaElement;
    const resolution = el('select', { id: 'action-resolution' }) as HTMLSelectElement;
    for (const r of c.resolutions) resolution.append(el('option', { value: r }, config.resolutions[r] ?? r));
    if (c.choice?.remedy && config.resolutionOf[c.choice.remedy]) resolution.value = config.resolutionOf[c.choice.remedy] as string;
    const findingFact = select(
      'finding-fact',
      T.finding,
      Object.keys(config.factLabels).map((p) => [p, factLabel(p)] as [string, string]),
      'item.modified',
    );
    const findingValue = el('input', { id: 'finding-value', 'aria-label': T.findingValue, placeholder: T.findingValue }) as HTMLInputElement;
    const message = el('p', { class: 'form-error', role: 'alert', id: 'action-error' });
    const buttons = others.map((a) => {
      const b = el(
        'button',
        { type: 'button', class: `small${DESTRUCTIVE.includes(a) ? ' danger' : ''}`, 'data-action': a },
        config.actions[a] ?? a,
      ) as HTMLButtonElement;
      b.addEventListener('click', () => {
        if (DESTRUCTIVE.includes(a) && !window.confirm(fill(T.confirm, { action: config.actions[a] ?? a, rma: c.rma }))) return;
        let body: Record<string, unknown> = { action: a, ...(note.value.trim() ? { note: note.value.trim() } : {}) };
        if (a === 'resolved') body = { ...body, resolution: resolution.value };
        if (a === 'reassess') {
          const raw = findingValue.value.trim();
          if (!raw) {
            message.textContent = T.findingNeeded;
            findingValue.focus();
            return;
          }
          const value = config.booleanFacts.includes(findingFact.value)
            ? /^(y|yes|true|ja|oui)$/i.test(raw)
            : config.numberFacts.includes(findingFact.value) && /^\d+$/.test(raw)
              ? Number(raw)
              : raw;
          const [head, leaf] = findingFact.value.split('.');
          body = { ...body, facts: leaf ? { [head as string]: { [leaf]: value } } : { [head as string]: value } };
        }
        void post(c, body, b, message);
      });
      return b;
    });
    return section(
      T.actions,
      el('label', { for: 'action-note' }, T.note),
      note,
      ...(others.includes('resolved') ? [el('label', { for: 'action-resolution' }, T.resolution), resolution] : []),
      ...(others.includes('reassess') ? [el('p', { class: 'hint' }, T.findingHint), el('div', { class: 'finding' }, findingFact, findingValue)] : []),
      el('div', { class: 'staff-actions' }, ...buttons),
      message,
    );
  }

  function collectionSection(c: StaffCase): HTMLElement[] {
    if (c.decision.transport !== 'collection' || !['approved', 'awaiting_parcel', 'received', 'inspecting'].includes(c.status)) return [];
    const col = c.collection;
    const parts: (Node | string)[] = [];
    if (!col) parts.push(el('p', { class: 'muted' }, T.collectionWaiting));
    else {
      parts.push(
        fields([
          [T.collectionAddress, col.address],
          [T.collectionPhone, col.phone ?? '—'],
          [T.collectionDays, col.days ?? T.anyDay],
          ...(col.notes ? ([[T.collectionNotes, col.notes]] as [string, string][]) : []),
          ...(col.booking ? ([[T.collectionBookedFor, `${col.booking.day} · ${col.booking.courier} · ${col.booking.reference}`]] as [string, string][]) : []),
          ...(col.collectedAt ? ([[T.collectedAt, col.collectedAt.slice(0, 16).replace('T', ' ')]] as [string, string][]) : []),
        ]),
      );
    }
    const message = el('p', { class: 'form-error', role: 'alert' });
    if (c.actions.includes('book_collection')) {
      const day = el('input', { type: 'date', id: 'booking-day', required: '' }) as HTMLInputElement;
      const courier = el('input', { id: 'booking-courier', maxlength: '80', required: '' }) as HTMLInputElement;
      const reference = el('input', { id: 'booking-reference', maxlength: '80', required: '' }) as HTMLInputElement;
      const book = el('button', { type: 'submit', id: 'booking-save' }, config.actions.book_collection ?? 'Book') as HTMLButtonElement;
      const form = el(
        'form',
        { class: 'booking' },
        el('label', { for: 'booking-day' }, T.bookingDay),
        day,
        el('label', { for: 'booking-courier' }, T.bookingCourier),
        courier,
        el('label', { for: 'booking-reference' }, T.bookingReference),
        reference,
        book,
      );
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        void post(
          c,
          { action: 'book_collection', booking: { day: day.value, courier: courier.value.trim(), reference: reference.value.trim() } },
          book,
          message,
        );
      });
      parts.push(form);
    }
    if (c.actions.includes('collected')) {
      const b = el('button', { type: 'button', class: 'small', id: 'mark-collected' }, config.actions.collected ?? 'Collected') as HTMLButtonElement;
      b.addEventListener('click', () => void post(c, { action: 'collected' }, b, message));
      parts.push(b);
    }
    return [section(T.collection, ...parts, message)];
  }

  function messageSection(c: StaffCase): HTMLElement[] {
    if (!c.actions.includes('message')) return [];
    const text = el('textarea', { id: 'message-text', rows: '4', maxlength: '4000' }) as HTMLTextAreaElement;
    const send = el('button', { type: 'submit', id: 'message-send' }, config.actions.message ?? 'Send') as HTMLButtonElement;
    const message = el('p', { class: 'form-error', role: 'alert' });
    const form = el('form', { class: 'message-form' }, el('label', { for: 'message-text' }, T.messageLabel), text, send, message);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!text.value.trim()) {
        message.textContent = T.messageEmpty;
        text.focus();
        return;
      }
      void post(c, { action: 'message', message: text.value }, send, message);
    });
    return [section(T.writeToCustomer, el('p', { class: 'hint' }, fill(T.messageHint, { email: c.contact.email ?? '' })), form)];
  }

  async function showCase(rma: string, notice?: string): Promise<void> {
    const res = await api(`/api/staff/cases/${encodeURIComponent(rma)}`);
    if (!res.ok) {
      await showQueue();
      const count = document.getElementById('queue-count');
      if (count) count.textContent = fill(T.notFound, { rma });
      return;
    }
    render((await res.json()) as StaffCase, notice, notice ? 'problem' : undefined);
  }

  function render(c: StaffCase, notice?: string, kind?: 'done' | 'problem'): void {
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
    const who = (l: NonNullable<StaffCase['transcript']>[number]) =>
      l.from === 'staff' ? `${T.fromStaff}${l.staffMember ? ` (${l.staffMember})` : ''}` : l.from === 'customer' ? T.fromCustomer : T.fromAssistant;
    const headline = `${config.outcomes[d.outcome] ?? d.outcome}${d.track ? ` — ${config.tracks[d.track] ?? d.track}` : ''}`;
    root!.replaceChildren(
      back,
      ...(notice
        ? [el('p', { class: kind === 'done' ? 'notice' : 'form-error', role: kind === 'done' ? 'status' : 'alert', id: 'case-notice', tabindex: '-1' }, notice)]
        : []),
      el('h2', { id: 'case-title', tabindex: '-1' }, `${c.rma} · ${config.statuses[c.status] ?? c.status}`),
      el(
        'p',
        { class: 'muted' },
        `${config.policies[c.policy] ?? c.policy} (${c.policyVersion}) · ${T.version} ${c.version}${c.flags?.length ? ` · ${c.flags.map((f) => config.flags[f] ?? f).join(' ')}` : ''}`,
      ),
      section(
        T.contact,
        fields([
          [T.name, c.contact.name ?? ''],
          [T.email, c.contact.email ?? ''],
          ...(c.language ? ([[T.writesIn, new Intl.DisplayNames(['en'], { type: 'language' }).of(c.language) ?? c.language]] as [string, string][]) : []),
        ]),
      ),
      section(
        T.decision,
        el('p', { class: 'headline' }, headline),
        el('ul', {}, ...d.notes.map((n) => el('li', {}, n))),
        el('details', {}, el('summary', {}, T.trace), el('ul', {}, ...d.clauses.map((id) => el('li', {}, el('code', {}, id))))),
      ),
      ...(c.about && Object.keys(c.about).length
        ? [
            section(
              T.about,
              fields([
                ...(['product', 'serial', 'order', 'problem'] as const).flatMap((k) =>
                  c.about?.[k] ? ([[T[`about_${k}`], c.about[k]]] as [string, string][]) : [],
                ),
                ...(c.about?.wish ? ([[T.about_wish, config.remedies[c.about.wish] ?? c.about.wish]] as [string, string][]) : []),
              ]),
            ),
          ]
        : []),
      ...(c.choice
        ? [section(T.choice, el('p', {}, c.choice.remedy ? fill(T.chose, { remedy: config.remedies[c.choice.remedy] ?? c.choice.remedy }) : T.choiceAsked))]
        : []),
      ...collectionSection(c),
      section(T.facts, fields(factFields(c.facts))),
      ...(c.transcript?.length
        ? [
            section(
              T.transcript,
              el(
                'ol',
                { class: 'transcript' },
                ...c.transcript.map((l) =>
                  el(
                    'li',
                    { class: l.from },
                    `${who(l)}${l.via ? ` (${T.byEmail}${l.unverified ? `; ${T.unverified}` : ''})` : ''} · ${l.at.slice(0, 16).replace('T', ' ')}: ${l.text}`,
                  ),
                ),
              ),
            ),
          ]
        : []),
      ...messageSection(c),
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
              `${h.at.slice(0, 16).replace('T', ' ')} ${h.from && h.from !== h.to ? `${config.statuses[h.from] ?? h.from} → ` : ''}${config.statuses[h.to] ?? h.to}${h.action && h.from === h.to ? ` · ${config.actions[h.action] ?? h.action}` : ''} · ${h.staffMember ?? h.by}${h.resolution ? ` · ${config.resolutions[h.resolution] ?? h.resolution}` : ''}${h.policyVersion ? ` · policy ${h.policyVersion}` : ''}${h.note ? ` — ${h.note}` : ''}`,
            ),
          ),
        ),
      ),
      actionForm(c),
    );
    // Where the eye goes after an action: what happened.
    (document.getElementById('case-notice') ?? document.getElementById('case-title'))?.focus?.();
  }

  function route(): void {
    const rma = location.hash.slice(1);
    void (rma ? showCase(rma) : showQueue()).catch(report);
  }
  window.addEventListener('hashchange', route);
  route();
}
