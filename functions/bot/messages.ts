// POST /api/messages — Bot Framework activities in, through CloudAdapter, to the RMA bot.
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import { httpHandler, type HttpOptions } from '../http/handler';
import { readBody } from '../http/request';
import { botRequest, ShimResponse } from './shim';

export function makeMessagesHandler(deps: { adapter: CloudAdapter; bot: ActivityHandler }, options: HttpOptions) {
  return httpHandler(options, async (event) => {
    const response = new ShimResponse();
    await deps.adapter.process(botRequest(event, readBody(event)), response, (context) => deps.bot.run(context));
    return response.result();
  });
}
