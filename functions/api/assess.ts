// POST /api/assess — facts in, decision out; creates nothing.
import { assessRequestSchema } from '../../shared/cases';
import type { App } from '../../shared/wiring/app';
import { httpHandler, type HttpOptions } from '../http/handler';
import { notesIn } from '../../shared/i18n/policy-text';
import { apiLanguage, readBody } from '../http/request';
import { json } from '../http/responses';

export function makeAssessHandler(app: Pick<App, 'assess' | 'policies'>, options: HttpOptions) {
  return httpHandler(options, async (event) => {
    const request = assessRequestSchema.parse(readBody(event));
    const decision = app.assess(request);
    // `?lang=de`: the notes in German (the form's live answer); codes and clause ids stay as they are.
    const language = apiLanguage(event);
    const policy = app.policies.get(decision.policy);
    return json(200, language && policy ? { ...decision, notes: notesIn(language, decision, policy) } : decision);
  });
}
