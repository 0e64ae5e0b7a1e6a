// Questions about a return once it has its RMA number, in the chat: answered from the case as it is
// now (shared/intake/case-answers.ts holds the questions and the answers, shared with email).
import { customerView, type Case } from '../shared/cases/case';
import { canonical } from '../shared/cases/use-cases';
import type { CaseStatus } from '../shared/cases/status';
import { answerCaseQuestions as answerAll, decisionTerms, type CaseQuestion, type DecisionTerms } from '../shared/intake/case-answers';
import type { Policy } from '../shared/rules';
import type { Language } from '../shared/extract/language';
import { promptsFor } from './prompts';

/**
 * The part of the decision the answers need, kept with the conversation (its trace is far too big):
 * the decision the chat last told the customer of, to notice when the case has moved on since.
 */
export type ChatDecision = DecisionTerms;
export const chatDecision = decisionTerms;

/** The case as it stands now: where it is, and the decision the customer has been told of. */
export interface CaseNow {
  status: CaseStatus;
  decision: ChatDecision;
}

export function caseNow(c: Case): CaseNow {
  // The customer's view: while a case is in review, a reassessment waits for staff's answer, and the
  // status page still shows the review; the chat says the same.
  const view = customerView(c, c.policy);
  return { status: view.status, decision: chatDecision(view.decision) };
}

/**
 * What has changed since the chat last told the customer of the decision (staff approved or declined
 * a review, or reassessed the case), in a sentence; undefined when nothing has. A cancelled case is
 * the caller's to say (nothing is answered about it).
 */
export function movedOn(rma: string, told: ChatDecision, now: ChatDecision, language?: Language): string | undefined {
  const after = promptsFor(language).after;
  if (now.outcome !== told.outcome) {
    const outcome = now.outcome;
    if (outcome === 'approved' || outcome === 'declined' || outcome === 'review') return after.movedOn[outcome](rma);
    return after.movedOn.changed(rma);
  }
  // Keys sorted (a kept decision has been through JSON), so any change to what the answers read shows.
  return canonical(now) === canonical(told) ? undefined : after.movedOn.changed(rma);
}

export { caseQuestion, passesOn, type CaseQuestion } from '../shared/intake/case-answers';

/**
 * The answers, as the confirmation email would give them; a declined return is offered a person.
 * Then, once, the questions none answers (quoted back), or that a colleague has the message. Before
 * the case is registered (`registered` false) nothing has been passed on yet: how to reach one instead.
 */
export function answerCaseQuestions(
  kinds: readonly CaseQuestion[],
  d: ChatDecision,
  merchant: Policy['merchant'],
  open: readonly string[] = [],
  registered = true,
  language?: Language,
): string[] {
  const after = promptsFor(language).after;
  return answerAll(
    kinds,
    d,
    merchant,
    {
      ifDeclined: after.ifDeclined,
      photosHow: after.photosHow,
      chooseHow: registered ? after.chooseHow : after.askAPerson,
      passedOn: registered ? after.passedOn : after.askAPerson,
      ...(language ? { language } : {}),
    },
    open,
  );
}
