// POST /api/messages — Bot Framework activities in, through the Agents SDK's CloudAdapter, to the RMA bot.
import type { ActivityHandler, CloudAdapter } from '@microsoft/agents-hosting';
import * as z from '../../shared/validation/zod';
import { HttpError } from '../http/errors';
import { httpHandler, type HttpOptions } from '../http/handler';
import { bodyBytes, header } from '../http/request';
import { carriesSecret } from './auth';
import { botRequest, ShimResponse } from './shim';

/**
 * The largest activity taken: Direct Line's own limit. Larger than the API's 64 KB so that a message
 * far too long for the chat still reaches the bot, which then says so instead of failing.
 */
export const MAX_ACTIVITY_BYTES = 256 * 1024;

export interface MessagesOptions extends HttpOptions {
  /**
   * Where the bot may send replies, when no Bot Framework token vouches for the activity (the local
   * desk): its own Direct Line. Any other serviceUrl is refused, or the bot could be made to post
   * to any address. On AWS the SDK checks the serviceUrl against the token instead.
   */
  serviceUrl?: string;
  /**
   * The local desk's Direct Line, which stands in for Bot Service: without Bot Framework credentials
   * nothing else vouches for an activity, so only those carrying its secret, for a conversation it
   * holds, reach the bot.
   */
  localChannel?: LocalChannel;
}

export interface LocalChannel {
  /** Sent as `Authorization: Bearer <secret>` with every activity the local Direct Line delivers. */
  secret: string;
  knows(conversationId: string): boolean;
}

/** The envelope we rely on; the rest of an activity is the channel's and CloudAdapter's to check. */
function activitySchema(serviceUrl: string | undefined) {
  return z.looseObject({
    type: z.string().check(z.minLength(1, 'expected an activity type'), z.maxLength(64)),
    serviceUrl:
      serviceUrl === undefined
        ? z.optional(z.string().check(z.maxLength(2048)))
        : z.literal(serviceUrl, { error: 'this bot answers only its own Direct Line' }),
  });
}

function readActivity(event: Parameters<typeof bodyBytes>[0], schema: ReturnType<typeof activitySchema>): unknown {
  const bytes = bodyBytes(event);
  if (bytes.length > MAX_ACTIVITY_BYTES) throw new HttpError(413, 'body_too_large', `the activity is over ${MAX_ACTIVITY_BYTES / 1024} KB`);
  if (!(header(event, 'content-type') ?? 'application/json').toLowerCase().startsWith('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'send the activity as JSON (application/json)');
  }
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid_json', 'the request body is not valid JSON');
  }
  return schema.parse(body);
}

function conversationOf(activity: unknown): string {
  const id = (activity as { conversation?: { id?: unknown } }).conversation?.id;
  return typeof id === 'string' ? id : '';
}

export function makeMessagesHandler(deps: { adapter: CloudAdapter; bot: ActivityHandler }, options: MessagesOptions) {
  const schema = activitySchema(options.serviceUrl);
  const local = options.localChannel;
  return httpHandler(options, async (event) => {
    if (local && !carriesSecret(header(event, 'authorization'), local.secret)) {
      throw new HttpError(401, 'unauthorized', 'activities reach this bot only through its Direct Line');
    }
    const activity = readActivity(event, schema);
    if (local && !local.knows(conversationOf(activity))) throw new HttpError(403, 'forbidden', 'no such conversation');
    const request = botRequest(event, activity);
    // Without credentials CloudAdapter would take the channel's secret for a Bot Framework token.
    if (local) delete request.headers.authorization;
    const response = new ShimResponse();
    // The token first (its signature, audience, issuer and expiry): a refusal is the SDK's 401, and the bot never runs.
    let authorized = false;
    await deps.adapter.authorizeRequest(request, response, () => {
      authorized = true;
    });
    if (!authorized) return response.result();
    await deps.adapter.process(request, response, (context) => deps.bot.run(context));
    return response.result();
  });
}
