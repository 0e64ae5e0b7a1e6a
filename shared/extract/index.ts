// Free text → facts. Pure: the day and the locale come in; the same text always reads the same.
// Used by the chat and by the email channel; the rules module decides what the facts mean.
import { BOOLEAN_FACTS, type FactPath, type FactValue } from '../rules';
import { findAnswer, findEmail, findIntents, findReferences } from './answers';
import { findCountry } from './countries';
import { findDates } from './dates';
import { findReason } from './reasons';
import { findStatements } from './statements';
import type { ExtractContext, Extraction } from './types';

export type { Answer, ExtractContext, Extraction, FoundDate, Intent } from './types';

const POLICY_HINTS: readonly (readonly [string, RegExp])[] = [
  ['plextor-eu', /\bplextor\b/i],
  ['plc-technologies', /\bplc(?: technologies)?\b/i],
];

const DATE_FACTS = new Set<string>(['purchaseDate', 'deliveryDate']);

export function extract(typed: string, ctx: ExtractContext): Extraction {
  // Phones type curly apostrophes: "haven’t" must read as "haven't".
  const text = typed.replace(/[\u2018\u2019\u02bc]/g, "'");
  const facts: Partial<Record<FactPath, FactValue>> = {};
  const reason = findReason(text);
  if (reason) facts.reason = reason;

  const dates = findDates(text, ctx);
  for (const d of dates) {
    const role = d.role ?? (ctx.expecting && DATE_FACTS.has(ctx.expecting) ? (ctx.expecting as 'purchaseDate' | 'deliveryDate') : undefined);
    if (role && facts[role] === undefined) facts[role] = d.date;
  }

  const country = findCountry(text, ctx.expecting === 'country');
  if (country) facts.country = country;

  Object.assign(facts, { ...findStatements(text), ...facts });

  const answer = findAnswer(text);
  const expecting = ctx.expecting;
  if (answer && expecting && (BOOLEAN_FACTS as readonly string[]).includes(expecting) && facts[expecting as FactPath] === undefined) {
    if (answer !== 'unsure') facts[expecting as FactPath] = answer === 'yes';
  }
  if (answer === 'unsure' && expecting === 'defectCause' && facts.defectCause === undefined) facts.defectCause = 'unknown';

  // A bare duration answers a question about a warranty's length: "2 years", "24 months", "24".
  if ((expecting === 'product.warrantyMonths' || expecting === 'product.supplierWarrantyMonths') && facts[expecting] === undefined) {
    const m = /^\s*(\d{1,3})\s*(years?|yrs?|months?|mo)?\b/i.exec(text);
    if (m) facts[expecting] = /^y/i.test(m[2] ?? '') ? Number(m[1]) * 12 : Number(m[1]);
    else if (expecting === 'product.supplierWarrantyMonths' && (answer === 'no' || /\bnone\b/i.test(text))) facts[expecting] = 0;
  }

  const email = findEmail(text);
  const policyHint = POLICY_HINTS.find(([, p]) => p.test(text))?.[0];
  return {
    facts,
    dates,
    references: findReferences(text),
    ...(email ? { email } : {}),
    ...(answer ? { answer } : {}),
    intents: findIntents(text),
    ...(policyHint ? { policyHint } : {}),
  };
}
