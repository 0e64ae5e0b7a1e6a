// Which merchant a message is for, when it does not name one: a manufacturer's policy covers only
// what it makes, so a message that names only other products (a coffee machine, Office) is for the
// one merchant left, where exactly one is.
import { namedProducts } from '../extract/products';
import type { Policy } from '../rules';

export function merchantByProduct(text: string, policies: ReadonlyMap<string, Policy>): string | undefined {
  const named = namedProducts(text);
  if (named.length === 0) return undefined;
  const makes = (p: Policy, noun: string) => noun.split(/\s+/).some((word) => p.merchant.makes?.some((m) => word.startsWith(m)));
  const fits = [...policies.values()].filter((p) => !p.merchant.makes || named.some((noun) => makes(p, noun)));
  return fits.length === 1 ? fits[0]?.id : undefined;
}
