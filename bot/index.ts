// Builds the bot over its storage and the desk's use cases (each environment's root calls this).
import { httpAttachmentFetcher, type AttachmentFetcherOptions } from '../shared/adapters/node/http-attachment-fetcher';
import type { CaseStore, ConversationOrigins } from '../shared/cases/ports';
import { linkPageUrl } from '../shared/cases/case-deps';
import { PHOTO_LIMITS } from '../shared/photos/limits';
import type { App } from '../shared/wiring/app';
import type { PhotoLinks } from '../shared/wiring/aws-photos';
import type { ChatPhotos } from './photos';
import type { ChatDeps } from './conversation';
import type { ChatStore } from './chat-store';
import { RmaBot, type RmaBotOptions } from './rma-bot';

/** The bot over a store of conversation state (DynamoDbStorage on AWS and locally). */
export function makeBot(store: ChatStore, deps: ChatDeps, options: RmaBotOptions = {}) {
  return { bot: new RmaBot(store, deps, options) };
}

export type { ChatDeps } from './conversation';

/**
 * The bot's view of the desk: the same use cases as the form, the desk's clock, who opened each
 * conversation and for which merchant (recorded by the token endpoint: the daily mail limits, the
 * policy it starts under), and the case store, to answer questions about a registered case from the
 * case as it is now (without it, from the decision kept with the conversation).
 */
export function chatDeps(
  app: Pick<App, 'clock' | 'policies' | 'assess' | 'createCase' | 'requestHuman' | 'recordCollectionDetails' | 'config'>,
  origins: Pick<ConversationOrigins, 'senderOf' | 'policyOf'>,
  cases?: Pick<CaseStore, 'get'>,
): ChatDeps {
  return {
    today: () => app.clock.today(),
    now: () => app.clock.now(),
    policies: app.policies,
    assess: app.assess,
    createCase: app.createCase,
    requestHuman: app.requestHuman,
    senderOf: (conversationId) => origins.senderOf(conversationId),
    policyOf: (conversationId) => origins.policyOf(conversationId),
    ...(cases ? { readCase: (rma: string) => cases.get(rma) } : {}),
    recordCollection: (rma, details) => app.recordCollectionDetails(rma, details, 'chat'),
    linkPage: linkPageUrl(app.config.publicBaseUrl),
  };
}

/** The chat's photos: fetched from the channel's own hosts, then into the photo pipeline. */
export function chatPhotos(
  links: Pick<PhotoLinks, 'acceptChannelPhoto' | 'stagePhoto' | 'attachStagedPhotos'>,
  channel: Omit<AttachmentFetcherOptions, 'maxBytes'>,
): ChatPhotos {
  return {
    fetch: httpAttachmentFetcher({ ...channel, maxBytes: PHOTO_LIMITS.maxBytes }),
    accept: links.acceptChannelPhoto,
    stage: links.stagePhoto,
    attachStaged: links.attachStagedPhotos,
  };
}
