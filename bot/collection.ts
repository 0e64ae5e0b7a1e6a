// The chat once a collected return is approved: where and when the courier can pick it up, asked in
// one question (an answer may give all three), then only for what it left out, each once. A message
// that is not an answer (a question, "later") is taken for what it is; nothing here is a dead end:
// the status page takes the details too, and staff see what was given.
import type { CollectionDetails } from '../shared/cases';
import type { Extraction } from '../shared/extract';
import { gloss } from '../shared/extract/gloss';
import { asksSomething } from '../shared/intake/case-answers';
import { readCollectionDetails } from '../shared/intake/collection-text';
import { afterTextIn, collectionNoted } from '../shared/notify/after-text';
import type { ChatDeps, ChatState, Reply } from './chat-state';

/** "Any day", "egal", "n'importe": every working day suits. */
const ANY_DAY = /^\W*(?:any(?:\s*day|\s*time)?|whenever|all|egal|jederzeit|immer|beliebig|n['’]importe(?:\s+quel\s+jour)?|peu importe|tous)\b/iu;
/** "Later", "not now": the status page takes it when they are ready. */
const LATER = /\b(?:later|not now|another time|skip|sp[äa]ter|nicht jetzt|plus tard|pas maintenant)\b/iu;

/** Right after the decision: the one question, when the merchant collects this return. */
export function askForCollection(state: ChatState, merchant: string, replies: Reply[]): void {
  state.collecting = 'details';
  replies.push({ text: afterTextIn(state.language).collection.ask(merchant) });
}

/**
 * A message while the collection is being asked for: true when it was taken as the answer (or the
 * customer put it off); false leaves it to the rest of the chat (a question, a person, photos).
 */
export async function answerCollection(state: ChatState, text: string, found: Extraction, deps: ChatDeps, replies: Reply[]): Promise<boolean> {
  const step = state.collecting;
  const rma = state.rma;
  if (!step || !rma || !deps.recordCollection) return false;
  const A = afterTextIn(state.language).collection;
  const read = readCollectionDetails(text);
  const declined = found.answer === 'no';
  const stop = () => {
    state.collecting = undefined;
    state.collection = undefined;
  };
  if (step === 'details') {
    if (!read.address) {
      if (LATER.test(text) || declined) {
        stop();
        replies.push({ text: A.later });
        return true;
      }
      // A question or something else: the chat answers it, and the question stays open.
      if ((!read.phone && !read.days) || asksSomething(gloss(text, state.language))) return false;
      replies.push({ text: A.notAddress });
      return true;
    }
    state.collection = { address: read.address, ...(read.phone ? { phone: read.phone } : {}), ...(read.days ? { days: read.days } : {}) };
  } else if (step === 'phone') {
    if (read.phone) state.collection = { ...(state.collection as CollectionDetails), phone: read.phone };
    // "No", or anything else: not asked again (the email address is on the case).
  } else if (!ANY_DAY.test(text) && !declined && text.trim()) {
    state.collection = { ...(state.collection as CollectionDetails), days: text.trim().slice(0, 200) };
  }
  const details = state.collection as CollectionDetails;
  if (step === 'details' && !details.phone) {
    state.collecting = 'phone';
    replies.push({ text: A.askPhone });
    return true;
  }
  if (step !== 'days' && !details.days) {
    state.collecting = 'days';
    replies.push({ text: A.askDays });
    return true;
  }
  await deps.recordCollection(rma, details);
  stop();
  replies.push({ text: collectionNoted(state.language, details) });
  return true;
}
