// The customer's choice of remedy where the policy leaves it to them (PLC: "we will at your choice
// repair / replace … or credit your account … (or refund you if that is your preference)"), asked once
// the merchant has validated the return; and the resolutions each choice (and each policy) allows.
import type { Policy, Remedy } from '../rules';
import { customerView, type Case, type CustomerCaseView, type Resolution } from './case';
import { CaseError, CaseNotFoundError } from './errors';
import { caseByLink, merchantName, type CaseDeps } from './use-cases';
import { updateWithRetry } from './write';

export interface Choice {
  /** When staff validated the return and the customer was asked. */
  askedAt: string;
  remedy?: Remedy;
  /** When the customer chose. */
  at?: string;
}

/** How each remedy ends a case. */
export const RESOLUTION_OF: Record<Remedy, Resolution | undefined> = {
  repair: 'repaired',
  replace: 'replaced',
  replace_new: 'replaced',
  correct_product: 'replaced',
  credit: 'credited',
  refund: 'refunded',
  // What the supplier offers: staff resolve it as it turned out.
  supplier_remedy: undefined,
};

/** The resolutions staff may record: those the decision's remedies lead to (all of them for a supplier's remedy), and, for a manufacturer's unit it does not cover, returning it unrepaired. */
export function allowedResolutions(c: Pick<Case, 'decision'>, merchant: Pick<Policy['merchant'], 'kind'> | undefined): Resolution[] {
  const out = new Set<Resolution>();
  for (const r of c.decision.remedies) {
    const res = RESOLUTION_OF[r];
    if (res) out.add(res);
    else ['repaired', 'replaced', 'credited', 'refunded'].forEach((x) => out.add(x as Resolution));
  }
  if (merchant?.kind === 'manufacturer') out.add('returned_unrepaired');
  return [...out];
}

/** Whether the customer chooses among this decision's remedies (several, and the policy leaves it to them). */
export function customerChooses(c: Pick<Case, 'decision'>, merchant: Pick<Policy['merchant'], 'remedyChosenBy'> | undefined): boolean {
  return merchant?.remedyChosenBy === 'customer' && c.decision.outcome === 'approved' && c.decision.remedies.length > 1;
}

/** The choice can be asked: validated (received or being inspected), the customer chooses, not asked yet. */
export function choiceAskable(
  c: Pick<Case, 'decision' | 'status'> & { choice?: Choice },
  merchant: Pick<Policy['merchant'], 'remedyChosenBy'> | undefined,
): boolean {
  return (c.status === 'received' || c.status === 'inspecting') && customerChooses(c, merchant) && !c.choice;
}

/** The choice is open: asked, and the case not resolved yet. */
export const choiceOpen = (c: Pick<Case, 'status'> & { choice?: Choice }): boolean =>
  c.choice !== undefined && (c.status === 'received' || c.status === 'inspecting');

/** A choice the case does not offer (not asked, decided already, or a remedy not among the decision's). */
export class ChoiceClosedError extends CaseError {
  override name = 'ChoiceClosedError';
}

/** The customer chooses on the status page (by their link): until staff resolve it, the latest choice counts. */
export function makeChooseRemedy(deps: Pick<CaseDeps, 'store' | 'clock' | 'ids' | 'policies'>) {
  return async function chooseRemedy(rmaText: string, token: string, remedy: Remedy): Promise<CustomerCaseView> {
    const c = await caseByLink(deps, rmaText, token);
    const at = deps.clock.now();
    const written = await updateWithRetry(
      deps.store,
      c.rma,
      (x) => {
        if (!choiceOpen(x) || !x.decision.remedies.includes(remedy)) throw new ChoiceClosedError(`case ${x.rma} takes no choice of ${remedy} now`);
        if (x.choice?.remedy === remedy) return undefined;
        return { ...x, choice: { ...(x.choice as Choice), remedy, at }, updatedAt: at };
      },
      c,
    );
    const after = written ?? (await deps.store.get(c.rma));
    if (!after) throw new CaseNotFoundError(`case ${c.rma} vanished`);
    return customerView(after, merchantName(deps.policies, after), deps.policies.get(after.policy)?.merchant);
  };
}
