// An email to the RMA address becomes a case — or a polite reply asking for exactly what is missing,
// kept as a draft case that the customer's reply completes. Replies thread by the RMA number in the
// subject or by In-Reply-To/References. Nothing automatic is ever answered automatically.
import {
  makeCreateCase,
  replyHeaders,
  RMA_PATTERN,
  parseRma,
  updateWithRetry,
  type Case,
  type CaseDeps,
  type CreateCaseRequest,
  type PhotoAcceptance,
  holdIfOverLimit,
  MAIL_LIMIT,
  NO_AUTO_REPLY,
  CUSTOMER_ASKED,
  completeDraft,
  updateDraft,
  MAIL_REPLY_LIMITS,
  withEmailReply,
  openCase,
  WANTS_PERSON,
  withFlags,
  type Flag,
  type NewCase,
  recordAttachments,
  type RecordedAttachment,
} from '../cases';
import { customerView } from '../cases/case';
import { collectionOpen, needsCollectionDetails, withCollectionDetails, type CollectionDetails } from '../cases/collection';
import { ABOUT_COLLECTION, readCollectionDetails } from '../intake/collection-text';
import { mergeAbout, readAbout } from '../intake/about-text';
import { aboutOf, type About } from '../cases/about';
import { afterTextIn, collectionNoted, collectionStanding } from '../notify/after-text';
import { emailClaimable, sendLinkedEmail, withClaimOnce } from '../cases/emails';
import {
  ANSWERED_WITHOUT_DECISION,
  answerCaseQuestions,
  asksSomething,
  caseQuestions,
  decisionTerms,
  namesHazard,
  passesOn,
  unansweredQuestions,
  worthNoting,
  type CaseQuestion,
} from '../intake/case-answers';
import { renderAcknowledgement, renderCaseAnswer } from '../notify/case-answer';
import { emailTextIn } from '../notify/email-text';
import { nameFromHeader } from '../cases/names';
import { detectLanguage, extract, type Extraction, type Language } from '../extract';
import { gloss } from '../extract/gloss';
import { renderMissingReply } from '../notify/missing-reply';
import { roughAmong, takeIn } from '../intake/intake';
import { flattenFacts, nestFacts, type Decision, type FactPath, type FactValue, type Policy } from '../rules';
import { replySubject } from './headers';
import { withAttachedInvoice } from './invoice';
import { signatureName } from './signature';
import { wishIn } from '../intake/wish';
import { parseMail, type InboundMessage } from './parse';
import { verdictAction, type Verdicts } from './verdicts';
import { sniffPhotoType } from '../photos/magic';

/** Longer than the inbound function may run (30 s): a claim this old was left by a handler that died. */
export const MESSAGE_CLAIM_STALE_SECONDS = 2 * 60;

export type MessageClaim = 'claimed' | 'done' | 'busy';

/**
 * Another handler holds the message (or one died holding it, and its claim is not stale yet): this
 * invocation fails, so that Lambda retries it later (or keeps it in the failure queue) instead of
 * dropping it as handled. A failed handler whose settle could not be written leaves such a claim.
 */
export class MessageBusyError extends Error {
  override name = 'MessageBusyError';
}

/** What the email channel remembers between messages. */
export interface MailLog {
  /**
   * Claims a message for handling: `claimed`; `done` when it was handled before (a redelivery, or the
   * same mail twice); `busy` while another handler holds it. A claim whose handling failed, or older
   * than MESSAGE_CLAIM_STALE_SECONDS (its handler died), may be claimed again: nothing is lost.
   */
  claimMessage(key: string): Promise<MessageClaim>;
  /** How the handling of a claimed message ended: done for good, or failed (a redelivery tries again). */
  settleMessage(key: string, outcome: 'done' | 'failed'): Promise<void>;
  /** At most one automatic reply per sender per day to a new request; false when it was used. */
  claimDailyReply(sender: string, day: string): Promise<boolean>;
  linkThread(messageIds: readonly string[], rma: string): Promise<void>;
  findThread(messageIds: readonly string[]): Promise<string | undefined>;
}

/** Where attachments that are not photos go (PDF invoices), by case. */
export interface AttachmentStore {
  /** Stores one file of a case and returns its key; the same case, index and name give the same key. */
  put(rma: string, index: number, file: { filename: string; contentType: string; content: Uint8Array }): Promise<string>;
}

export interface InboundDeps extends CaseDeps {
  mailLog: MailLog;
  attachments: AttachmentStore;
  /** Photos join the photo pipeline (see shared/photos: `acceptChannelPhoto`). */
  acceptPhoto(rma: string, source: string, bytes: Uint8Array, contentType: string): Promise<PhotoAcceptance>;
  /** Which policy an address is for (`plc-technologies@rma.localhost` → plc-technologies). */
  policyFor(address: string): string | undefined;
  /** Our own domains: mail from them is never answered. */
  ownDomains: readonly string[];
  /** A hash for keys (dedupe of messages without a Message-ID). */
  hash(bytes: Uint8Array): string;
}

export type InboundOutcome =
  | { outcome: 'duplicate' }
  | { outcome: 'dropped'; reason: string }
  | { outcome: 'ignored'; reason: string }
  | { outcome: 'created'; rma: string; replied: boolean }
  | { outcome: 'draft'; rma: string; replied: boolean; missing: FactPath[] }
  | { outcome: 'noted'; rma: string }
  /** A reply to a decided case asking what its decision answers: answered by return. */
  | { outcome: 'answered'; rma: string }
  /** A reply to a decided case that the decision does not answer: the customer is told, once, that a colleague has it. */
  | { outcome: 'acknowledged'; rma: string }
  /** A reply to a case from a sender the mail checks could not confirm: kept for staff, nothing changed. */
  | { outcome: 'held'; rma: string };

/** Email keys of the automatic answers to replies: `answer:cost+where`, and the one note that a colleague has it. */
const ANSWER_PREFIX = 'answer:';
/** The answer that says a reply's collection details back, keyed by when they were given (once per change). */
const COLLECTION_NOTED = 'collection:noted:';

/** Words that give a place ("the address is", "fetch it at", "pick it up from"): an attempt at an address. */
const GIVES_PLACE =
  /\b(?:my address|the address|address is|adresse|anschrift|(?:fetch|get|collect|pick) (?:it )?(?:up )?(?:at|from)|abholen (?:bei|in)|chercher (?:à|chez))\b/iu;

/** A phone number a message gives without an address (see collectionFrom). */
const phoneOnly = (text: string): { phone?: string } => {
  const { phone } = collectionFrom(text);
  return phone ? { phone } : {};
};

/**
 * The collection details a message gives, when it gives an address; without one, a phone number it
 * gives (a signature's), kept for when the address comes.
 */
function collectionFrom(text: string): { collection?: CollectionDetails; phone?: string } {
  const read = readCollectionDetails(text);
  if (!read.address) return read.phone ? { phone: read.phone } : {};
  const { anyDay: _any, ...details } = read;
  return { collection: details as CollectionDetails };
}

/** What the first email says the item is: its model, serial or order number, and the problem as written (its text). */
function aboutFrom(message: InboundMessage): { about?: About } {
  const about = aboutOf(mergeAbout(readAbout(message.subject), readAbout(message.text, { problem: true })));
  return about ? { about } : {};
}

/** The language a first email is written in, kept on the case (nothing said for English or when unclear). */
function languageOf(text: string): { language?: Exclude<Language, 'en'> } {
  const language = detectLanguage(text);
  return language && language !== 'en' ? { language } : {};
}

/** How the email channel words the parts of an answer that differ by channel. */
/** What the answers by email say of the channel, in the case's language. */
function emailWords(language: Language | undefined) {
  const T = emailTextIn(language);
  return {
    ifDeclined: T.ifDeclined,
    photosHow: T.photosByReply,
    chooseHow: T.chooseByReply,
    // Every answer by email ends with the note that a colleague reads the message too (answerMore).
    passedOn: '',
    ...(language ? { language } : {}),
  };
}
const ACKNOWLEDGED = 'acknowledged';

/** Whether this kind of question was answered by email before (a failed attempt does not count). */
function answeredBefore(c: Case, kind: CaseQuestion, now: string): boolean {
  return Object.entries(c.emails).some(
    ([key, record]) =>
      key.split('|').some((part) => part.startsWith(ANSWER_PREFIX) && part.slice(ANSWER_PREFIX.length).split('+').includes(kind)) &&
      !emailClaimable({ ...c, emails: { [key]: record } }, key, now),
  );
}

export { MAIL_REPLY_LIMITS };
type Flat = Partial<Record<FactPath, FactValue>>;

const nest = nestFacts;
const flat = (facts: Record<string, unknown>): Flat => flattenFacts(facts);

/** What the message says, merged over what the case knows, through the one intake every channel uses. */
function acceptable(deps: InboundDeps, policy: Policy, known: Flat, said: Flat, also: Parameters<typeof takeIn>[5] = {}): { facts: Flat; decision: Decision } {
  const { facts, decision } = takeIn(policy, known, said, deps.clock.today(), deps.policies, also);
  return { facts, decision };
}

function recipientPolicy(deps: InboundDeps, message: InboundMessage, recipients: readonly string[]): Policy | undefined {
  for (const address of [...recipients, ...message.to]) {
    const id = deps.policyFor(address.toLowerCase());
    const policy = id ? deps.policies.get(id) : undefined;
    if (policy) return policy;
  }
  return undefined;
}

/** The case a message answers: the RMA number in its subject, or its thread's ids. */
async function repliedCase(deps: InboundDeps, message: InboundMessage): Promise<Case | undefined> {
  const subjectRma = RMA_PATTERN.exec(message.subject)?.[0];
  const rma = (subjectRma && parseRma(subjectRma)) || (await deps.mailLog.findThread(message.thread));
  return rma ? deps.store.get(rma) : undefined;
}

/** Whether a message went to one of the desk's own domains (its From address among them). */
const toOwnDomain = (deps: InboundDeps, message: InboundMessage, recipients: readonly string[]): boolean =>
  [...recipients, ...message.to].some((address) => deps.ownDomains.some((domain) => address.toLowerCase().endsWith(`@${domain.toLowerCase()}`)));

async function sendMissing(deps: InboundDeps, draft: Case, policy: Policy, decision: Decision): Promise<boolean> {
  const c = await holdIfOverLimit(deps, draft, senderOf(draft.contact.email));
  if (c.flags.includes(MAIL_LIMIT)) return false;
  const message = renderMissingReply(c, policy, decision.missing);
  try {
    await deps.mailer.send({ ...message, subject: replySubject(c.replyTo?.subject, c.rma), headers: replyHeaders(c.replyTo) });
    return true;
  } catch {
    await updateWithRetry(deps.store, c.rma, (x) => withFlags(x, 'email_failed'));
    return false;
  }
}

/** A draft a colleague takes on: flagged for staff, and the customer told so once (never the same question again). */
async function handToColleague(
  deps: InboundDeps,
  draft: Case,
  policy: Policy,
  at: string,
  text: string,
): Promise<{ outcome: 'acknowledged' | 'answered'; rma: string }> {
  // "Will my files be deleted?", "when will someone get back to me?": what needs no decision is
  // answered, each kind once per case; otherwise the note that a colleague has it, once.
  const general = caseQuestions(gloss(text, draft.language ?? detectLanguage(text))).filter((kind) => ANSWERED_WITHOUT_DECISION.includes(kind));
  let key = ACKNOWLEDGED;
  const noted = (await updateWithRetry(deps.store, draft.rma, (c) => {
    const flagged = withFlags(c, WANTS_PERSON);
    const fresh = general.filter((kind) => !answeredBefore(flagged, kind, at));
    key = fresh.length > 0 ? `${ANSWER_PREFIX}${fresh.join('+')}` : ACKNOWLEDGED;
    return withClaimOnce(flagged, key, at);
  })) as Case;
  const claim = noted.emails[key];
  if (claim?.state !== 'sending' || claim.at !== at || noted.flags.includes(NO_AUTO_REPLY)) return { outcome: 'acknowledged', rma: draft.rma };
  const held = await holdIfOverLimit(deps, noted, senderOf(noted.contact.email));
  if (key === ACKNOWLEDGED) {
    await sendLinkedEmail(deps, held, key, (url) => renderAcknowledgement(held, policy, url));
    return { outcome: 'acknowledged', rma: draft.rma };
  }
  const kinds = key.slice(ANSWER_PREFIX.length).split('+') as CaseQuestion[];
  const answers = answerCaseQuestions(kinds, decisionTerms(noted.decision), policy.merchant, emailWords(noted.language));
  await sendLinkedEmail(deps, held, key, (url) => renderCaseAnswer(held, policy, answers.join('\n\n'), url), undefined, answers.join('\n\n'));
  return { outcome: 'answered', rma: draft.rma };
}

/** The From header's display name when it is a name (not a sentence or a link); else the address itself. */
/** Who wrote: the name in From, else the one they signed with, else their address. */
const senderName = (message: InboundMessage): string => nameFromHeader(message.fromName ?? '') ?? signatureName(message.text) ?? (message.from as string);

/** Whom the daily mail limits count a request against: the address it came from. */
const senderOf = (address: string) => `mail:${address.toLowerCase()}`;

/** A new draft: what we know so far, waiting for the customer's answer. */
async function openDraft(
  deps: InboundDeps,
  policy: Policy,
  facts: Flat,
  decision: Decision,
  message: InboundMessage,
  flags: Flag[],
  key: string,
  asked: Case['asked'],
  roughDates?: Case['roughDates'],
): Promise<Case> {
  const now = deps.clock.now();
  const fields: NewCase = {
    policy: policy.id,
    policyVersion: policy.version,
    channel: 'email',
    contact: { email: message.from as string, name: senderName(message), ...phoneOnly(message.text) },
    facts: { policy: policy.id, asOf: deps.clock.today(), ...nest(facts) } as Case['facts'],
    decision,
    status: 'draft',
    history: [{ at: now, to: 'draft', by: 'customer', note: 'by email' }],
    emails: {},
    flags,
    replyTo: { messageId: message.messageId as string, references: message.thread.slice().reverse(), subject: message.subject },
    ...(message.attachments.length ? { attachments: message.attachments.map(({ filename, contentType, size }) => ({ filename, contentType, size })) } : {}),
    ...(asked ? { asked } : {}),
    ...(roughDates ? { roughDates } : {}),
    ...languageOf(message.text),
    ...aboutFrom(message),
  };
  // Keyed by the message, like a complete request's case: handled again after a failure, it finds its draft.
  const draftKey = `mail-draft:${key}`;
  return (await openCase(deps, fields, now, { key: draftKey, request: draftKey })).case;
}

/**
 * The message's files, by case: photos (known by their bytes) go through the photo pipeline like an
 * upload; anything else kept (PDFs) is stored by case. What happened to each is recorded on the case.
 */
async function storeAttachments(deps: InboundDeps, rma: string, message: InboundMessage, replace = true): Promise<void> {
  if (message.attachments.length === 0) return;
  const files: RecordedAttachment[] = [];
  for (const [i, a] of message.attachments.entries()) {
    const { filename, contentType, size } = a;
    const photoType = sniffPhotoType(a.content);
    if (photoType) {
      const photo = await deps.acceptPhoto(rma, `mail:${message.messageId ?? deps.hash(a.content)}:${i}`, a.content, photoType);
      files.push({ filename, contentType, size, photo });
    } else files.push({ filename, contentType, size, key: await deps.attachments.put(rma, i, a) });
  }
  // The first message's files are listed when the case is opened (replaced here by what became of
  // them); a reply's are added to the list.
  await recordAttachments(deps.store, rma, files, { replace });
}

/**
 * What a first message asks beside its request that its confirmation answers: only how to stay safe
 * (asked, or a hazard described) and a remedy it asks for. The request's own "what can I do?" is the confirmation itself, and
 * a first message's statements ("I have the invoice. What now?") are not questions about a return.
 */
function askedFirst(text: string): Case['asked'] {
  const english = gloss(text, detectLanguage(text));
  const said = caseQuestions(english);
  // A remedy asked for ("I'd like a replacement") is noted, where there is a choice to note.
  const kinds = [...(namesHazard(text) || said.includes('safety') ? ['safety'] : []), ...(said.includes('chosen') ? ['chosen'] : [])];
  // And a question the confirmation does not answer by itself (blind run BM: "Oder soll ich das besser
  // über die Gewährleistung beim Shop machen?", "Wäre es möglich, … das Geld zurück zu bekommen?").
  if (asksSomething(english)) kinds.push(...said.filter((kind) => BESIDE_THE_CONFIRMATION.includes(kind)));
  return kinds.length > 0 ? { kinds, open: [] } : undefined;
}

/**
 * The questions of a first message that its confirmation answers besides saying what happens next: the
 * law and the shop, whether they can choose, how long, the box or the accessories. Not what the
 * confirmation says anyway (the cost, where it goes, what goes in the parcel), nor what a statement
 * beside the request may read as ("I have the invoice" is no question about it).
 */
const BESIDE_THE_CONFIRMATION: readonly CaseQuestion[] = [
  'rights',
  'seller',
  'tellSeller',
  'choose',
  'refundAsked',
  'when',
  'boxGone',
  'worry',
  'accessories',
  'partOnly',
  'wipeData',
  'buyNew',
  'boughtAbroad',
  'customs',
  'paymentMethod',
  // "Can I maybe just drop it at your Midrand branch?" (blind run BR: the confirmation only said a courier collects).
  'dropOff',
];

/**
 * What a reply that completes a draft asks beside its answers ("Germany. Do I need the original
 * box?"), added to what the draft's first message asked: the confirmation answers it.
 */
function askedInReply(text: string, before: Case['asked']): Case['asked'] {
  const language = detectLanguage(text);
  const kinds = new Set([
    ...(before?.kinds ?? []),
    ...(askedFirst(text)?.kinds ?? []),
    ...(asksSomething(gloss(text, language)) ? caseQuestions(gloss(text, language)) : []),
  ]);
  const open = [...(before?.open ?? []), ...unansweredQuestions(text, (t) => gloss(t, language))].slice(0, 3);
  return kinds.size > 0 || open.length > 0 ? { kinds: [...kinds], open } : undefined;
}

/** Whether what was asked needs a colleague's answer beside the confirmation's. */
function askedNeedsColleague(asked: Case['asked'], decision: Decision): Flag[] {
  if (!asked) return [];
  const terms = decisionTerms(decision);
  const noted = worthNoting(asked.kinds as CaseQuestion[], decision);
  return asked.open.length > 0 || noted.some((kind) => passesOn(kind as CaseQuestion, terms)) ? [CUSTOMER_ASKED] : [];
}

/** The dates among `facts` that the message gave only roughly, as an option of the case. */
function roughIn(found: Pick<Extraction, 'roughDates'>, facts: Flat): { roughDates?: Case['roughDates'] } {
  const rough = roughAmong(found.roughDates, facts);
  return rough ? { roughDates: rough } : {};
}

export function makeHandleInboundMail(deps: InboundDeps) {
  const createCase = makeCreateCase(deps);

  const handleInboundMail = async function handleInboundMail(
    raw: Uint8Array,
    envelope: { recipients: readonly string[]; verdicts: Verdicts },
  ): Promise<InboundOutcome> {
    const verdict = verdictAction(envelope.verdicts);
    if (verdict.action === 'drop') return { outcome: 'dropped', reason: 'virus' };

    const parsed = await parseMail(raw, { ownDomains: deps.ownDomains });
    if (!parsed.ok) return { outcome: 'dropped', reason: parsed.reason };
    const message = parsed.message;
    const key = message.messageId ?? `sha256:${deps.hash(raw)}`;
    const claim = await deps.mailLog.claimMessage(key);
    if (claim === 'done') return { outcome: 'duplicate' };
    if (claim === 'busy') throw new MessageBusyError('the message is being handled by another invocation; retry later');
    try {
      const outcome = await handleClaimed(raw, message, key, envelope, verdict);
      await deps.mailLog.settleMessage(key, 'done');
      return outcome;
    } catch (error) {
      // The redelivery (SES and Lambda retry) handles it again; every step on the way is idempotent.
      await deps.mailLog.settleMessage(key, 'failed').catch(() => undefined);
      throw error;
    }
  };

  async function handleClaimed(
    raw: Uint8Array,
    message: InboundMessage,
    key: string,
    envelope: { recipients: readonly string[] },
    verdict: ReturnType<typeof verdictAction>,
  ): Promise<InboundOutcome> {
    if (!message.from) return { outcome: 'ignored', reason: 'no sender' };
    if (message.automatic) return { outcome: 'ignored', reason: message.automatic };
    // A reply: the RMA number in the subject, or the thread's ids.
    const existing = await repliedCase(deps, message);
    // A reply to the desk's own address (the From of every email it sends: a mail program's Reply
    // goes there) is for the case it answers, under that case's policy.
    const policy =
      recipientPolicy(deps, message, envelope.recipients) ??
      (existing && toOwnDomain(deps, message, envelope.recipients) ? deps.policies.get(existing.policy) : undefined);
    if (!policy) return { outcome: 'ignored', reason: 'not an RMA address' };

    const flags: Flag[] = verdict.action === 'handle' ? [] : [NO_AUTO_REPLY, verdict.action === 'review' ? 'mail_review' : 'mail_unverified'];
    const found = extract(`${message.subject}\n${message.text}`, { today: deps.clock.today(), dateOrder: policy.locale.dateOrder });
    const said = withAttachedInvoice(found.facts as Flat, message.attachments);
    const withId = { ...message, messageId: message.messageId ?? `<${deps.hash(raw).slice(0, 32)}@rma.invalid>` };

    if (existing && existing.contact.email === message.from) {
      await deps.mailLog.linkThread([withId.messageId], existing.rma);
      const at = deps.clock.now();
      if (verdict.action !== 'handle') {
        // Anyone can put a customer's address in From: mail the checks could not confirm never
        // completes or changes a case and never makes the desk write to its customer. Staff see it.
        const flag = verdict.action === 'review' ? 'mail_review' : 'mail_unverified';
        await updateWithRetry(deps.store, existing.rma, (c) => withEmailReply(withFlags(c, flag, 'customer_replied'), withId, at, true));
        return { outcome: 'held', rma: existing.rma };
      }
      // The case was decided under its own policy: the address a reply is sent to never changes it.
      const casePolicy = deps.policies.get(existing.policy);
      // A draft, or one whose completion was cut short (submitted): the answer completes it.
      const open = existing.status === 'draft' || existing.status === 'submitted';
      if (!open || !casePolicy) {
        // A decided case: the photos the decision asked for join it, and what they wrote goes to
        // staff (it may say more than the question). The questions the decision answers (what goes
        // in the parcel, who pays, where it goes, when…) are also answered by return, each kind once
        // per case; anything else gets, once per case, a note that a colleague has it. So no reply
        // ever starts an exchange of automatic mail.
        await storeAttachments(deps, existing.rma, withId, false);
        // Asking for a person is answered by the note that a colleague has it (once per case), not by answers.
        const wantsPerson = found.intents.includes('human');
        // Read in the case's language, or the reply's own.
        const language = existing.language ?? detectLanguage(message.text);
        const asked = casePolicy && existing.status !== 'cancelled' && !wantsPerson ? caseQuestions(gloss(message.text, language)) : [];
        // A collected return's address, phone and days, given in the reply the confirmation asked for.
        const read = collectionOpen(existing) ? readCollectionDetails(message.text) : {};
        // An address gives (or corrects) the details; with them given, a phone, days or a note for the courier change those.
        const { anyDay: _anyDay, ...said } = read;
        const collection = read.address
          ? (said as CollectionDetails)
          : existing.collection && (read.phone || read.days || read.notes)
            ? ({ ...said, address: existing.collection.address } as CollectionDetails)
            : undefined;
        // "Do you have my address?": what the case holds, said back. Talk of the collection without an address: ask for one.
        const asksCollection = !collection && existing.collection !== undefined && ABOUT_COLLECTION.test(message.text) && /\?/.test(message.text);
        const noAddress = !collection && needsCollectionDetails(existing) && (Boolean(read.days || read.phone || read.notes) || GIVES_PLACE.test(message.text));
        // "Please just note that I want the black one": the wish goes on the case, until they have chosen.
        const wish = wishIn(gloss(message.text, language));
        let key: string | undefined;
        let given = false;
        const noted = (await updateWithRetry(deps.store, existing.rma, (c) => {
          let kept = withEmailReply(withFlags(c, 'customer_replied', ...(wantsPerson ? [WANTS_PERSON] : [])), withId, at, false);
          // The answer goes in the thread of the message it answers, not of the first one (blind run BO).
          kept = {
            ...kept,
            replyTo: { messageId: withId.messageId, references: message.thread.slice().reverse(), subject: kept.replyTo?.subject ?? message.subject },
          };
          if (wish && !kept.choice?.remedy) kept = { ...kept, about: { ...kept.about, wish } };
          const withDetails = collection && collectionOpen(kept) ? withCollectionDetails(kept, collection, at, 'email') : undefined;
          given = withDetails !== undefined;
          if (withDetails) kept = withDetails;
          const fresh = asked.filter((kind) => !answeredBefore(kept, kind, at));
          // The details are said back once per change of them; questions each once per case; else one acknowledgement.
          const parts = [
            ...(given || asksCollection || noAddress ? [`${COLLECTION_NOTED}${given ? (kept.collection?.givenAt ?? at) : at}`] : []),
            ...(fresh.length > 0 ? [`${ANSWER_PREFIX}${fresh.join('+')}`] : []),
          ];
          key = parts.length > 0 ? parts.join('|') : ACKNOWLEDGED;
          return withClaimOnce(kept, key, at);
        })) as Case;
        const claim = key ? noted.emails[key] : undefined;
        if (!key || !casePolicy || claim?.state !== 'sending' || claim.at !== at) return { outcome: 'noted', rma: existing.rma };
        const questionPart = key.split('|').find((p) => p.startsWith(ANSWER_PREFIX));
        const kinds = questionPart ? (questionPart.slice(ANSWER_PREFIX.length).split('+') as CaseQuestion[]) : [];
        const terms = decisionTerms(customerView(noted, casePolicy.merchant.name).decision);
        const open = kinds.length > 0 ? unansweredQuestions(message.text, (t) => gloss(t, language)) : [];
        const answers = [
          ...((given || asksCollection) && noted.collection ? [collectionNoted(noted.language, noted.collection), ...collectionStanding(noted)] : []),
          ...(noAddress ? [afterTextIn(noted.language).collection.notAddress] : []),
          ...(kinds.length > 0 ? answerCaseQuestions(kinds, terms, casePolicy.merchant, emailWords(noted.language), open) : []),
        ];
        const answer = answers.length > 0 ? answers.join('\n\n') : undefined;
        const held = await holdIfOverLimit(deps, noted, senderOf(noted.contact.email));
        await sendLinkedEmail(
          deps,
          held,
          key,
          (url) => (answer ? renderCaseAnswer(held, casePolicy, answer, url) : renderAcknowledgement(held, casePolicy, url)),
          undefined,
          answer,
        );
        return { outcome: answer ? 'answered' : 'acknowledged', rma: existing.rma };
      }
      await storeAttachments(deps, existing.rma, withId, false);
      const answered = (await updateWithRetry(deps.store, existing.rma, (c) => withEmailReply(c, withId, at, false))) as Case;
      // Read as the answer to what we asked first ("So 2 years." answers how long the warranty is).
      const asked = answered.decision.missing[0];
      const reply = asked
        ? extract(`${message.subject}\n${message.text}`, {
            today: deps.clock.today(),
            dateOrder: casePolicy.locale.dateOrder,
            expecting: asked,
            ...(existing.language ? { language: existing.language } : {}),
          })
        : found;
      const merged = acceptable(
        deps,
        casePolicy,
        flat(answered.facts as unknown as Record<string, unknown>),
        withAttachedInvoice(reply.facts as Flat, message.attachments),
        { ...reply, ...(asked ? { expecting: asked } : {}) },
      );
      if (merged.decision.outcome !== 'need_info') {
        const askedNow = askedInReply(message.text, answered.asked);
        const done = await completeDraft(deps, answered.rma, {
          facts: { ...answered.facts, ...nest(merged.facts) } as Case['facts'],
          decision: merged.decision,
          replyTo: { messageId: withId.messageId, references: message.thread.slice().reverse(), subject: message.subject },
          sender: senderOf(answered.contact.email),
          asked: askedNow,
          flags: askedNeedsColleague(askedNow, merged.decision),
          // A date the reply gives again is as rough as it says it now.
          roughDates: {
            ...Object.fromEntries(Object.entries(answered.roughDates ?? {}).filter(([fact]) => !(fact in reply.facts))),
            ...roughIn(reply, reply.facts as Flat).roughDates,
          },
        });
        return { outcome: 'created', rma: done.rma, replied: done.emails.confirmation?.state === 'sent' };
      }
      const updated = await updateDraft(deps.store, existing.rma, {
        facts: { ...answered.facts, ...nest(merged.facts) } as Case['facts'],
        decision: merged.decision,
        replyTo: { messageId: withId.messageId, references: message.thread.slice().reverse(), subject: message.subject },
      });
      // "I don't know" to what we asked, or "can a person look at my order?": the same question is not
      // sent again; a colleague takes it from here (told once).
      const stuck = reply.answer === 'unsure' && merged.decision.missing[0] === answered.decision.missing[0];
      // Once a colleague has it, a later reply that still leaves the question open is theirs too: the
      // question is never sent again (blind run 11: asked again after "a colleague has it").
      if (stuck || reply.intents.includes('human') || updated.flags.includes(WANTS_PERSON)) return handToColleague(deps, updated, casePolicy, at, message.text);
      const replied = !updated.flags.includes(NO_AUTO_REPLY) && (await sendMissing(deps, updated, casePolicy, merged.decision));
      return { outcome: 'draft', rma: updated.rma, replied, missing: merged.decision.missing };
    }

    const { facts, decision } = acceptable(deps, policy, {}, said, found);
    const replyTo = { messageId: withId.messageId, references: message.thread.slice().reverse(), subject: message.subject };
    const attachments = message.attachments.map(({ filename, contentType, size }) => ({ filename, contentType, size }));
    const asked = askedFirst(message.text);
    if (decision.outcome !== 'need_info') {
      const request = {
        policy: policy.id,
        contact: { email: message.from, name: senderName(message) },
        ...aboutFrom(message),
        ...nest(facts),
      } as CreateCaseRequest;
      const result = await createCase(request, {
        idempotencyKey: `mail:${key}`,
        channel: 'email',
        replyTo,
        flags: [...flags, ...askedNeedsColleague(asked, decision)],
        attachments,
        asked,
        sender: senderOf(message.from),
        ...languageOf(message.text),
        ...collectionFrom(message.text),
        ...roughIn(found, facts),
      });
      if (result.kind === 'need_info') throw new Error('decided facts came back undecided');
      await storeAttachments(deps, result.case.rma, message);
      await deps.mailLog.linkThread([withId.messageId], result.case.rma);
      return { outcome: 'created', rma: result.case.rma, replied: result.case.emails.confirmation?.state === 'sent' };
    }
    const draft = await openDraft(deps, policy, facts, decision, withId, flags, key, asked, roughIn(found, facts).roughDates);
    await storeAttachments(deps, draft.rma, message);
    await deps.mailLog.linkThread([withId.messageId], draft.rma);
    // One automatic reply per sender per day to a new request (RFC 3834 §2 spirit); replies in a
    // thread are a conversation and are always answered.
    const allowed = flags.length === 0 && (await deps.mailLog.claimDailyReply(message.from, deps.clock.today()));
    const replied = allowed && (await sendMissing(deps, draft, policy, decision));
    return { outcome: 'draft', rma: draft.rma, replied, missing: decision.missing };
  }

  return handleInboundMail;
}
