// The chat page: Web Chat (the botframework-webchat minimal prebuilt bundle, served by the desk itself).
import { html } from '../../shared/notify/html';
import type { Language } from '../../shared/extract/language';
import { webTextIn } from '../text';
import { page } from './layout';

/** Web Chat's own strings (its send box, upload button, time stamps) in the page's language. */
const WEBCHAT_LOCALES = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' } as const;

/** `webchatPath`: where Web Chat's bundle is (named by its content); absent, the page has no chat to load. */
export function chatPage(options: { policy?: string; language?: Language; webchatPath?: string }): string {
  const T = webTextIn(options.language).chat;
  const language = options.language ?? 'en';
  return page(
    T.title,
    html`<h1>${T.title}</h1>
<p class="intro">${T.intro}</p>
<noscript><p class="form-error">${T.noScript} <a href="/form">${T.useForm}</a></p></noscript>
<div id="webchat" class="webchat" role="main" data-policy="${options.policy ?? ''}" data-language="${language}" data-locale="${WEBCHAT_LOCALES[language]}"></div>`,
    { scripts: [...(options.webchatPath ? [options.webchatPath] : []), '/assets/chat.js'], ...(options.language ? { language: options.language } : {}) },
  );
}
