// A load run against the local desk's POST /api/cases: 50 requests/s for 30 s, from a separate
// process (autocannon's CLI), so the load generator does not share the desk's event loop.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startDesk } from '../local/desk';
import { RequestTimings } from '../local/timings';
import { startStack } from '../local/stack';
import { plcUnwantedRequest } from '../test/support/returns';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const RATE = Number(process.env.BENCH_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; p90: number; max: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}

function run(args: string[]): Promise<AutocannonJson> {
  return new Promise((resolve, reject) => {
    const bin = join(__dirname, '..', 'node_modules', 'autocannon', 'autocannon.js');
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as AutocannonJson) : reject(new Error(`autocannon exited ${code}: ${err.slice(-400)}`))));
  });
}

export async function benchDeskLoad(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rma-bench-'));
  const stack = await startStack({ dataDir, persist: false, ports: { dynamodb: 0, ses: 0, s3: 0 } });
  // One sender and one address for every request: limits high enough that each request creates a case
  // and sends its confirmation (the path measured), as for many customers at once.
  const timings = new RequestTimings();
  const desk = await startDesk({
    port: 0,
    smtpPort: 0,
    stack,
    logLevel: 'SILENT',
    mailLimits: { perRecipientPerDay: 1_000_000, perSenderPerDay: 1_000_000 },
    timings,
  });
  try {
    const delivered = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const body = JSON.stringify(plcUnwantedRequest({ email: 'load@example.com', name: 'Load Test' }, delivered));
    const common = ['--json', '-m', 'POST', '-H', 'content-type=application/json', '-b', body];
    await run([...common, '-a', '50', '-c', '5', `${desk.url}/api/cases`]); // warm-up: 50 requests
    timings.recorded.length = 0;
    const r = await run([...common, '-R', String(RATE), '-c', '10', '-d', String(SECONDS), `${desk.url}/api/cases`]);
    console.log(`desk load: POST /api/cases (create + DynamoDB Local + local SES), ${RATE} requests/s for ${SECONDS} s, 10 connections`);
    console.log(
      `  requests/s ${r.requests.average.toFixed(1)}, total ${r.requests.total}, 2xx ${r['2xx']}, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`,
    );
    console.log(`  latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms (goal p99 ≤ 50 ms, 0 errors)`);
    // Inside the desk: the handler's own time (total less the stand-ins' part) apart from DynamoDB Local's and the local SES's.
    const seen = timings.recorded.filter((t) => t.route === 'POST /api/cases');
    const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
    const own = seen.map((t) => t.totalMs - t.standInMs);
    const standIns = seen.map((t) => t.standInMs);
    const total = seen.map((t) => t.totalMs);
    const row = (name: string, xs: number[]) => `  ${name.padEnd(22)} p50 ${p(xs, 0.5).toFixed(1)} ms, p99 ${p(xs, 0.99).toFixed(1)} ms`;
    console.log(`  inside the desk, ${seen.length} requests:`);
    console.log(row('handler, own time', own));
    console.log(row('stand-ins (DDB, SES)', standIns));
    console.log(row('handler, total', total));
  } finally {
    await desk.close();
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
