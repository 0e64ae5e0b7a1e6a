// `npm run bench -- profile [-- <bundle>…]`: where each bundle's cold start goes. A fresh `node` requires the
// bundle (built as the stack builds it, bench/bundles.ts) under V8's CPU profiler, and each sample is charged
// to the code that caused it: the nearest frame of the bundle (through its source map, to our file or the
// bundled package) or of an external package (the SDK the runtime ships). Time spent in Node's module loader
// under such a frame is reported apart, as "→ require": what that code loads, not what it runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { buildBundle, ENTRIES, ENV } from './bundles';

const ROOT = join(__dirname, '..');
/** Profiles per bundle; the figures are their mean. The profiler slows the process, so shares matter more than ms. */
const RUNS = 5;
const SHOWN = 10;
const DEFAULT_BUNDLES = ['bare', 'edge-floor', 'assess', 'create-case', 'bot'];

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a path inside node_modules belongs to (`@scope/name` or `name`), or undefined. */
function packageOf(path: string): string | undefined {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
  return match?.[1];
}

/** Names the code a bundle frame runs: the bundled package, or our source file. */
function bundleSource(map: SourceMap, bundleDir: string, frame: CallFrame): string {
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
  if (!entry.originalSource) return "(esbuild's module helpers)";
  const source = entry.originalSource.replace(/^file:\/\//, '');
  return packageOf(source) ?? relative(ROOT, join(bundleDir, source));
}

/** Charges every sample of one profile; returns ms by cause. */
function charge(profile: CpuProfile, bundle: string, map: SourceMap): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isSdk = (p: string) => p.startsWith('@aws-sdk/') || p.startsWith('@smithy/') || p.startsWith('@aws-crypto/');
  const cause = new Map<number, string>();
  const causeOf = (id: number): string => {
    const known = cause.get(id);
    if (known !== undefined) return known;
    const leaf = byId.get(id) as ProfileNode;
    const special = leaf.callFrame.functionName;
    if (special === '(garbage collector)') return '(garbage collector)';
    if (special === '(program)' || special === '(idle)' || special === '(root)') return "(node's own start and exit)";
    // Walk up to the nearest frame of user code; remember whether Node's loader ran below it.
    let loading = false;
    let outermostPackage: string | undefined;
    let owner: string | undefined;
    let sawEval = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const { url, functionName } = (byId.get(cur) as ProfileNode).callFrame;
      if (url === `file://${bundle}` || url === bundle) {
        owner ??= bundleSource(map, dirname(bundle), (byId.get(cur) as ProfileNode).callFrame);
        break;
      }
      const pkg = url.includes('node_modules/') ? packageOf(url) : undefined;
      if (pkg !== undefined) {
        outermostPackage = pkg;
        owner ??= pkg;
      } else if (
        url.startsWith('node:internal/modules') ||
        functionName === 'compileFunction' ||
        functionName === 'readFileUtf8' ||
        functionName.startsWith('internalModule')
      ) {
        if (owner === undefined) loading = true;
      } else if (url.startsWith('[eval]')) sawEval = true;
    }
    let result: string;
    if (outermostPackage !== undefined && isSdk(outermostPackage)) result = `${outermostPackage} (runtime's SDK)`;
    else if (owner !== undefined) result = loading ? `${owner} → require` : owner;
    else result = sawEval ? '(reading and compiling the bundle)' : "(node's own start and exit)";
    cause.set(id, result);
    return result;
  };
  const ms = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = causeOf(id);
    ms.set(key, (ms.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return ms;
}

function profileOnce(bundle: string, map: SourceMap): Map<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'cold-profile-'));
  try {
    const res = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '100', '-e', `require(${JSON.stringify(bundle)})`], {
      env: ENV,
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (res.status !== 0) throw new Error(`${bundle} failed to load: ${res.stderr.slice(0, 400)}`);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('node wrote no CPU profile');
    return charge(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, bundle, map);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchColdStartProfile(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => a in ENTRIES);
  const names = asked.length > 0 ? asked : DEFAULT_BUNDLES;
  console.log(`cold-start profile: mean of ${RUNS} CPU profiles of a fresh node requiring each bundle (sampled every 0.1 ms; the profiler adds time)`);
  for (const name of names) {
    const bundle = await buildBundle(name, { map: true });
    const map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
    const sum = new Map<string, number>();
    for (let i = 0; i < RUNS; i++) for (const [k, v] of profileOnce(bundle, map)) sum.set(k, (sum.get(k) ?? 0) + v / RUNS);
    const total = [...sum.values()].reduce((a, b) => a + b, 0);
    console.log(`  ${name}: ${total.toFixed(1)} ms profiled`);
    const rows = [...sum.entries()].sort((a, b) => b[1] - a[1]);
    for (const [cause, ms] of rows.slice(0, SHOWN)) {
      console.log(`    ${ms.toFixed(1).padStart(6)} ms ${((100 * ms) / total).toFixed(0).padStart(3)}%  ${cause}`);
    }
    const rest = rows.slice(SHOWN).reduce((a, [, v]) => a + v, 0);
    if (rest > 0) console.log(`    ${rest.toFixed(1).padStart(6)} ms ${((100 * rest) / total).toFixed(0).padStart(3)}%  (${rows.length - SHOWN} more)`);
  }
}
