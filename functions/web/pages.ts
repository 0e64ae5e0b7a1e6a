// GET pages: the landing page, the form, the chat, the customer's status page, the staff page and their assets.
import OPENAPI from '../../web/openapi.json';
import type { App } from '../../shared/wiring/app';
import { STYLE_CSS } from '../../web/assets/style';
import { chatClient } from '../../web/client/chat';
import { formClient } from '../../web/client/form';
import { photosClient } from '../../web/client/photos';
import { staffClient } from '../../web/client/staff';
import { staffPage, type StaffSignIn } from '../../web/pages/staff';
import { chatPage } from '../../web/pages/chat';
import { formPage } from '../../web/pages/form';
import { landingPage } from '../../web/pages/landing';
import { linkPage } from '../../web/pages/link';
import { errorPage, notFoundPage, statusPage, STATUS_NOTICES, type StatusNotice } from '../../web/pages/status';
import { httpHandler, type HttpOptions } from '../http/handler';
import { pageLanguage } from '../http/page-language';
import { header, linkToken } from '../http/request';
import { serveStatic, staticAsset, type StaticAsset } from './static-asset';
import { asset, html, json } from '../http/responses';

// The script is a type-checked function served as its source. Some transpilers (esbuild with
// keepNames, which tsx uses) wrap functions in a `__name` helper defined outside the function: give
// the browser a harmless one so the same source runs however it was built.
const SHIM = 'var __name = function (f) { return f; };\n';
/** A browser script from a type-checked function: its source, run at once. */
export const clientScript = (fn: () => void) => `${SHIM}(${fn.toString()})();\n`;
const FORM_JS = clientScript(formClient);
const CHAT_JS = clientScript(chatClient);
const PHOTOS_JS = clientScript(photosClient);
export const STAFF_JS = clientScript(staffClient);

export interface PagesOptions extends HttpOptions {
  chat: boolean;
  emailAddress?: string;
  /** Web Chat's minimal prebuilt bundle (1.9 MB; text, suggested actions and attachments): read when first asked for. */
  webchatBundle?: () => Buffer;
  /** Where the browser reaches Direct Line, when it is not this site (AWS: Microsoft's service). */
  directLine?: string;
  /** Where browsers post photos (the bucket's origin): the pages that upload may connect there. */
  photoUploadOrigin?: string;
  /** How the staff desk signs in: Cognito's hosted sign-in on AWS; absent: no staff desk here. */
  staffSignIn?: StaffSignIn;
  /** The desk's time zone (IANA): the status page shows times in it. UTC when absent. */
  timeZone?: string;
}

export function makePagesHandler(app: Pick<App, 'getCase' | 'policies'>, options: PagesOptions) {
  const uploads = options.photoUploadOrigin ? { connectTo: options.photoUploadOrigin } : {};
  // Named by its content and compressed once, on first use (the chat page, or the file itself).
  let webchat: StaticAsset | undefined;
  const bundle = options.webchatBundle;
  const webchatAsset = bundle ? () => (webchat ??= staticAsset('webchat-minimal', 'js', 'text/javascript; charset=utf-8', bundle())) : undefined;
  return httpHandler(
    options,
    async (event) => {
      const path = event.rawPath;
      const language = pageLanguage(event);
      const inLanguage = language ? { language } : {};
      if (path === '/' || path === '')
        return html(200, landingPage({ chat: options.chat, ...(options.emailAddress ? { emailAddress: options.emailAddress } : {}), ...inLanguage }));
      if (path === '/form') {
        const policy = event.queryStringParameters?.policy;
        return html(200, formPage({ policies: app.policies, ...(policy && app.policies.has(policy) ? { policy } : {}), ...inLanguage }), uploads);
      }
      // The customer API's description (npm run openapi writes it at build time).
      if (path === '/api/openapi.json') return json(200, OPENAPI, { 'cache-control': 'public, max-age=300' });
      if (path === '/assets/style.css') return asset(STYLE_CSS, 'text/css; charset=utf-8');
      if (path === '/assets/form.js') return asset(FORM_JS, 'text/javascript; charset=utf-8');
      if (path === '/assets/photos.js') return asset(PHOTOS_JS, 'text/javascript; charset=utf-8');
      if (path === '/assets/staff.js' && options.staffSignIn) return asset(STAFF_JS, 'text/javascript; charset=utf-8');
      if (path === '/staff' && options.staffSignIn) {
        const signIn = options.staffSignIn;
        // With Cognito the page exchanges the sign-in code for a token at the user pool's domain.
        return html(200, staffPage(signIn), signIn.mode === 'cognito' ? { connectTo: signIn.domain } : {});
      }
      if (path === '/assets/chat.js') return asset(CHAT_JS, 'text/javascript; charset=utf-8');
      if (webchatAsset && path.startsWith('/assets/webchat-minimal.') && path === webchatAsset().path)
        return serveStatic(webchatAsset(), header(event, 'accept-encoding'));
      if (path === '/chat' && options.chat) {
        const policy = event.queryStringParameters?.policy;
        const webchatPath = webchatAsset?.().path;
        return html(200, chatPage({ ...(policy && app.policies.has(policy) ? { policy } : {}), ...inLanguage, ...(webchatPath ? { webchatPath } : {}) }), {
          inlineStyles: true,
          readBlobs: true,
          ...(options.directLine ? { connectTo: options.directLine, webSocket: true } : {}),
        });
      }
      if (path === '/link') return html(200, linkPage({ ...inLanguage, sent: event.queryStringParameters?.sent === '1' }));
      const status = /^\/status\/([^/]+)$/.exec(path);
      if (status) {
        const token = linkToken(event);
        const query = event.queryStringParameters ?? {};
        const notice = query.notice && Object.hasOwn(STATUS_NOTICES, query.notice) ? (query.notice as StatusNotice) : undefined;
        const view = await app.getCase(decodeURIComponent(status[1] as string), token);
        const policy = app.policies.get(view.policy);
        return html(
          200,
          statusPage(view, token, {
            confirmCancel: query.cancel === '1',
            ...(notice ? { notice } : {}),
            ...(policy ? { policy } : {}),
            ...(options.timeZone ? { timeZone: options.timeZone } : {}),
          }),
          uploads,
        );
      }
      return html(404, notFoundPage(language));
    },
    (error, event) => {
      const language = pageLanguage(event);
      return error.status === 404 ? html(404, notFoundPage(language)) : html(error.status, errorPage(language));
    },
  );
}
