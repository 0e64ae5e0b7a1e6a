// One message through the parser in a fresh process: its time and the process's peak memory.
import { readFileSync } from 'node:fs';
import { parseMail } from '../shared/email/parse';

void (async () => {
  const file = process.argv[2];
  const raw = file ? new Uint8Array(readFileSync(file)) : new Uint8Array();
  const t0 = process.hrtime.bigint();
  const result = file ? await parseMail(raw, { ownDomains: ['rma.localhost'] }) : { ok: true };
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(
    JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, result: result.ok ? 'parsed' : (result as { reason: string }).reason }),
  );
})();
