// The customer tells the desk where and when to collect their return: on the status page (by their
// link), in the chat that registered the case, or in a verified reply to its email. Given again with
// the same details, nothing changes; changed, the latest count, until staff book the courier.
import { customerView, type Case, type CustomerCaseView } from './case';
import { collectionOpen, withCollectionDetails, type Collection, type CollectionDetails } from './collection';
import { CaseNotFoundError, CollectionClosedError } from './errors';
import { caseByLink, merchantName, type CaseDeps } from './use-cases';
import { updateWithRetry } from './write';

type Deps = Pick<CaseDeps, 'store' | 'clock' | 'policies'>;

async function give(deps: Deps, c: Case, details: CollectionDetails, via: Collection['via']): Promise<Case> {
  const at = deps.clock.now();
  const written = await updateWithRetry(
    deps.store,
    c.rma,
    (x) => {
      if (!collectionOpen(x))
        throw new CollectionClosedError(`case ${x.rma} takes no collection details (${x.status}, ${x.decision.transport ?? 'no transport'})`);
      return withCollectionDetails(x, details, at, via);
    },
    c,
  );
  return written ?? ((await deps.store.get(c.rma)) as Case);
}

/** By the status page's link: CaseNotFoundError for a wrong link, CollectionClosedError when it is no longer open. */
export function makeGiveCollectionDetails(deps: Deps & Pick<CaseDeps, 'ids'>) {
  return async function giveCollectionDetails(rmaText: string, token: string, details: CollectionDetails): Promise<CustomerCaseView> {
    const c = await caseByLink(deps, rmaText, token);
    const after = await give(deps, c, details, 'status_page');
    return customerView(after, merchantName(deps.policies, after), deps.policies.get(after.policy)?.merchant);
  };
}

/** By a channel that already knows the customer (the chat that registered the case, a verified email reply). */
export function makeRecordCollectionDetails(deps: Deps) {
  return async function recordCollectionDetails(rma: string, details: CollectionDetails, via: 'chat' | 'email'): Promise<Case> {
    const c = await deps.store.get(rma);
    if (!c) throw new CaseNotFoundError(`no case ${rma}`);
    return give(deps, c, details, via);
  };
}
