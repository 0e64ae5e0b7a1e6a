// A return already registered, quoted in a conversation that is not its own ("I was on earlier about
// my SSD, ref RMA-8RBDKSQ13"): the chat cannot tell who is typing, so it opens nothing of that case.
// It says where that return is followed and answered, and that a new return can start here.
import { parseRma } from '../shared/cases/rma';
import type { ChatState, Reply } from './chat-state';
import { promptsFor } from './prompts';

const QUOTED = /\bRMA[\s-]?[0-9A-Z]{4}[\s-]?[0-9A-Z]{5}\b/gi;

/** The first valid RMA number the message quotes that is not this conversation's own. */
export function quotedReturn(text: string, own: string | undefined): string | undefined {
  for (const m of text.matchAll(QUOTED)) {
    const rma = parseRma(m[0]);
    if (rma && rma !== own) return rma;
  }
  return undefined;
}

/** Where that return is followed (its status link, sent again from `linkPage`), and that a new one can start here. */
export function otherReturnReplies(state: Pick<ChatState, 'language' | 'rma'>, rma: string, linkPage: string | undefined): Reply[] {
  const P = promptsFor(state.language);
  return [
    { text: P.otherReturn(rma), ...(linkPage ? { link: { title: P.otherReturnLink, url: linkPage } } : {}) },
    { text: state.rma ? P.alreadyDone(state.rma) : P.otherReturnNew },
  ];
}
