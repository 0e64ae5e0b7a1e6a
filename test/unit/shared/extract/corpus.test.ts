// The extraction corpus: each message must give exactly the facts it states, and nothing else.
import { extract, type ExtractContext } from '../../../../shared/extract';
import { CORPUS } from './corpus.cases';

const BASE: ExtractContext = { today: '2026-11-22', dateOrder: 'DMY' };

describe('free text → facts', () => {
  it('has at least 150 messages, some of which must extract nothing', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(CORPUS.filter((c) => Object.keys(c.facts).length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(
    CORPUS.map((c) => [c.text + (c.ctx?.expecting ? `  (asked: ${c.ctx.expecting})` : '') + (c.ctx?.dateOrder ? ` [${c.ctx.dateOrder}]` : ''), c] as const),
  )('%s', (_name, c) => {
    const found = extract(c.text, { ...BASE, ...c.ctx });
    expect(found.facts).toEqual(c.facts);
    for (const [key, value] of Object.entries(c.also ?? {})) expect({ [key]: found[key as keyof typeof found] }).toEqual({ [key]: value });
  });
});
