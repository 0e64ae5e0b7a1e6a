// The email channel: parse + decide time per message over the .eml corpus (p50/p99), and the bomb
// fixtures' time and peak memory, each in a fresh process.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inboundApp } from '../test/support/inbound';

const DIR = join(__dirname, '..', 'test', 'fixtures', 'email');
const BOMBS = ['part-bomb.eml', 'nesting-bomb.eml'];
const ROUNDS = 20;
const PASS = { virus: 'PASS', spam: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

export async function benchEmail(): Promise<void> {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.eml') && !BOMBS.includes(f));
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const f of files) {
      const { handle } = inboundApp();
      const raw = new Uint8Array(readFileSync(join(DIR, f)));
      const t0 = process.hrtime.bigint();
      await handle(raw, { recipients: [], verdicts: PASS });
      if (round > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6); // round 0 warms up
    }
  }
  console.log(`email: parse + decide (+ in-memory case and mail) per message, ${files.length} fixtures × ${ROUNDS - 1} rounds`);
  console.log(`  p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`);
  const child = (file?: string) => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'email-bomb-child.ts'), ...(file ? [join(DIR, file)] : [])], {
      encoding: 'utf8',
    });
    return JSON.parse(res.stdout) as { ms: number; maxRssMb: number; result: string };
  };
  const base = child();
  console.log(`  a fresh process that parses nothing: peak ${base.maxRssMb.toFixed(0)} MB`);
  for (const bomb of BOMBS) {
    const r = child(bomb);
    console.log(`  ${bomb}: ${r.result} in ${r.ms.toFixed(1)} ms, peak ${r.maxRssMb.toFixed(0)} MB (goal: rejected under 2 s and 256 MB)`);
  }
}
