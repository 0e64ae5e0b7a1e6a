// A decision as readable text: the part above the line can go to the customer as it is; below it,
// every clause looked at and what each check saw, for staff.
import type { Check, Decision } from './decision';
import { FACT_LABELS } from './facts.schema';
import { CUSTOMER_PAYS_LABELS, DEADLINE_LABELS, DOCUMENT_LABELS, OUTCOME_LABELS, PHOTO_LABELS, REMEDY_LABELS, trackLabel } from './labels';
import type { Policy } from './policy.schema';

const MARK = { yes: '✓', no: '✗', unknown: '?' } as const;

function bullet(lines: readonly string[], indent = '  '): string[] {
  return lines.map((l) => `${indent}• ${l}`);
}

function sawText(check: Check): string {
  if (check.saw === undefined) return 'not known yet';
  if (typeof check.saw === 'object') {
    const { from, start, end, asOf } = check.saw;
    return `${from} ${start}, last day ${end}, request on ${asOf}`;
  }
  return `${String(check.saw)}${check.assumed ? ' (presumed)' : ''}`;
}

export function explain(decision: Decision, policy: Policy, asOf: string): string {
  const out: string[] = [];
  const headline = decision.track ? `${OUTCOME_LABELS[decision.outcome]} — ${trackLabel(decision.track)}` : OUTCOME_LABELS[decision.outcome];
  out.push(`Your return request — ${policy.merchant.name}`, `Decision: ${headline}`, '');
  out.push(...decision.notes, '');

  if (decision.outcome === 'need_info') {
    out.push('Before we can decide, please tell us:');
    decision.missing.forEach((m, i) => out.push(`  ${i + 1}. ${FACT_LABELS[m]}`));
    out.push('');
  }

  const cited = decision.clauses.map((id) => policy.clauses.find((c) => c.id === id)).filter((c) => c !== undefined);
  out.push(`What ${policy.merchant.name}'s policy says (“${policy.source.title}”):`);
  for (const clause of cited) {
    out.push(`  [${clause.id}] ${clause.title}`);
    for (const q of clause.quote) out.push(`    “${q}”`);
  }
  out.push('');

  if (decision.outcome !== 'need_info') {
    const gets = decision.remedies.map((r) => REMEDY_LABELS[r]);
    if (gets.length > 0) out.push(`What you can get: ${gets.join(', or ')}.`);
    const pays = decision.customerPays.map((p) => CUSTOMER_PAYS_LABELS[p]);
    out.push(`What you pay: ${pays.length > 0 ? pays.join('; ') : 'nothing'}.`);
    if (decision.restockingFeeMaxPercent !== undefined) {
      out.push(`A restocking fee of up to ${decision.restockingFeeMaxPercent}% may apply.`);
    }
    if (decision.slaDays !== undefined) out.push(`Promised handling time: ${decision.slaDays} days.`);
    for (const [key, date] of Object.entries(decision.deadlines)) out.push(`${DEADLINE_LABELS[key] ?? key}: ${date} (your request: ${asOf}).`);
    if (decision.documents.length > 0) {
      out.push('', 'The parcel needs:', ...bullet(decision.documents.map((d) => DOCUMENT_LABELS[d])));
    }
    if (decision.photos.length > 0) {
      out.push('', 'Photos to send us:', ...bullet(decision.photos.map((p) => PHOTO_LABELS[p])));
    }
    if (decision.packing.length > 0) {
      out.push('', 'How to pack it:');
      decision.packing.forEach((p, i) => out.push(`  ${i + 1}. ${p}`));
    }
    out.push('');
  }

  const contact = [policy.merchant.email, policy.merchant.phone].filter(Boolean).join(' · ');
  out.push(`Next step: ${policy.merchant.howToRequest}${contact ? ` Contact: ${contact}.` : ''}`, '');

  out.push('— for staff: how the rules read it —', `policy ${decision.policy} version ${decision.policyVersion}`);
  if (decision.presumed.length > 0) out.push(`presumed, not said by the customer (check on arrival or against the order): ${decision.presumed.join(', ')}`);
  for (const entry of decision.trace) {
    out.push(`  ${MARK[entry.held]} ${entry.clause} (${entry.role})`);
    for (const check of entry.checks) out.push(`      ${MARK[check.held]} ${check.test}: ${sawText(check)}`);
  }
  return `${out.join('\n')}\n`;
}
