// Each function's bundle (same esbuild settings as the CDK stack): its size, and the cold start of a
// fresh `node` requiring it, against a bare handler's bundle. Beside it, the same with every SDK client
// the bundle loads only on first use (a status page, a message sent, a photo) also required: what a
// first request on the heaviest path pays, so that loading later is not mistaken for saving.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DESK_BUNDLING } from '../infra/lib/desk-function';

const ROOT = join(__dirname, '..');
const OUT = join(__dirname, '.out');
const RUNS = 15;

export const ENTRIES: Record<string, string> = {
  bare: 'bench/bare-handler.ts',
  // Not a function: the edge every API function shares, alone (what no API function can go below).
  'edge-floor': 'bench/edge-floor-handler.ts',
  // Nor this: the edge and the DynamoDB client, what no function that uses the table on each request goes below.
  'table-floor': 'bench/table-floor-handler.ts',
  // Not a function either: the SDKs the bot cannot do without, alone.
  'bot-floor': 'bench/bot-floor-handler.ts',
  assess: 'functions/api/assess.lambda.ts',
  'create-case': 'functions/api/create-case.lambda.ts',
  'get-case': 'functions/api/get-case.lambda.ts',
  pages: 'functions/web/pages.lambda.ts',
  'chat-token': 'functions/chat/token.lambda.ts',
  bot: 'functions/bot/messages.lambda.ts',
  photos: 'functions/photos/photos.lambda.ts',
  'process-photo': 'functions/photos/process.lambda.ts',
  'cancel-case': 'functions/api/cancel-case.lambda.ts',
  staff: 'functions/staff/staff.lambda.ts',
  'sla-check': 'functions/staff/sla.lambda.ts',
};
/** Shipped installed beside the bundle, as the stack does (native sharp; the HEIC decoder). */
const SHIPPED: Record<string, string[]> = { 'process-photo': ['sharp', 'heic-decode'] };
/** The goals, by bundle: the bot carries the Agents SDK and is held to 3× (issue 18), the rest to 1.5×. */
const GOAL: Record<string, number> = { bot: 3 };

// What the functions read at cold start (no network is touched while loading).
export const ENV = {
  ...process.env,
  TABLE_NAME: 'bench',
  MAIL_FROM: 'returns@example.com',
  PUBLIC_BASE_URL: 'https://returns.example.com',
  PHOTOS_BUCKET: 'bench-photos',
  AWS_REGION: 'eu-west-1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/**
 * Bundles one entry as the stack does; returns the bundle's path. `map`: a source map beside it, for the
 * profile to name the code (the bundle is the same; Node does not read the map without --enable-source-maps).
 */
export async function buildBundle(name: string, options: { map?: boolean } = {}): Promise<string> {
  const outfile = join(OUT, name, 'index.js');
  await build({
    ...DESK_BUNDLING,
    ...(options.map ? { sourcemap: true, sourcesContent: false } : {}),
    external: [...DESK_BUNDLING.external, ...(SHIPPED[name] ?? [])],
    bundle: true,
    entryPoints: [join(ROOT, ENTRIES[name] as string)],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** The SDK packages a bundle can require (external, so named in its text), loaded or not at cold start. */
function sdkPackages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...new Set([...text.matchAll(/require\("(@aws-sdk\/[^"]+)"\)/g)].map((m) => m[1] as string))].sort();
}

/** Wall time of one fresh node process that requires the bundle (then `also`) and exits. */
function coldStartOnce(file: string, also: string[] = []): number {
  const script = [file, ...also].map((f) => `require(${JSON.stringify(f)});`).join('');
  const t0 = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ['-e', script], { env: ENV, cwd: ROOT, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== 0) throw new Error(`${file} failed to load: ${res.stderr.slice(0, 400)}`);
  return ms;
}

export async function benchBundles(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const load = loadavg()[0] as number;
  const built: { name: string; outfile: string; onDemand: string[] }[] = [];
  for (const name of Object.keys(ENTRIES)) {
    const outfile = await buildBundle(name);
    // Which SDK packages the cold start leaves for later: those the bundle names but a bare require does not load.
    const names = sdkPackages(outfile);
    const probe = spawnSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(outfile)});const c=Object.keys(require.cache);console.log(JSON.stringify(${JSON.stringify(names)}.filter((n)=>!c.some((f)=>f.includes('/node_modules/'+n+'/')))))`,
      ],
      { env: ENV, cwd: ROOT, encoding: 'utf8' },
    );
    built.push({ name, outfile, onDemand: JSON.parse(probe.stdout.trim().split('\n').pop() ?? '[]') as string[] });
  }
  // Round by round, one start of each bundle per round: a change in the machine's load while the bench
  // runs falls on every bundle alike, so the ratios to the bare handler hold within one run.
  const times = built.map(() => ({ cold: [] as number[], firstUse: [] as number[] }));
  for (let round = 0; round < RUNS; round++) {
    built.forEach((b, i) => {
      const t = times[i] as { cold: number[]; firstUse: number[] };
      t.cold.push(coldStartOnce(b.outfile));
      if (b.onDemand.length > 0) t.firstUse.push(coldStartOnce(b.outfile, b.onDemand));
    });
  }
  const rows = built.map((b, i) => {
    const t = times[i] as { cold: number[]; firstUse: number[] };
    const ms = median(t.cold);
    return { name: b.name, kb: statSync(b.outfile).size / 1024, ms, firstUseMs: t.firstUse.length > 0 ? median(t.firstUse) : ms, onDemand: b.onDemand };
  });
  const bare = rows[0] as { kb: number; ms: number };
  console.log(
    `bundles: esbuild ${DESK_BUNDLING.target} ${DESK_BUNDLING.format}, whitespace and syntax minified, SDK clients and libraries external; cold start = median of ${RUNS} fresh node processes requiring the bundle, the bundles in turn; load average ${load.toFixed(2)} at the start`,
  );
  console.log('  "with on-demand SDK" also requires the SDK clients the function loads only on first use (listed).');
  for (const r of rows) {
    const measure = r.name === 'bare' || r.name.endsWith('-floor');
    const goalKb = r.name === 'bot' || measure ? '' : ' (goal ≤ 300)';
    const goal = measure ? '' : ` (goal ≤ ${GOAL[r.name] ?? 1.5}×)`;
    console.log(
      `  ${r.name.padEnd(13)} ${r.kb.toFixed(1).padStart(7)} KB${goalKb.padEnd(13)} cold start ${r.ms.toFixed(1).padStart(6)} ms   ${(r.ms / bare.ms).toFixed(2)}× bare${goal}` +
        (r.onDemand.length > 0
          ? `   with on-demand SDK ${r.firstUseMs.toFixed(1).padStart(6)} ms ${(r.firstUseMs / bare.ms).toFixed(2)}× (${r.onDemand.map((n) => n.replace('@aws-sdk/', '')).join(', ')})`
          : ''),
    );
  }
}
