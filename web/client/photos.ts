// Photos from a phone, in the browser: take or pick photos, upload each straight to the bucket
// with the upload form the API signs (with progress), then wait for the pipeline to check it and
// show its thumbnail. Used by the status page, and by the RMA form once the case exists
// (`window.rmaPhotos.send` without waiting for the checks: the form goes on to the status page with
// `?photos=<id>.<id>`, and the status page waits for those). Served as `(${photosClient})()`:
// nothing outside its own body.
export function photosClient(): void {
  interface Text {
    uploading: string;
    processing: string;
    ready: string;
    failed: string;
    tooLarge: string;
    notPhoto: string;
    full: string;
    ended: string;
    willSend: string;
    notAdded: string;
    slow: string;
    sendingPhotos: string;
    rejected: Record<string, string>;
    rejectedFallback: string;
    thumbAlt: string;
  }
  interface PhotoView {
    id: string;
    status: 'ready' | 'rejected';
    reason?: string;
  }
  const PHOTO_ID = /^[A-Za-z0-9_-]{8,64}$/;
  /** How long a page waits for the checks of a photo before saying it will appear later. */
  const WAIT_SECONDS = 60;
  const section = document.getElementById('photos');
  const text = JSON.parse(section?.dataset.text ?? document.getElementById('rma-form')?.dataset.photoText ?? '{}') as Text;
  const ACCEPT = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'];
  const MAX_BYTES = 10 * 1024 * 1024;

  function el(tag: string, className?: string, content?: string): HTMLElement {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (content !== undefined) e.textContent = content;
    return e;
  }

  function typeOf(file: File): string | undefined {
    const declared = file.type.toLowerCase();
    if (ACCEPT.includes(declared)) return declared;
    if (declared === 'image/heif' || /\.hei[cf]$/i.test(file.name)) return 'image/heic';
    return undefined;
  }

  const sleep = (ms: number) => new Promise((r) => window.setTimeout(r, ms));

  function thumbnail(rma: string, token: string, id: string, n: number): HTMLElement {
    const li = el('li', 'thumb');
    const img = document.createElement('img');
    img.src = `/api/cases/${encodeURIComponent(rma)}/photos/${encodeURIComponent(id)}?size=thumb&token=${encodeURIComponent(token)}`;
    img.alt = text.thumbAlt.replace('{n}', String(n));
    img.loading = 'lazy';
    li.appendChild(img);
    return li;
  }

  function post(url: string, form: FormData, progress: HTMLProgressElement): Promise<number> {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100);
      };
      xhr.onload = () => resolve(xhr.status);
      xhr.onerror = () => resolve(0);
      xhr.send(form);
    });
  }

  async function caseView(rma: string, token: string): Promise<{ photos: PhotoView[] } | undefined> {
    const res = await fetch(`/api/cases/${encodeURIComponent(rma)}`, { headers: { authorization: `Bearer ${token}` } });
    return res.ok ? ((await res.json()) as { photos: PhotoView[] }) : undefined;
  }

  /** Says how a checked photo came out on its row. */
  function settle(state: HTMLElement, photo: PhotoView): void {
    state.textContent = photo.status === 'ready' ? text.ready : (text.rejected[photo.reason ?? ''] ?? text.rejectedFallback);
  }

  /** Waits for the pipeline to record the photos `ids` (checked once a second), settling each row as it comes. */
  async function awaitChecks(rma: string, token: string, rows: Map<string, HTMLElement>, thumbs?: HTMLElement): Promise<void> {
    for (let i = 0; i < WAIT_SECONDS && rows.size > 0; i++) {
      const view = await caseView(rma, token).catch(() => undefined);
      for (const photo of view?.photos ?? []) {
        const state = rows.get(photo.id);
        if (!state) continue;
        settle(state, photo);
        if (photo.status === 'ready' && thumbs) addThumbnail(rma, token, photo.id, thumbs);
        rows.delete(photo.id);
      }
      if (rows.size > 0) await sleep(1000);
    }
    for (const state of rows.values()) state.textContent = text.slow;
  }

  function addThumbnail(rma: string, token: string, id: string, thumbs: HTMLElement): void {
    thumbs.appendChild(thumbnail(rma, token, id, thumbs.querySelectorAll('.thumb').length + 1));
    thumbs.parentElement?.querySelector('.none')?.remove();
  }

  /** What is wrong with a file before it is sent, in the customer's words; undefined: nothing. */
  function check(file: File): string | undefined {
    if (!typeOf(file) || file.size === 0) return text.notPhoto;
    return file.size > MAX_BYTES ? text.tooLarge : undefined;
  }

  /** One file uploaded; the row shows where it is. Returns the photo's id once the bucket has it. */
  async function sendOne(rma: string, token: string, file: File, row: HTMLElement): Promise<string | undefined> {
    const state = row.querySelector('.state') as HTMLElement;
    const progress = row.querySelector('progress') as HTMLProgressElement;
    const type = typeOf(file);
    const problem = check(file);
    if (problem || !type) return void (state.textContent = problem ?? text.notPhoto);
    state.textContent = text.uploading;
    const res = await fetch(`/api/cases/${encodeURIComponent(rma)}/photos`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ contentType: type }),
    });
    if (res.status === 409) {
      const code = ((await res.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code;
      return void (state.textContent = code === 'case_ended' ? text.ended : text.full);
    }
    if (!res.ok) return void (state.textContent = text.failed);
    const { id, upload } = (await res.json()) as { id: string; upload: { url: string; fields: Record<string, string> } };
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', file);
    const status = await post(upload.url, form, progress);
    if (status < 200 || status >= 300) return void (state.textContent = text.failed);
    progress.value = 100;
    state.textContent = text.processing;
    return id;
  }

  /**
   * Uploads the files one after another, each with its own row in `list`, and returns the ids the
   * bucket took. `wait`: also wait for the checks, and show each thumbnail in `thumbs`.
   */
  async function send(rma: string, token: string, files: File[], list: HTMLElement, options: { wait: boolean; thumbs?: HTMLElement }): Promise<string[]> {
    const rows = new Map<string, HTMLElement>();
    for (const file of files) {
      const row = el('li', 'upload');
      row.append(el('span', 'name', file.name), document.createElement('progress'), el('span', 'state'));
      (row.querySelector('progress') as HTMLProgressElement).max = 100;
      list.appendChild(row);
      const id = await sendOne(rma, token, file, row).catch(() => {
        (row.querySelector('.state') as HTMLElement).textContent = text.failed;
        return undefined;
      });
      if (id) rows.set(id, row.querySelector('.state') as HTMLElement);
    }
    const ids = [...rows.keys()];
    if (options.wait) await awaitChecks(rma, token, rows, options.thumbs);
    return ids;
  }

  (window as unknown as { rmaPhotos: unknown }).rmaPhotos = { send, check, text };

  // The form: what was picked is checked at once, so a file that cannot go is said before sending.
  const picker = document.getElementById('f-photos') as HTMLInputElement | null;
  const picked = picker?.closest('.photo-field')?.querySelector('.uploads') as HTMLElement | null;
  if (picker && picked) {
    picker.addEventListener('change', () => {
      picked.replaceChildren(
        ...Array.from(picker.files ?? []).map((file) => {
          const row = el('li', `upload${check(file) ? ' refused' : ''}`);
          row.append(el('span', 'name', file.name), el('span', 'state', check(file) ?? text.willSend));
          return row;
        }),
      );
    });
  }

  // The status page: the case is known, photos go straight in.
  if (!section?.dataset.rma) return;
  const rma = section.dataset.rma;
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const actions = section.querySelector('.photo-actions') as HTMLElement | null;
  const uploads = section.querySelector('.uploads') as HTMLElement;
  const thumbs = section.querySelector('.thumbs') as HTMLElement;
  if (actions) actions.hidden = false;
  section.querySelectorAll<HTMLInputElement>('input[type=file]').forEach((input) =>
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      input.value = '';
      void send(rma, token, files, uploads, { wait: true, thumbs });
    }),
  );

  // Sent from the form a moment ago (`?photos=`): those not yet on the page are waited for here.
  const params = new URLSearchParams(window.location.search);
  const shown = new Set(Array.from(section.querySelectorAll<HTMLElement>('[data-photo]')).map((e) => e.dataset.photo));
  const pending = new Map<string, HTMLElement>();
  for (const id of (params.get('photos') ?? '').split('.')) {
    if (!PHOTO_ID.test(id) || shown.has(id) || pending.has(id)) continue;
    const row = el('li', 'upload');
    const state = el('span', 'state', text.processing);
    row.append(el('span', 'name', text.thumbAlt.replace('{n}', String(pending.size + 1))), state);
    uploads.appendChild(row);
    pending.set(id, state);
  }
  const failed = Number(params.get('photosFailed') ?? 0);
  if (Number.isInteger(failed) && failed > 0 && failed <= 10) uploads.appendChild(el('li', 'upload refused', text.notAdded.replace('{n}', String(failed))));
  if (params.has('photos') || params.has('photosFailed')) {
    params.delete('photos');
    params.delete('photosFailed');
    window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
  }
  if (pending.size > 0) void awaitChecks(rma, token, pending, thumbs);
}
