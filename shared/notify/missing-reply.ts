// The reply to an email that does not yet say enough: exactly the questions the rules still have.
import type { Case } from '../cases/case';
import type { OutgoingEmail } from '../cases/ports';
import type { FactPath, Policy } from '../rules';
import { ANSWER_TEXT } from '../intake/case-answer-text';
import { neededIn } from '../i18n/policy-text';
import { emailTextIn } from './email-text';
import { html } from './html';

/**
 * A vague request can leave a dozen facts open, and a list that long goes unanswered. The rules rank
 * what is missing (the policy's askOrder: the reason first, then what decides most), so the first
 * few are the ones worth asking now; the answers often settle the rest.
 */
export const MISSING_QUESTIONS_MAX = 5;

export function renderMissingReply(c: Case, policy: Policy, missing: readonly FactPath[]): Omit<OutgoingEmail, 'headers'> {
  const T = emailTextIn(c.language);
  const questions = missing.slice(0, MISSING_QUESTIONS_MAX).map((m) => neededIn(c.language, m));
  const more = missing.length > MISSING_QUESTIONS_MAX ? [T.missingMore] : [];
  // Sparks, smoke, a swelling battery: how to stay safe comes before the questions.
  const safety = c.asked?.kinds.includes('safety') ? [ANSWER_TEXT.safety] : [];
  // Questions asked beside the request (not a remedy asked for) are answered with the decision: said, so they are not taken as ignored.
  const later = c.asked?.kinds.some((kind) => kind !== 'safety' && kind !== 'chosen') ? [T.missingAnswersLater] : [];
  const text = [
    T.greeting(c.contact.name),
    '',
    ...safety.flatMap((line) => [line, '']),
    T.missingIntro(policy.merchant.name, c.rma),
    '',
    ...questions.map((q, i) => `  ${i + 1}. ${q}`),
    '',
    ...more.flatMap((m) => [m, '']),
    ...later.flatMap((line) => [line, '']),
    T.missingHow,
    '',
    T.signOff(policy.merchant.name),
    '',
    T.autoNote,
  ].join('\n');
  const body = html`<!doctype html><html lang="${c.language ?? 'en'}"><head><meta charset="utf-8"><title>${c.rma}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem">
<p>${T.greeting(c.contact.name)}</p>${safety.map((line) => html`<p>${line}</p>`)}<p>${T.missingIntro(policy.merchant.name, c.rma)}</p>
<ol>${questions.map((q) => html`<li>${q}</li>`)}</ol>${more.map((m) => html`<p>${m}</p>`)}${later.map((line) => html`<p>${line}</p>`)}
<p>${T.missingHow}</p><p style="white-space:pre-line">${T.signOff(policy.merchant.name)}</p>
<p style="color:#666;font-size:.85rem">${T.autoNote}</p></body></html>`.value;
  return { to: c.contact.email, subject: T.subject(policy.merchant.name, c.rma, 'need_info'), text: `${text}\n`, html: body };
}
