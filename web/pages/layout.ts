// The page frame shared by every page: mobile first, one stylesheet, scripts only from this site.
import { html, type SafeHtml } from '../../shared/notify/html';
import type { Language } from '../../shared/extract/language';
import { webTextIn } from '../text';

export function page(title: string, body: SafeHtml, options: { script?: string; scripts?: string[]; language?: Language } = {}): string {
  const T = webTextIn(options.language);
  const scripts = [...(options.script ? [options.script] : []), ...(options.scripts ?? [])];
  return html`<!doctype html>
<html lang="${options.language ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${T.siteName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/style.css">
${scripts.map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<header class="top"><a href="/">${T.siteName}</a></header>
<main>
${body}
</main>
</body>
</html>`.value;
}
