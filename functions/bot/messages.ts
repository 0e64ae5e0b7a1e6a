// POST /api/messages — Bot Framework activities in, through CloudAdapter, to the RMA bot.
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import * as z from 'zod';
import { HttpError } from '../http/errors';
import { httpHandler, type HttpOptions } from '../http/handler';
import { bodyBytes, header } from '../http/request';
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
}

/** The envelope we rely on; the rest of an activity is the channel's and CloudAdapter's to check. */
function activitySchema(serviceUrl: string | undefined) {
  return z.looseObject({
    type: z.string().min(1, 'expected an activity type').max(64),
    serviceUrl: serviceUrl === undefined ? z.string().max(2048).optional() : z.literal(serviceUrl, { error: 'this bot answers only its own Direct Line' }),
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

export function makeMessagesHandler(deps: { adapter: CloudAdapter; bot: ActivityHandler }, options: MessagesOptions) {
  const schema = activitySchema(options.serviceUrl);
  return httpHandler(options, async (event) => {
    const activity = readActivity(event, schema);
    const response = new ShimResponse();
    await deps.adapter.process(botRequest(event, activity), response, (context) => deps.bot.run(context));
    return response.result();
  });
}
