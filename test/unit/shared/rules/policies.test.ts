import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { POLICIES, type PolicyInput } from '../../../../shared/rules';
import { policySchema } from '../../../../shared/rules/policy.schema';
import { compilePolicies, POLICY_SOURCES } from '../../../../shared/rules/policies/sources';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each([...POLICIES.values()].map((p) => [p.id, p] as const))('policy %s', (_id, policy) => {
  const source = normalise(readFileSync(join(__dirname, '../../../../shared/rules/policies/sources', policy.source.file), 'utf8'));

  it.each(policy.clauses.map((c) => [c.id, c] as const))('%s quotes its source word for word', (_clause, clause) => {
    for (const quote of clause.quote) expect(source).toContain(normalise(quote));
  });

  it('asks first about the reason', () => {
    expect(policy.askOrder[0]).toBe('reason');
  });

  it('asks only what only the customer can tell (the presumption contract)', () => {
    const asked =
      policy.id === 'plextor-eu' ? ['reason', 'country', 'purchaseDate'] : ['reason', 'deliveryDate', 'purchaseDate', 'product.supplierWarrantyMonths'];
    expect(policy.askOrder).toEqual(asked);
  });
});

describe('the policy format', () => {
  const base = POLICY_SOURCES[1] as PolicyInput;
  const clauses = base.clauses;
  const errorsOf = (input: unknown) => {
    const r = policySchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts both seed policies', () => {
    expect(POLICY_SOURCES.map((p) => errorsOf(p))).toEqual([[], []]);
  });

  it('is loaded as compiled: compiled.json is what the sources compile to (else run npm run policies)', () => {
    const compiled = compilePolicies();
    expect([...POLICIES.values()]).toEqual(compiled);
    expect(compiled.map((p) => p.id)).toEqual(['plextor-eu', 'plc-technologies']);
  });

  it.each([
    ['a duplicate clause id', { ...base, clauses: [...clauses, clauses[0]] }, 'duplicate clause id plc.general.modified'],
    ['a clause id from another policy', { ...base, clauses: [...clauses, { ...clauses[0]!, id: 'other.x' }] }, 'clause ids start with "plc."'],
    ['a reference to a missing clause', { ...base, clauses: [{ ...clauses[0]!, see: ['plc.nowhere'] }, ...clauses.slice(1)] }, 'unknown clause plc.nowhere'],
    ['an unknown track', { ...base, tracks: ['unwanted_return'] }, 'unknown track not_returnable'],
    ['an unknown window', { ...base, windows: {} }, 'unknown window unwanted'],
    [
      'an unknown region',
      {
        ...base,
        clauses: [
          ...clauses,
          {
            id: 'plc.x.y',
            title: 't',
            quote: ['q'],
            decides: { when: { fact: 'country', inRegion: 'mars' }, then: { outcome: 'declined', track: 'not_returnable', notes: ['n'] } },
          },
        ],
      },
      'unknown region mars',
    ],
    ['a fact read but never asked', { ...base, askOrder: ['reason'] }, 'deliveryDate is read by plc.unwanted.window-30-days but not in askOrder'],
    ['no deciding clause', { ...base, clauses: clauses.filter((c) => !c.decides) }, 'no clause decides'],
    [
      'a review that does not say how it ends',
      {
        ...base,
        clauses: [
          ...clauses,
          {
            id: 'plc.x.z',
            title: 't',
            quote: ['q'],
            decides: { when: { fact: 'reason', is: 'unwanted' }, then: { outcome: 'review', track: 'not_returnable', notes: ['n'] } },
          },
        ],
      },
      'a review says what follows when it is approved and when it is declined',
    ],
    [
      'an approval that does not say how the product travels',
      {
        ...base,
        clauses: [
          ...clauses,
          {
            id: 'plc.x.t',
            title: 't',
            quote: ['q'],
            decides: { when: { fact: 'reason', is: 'unwanted' }, then: { outcome: 'approved', track: 'not_returnable', notes: ['n'] } },
          },
        ],
      },
      'an approval or review says how the product travels (collection or send)',
    ],
    ['a fact both asked and presumed', { ...base, askOrder: [...base.askOrder, 'item.used'] }, 'item.used is presumed, so it is never asked'],
    [
      'a presumption checked on arrival without the group sentence',
      { ...base, presumedNotes: undefined },
      "item.modified is checked on arrival: the group's sentence is needed",
    ],
    [
      'a clause that decides and adds',
      { ...base, clauses: [{ ...clauses[0]!, adds: { when: { outcome: ['approved'] }, then: {} } }, ...clauses.slice(1)] },
      'a clause either decides or adds, not both',
    ],
  ])('rejects %s', (_name, input, message) => {
    expect(errorsOf(input)).toContain(message);
  });
});
