import { PolicyGapError } from '../../../../shared/rules';
import { policySchema } from '../../../../shared/rules/policy.schema';
import { runRulesCli } from '../../../../shared/rules/cli';

const TODAY = '2026-11-22';
const run = (input: unknown, command = 'evaluate') => runRulesCli([command], typeof input === 'string' ? input : JSON.stringify(input), TODAY);

describe('the rules CLI contract', () => {
  it('one object in, one decision out; asOf defaults to today', () => {
    const r = run({ policy: 'plc-technologies', reason: 'wrong_item' });
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.outcome).toBe('approved');
  });

  it('an array in, an array out, in the same order', () => {
    const r = run([
      { policy: 'plc-technologies', reason: 'wrong_item' },
      { policy: 'plextor-eu', reason: 'unwanted' },
    ]);
    expect(JSON.parse(r.stdout).map((d: { track: string }) => d.track)).toEqual(['wrong_item', 'not_applicable']);
  });

  it.each([
    ['not JSON', '{"policy":', 'input: not valid JSON'],
    ['not an object', '42', 'expected a JSON object of facts'],
    ['an unknown policy', { policy: 'acme' }, 'policy: unknown policy (known: plextor-eu, plc-technologies)'],
    ['no policy', { reason: 'unwanted' }, 'policy: expected string'],
    ['a wrong type', { policy: 'plc-technologies', invoiceCopy: 'yes' }, 'invoiceCopy: expected boolean'],
    ['an unknown enum value', { policy: 'plc-technologies', reason: 'broken' }, 'reason: expected one of "unwanted", "wrong_item"'],
    [
      'a nested unknown enum value',
      { policy: 'plc-technologies', product: { condition: 'mint' } },
      'product.condition: expected one of "new", "unboxed_deal", "used"',
    ],
    ['an unknown field', { policy: 'plc-technologies', colour: 'red' }, 'colour: unknown field'],
    ['an unknown nested field', { policy: 'plc-technologies', item: { scratched: true } }, 'item.scratched: unknown field'],
    ['a date that does not exist', { policy: 'plc-technologies', purchaseDate: '2026-02-30' }, 'purchaseDate: expected a calendar date as YYYY-MM-DD'],
    [
      'a date after asOf',
      { policy: 'plc-technologies', asOf: '2026-03-01', deliveryDate: '2026-03-02' },
      'deliveryDate: 2026-03-02 is after asOf (2026-03-01)',
    ],
    ['a date after today', { policy: 'plc-technologies', purchaseDate: '2027-01-01' }, 'purchaseDate: 2027-01-01 is after asOf (2026-11-22)'],
    [
      'a delivery before the purchase',
      { policy: 'plc-technologies', purchaseDate: '2026-03-02', deliveryDate: '2026-03-01', asOf: '2026-03-10' },
      'deliveryDate: 2026-03-01 is before purchaseDate (2026-03-02)',
    ],
    ['a country that does not exist', { policy: 'plextor-eu', country: 'XX' }, 'country: expected an ISO 3166-1 alpha-2 country code'],
    ['a negative warranty', { policy: 'plextor-eu', product: { warrantyMonths: -1 } }, 'product.warrantyMonths:'],
    ['one bad case in an array', [{ policy: 'plextor-eu' }, { policy: 'plextor-eu', reason: 'nope' }], '[1].reason: expected one of'],
    ['a bad case in an array that is not an object', [{ policy: 'plextor-eu' }, 7], '[1]: expected a JSON object of facts'],
  ])('rejects %s: exit 2, one line on stderr naming it, nothing on stdout', (_name, input, message) => {
    const r = run(input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads a lowercase country code', () => {
    expect(JSON.parse(run({ policy: 'plextor-eu', country: 'us', reason: 'defective' }).stdout).track).toBe('out_of_scope');
  });

  it('refuses an unknown command with its usage', () => {
    const r = runRulesCli(['judge'], '{}', TODAY);
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining('usage: npm run --silent rules -- evaluate|explain') });
  });

  it('explains each case of an array', () => {
    const r = run(
      [
        { policy: 'plc-technologies', reason: 'wrong_item' },
        { policy: 'plextor-eu', reason: 'unwanted' },
      ],
      'explain',
    );
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^Your return request/gm)).toHaveLength(2);
  });

  it('lets a failure of the engine through rather than disguise it as bad input', () => {
    // Prepare: a policy whose only clause decides nothing for a wrong item
    const gappy = policySchema.parse({
      id: 'gappy',
      version: '1',
      clausePrefix: 'gap',
      source: { title: 't', file: 'f' },
      merchant: { name: 'Gap', kind: 'retailer', howToRequest: 'ask', remedyAfter: 'inspection', remedyChosenBy: 'customer', mentionedAs: ['gap'] },
      locale: { language: 'en', dateOrder: 'DMY' },
      tracks: ['t'],
      windows: {},
      askOrder: ['reason'],
      clauses: [
        {
          id: 'gap.only',
          title: 't',
          quote: ['q'],
          decides: { when: { fact: 'reason', is: 'unwanted' }, then: { outcome: 'approved', track: 't', transport: 'send', notes: ['n'] } },
        },
      ],
    });
    // Act / Assess
    expect(() => runRulesCli(['evaluate'], JSON.stringify({ policy: 'gappy', reason: 'wrong_item' }), TODAY, new Map([['gappy', gappy]]))).toThrow(
      PolicyGapError,
    );
  });
});
