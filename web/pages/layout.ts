// The page frame shared by every page: mobile first, one stylesheet, scripts only from this site.
import { html, type SafeHtml } from '../../shared/notify/html';
import { WEB_TEXT } from '../text';

export function page(title: string, body: SafeHtml, options: { script?: string; scripts?: string[] } = {}): string {
  const scripts = [...(options.script ? [options.script] : []), ...(options.scripts ?? [])];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${WEB_TEXT.siteName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/style.css">
${scripts.map((src) => html`<script src="${src}" defer></script>`)}
</head>
<body>
<header class="top"><a href="/">${WEB_TEXT.siteName}</a></header>
<main>
${body}
</main>
</body>
</html>`.value;
}
