// Assessing facts without opening a case (the form's live answer).
import { evaluate, parseFacts, type Decision } from '../rules';
import type { CaseDeps } from './case-deps';
import type { AssessRequest } from './request.schema';

/** Facts in, decision out; nothing is stored or sent. */
export function makeAssess(deps: Pick<CaseDeps, 'clock' | 'policies'>) {
  return function assess(request: AssessRequest): Decision {
    const { policy, facts } = parseFacts(request, { today: deps.clock.today(), policies: deps.policies });
    return evaluate(policy, facts);
  };
}
