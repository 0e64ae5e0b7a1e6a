// What every environment wires the same way: the use cases over whichever adapters it chose.
import {
  makeApplyAction,
  makeAssess,
  makeCreateCase,
  makeCustomerCancel,
  makeGetCase,
  makeGetCaseForStaff,
  makeChooseRemedy,
  makeGiveCollectionDetails,
  makeRecordCollectionDetails,
  makeListCases,
  makeFindCases,
  makeOverview,
  makeRequestHuman,
  makeRunSlaCheck,
  makeSendLinks,
  type CaseStore,
  type Clock,
  type Ids,
  type Mailer,
  type MailQuota,
} from '../cases';
import { POLICIES, type Policy } from '../rules';

export interface AppConfig {
  /** Where customers open the desk; status links start here. */
  publicBaseUrl: string;
  /** Browser origins allowed to call the API (CORS). */
  corsOrigins: string[];
}

export interface Ports {
  store: CaseStore;
  mailer: Mailer;
  clock: Clock;
  ids: Ids;
  mailQuota: MailQuota;
}

export function makeApp(ports: Ports, config: AppConfig, policies: ReadonlyMap<string, Policy> = POLICIES) {
  const deps = { ...ports, policies, publicBaseUrl: config.publicBaseUrl };
  return {
    config,
    policies,
    clock: ports.clock,
    // The handlers name a client by its hashed address (clientSender), for the daily mail limits.
    ids: ports.ids,
    assess: makeAssess(deps),
    createCase: makeCreateCase(deps),
    getCase: makeGetCase(deps),
    requestHuman: makeRequestHuman(deps),
    customerCancel: makeCustomerCancel(deps),
    // After the decision (issue 16): where the merchant collects the return, by the customer's link or a channel that knows them.
    giveCollectionDetails: makeGiveCollectionDetails(deps),
    recordCollectionDetails: makeRecordCollectionDetails(deps),
    chooseRemedy: makeChooseRemedy(deps),
    sendLinks: makeSendLinks(deps),
    // Staff (issue 7): the queue, a case in full, the actions; and the 21-day check for the scheduler.
    listCases: makeListCases(deps),
    findCases: makeFindCases(deps),
    overview: makeOverview(deps),
    getCaseForStaff: makeGetCaseForStaff(deps),
    applyAction: makeApplyAction(deps),
    runSlaCheck: makeRunSlaCheck(deps),
  };
}

export type App = ReturnType<typeof makeApp>;
