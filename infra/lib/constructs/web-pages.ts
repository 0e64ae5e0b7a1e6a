// The pages: the landing page, the form, the chat (with Web Chat's bundle beside the function), the
// status page, the staff page and their assets, all served by one function.
import * as path from 'node:path';
import type { Construct } from 'constructs';
import type { DeskFunction } from '../desk-function';
import { envValues, PAGES_ENV } from '../../../shared/config/function-env';
import { Capability } from './capability';
import type { TableAccess } from './data';
import type { DeskContext } from './desk-context';
import { routedFunction } from './routed-function';
import { ROUTES } from '../../../shared/config/routes';

export const PAGE_ROUTES = { pages: ROUTES.pages } as const;

/** The status page reads its case; nothing else. */
const TABLE_ACCESS: TableAccess = { items: [{ actions: ['GetItem'], keys: ['case'] }] };

/**
 * Web Chat's minimal prebuilt bundle (text, suggested actions and attachments: all the bot uses),
 * copied beside the pages function (the package exports only its module). The function serves it
 * named by its content, compressed, cached a year; CloudFront keeps it at the edge.
 */
const WEBCHAT_BUNDLE = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat-minimal.js');

export interface WebPagesProps {
  desk: DeskContext;
  /** Where browsers post photo uploads (the photos bucket's origin, for the CSP). */
  photoUploadOrigin: string;
  /** STAFF_SIGN_IN_JSON: how the staff page signs in (StaffSignIn.pagesConfig). */
  staffSignInConfig: string;
}

export class WebPages extends Capability {
  readonly pages: DeskFunction;

  constructor(scope: Construct, id: string, props: WebPagesProps) {
    super(scope, id);
    const { desk } = props;
    this.pages = routedFunction(this, desk, 'pages', 'Pages', {
      entry: 'web/pages.lambda.ts',
      description: 'Serves the landing page, the form, the chat, the status page, the staff page and assets',
      copyFiles: { [WEBCHAT_BUNDLE]: 'webchat.js' },
      environment: envValues(PAGES_ENV, { PHOTO_UPLOAD_ORIGIN: props.photoUploadOrigin, STAFF_SIGN_IN: props.staffSignInConfig }),
      table: TABLE_ACCESS,
      routes: PAGE_ROUTES.pages,
      access: {
        publicBecause:
          'A page, public by design: the landing page, the form, the chat and their assets are for anyone; the status page shows a case only with the link token from its confirmation email, checked by the function, and the staff page signs staff in itself.',
      },
    });
  }
}
