// Held-out messages (see held-out.cases.ts): the ones read right must stay right, and the known
// misreadings must still be misread, so that a fix shows up here and KNOWN is kept honest.
import { extract, type ExtractContext } from '../../../../shared/extract';
import { HELD_OUT, KNOWN } from './held-out.cases';

const BASE: ExtractContext = { today: '2026-11-22', dateOrder: 'DMY' };

describe('held-out messages', () => {
  it('has at least 10 messages, and every known misreading is one of them', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(10);
    for (const text of Object.keys(KNOWN)) expect(HELD_OUT.map((c) => c.text)).toContain(text);
  });

  it.each(HELD_OUT.map((c) => [c.text, c] as const))('%s', (text, c) => {
    const found = extract(c.text, { ...BASE, ...c.ctx }).facts;
    if (KNOWN[text] === undefined) expect(found).toEqual(c.facts);
    else expect(found).not.toEqual(c.facts);
  });
});
