// The real CLI, offline, once: `cdk synth` runs the app with tsx, bundles the twelve functions with
// the local esbuild (no Docker here) and runs cdk-nag, whose unacknowledged errors fail the synth.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const MAX_BUNDLE_BYTES = 1.5 * 1024 * 1024;
// The bot carries the Microsoft 365 Agents SDK (about 1.4 MB minified; botbuilder was 2.8 MB): held to 2 MB.
const MAX_BOT_BUNDLE_BYTES = 2 * 1024 * 1024;
// Mail carries every charset (mailparser's iconv-lite and Japanese tables, ~0.9 MB) and reads free
// text (the extractor's word and place tables): its bundle is held to 2 MB.
const MAX_MAIL_BUNDLE_BYTES = 2 * 1024 * 1024;
const LIMITS: Record<string, number> = { Messages: MAX_BOT_BUNDLE_BYTES, InboundMail: MAX_MAIL_BUNDLE_BYTES };

interface Run {
  code: number | null;
  output: string;
}

function cdkSynth(outdir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['cdk', 'synth', '--quiet', '-o', outdir], {
      cwd: ROOT,
      // No telemetry, no version check against the registry: the synth must not need the network.
      env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', CDK_DISABLE_VERSION_CHECK: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

interface Resource {
  Type: string;
  Metadata?: Record<string, unknown>;
}

describe('cdk synth (real CLI, offline)', () => {
  let outdir: string;
  let run: Run;
  /** index.js of each function, by construct id (set by the first test). */
  let bundlesOf: Record<string, string> = {};

  beforeAll(async () => {
    outdir = mkdtempSync(join(tmpdir(), 'rma-cdk-'));
    run = await cdkSynth(outdir);
  }, 130_000);

  afterAll(() => {
    if (outdir) rmSync(outdir, { recursive: true, force: true });
  });

  it('exits 0 and bundles each of the thirteen functions into one index.js (1.5 MB at most, inbound mail 2 MB, the bot 2 MB), SDK left out', () => {
    // Prepare
    const failure = run.code === 0 ? '' : run.output;
    // Act
    const template = JSON.parse(readFileSync(join(outdir, 'RmaDeskStack.template.json'), 'utf8')) as { Resources: Record<string, Resource> };
    // CDK's bucket-notification handler is inline code, not a bundle.
    const functions = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function' && r.Metadata?.['aws:asset:path']);
    // By construct id: logical ids are the id plus an 8-character hash.
    const bundles = Object.fromEntries(
      functions.map(([logicalId, fn]) => [logicalId.replace(/[0-9A-F]{8}$/, ''), join(outdir, String(fn.Metadata?.['aws:asset:path']), 'index.js')]),
    );
    // Assess
    expect({ code: run.code, failure }).toEqual({ code: 0, failure: '' });
    expect(Object.keys(bundles).sort()).toEqual([
      'Assess',
      'CancelCase',
      'ChatToken',
      'CreateCase',
      'GetCase',
      'InboundMail',
      'MailEvents',
      'Messages',
      'Pages',
      'Photos',
      'ProcessPhoto',
      'SlaCheck',
      'Staff',
    ]);
    expect(new Set(Object.values(bundles)).size).toBe(13);
    bundlesOf = bundles;
    for (const [name, bundle] of Object.entries(bundles)) {
      expect({ name, small: statSync(bundle).size < (LIMITS[name] ?? MAX_BUNDLE_BYTES) }).toEqual({ name, small: true });
      // The SDK is left to the runtime: an inlined copy would carry its user-agent header name.
      expect(readFileSync(bundle, 'utf8')).not.toMatch(/x-amz-user-agent/i);
    }
    // The pages function serves Web Chat's minimal bundle (not the 3.9 MB full one) from beside its own.
    expect(statSync(join(bundles.Pages as string, '..', 'webchat.js')).size).toBeGreaterThan(1024 * 1024);
    expect(statSync(join(bundles.Pages as string, '..', 'webchat.js')).size).toBeLessThan(2.5 * 1024 * 1024);
    const createCase = readFileSync(bundles.CreateCase as string, 'utf8');
    // DynamoDB and SES through the desk's own clients (dynamodb-http.ts, ses-http.ts), not the SDK's.
    expect(createCase).not.toMatch(/require\("@aws-sdk\/(lib-dynamodb|client-dynamodb|client-sesv2)"\)/);
    expect(createCase).toContain('DynamoDB_20120810.');
    expect(createCase).toContain('/v2/email/outbound-emails');
  });

  it('ships sharp and the HEIC decoder installed beside the photo processor only, and sharp loads from there alone (libvips included)', () => {
    // Prepare
    const assetOf = (name: string) => join(bundlesOf[name] as string, '..');
    const processor = assetOf('ProcessPhoto');
    // Act: a fresh node in the asset, which has no node_modules above it, resizes a generated image.
    const probe = spawnSync(
      process.execPath,
      [
        '-e',
        "require('sharp')({ create: { width: 8, height: 8, channels: 3, background: '#c00' } }).resize(4).jpeg().toBuffer().then((b) => console.log(b.length > 100 ? 'ok' : 'empty'))",
      ],
      { cwd: processor, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    // Assess
    expect(readFileSync(join(processor, 'index.js'), 'utf8')).toMatch(/require\("sharp"\)/);
    // Loaded on the first HEIC only: a dynamic import of the shipped copy.
    expect(readFileSync(join(processor, 'index.js'), 'utf8')).toMatch(/import\("heic-decode"\)/);
    const heic = spawnSync(process.execPath, ['-e', "import('heic-decode').then((m) => console.log(typeof m.all))"], {
      cwd: processor,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(heic.stdout.trim()).toBe('function');
    for (const dir of ['sharp', '@img/sharp-linux-x64', '@img/sharp-libvips-linux-x64', '@img/colour', 'detect-libc', 'heic-decode', 'libheif-js']) {
      expect({ dir, installed: existsSync(join(processor, 'node_modules', dir, 'package.json')) }).toEqual({ dir, installed: true });
    }
    expect({ status: probe.status, out: probe.stdout.trim(), err: probe.stderr.slice(0, 500) }).toEqual({ status: 0, out: 'ok', err: '' });
    const withModules = Object.keys(bundlesOf).filter((name) => readdirSync(assetOf(name)).includes('node_modules'));
    expect(withModules).toEqual(['ProcessPhoto']);
  });
});
