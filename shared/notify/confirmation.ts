// The confirmation email of a case, and the same decision written again when staff decide a review
// or reassess a case: plain text and HTML with the same content.
import { customerView, type Case } from '../cases/case';
import { ANSWER_TEXT, answerCaseQuestions, decisionTerms, worthNoting, type CaseQuestion } from '../intake/case-answers';
import type { OutgoingEmail } from '../cases/ports';
import type { Language } from '../extract/language';
import { dateIn, labelled, monthIn } from '../i18n/format';
import { notesIn, sentenceIn } from '../i18n/policy-text';
import { DEADLINE_LABELS, OUTCOME_LABELS, PHOTO_LABELS, trackLabel, type Policy } from '../rules';
import { PHOTO_LIMITS } from '../photos/limits';
import { aboutLines, afterTextIn, collectionNoted, collectionStanding } from './after-text';
import { emailTextIn, updateTextIn } from './email-text';
import { closingSections, renderLetter, type Section } from './letter';
import { getsText, nextSteps, paysText } from './next-steps';

interface DecisionOptions {
  /** The customer's status page: a link of its own in each email (tokens are stored hashed, so none is reused). */
  statusUrl?: string;
  /** Whether to say how to pack and where to send the parcel (not once it has arrived). */
  packing: boolean;
}

/**
 * A deadline as exactly as the date it is counted from was given: "March 2027" from "bought in March
 * last year" (blind run BN: "1 March" was a day the customer never said).
 */
function deadlineIn(c: Pick<Case, 'roughDates' | 'language'>, policy: Pick<Policy, 'windows'>, key: string, date: string): string {
  const from = Object.values(policy.windows).find((w) => w.deadline === key)?.from ?? [];
  const rough = from.some((fact) => c.roughDates?.[fact as keyof NonNullable<Case['roughDates']>] === 'month');
  return rough ? monthIn(c.language, date) : dateIn(c.language, date);
}

function sections(c: Case, policy: Policy, options: DecisionOptions): Section[] {
  const d = c.decision;
  const { statusUrl } = options;
  const merchant = policy.merchant;
  // Written in the case's language; the clause quotes stay as the merchant wrote them.
  const language = c.language;
  const T = emailTextIn(language);
  const U = updateTextIn(language);
  const say = (english: string) => sentenceIn(language, english);
  const out: Section[] = [];
  const headline = `${say(OUTCOME_LABELS[d.outcome])}${d.track ? ` — ${say(trackLabel(d.track))}` : ''}`;
  // Sparks, smoke, a swelling battery: how to stay safe comes before anything else.
  if (c.asked?.kinds.includes('safety')) out.push({ title: T.safetyFirst, lines: [ANSWER_TEXT.safety] });
  out.push({ title: T.decision, lines: [headline, ...notesIn(language, d, policy)] });
  // What the item is, as the customer described it: they can see it was understood.
  const about = aboutLines(language, c.about);
  if (about.length > 0) out.push({ title: afterTextIn(language).about.title, lines: about });
  const answers = answersToAsked(c, policy);
  if (answers.length > 0) out.push({ title: T.yourQuestions, lines: answers });

  if (d.outcome === 'approved' || d.outcome === 'review') {
    const terms: string[] = [];
    const gets = getsText(d, policy.merchant, language);
    if (gets) terms.push(`${labelled(language, T.youGet, gets)}.`);
    terms.push(`${labelled(language, T.youPay, paysText(d, language))}.`);
    if (d.restockingFeeMaxPercent !== undefined) terms.push(T.restocking(d.restockingFeeMaxPercent));
    if (d.slaDays !== undefined) terms.push(T.slaTerm(d.slaDays));
    // The customer has told us already: the notice deadline is history; later dates still matter.
    for (const [key, date] of Object.entries(d.deadlines))
      if (key !== 'notifyBy') terms.push(`${labelled(language, say(DEADLINE_LABELS[key] ?? key), deadlineIn(c, policy, key, date))}.`);
    out.push({ title: T.terms, lines: terms });
  }
  if (d.photos.length > 0 && options.packing) {
    // Photos are uploaded on the status page: the same personal link as below.
    const after = statusUrl ? [T.photosHow(PHOTO_LIMITS.maxPerCase), statusUrl] : [U.photosHowByConfirmation(PHOTO_LIMITS.maxPerCase)];
    out.push({ title: T.photos, lines: d.photos.map((p) => say(PHOTO_LABELS[p])), after });
  }
  if (d.outcome === 'approved') {
    if (options.packing) {
      // The photos have their own section above (with the link); then the parcel, then how it goes.
      const [transport, ...rest] = nextSteps(d, merchant, language, true);
      for (const step of rest) if (step.kind !== 'photos') out.push(step);
      if (d.packing.length > 0) out.push({ title: T.packing, lines: d.packing.map(say), ordered: true });
      // A collection: the customer says where and when, by reply or on the status page (unless they did in the chat).
      if (transport?.kind === 'collection')
        out.push({
          ...transport,
          lines: [
            ...transport.lines,
            ...(c.collection ? [collectionNoted(language, c.collection), ...collectionStanding(c)] : [collectionAsk(language, c.contact.phone)]),
          ],
        });
      else if (transport) out.push(transport);
    }
  } else {
    out.push({ title: T.whatNext, lines: [T.notApproved[d.outcome as keyof typeof T.notApproved]] });
  }
  // What to do comes first; the policy's own words, which it rests on, after it.
  const cited = d.clauses.map((id) => policy.clauses.find((cl) => cl.id === id)).filter((cl) => cl !== undefined);
  const quotes = cited.map((cl) => labelled(language, say(cl.title), `“${cl.quote.join(' … ')}”`));
  out.push({ title: T.why(merchant.name), lines: [...(T.quotedAsWritten ? [T.quotedAsWritten(merchant.name)] : []), ...quotes] });
  return [...out, ...closingSections(policy, statusUrl, true, language)];
}

/** What the letter itself answers whole, in its own sections: not answered again above them. */
const LETTER_ANSWERS: readonly CaseQuestion[] = ['next', 'include', 'photos', 'status', 'safety'];

/**
 * The answers to what the message that opened the case asked beside its request ("can I keep it until
 * the new one comes?"), in the words a reply gets; the questions none answers are said back, and a
 * colleague has them (the case is flagged).
 */
function answersToAsked(c: Case, policy: Policy): string[] {
  if (!c.asked) return [];
  const kinds = worthNoting(c.asked.kinds as CaseQuestion[], c.decision).filter((kind) => !LETTER_ANSWERS.includes(kind));
  if (kinds.length === 0 && c.asked.open.length === 0) return [];
  const T = emailTextIn(c.language);
  const words = {
    ifDeclined: T.ifDeclined,
    photosHow: T.photosByReply,
    chooseHow: T.chooseByReply,
    passedOn: T.answerMore,
    ...(c.language ? { language: c.language } : {}),
  };
  return answerCaseQuestions(kinds, decisionTerms(customerView(c, policy.merchant.name).decision), policy.merchant, words, c.asked.open).flatMap((a) =>
    a.split('\n\n'),
  );
}

/** The confirmation for a newly created case (also the written answer for review, declined, referred). */
export function renderConfirmation(c: Case, policy: Policy, statusUrl: string): OutgoingEmail {
  const T = emailTextIn(c.language);
  return renderLetter(c, policy, {
    subject: T.subject(policy.merchant.name, c.rma, c.decision.outcome),
    lead: [T.intro(policy.merchant.name, c.rma), T.keepNumber],
    sections: sections(c, policy, { statusUrl, packing: true }),
    link: statusUrl,
  });
}

/**
 * The case's decision written again: staff decided its review (`reviewed`: with packing
 * instructions when approved, as a direct approval has), or reassessed it after inspection.
 */
export function renderDecisionUpdate(c: Case, policy: Policy, why: 'reviewed' | 'reassessed', options: DecisionOptions): OutgoingEmail {
  const merchant = policy.merchant.name;
  const T = emailTextIn(c.language);
  const U = updateTextIn(c.language);
  return renderLetter(c, policy, {
    subject: why === 'reviewed' ? T.subject(merchant, c.rma, c.decision.outcome) : U.subject(merchant, c.rma, U.subjects.reassessed),
    lead: [why === 'reviewed' ? U.reviewed(merchant, c.rma) : U.reassessed(merchant, c.rma), T.keepNumber],
    sections: sections(c, policy, options),
  });
}

/** What the confirmation asks for a collection: without the phone number when the customer gave one. */
function collectionAsk(language: Language | undefined, phone: string | undefined): string {
  const T = afterTextIn(language).collection;
  return phone ? T.askEmailHavePhone(phone) : T.askEmail;
}
