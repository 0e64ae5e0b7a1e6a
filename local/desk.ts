// The local composition root: the same handlers as on Lambda, over the local stand-ins, behind
// one HTTP server on 127.0.0.1.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import type { Activity } from '@microsoft/agents-activity';
import { chatDeps, chatPhotos, makeBot } from '../bot';
import { DynamoDbStorage } from '../bot/dynamodb-storage';
import { makeAdapter } from '../functions/bot/auth';
import { makeMessagesHandler } from '../functions/bot/messages';
import { makeChatTokenHandler } from '../functions/chat/token';
import { Logger } from '@aws-lambda-powertools/logger';
import { makeAssessHandler } from '../functions/api/assess';
import { makeCreateCaseHandler } from '../functions/api/create-case';
import { makeGetCaseHandler } from '../functions/api/get-case';
import { makePagesHandler } from '../functions/web/pages';
import { BASE_HEADERS } from '../functions/http/responses';
import { awsApp } from '../shared/wiring/aws';
import { awsConversationOrigins } from '../shared/wiring/aws-conversation-origins';
import { LocalDirectLine } from './directline';
import type { RequestTimings } from './timings';
import { dispatch, lambdaContext, syntheticEvent, withBaseHeaders, type LambdaHttpHandler, type Route } from './gateway';
import { isOwnHost, misdirected } from './host-guard';
import { makeInboundMailHandler } from '../functions/email/inbound';
import { makeMailEventsHandler } from '../functions/email/mail-events';
import { readSesFeedback } from '../shared/adapters/ses/ses-feedback';
import { makeRecordMailFeedback } from '../shared/cases/mail-feedback';
import { CountingMeter } from '../shared/cases/metered-store';
import { awsSuppressionList } from '../shared/wiring/aws-mailer';
import { awsInbound } from '../shared/wiring/aws-inbound';
import { makeCancelCaseHandler } from '../functions/api/cancel-case';
import { makePhotosHandler } from '../functions/photos/photos';
import { makeStaffHandler } from '../functions/staff/staff';
import { SystemClock } from '../shared/adapters/node/system-clock';
import type { MailLimits, SlaCheckResult } from '../shared/cases';
import { makeApp } from '../shared/wiring/app';
import { makeProcessPhotoHandler } from '../functions/photos/process';
import { awsPhotoProcessor } from '../shared/wiring/aws-photo-processor';
import { awsPhotoLinks } from '../shared/wiring/aws-photos';
import { startSmtp } from './smtp';
import { LOCAL_QUEUES, LocalFailureQueues, type LocalQueue } from './failure-queues';
import { LOCAL_INBOX_BUCKET, LOCAL_PHOTO_BUCKET, LOCAL_REGION, LOCAL_TABLE, type LocalStack } from './stack';
import { CROSS_ORIGIN, ROUTES, splitRoute, type RoutedFunction } from '../shared/config/routes';

export interface DeskOptions {
  port: number;
  /** The SMTP listener for inbound mail (0: a free port). */
  smtpPort?: number;
  stack: LocalStack;
  /** The address customers' links point to. */
  publicBaseUrl?: string;
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  mailFrom?: string;
  timeZone?: string;
  /** The staff API's bearer token (AWS: a Cognito sign-in); a new random one when absent. */
  staffToken?: string;
  /** How often the 21-day check runs (the daily EventBridge schedule on AWS); 0: never by itself. */
  slaEveryMs?: number;
  /** The daily limits on automatic mail (DEFAULT_MAIL_LIMITS when absent; tests lower them). */
  mailLimits?: MailLimits;
  /** Delays between the tries of an asynchronous invocation (local/failure-queues.ts); tests shorten them. */
  retryDelaysMs?: readonly number[];
  /** After how long an unsettled inbound-mail claim is taken over (MESSAGE_CLAIM_STALE_SECONDS); the fault drills shorten it. */
  claimStaleSeconds?: number;
  /** Records each API request's time and its stand-ins' part (the load bench reads it). */
  timings?: RequestTimings;
}

export interface Desk {
  url: string;
  staffToken: string;
  /** The 21-day check now, as if the clock were `daysAhead` days on (what `npm run sla` calls). */
  runSla(daysAhead?: number): Promise<SlaCheckResult>;
  smtpPort: number;
  server: Server;
  directLine: LocalDirectLine;
  app: ReturnType<typeof awsApp>;
  close(): Promise<void>;
}

async function outbox(sesEndpoint: string): Promise<string> {
  const res = await fetch(`${sesEndpoint}/store`);
  const store = (await res.json()) as {
    emails: { messageId: string; at: number; destination: { to: string[] }; subject: string; body: { text?: string; html?: string } }[];
  };
  const emails = store.emails.map((e) => ({
    messageId: e.messageId,
    at: new Date(e.at * 1000).toISOString(),
    to: e.destination.to,
    subject: e.subject,
    text: e.body.text ?? '',
    html: e.body.html ?? '',
  }));
  return JSON.stringify({ count: emails.length, webView: `${sesEndpoint}/`, emails }, null, 2);
}

export async function startDesk(options: DeskOptions): Promise<Desk> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const meter = new CountingMeter();
  const config = {
    tableName: LOCAL_TABLE,
    region: LOCAL_REGION,
    mailFrom: options.mailFrom ?? 'returns@rma.localhost',
    publicBaseUrl: options.publicBaseUrl ?? url,
    // The desk answers on both loopback names (the Host check allows both), so pages come from either.
    corsOrigins: [url, `http://localhost:${port}`],
    timeZone: options.timeZone ?? 'UTC',
    endpoints: { dynamodb: options.stack.endpoints.dynamodb, ses: options.stack.endpoints.ses },
    ...(options.mailLimits ? { mailLimits: options.mailLimits } : {}),
    // The business metrics CloudWatch would show, counted here (GET /_local/metrics).
    meter,
  };
  const app = awsApp(config);
  const photosConfig = { bucket: LOCAL_PHOTO_BUCKET, s3Endpoint: options.stack.endpoints.s3 };
  const logger = new Logger({ serviceName: 'rma-desk', logLevel: options.logLevel ?? 'WARN' });
  const http = { logger, corsOrigins: app.config.corsOrigins, siteOrigin: new URL(config.publicBaseUrl).origin };
  const h = (handler: unknown) => handler as LambdaHttpHandler;
  const assess = h(makeAssessHandler(app, http));
  const createCase = h(makeCreateCaseHandler(app, http));
  const getCase = h(makeGetCaseHandler(app, http));
  // The package exports only its module entry; the prebuilt bundles sit beside it in dist/ (the minimal one, as on AWS).
  const webchatBundle = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat-minimal.js');
  const pages = h(
    makePagesHandler(app, {
      ...http,
      chat: true,
      emailAddress: 'plc-technologies@rma.localhost',
      webchatBundle: () => readFileSync(webchatBundle),
      photoUploadOrigin: options.stack.endpoints.s3,
      staffSignIn: { mode: 'token' },
      timeZone: config.timeZone,
    }),
  );
  // The customer's cancel button, and the staff API behind the local staff token (on AWS, API
  // Gateway's Cognito authorizer does this part: it vouches for the caller in the event).
  const cancelCase = h(makeCancelCaseHandler(app, http));
  const staffToken = options.staffToken ?? randomBytes(24).toString('base64url');
  const staffAuthorised = (header: string | undefined) => {
    const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '');
    const expected = Buffer.from(staffToken);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const asStaff =
    (handler: LambdaHttpHandler): LambdaHttpHandler =>
    async (event, context) => {
      const auth = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
      if (!staffAuthorised(auth)) {
        // The authorizer's own refusal carries the desk's headers too (CloudFront adds them on AWS).
        const headers = { ...BASE_HEADERS, 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' };
        return { statusCode: 401, headers, body: JSON.stringify({ error: { code: 'unauthorized', message: 'Sign in to the staff desk.' } }) };
      }
      const requestContext = {
        ...event.requestContext,
        authorizer: { jwt: { claims: { sub: 'local-staff', email: 'staff@rma.localhost', email_verified: 'true' }, scopes: [] } },
      };
      return handler({ ...event, requestContext } as typeof event, context);
    };
  const runSla = (daysAhead = 0) => makeApp({ ...app.ports, clock: new SystemClock(config.timeZone, daysAhead) }, config).runSlaCheck();

  // Photos: upload forms and photos (HTTP), and s3rver's object-created events → the processor.
  const photoLinks = awsPhotoLinks(config, photosConfig);
  const photos = h(makePhotosHandler(photoLinks, http));
  const staff = asStaff(h(makeStaffHandler(app, { readPhoto: photoLinks.readPhotoForStaff }, http)));
  const processPhoto = makeProcessPhotoHandler({ process: awsPhotoProcessor(config, photosConfig), logger });
  // Asynchronous invocations as Lambda makes them: retried, then kept in a failure queue (`npm run redrive`).
  const backgroundJobs = new Set<Promise<unknown>>();
  const failures = new LocalFailureQueues(options.stack.dataDir, options.retryDelaysMs);
  const asynchronously = (queue: LocalQueue, handler: (event: never) => Promise<unknown>) => (event: unknown) => {
    // Each failed try is logged, as Lambda logs it.
    const logged = (e: unknown) =>
      (handler as (event: unknown) => Promise<unknown>)(e).catch((error: unknown) => {
        logger.error('asynchronous invocation failed', { queue, error: error as Error });
        throw error;
      });
    const job = failures.invoke(queue, event, logged).then((ok) => {
      if (!ok) logger.error('an asynchronous invocation failed its retries: kept in its failure queue', { queue });
      return ok;
    });
    backgroundJobs.add(job);
    void job.finally(() => backgroundJobs.delete(job));
    return job;
  };
  const processPhotoAsync = asynchronously('processPhoto', processPhoto);
  options.stack.onS3Event((event) => {
    const records = (event as { Records?: { s3?: { bucket?: { name?: string } } }[] }).Records ?? [];
    if (!records.some((r) => r.s3?.bucket?.name === LOCAL_PHOTO_BUCKET)) return;
    void processPhotoAsync(event);
  });

  // Who opened each chat, for which merchant: recorded by the token endpoint, read by the bot (as on AWS).
  const conversations = awsConversationOrigins(config, app.clients.documents);
  // The bot, over the same table (its state) and the same use cases as the form.
  // Photos sent in the chat are fetched from the local Direct Line's attachment URLs only.
  const { bot } = makeBot(new DynamoDbStorage({ client: app.clients.documents, tableName: LOCAL_TABLE }), {
    ...chatDeps(app, conversations.origins, app.ports.store),
    photos: chatPhotos(photoLinks, { origins: [url] }),
  });
  // Locally there are no Bot Framework credentials: the emulator's mode, on loopback only.
  const adapter = makeAdapter('none', (error) => logger.error('bot turn failed', { error: error as Error }));
  // No Bot Framework token vouches for an activity here: the local Direct Line signs what it delivers
  // with a secret of this process (as Bot Service does on AWS), and the bot answers only to it.
  const channelSecret = randomBytes(32).toString('base64url');
  const messages = h(
    makeMessagesHandler(
      { adapter, bot },
      { ...http, serviceUrl: `${url}/directline`, localChannel: { secret: channelSecret, knows: (id) => directLine.knows(id) } },
    ),
  );
  const directLine = new LocalDirectLine({
    origin: url,
    deliver: async (activity) => {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${channelSecret}` };
      const event = syntheticEvent({ method: 'POST', path: '/api/messages', routeKey: 'POST /api/messages', headers, body: JSON.stringify(activity) });
      const result = await messages(event, lambdaContext('messages'));
      // A refusal (413, 400) is the client's to see as such; anything else is the desk's failure.
      if (result.statusCode >= 300)
        throw Object.assign(new Error(`the bot answered ${result.statusCode}`), result.statusCode < 500 ? { status: result.statusCode } : {});
      const body = result.body ? (JSON.parse(result.body) as { activities?: Partial<Activity>[] } | Partial<Activity>[]) : [];
      return Array.isArray(body) ? body : (body.activities ?? []);
    },
  });
  const chatToken = h(
    makeChatTokenHandler(
      {
        issue: async () => {
          const t = directLine.issueToken();
          return { token: t.token, conversationId: t.conversationId, expiresIn: t.expires_in };
        },
        directLineDomain: `${url}/directline/v3/directline`,
        ...conversations,
        policies: app.policies,
      },
      http,
    ),
  );
  // Inbound mail: SMTP → the local S3 inbox → the same handler as the SES receipt rule's Lambda.
  const inbound = awsInbound(config, {
    bucket: LOCAL_INBOX_BUCKET,
    prefix: 'inbox/',
    addresses: {},
    policyDomain: 'rma.localhost',
    ownDomains: ['rma.localhost'],
    photosBucket: LOCAL_PHOTO_BUCKET,
    s3Endpoint: options.stack.endpoints.s3,
    ...(options.claimStaleSeconds ? { claimStaleSeconds: options.claimStaleSeconds } : {}),
  });
  const inboundHandler = makeInboundMailHandler({ readRaw: inbound.readRaw, handle: inbound.handle, logger });

  // Bounces and complaints from the local SES's mailbox simulator, as the configuration set's SNS
  // topic delivers SES's to the mail-events function on AWS.
  const mailEvents = makeMailEventsHandler({
    read: readSesFeedback,
    record: makeRecordMailFeedback({ store: app.ports.store, clock: app.ports.clock, suppressions: awsSuppressionList(config, app.clients.documents) }),
    logger,
  });
  const mailEventsAsync = asynchronously('mailEvents', mailEvents);
  options.stack.onMailFeedback((message) => {
    void mailEventsAsync({ Records: [{ EventSource: 'aws:sns', Sns: { Message: message, Timestamp: new Date().toISOString() } }] });
  });
  // SES accepts a message once it is stored; the function then runs as an asynchronous invocation
  // (the SMTP answer waits for it locally, so a sender sees its case at once; a failure is not the sender's).
  const inboundAsync = asynchronously('inboundMail', inboundHandler);
  const smtp = await startSmtp({
    port: options.smtpPort ?? 2525,
    s3: inbound.s3,
    bucket: LOCAL_INBOX_BUCKET,
    prefix: 'inbox/',
    deliver: (event) => inboundAsync(event),
    onError: (error) => logger.error('inbound mail failed', { error: error as Error }),
  });

  // The routes the stack gives API Gateway (shared/config/routes.ts), to the same handlers; the form
  // API's preflight, which API Gateway's CORS settings answer on AWS, goes to its functions here.
  const handlers: Record<RoutedFunction, LambdaHttpHandler> = { assess, createCase, getCase, cancelCase, photos, pages, messages, chatToken, staff };
  const routes: Route[] = (Object.keys(ROUTES) as RoutedFunction[]).flatMap((name) => {
    const paths = ROUTES[name].map((key) => splitRoute(key));
    const preflight = CROSS_ORIGIN.includes(name) ? [...new Set(paths.map((p) => p.path))].map((path) => ({ method: 'OPTIONS', path })) : [];
    return [...paths, ...preflight].map(({ method, path }) => ({ method, path, handler: handlers[name] }));
  });

  server.on('request', (req, res) => {
    if (!isOwnHost(req.headers.host, port)) {
      withBaseHeaders(res);
      return misdirected(res, port, 'This desk');
    }
    void (async () => {
      try {
        const path = new URL(req.url ?? '/', url).pathname;
        if (path.startsWith('/_local/')) withBaseHeaders(res);
        if (req.method === 'POST' && path === '/_local/sla/run') {
          // `npm run sla -- --days 22`: loopback only, like the outbox, and never from another site's
          // page (a browser always names the page's origin on a cross-site POST; the command names none).
          const days = Number(new URL(req.url ?? '/', url).searchParams.get('days') ?? 0);
          res.setHeader('content-type', 'application/json; charset=utf-8');
          const origin = req.headers.origin;
          if (origin !== undefined && origin !== new URL(url).origin) {
            res.statusCode = 403;
            res.end(JSON.stringify({ error: { code: 'forbidden', message: 'run the check with npm run sla, not from a web page' } }));
            return;
          }
          if (!Number.isInteger(days) || days < 0 || days > 3650) {
            res.statusCode = 400;
            res.end(JSON.stringify({ error: { code: 'invalid_request', message: 'days: a whole number from 0 to 3650', field: 'days' } }));
            return;
          }
          res.end(JSON.stringify({ daysAhead: days, ...(await runSla(days)) }));
          return;
        }
        const redrive = /^\/_local\/redrive\/([A-Za-z]+)$/.exec(path);
        if (redrive && req.method === 'POST') {
          // `npm run redrive -- <queue>`: loopback only, never from a web page (as the sla run).
          res.setHeader('content-type', 'application/json; charset=utf-8');
          const queue = redrive[1] as LocalQueue;
          if (req.headers.origin !== undefined && req.headers.origin !== new URL(url).origin) {
            res.statusCode = 403;
            res.end(JSON.stringify({ error: { code: 'forbidden', message: 'replay with npm run redrive, not from a web page' } }));
            return;
          }
          if (!LOCAL_QUEUES.includes(queue)) {
            res.statusCode = 404;
            res.end(JSON.stringify({ error: { code: 'not_found', message: `no failure queue ${queue}; the queues: ${LOCAL_QUEUES.join(', ')}` } }));
            return;
          }
          const handler = { inboundMail: inboundHandler, processPhoto, mailEvents, sla: () => runSla() }[queue] as (event: unknown) => Promise<unknown>;
          res.end(JSON.stringify({ queue, ...(await failures.redrive(queue, handler)) }));
          return;
        }
        if (req.method === 'GET' && path === '/_local/metrics') {
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(Object.fromEntries([...meter.counts].sort(([a], [b]) => a.localeCompare(b))), null, 2));
          return;
        }
        if (req.method === 'GET' && path === '/_local/failures') {
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(
            JSON.stringify(
              Object.fromEntries(LOCAL_QUEUES.map((q) => [q, failures.list(q).map(({ record }) => ({ at: record.timestamp, error: record.responsePayload }))])),
            ),
          );
          return;
        }
        if (req.method === 'GET' && path === '/_local/outbox') {
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(await outbox(options.stack.endpoints.ses));
          return;
        }
        if (await directLine.handle(req, res)) return;
        const handled = options.timings
          ? await options.timings.time(`${req.method ?? 'GET'} ${path}`, () => dispatch(routes, req, res))
          : await dispatch(routes, req, res);
        if (!handled) {
          withBaseHeaders(res);
          res.statusCode = 404;
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(JSON.stringify({ error: { code: 'not_found', message: 'No such route.' } }));
        }
      } catch (error) {
        logger.error('local gateway failed', { error: error as Error });
        if (!res.headersSent) {
          withBaseHeaders(res);
          res.statusCode = 502;
        }
        res.end();
      }
    })();
  });

  // The daily 21-day check (EventBridge Scheduler on AWS): on start, then every slaEveryMs.
  const slaEvery = options.slaEveryMs ?? 60 * 60 * 1000;
  const slaAsync = asynchronously('sla', () => runSla());
  const slaRun = () => void slaAsync({});
  const slaTimer = slaEvery > 0 ? setInterval(slaRun, slaEvery) : undefined;
  slaTimer?.unref();
  if (slaEvery > 0) slaRun();

  return {
    url,
    staffToken,
    runSla,
    server,
    app,
    directLine,
    smtpPort: smtp.port,
    close: async () => {
      if (slaTimer) clearInterval(slaTimer);
      // Background jobs (photos being processed, mail feedback) finish first: they write to the table.
      await Promise.allSettled([...backgroundJobs]);
      return new Promise<void>((resolve) => {
        void smtp.close();
        server.closeAllConnections();
        server.close(() => resolve());
        app.clients.documents.destroy();
        void app.clients.ses.destroy();
      });
    },
  };
}
