// The form's enhancement in the browser: assess as the customer types, show what the policy says
// and what is still missing, and submit as JSON with an Idempotency-Key. Served as
// `(${formClient})()`, so it must not use anything outside its own body.
export function formClient(): void {
  const form = document.getElementById('rma-form') as HTMLFormElement | null;
  const panel = document.getElementById('assessment');
  if (!form || !panel) return;
  document.documentElement.classList.add('js');
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, string>;
  // The page's language for the API (`?lang=de`), or nothing for English.
  const lang = form.dataset.lang ?? '';
  // The words (web/text.ts and the rules' labels), handed over by the page.
  const words = JSON.parse(form.dataset.text ?? '{}') as {
    outcomes: Record<string, string>;
    assessment: string;
    stillNeeded: string;
    failed: string;
    errors: { summary: string; name: string; email: string; date: string; field: string };
  };
  const idempotencyKey = `form-${crypto.randomUUID()}`;
  const photoField = form.querySelector<HTMLElement>('.photo-field');
  const photoInput = form.querySelector<HTMLInputElement>('#f-photos');
  const photoList = photoField?.querySelector<HTMLElement>('.uploads');
  if (photoField) photoField.hidden = false;
  const ALWAYS = ['policy', 'reason'];
  const BOOLEANS = (form.dataset.booleans ?? '').split(' ');
  const NUMBERS = (form.dataset.numbers ?? '').split(' ');

  function collect(includeContact: boolean): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    new FormData(form as HTMLFormElement).forEach((raw, name) => {
      const value = String(raw).trim();
      if (value === '' || value === 'unknown') return;
      // Who they are and what the item is do not change the decision: only the request carries them.
      if ((name.startsWith('contact.') || name.startsWith('about.')) && !includeContact) return;
      let typed: unknown = value;
      if (BOOLEANS.includes(name)) typed = value === 'yes';
      else if (NUMBERS.includes(name)) typed = Number(value);
      const [head, leaf] = name.split('.');
      if (leaf) {
        const group = (out[head as string] ?? {}) as Record<string, unknown>;
        group[leaf] = typed;
        out[head as string] = group;
      } else out[name] = typed;
    });
    return out;
  }

  function text(tag: string, content: string, className?: string): HTMLElement {
    const el = document.createElement(tag);
    el.textContent = content;
    if (className) el.className = className;
    return el;
  }

  function show(decision: { outcome: string; track?: string; missing: string[]; notes: string[] }): void {
    panel!.hidden = false;
    panel!.className = `assessment ${decision.outcome}`;
    panel!.replaceChildren(text('h2', words.assessment), text('p', words.outcomes[decision.outcome] ?? decision.outcome, 'headline'));
    const list = document.createElement('ul');
    const lines = decision.outcome === 'need_info' ? decision.missing.map((m) => labels[m] ?? m) : decision.notes;
    if (decision.outcome === 'need_info') panel!.appendChild(text('p', words.stillNeeded));
    for (const line of lines) list.appendChild(text('li', line));
    panel!.appendChild(list);
    const filled = collect(false);
    const has = (fact: string) => {
      const [head, leaf] = fact.split('.');
      const top = filled[head as string];
      return leaf ? (top as Record<string, unknown> | undefined)?.[leaf] !== undefined : top !== undefined;
    };
    // Until we know what the problem is, that is the only question: one thing at a time.
    const missing = decision.missing.includes('reason') ? ['reason'] : decision.missing;
    form!.querySelectorAll<HTMLElement>('.field[data-fact]').forEach((field) => {
      const fact = field.dataset.fact as string;
      const needed = missing.includes(fact);
      field.classList.toggle('needed', needed);
      const always = ALWAYS.includes(fact) || field.closest('.always') !== null;
      field.classList.toggle('quiet', !needed && !has(fact) && !always);
    });
  }

  let timer: number | undefined;
  let seq = 0;
  async function assess(): Promise<void> {
    const mine = ++seq;
    const res = await fetch(`/api/assess${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(collect(false)) });
    if (mine !== seq) return;
    if (res.ok) show(await res.json());
  }
  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void assess().catch(() => undefined), 250);
  });

  /** The customer's words for a field's error (the API's are for developers). */
  function errorText(field: string): string {
    if (field === 'contact.name' || field === 'contact') return words.errors.name;
    if (field === 'contact.email') return words.errors.email;
    if (/Date$/.test(field)) return words.errors.date;
    return words.errors.field;
  }

  /** Clears every field's error. */
  function clearErrors(): void {
    form!.querySelectorAll('.field-error.live').forEach((e) => e.remove());
    form!.querySelectorAll('[aria-invalid="true"]').forEach((e) => {
      e.removeAttribute('aria-invalid');
      e.removeAttribute('aria-describedby');
    });
    form!.querySelectorAll('.field.invalid').forEach((e) => e.classList.remove('invalid'));
  }

  /** Each error beside its field, in words, announced; the first field focused. */
  function showErrors(fields: string[]): void {
    clearErrors();
    let first: HTMLElement | undefined;
    for (const name of fields) {
      const field = form!.querySelector<HTMLElement>(`[data-fact="${CSS.escape(name === 'contact' ? 'contact.name' : name)}"]`);
      if (!field) continue;
      field.classList.remove('quiet');
      field.classList.add('invalid');
      const control = field.querySelector<HTMLElement>('input, select, textarea');
      const id = `${name}-error-live`;
      const message = text('p', errorText(name), 'field-error live');
      message.id = id;
      message.setAttribute('role', 'alert');
      field.appendChild(message);
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', id);
        first ??= control;
      }
    }
    first?.focus();
  }

  /** What the browser can tell before sending: a name, and an email address that looks like one. */
  function missingContact(): string[] {
    const data = new FormData(form as HTMLFormElement);
    const out: string[] = [];
    if (!String(data.get('contact.name') ?? '').trim()) out.push('contact.name');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(data.get('contact.email') ?? '').trim())) out.push('contact.email');
    return out;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A live assessment still on its way must not draw over what the submission says.
    window.clearTimeout(timer);
    seq++;
    const missing = missingContact();
    if (missing.length > 0) return showErrors(missing);
    clearErrors();
    const button = form.querySelector('button[type=submit]') as HTMLButtonElement;
    const label = button.textContent;
    button.disabled = true;
    button.textContent = button.dataset.busy ?? label;
    void (async () => {
      try {
        const res = await fetch(`/api/cases${lang}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
          body: JSON.stringify(collect(true)),
        });
        const body = await res.json();
        // 429 with a case: registered and decided, only its email held by the daily limits. The
        // status page says so (notice=mail_held), and the photos go in as for any case.
        const held = res.status === 429 && typeof body.statusUrl === 'string';
        if (res.status === 201 || res.status === 200 || held) {
          window.clearTimeout(timer); // a pending live assessment must not draw over the way on
          const status = new URL(body.statusUrl);
          // Photos chosen on the form go in now that the case exists (web/client/photos.ts).
          const files = Array.from(photoInput?.files ?? []);
          const photos = (
            window as unknown as {
              rmaPhotos?: {
                send(rma: string, token: string, files: File[], list: HTMLElement, options: { wait: boolean }): Promise<string[]>;
                check(file: File): string | undefined;
                text: { sendingPhotos: string };
              };
            }
          ).rmaPhotos;
          let sent: string[] = [];
          let failed = 0;
          // Files the picker already said cannot go stay behind; the rest are uploaded.
          const good = photos ? files.filter((f) => photos.check(f) === undefined) : [];
          if (good.length > 0 && photos && photoList) {
            button.textContent = photos.text.sendingPhotos;
            photoList.replaceChildren();
            // Uploaded, not waited for: the status page shows each as its check finishes, and says if any did not go.
            sent = await photos.send(body.rma, status.searchParams.get('token') ?? '', good, photoList, { wait: false });
            failed = good.length - sent.length;
          }
          const extra = `${held ? '&notice=mail_held' : ''}${sent.length ? `&photos=${sent.join('.')}` : ''}${failed ? `&photosFailed=${failed}` : ''}`;
          window.location.assign(status.pathname + status.search + extra);
          return;
        }
        if (res.status === 422 && body.decision) show(body.decision);
        else if (typeof body.error?.field === 'string') {
          // A field the desk refused: said beside it, in words, and focused (no scrolling to a panel).
          showErrors([body.error.field as string]);
          return;
        } else {
          panel!.hidden = false;
          panel!.className = 'assessment declined';
          panel!.replaceChildren(text('p', words.failed, 'form-error'));
        }
        panel!.scrollIntoView({ behavior: 'smooth', block: 'start' });
      } catch {
        panel!.hidden = false;
        panel!.replaceChildren(text('p', words.failed, 'form-error'));
      } finally {
        button.disabled = false;
        button.textContent = label;
      }
    })();
  });

  void assess().catch(() => undefined);
}
