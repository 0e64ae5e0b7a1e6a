// The chat page: Web Chat (the botframework-webchat prebuilt bundle, served by the desk itself).
import { html } from '../../shared/notify/html';
import { WEB_TEXT } from '../text';
import { page } from './layout';

export function chatPage(options: { policy?: string }): string {
  return page(
    WEB_TEXT.chat.title,
    html`<h1>${WEB_TEXT.chat.title}</h1>
<p class="intro">${WEB_TEXT.chat.intro}</p>
<noscript><p class="form-error">${WEB_TEXT.chat.noScript} <a href="/form">${WEB_TEXT.chat.useForm}</a></p></noscript>
<div id="webchat" class="webchat" role="main" data-policy="${options.policy ?? ''}"></div>`,
    { scripts: ['/assets/webchat.js', '/assets/chat.js'] },
  );
}
