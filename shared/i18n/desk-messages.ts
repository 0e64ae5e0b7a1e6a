// What the desk says around a decision in German and French, wherever it is shown (chat, emails,
// status page): the next steps (shared/notify/next-steps.ts holds the English) and the sentences the
// rules engine builds from several parts (shared/rules/labels.ts holds their English templates).
// ICU messages, formatted by intl-messageformat; every key is in both languages with the same
// arguments (test/unit/shared/i18n/messages.test.ts).

export const DESK_KEYS = [
  'next.youGet',
  'next.merchantDecides',
  'next.youPay',
  'next.payNothing',
  'next.postageOnly',
  'next.restocking',
  'next.collectionTitle',
  'next.collection',
  'next.sendTitle',
  'next.nothingTitle',
  'next.nothingToSend',
  'next.sendTo',
  'next.sendWhere',
  'next.documents',
  'next.photos',
  'next.photosWhere',
  'next.slaTerm',
  'answer.youGet',
  'answer.youPay',
  'answer.payNothing',
  'list.and',
  'list.or',
  'note.refusal',
  'note.timeLimit',
] as const;
export type DeskKey = (typeof DESK_KEYS)[number];
