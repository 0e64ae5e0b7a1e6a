// The customer's view of their case, by the link in their confirmation.
import { customerView, type CustomerCaseView } from './case';
import { caseByLink, merchantName, type CaseDeps } from './case-deps';

/** The customer's view of their case. Unknown RMA and wrong token both give CaseNotFoundError. */
export function makeGetCase(deps: Pick<CaseDeps, 'store' | 'ids' | 'policies'>) {
  return async function getCase(rmaText: string, token: string): Promise<CustomerCaseView> {
    const c = await caseByLink(deps, rmaText, token);
    return customerView(c, merchantName(deps.policies, c), deps.policies.get(c.policy)?.merchant);
  };
}
