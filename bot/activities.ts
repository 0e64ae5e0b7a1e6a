// Between the chat's replies and the Activity protocol: a reply as a message activity (its buttons
// as suggested actions), and what a turn needs of an incoming message.
import { ActionTypes, type Activity } from '@microsoft/agents-activity';
import { MessageFactory } from '@microsoft/agents-hosting';
import type { Reply } from './chat-state';
import type { ChatMessage } from './turn';

export function toActivity(reply: Reply): Activity {
  const activity = MessageFactory.text(reply.text);
  // Each button posts back its own words (imBack with the text as value). The Agents SDK's
  // MessageFactory.suggestedActions gives the value as { text }, which Web Chat sends as no text at all.
  const actions = [
    ...(reply.suggestions ?? []).map((s) => ({ type: ActionTypes.ImBack, title: s, value: s })),
    ...(reply.link ? [{ type: ActionTypes.OpenUrl, title: reply.link.title, value: reply.link.url }] : []),
  ];
  if (actions.length > 0) activity.suggestedActions = { to: [], actions };
  return activity;
}

/** What the turn needs of a message activity. */
export function messageFrom(activity: Activity): ChatMessage {
  return {
    text: activity.text ?? '',
    files: (activity.attachments ?? []).filter((a) => a.contentUrl),
    conversationId: activity.conversation?.id ?? '',
    activityId: activity.id ?? '',
  };
}
