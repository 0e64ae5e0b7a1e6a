// The chat once a collected return is approved: where and when the courier can pick it up, asked in
// one question (an answer may give all three), then only for what it left out, each once; what a
// message gives is kept even when the address is still missing ("Tuesdays or Thursdays" is not asked
// again). Later, a corrected address is taken, and "is my address right?" or "when does the courier
// come?" is answered from the case: the details as recorded, and the booking once made. A message
// that is not about it (a question, "later") is left to the rest of the chat.
import { collectionOpen, type Case, type CollectionDetails } from '../shared/cases';
import type { Extraction } from '../shared/extract';
import { gloss } from '../shared/extract/gloss';
import { asksSomething, caseQuestions, type CaseQuestion } from '../shared/intake/case-answers';
import { answerCaseQuestions, chatDecision } from './case-questions';
import { ABOUT_COLLECTION, ANY_DAY, CORRECTS, readCollectionDetails, RESEND_ASKED, type ReadCollection } from '../shared/intake/collection-text';
import { afterTextIn, collectionNoted, collectionStanding } from '../shared/notify/after-text';
import type { ChatDeps, ChatState, Reply } from './chat-state';

/** "Later", "not now": the status page takes it when they are ready. */
const LATER = /\b(?:later|not now|another time|skip|sp[äa]ter|nicht jetzt|plus tard|pas maintenant)\b/iu;
/**
 * Right after the decision, when the merchant collects this return: the one question — or, when the
 * customer gave the address already, only what is missing (or nothing: it is recorded and said back).
 */
export async function askForCollection(state: ChatState, merchant: string, deps: ChatDeps, replies: Reply[]): Promise<void> {
  const A = afterTextIn(state.language).collection;
  const before = collectionSaidBefore(state);
  if (!before.address) {
    state.collecting = 'details';
    if (before.phone || before.days || before.anyDay) state.collection = before;
    replies.push({ text: A.ask(merchant) });
    return;
  }
  state.collection = before;
  if (!before.phone) {
    state.collecting = 'phone';
    replies.push({ text: `${collectionNoted(state.language, details(before))} ${A.askPhone}` });
    return;
  }
  await deps.recordCollection?.(state.rma as string, details(before));
  state.collection = undefined;
  replies.push({ text: collectionNoted(state.language, details(before)) });
}

/** Merges what a message gave into what the conversation has so far. */
function gathered(state: ChatState, read: ReadCollection): ReadCollection {
  const before = state.collection ?? {};
  const next: ReadCollection = { ...before };
  if (read.address) next.address = read.address;
  if (read.phone) next.phone = read.phone;
  if (read.days) next.days = read.days;
  if (read.anyDay) next.anyDay = true;
  if (read.notes) next.notes = read.notes;
  state.collection = next;
  return next;
}

const details = (d: ReadCollection): CollectionDetails => ({
  address: d.address as string,
  ...(d.phone ? { phone: d.phone } : {}),
  ...(d.days && !d.anyDay ? { days: d.days } : {}),
  ...(d.notes ? { notes: d.notes } : {}),
});

/** Whether a message reads as collection details ("…the courier must call me at the gate" is not asking for a person). */
export function givesCollectionDetails(state: ChatState, text: string): boolean {
  if (!state.collecting) return false;
  const read = readCollectionDetails(text);
  return Boolean(read.address || read.phone || read.notes);
}

/**
 * What the customer said about the collection before it was asked (in the story, or with their
 * name): kept, so that only what is missing is asked.
 */
export function collectionSaidBefore(state: ChatState): ReadCollection {
  const said = state.transcript.filter((l) => l.from === 'customer').map((l) => readCollectionDetails(l.text));
  return said.reduce<ReadCollection>((all, r) => ({ ...all, ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) }), {});
}

/** While the details are being asked for: true when the message was taken as the answer (or put off). */
async function whileAsking(state: ChatState, text: string, found: Extraction, deps: ChatDeps, replies: Reply[]): Promise<boolean> {
  const A = afterTextIn(state.language).collection;
  const step = state.collecting;
  const read = readCollectionDetails(text);
  const declined = found.answer === 'no';
  if (step === 'details') {
    const asks = asksSomething(gloss(text, state.language));
    if (!read.address && !read.phone && !read.days && !read.anyDay) {
      if (LATER.test(text) || declined) {
        state.collecting = undefined;
        state.collection = undefined;
        replies.push({ text: A.later });
        return true;
      }
      // A question or something else: the chat answers it, and the question stays open.
      return false;
    }
    const so = gathered(state, read);
    if (!so.address) {
      if (asks && !read.phone && !read.days) return false;
      replies.push({ text: A.notAddress });
      return true;
    }
  } else if (step === 'phone') {
    // "No", or anything else: not asked again (the email address is on the case).
    gathered(state, { ...(read.phone ? { phone: read.phone } : {}), ...(read.days ? { days: read.days } : {}), ...(read.anyDay ? { anyDay: true } : {}) });
  } else {
    const said = read.days ?? (ANY_DAY.test(text) || declined || !text.trim() ? undefined : text.trim().slice(0, 200));
    gathered(state, { ...(said ? { days: said } : { anyDay: true }), ...(read.phone ? { phone: read.phone } : {}) });
  }
  const so = state.collection as ReadCollection;
  if (step === 'details' && !so.phone) {
    state.collecting = 'phone';
    replies.push({ text: A.askPhone });
    return true;
  }
  if (step !== 'days' && !so.days && !so.anyDay) {
    state.collecting = 'days';
    replies.push({ text: A.askDays });
    return true;
  }
  await deps.recordCollection?.(state.rma as string, details(so));
  state.collecting = undefined;
  state.collection = undefined;
  replies.push({ text: collectionNoted(state.language, details(so)) });
  return true;
}

/**
 * A message about the collection: while it is being asked for, the answer; later, a corrected address
 * (taken while the collection is open), or a question about it, answered from the case. False leaves
 * the message to the rest of the chat.
 */
export async function answerCollection(state: ChatState, text: string, found: Extraction, deps: ChatDeps, replies: Reply[]): Promise<boolean> {
  if (!state.rma || !deps.recordCollection) return false;
  if (state.collecting) return whileAsking(state, text, found, deps, replies);
  const read = readCollectionDetails(text);
  // "The date you have is wrong": a correction, but not of the collection.
  if (!ABOUT_COLLECTION.test(text) && !(CORRECTS.test(text) && (read.address || read.phone || read.days))) return false;
  // "How long does it take for the new one to come after they collect?": what comes back, not the courier (blind run BP).
  if (AFTER_THE_COLLECTION.test(gloss(text, state.language)) && !read.address && !read.phone && !read.days) return false;
  const c = deps.readCase ? await deps.readCase(state.rma) : undefined;
  if (!c || c.decision.transport !== 'collection' || !c.collection) return false;
  if ((read.address || read.phone || read.days) && CORRECTS.test(text) && collectionOpen(c)) {
    const next = details({ address: read.address ?? c.collection.address, phone: read.phone ?? c.collection.phone, days: read.days ?? c.collection.days });
    const after = (await deps.recordCollection(state.rma, next)) as Case | undefined;
    replies.push({ text: collectionNoted(state.language, after?.collection ?? next) });
    return true;
  }
  // "Is my address right?" is answered with the details as recorded; "when does the courier come?"
  // with where the booking stands, not the details again.
  if (!/\?/.test(text) && !CORRECTS.test(text)) return false;
  const standing = collectionStanding({ ...c, ...(state.language ? { language: state.language } : {}) });
  // "I already gave it to you here - do I still need to reply?": what we have, and that it is enough.
  const resend = RESEND_ASKED.test(gloss(text, state.language));
  const asksDetails = resend || CORRECTS.test(text) || DETAILS_ASKED.test(text) || standing.length === 0;
  const noResend = resend ? [afterTextIn(state.language).collection.noResend] : [];
  replies.push({ text: [...(asksDetails ? [collectionNoted(state.language, c.collection)] : []), ...noResend, ...standing].join(' ') });
  if (CORRECTS.test(text) && !collectionOpen(c)) replies.push({ text: afterTextIn(state.language).collection.locked });
  // "…and must I pay anything?": the other questions in the message are answered too.
  const policy = state.policy ? deps.policies.get(state.policy) : undefined;
  // Read without the sentences about the collection: "how long before I get the new one?" is another question.
  const rest = gloss(text, state.language)
    .split(/(?<=[.?!])\s+/)
    .filter((sentence) => !ABOUT_COLLECTION.test(sentence))
    .join(' ');
  const others = caseQuestions(rest).filter((k) => !COLLECTION_KINDS.has(k));
  if (others.length > 0 && policy)
    replies.push(...answerCaseQuestions(others, chatDecision(c.decision), policy.merchant, [], true, state.language).map((t) => ({ text: t })));
  return true;
}

/** A question about what comes after the courier has been: the new one, the money. */
const AFTER_THE_COLLECTION = /\b(?:how long|when)\b[^.?!]{0,60}\b(?:new one|replacement|refund|money|credit|get (?:it|mine|one) back)\b[^.?!]{0,40}\bafter\b/i;

/** The kinds of question the collection's standing answers. */
const COLLECTION_KINDS: ReadonlySet<CaseQuestion> = new Set(['collection', 'collectionWish', 'addressWhen', 'shipHow']);
/** "Is my address right?", "which phone number do you have?": the details asked for. */
const DETAILS_ASKED = /\b(?:address|phone number|(?:my|the) (?:phone|number|details)|adresse|anschrift|telefonnummer|num[ée]ro|coordonn[ée]es)\b/iu;
