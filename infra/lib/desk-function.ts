// Every desk function is built the same way; only its entry file and its extra environment differ.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { Architecture, ParamsAndSecretsLayerVersion, ParamsAndSecretsLogLevel, ParamsAndSecretsVersions, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';
import { envValues, RUNTIME_ENV } from '../../shared/config/function-env';
import { catalogueFile, compiledFile } from '../../shared/adapters/node/language-catalogues';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The esbuild settings of every function bundle, in esbuild's own option names, so that the
 * benchmark can call `esbuild.build({ ...DESK_BUNDLING, entryPoints })` and measure exactly what
 * ships. The CDK construct below derives its bundling from this object, adding only a function's own
 * copied files and shipped native packages.
 */
export const DESK_BUNDLING = {
  // Whitespace and syntax minified, identifiers kept: a stack trace in the logs names our functions
  // without a source map. With maps, Node read and parsed each bundle's map at every cold start
  // (--enable-source-maps); and fully minified identifiers loaded slower than kept ones. Measured with
  // `npm run bench -- bundles` (docs/architecture.md, "Cold start").
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: false,
  target: 'node22',
  platform: 'node',
  // CommonJS because the Lambda loader treats `index.js` as CJS without a package.json beside it;
  // esbuild turns the ESM-only packages (middy 6) into CJS while bundling.
  format: 'cjs',
  // The functions call DynamoDB, SES and S3 through the desk's own clients (shared/adapters/aws-http),
  // not the SDK's. Should a bundle name an SDK client or library, the Node.js 22 runtime's copy (on its
  // NODE_PATH) is used rather than a bundled one; helpers outside those (@aws-sdk/util-dynamodb) are
  // bundled: the runtime is not documented to carry them.
  // OpenTelemetry is left out too: the Agents SDK's telemetry tries to load it and, absent, traces nothing.
  external: ['@aws-sdk/client-*', '@aws-sdk/lib-*', '@smithy/*', '@opentelemetry/api', '@opentelemetry/api-logs'],
  // The German and French messages are parsed ahead (npm run i18n): FormatJS's parser stays out of
  // every bundle, replaced by its no-parser build, which formats the parsed messages.
  alias: { '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js' },
} satisfies BuildOptions;

/** What a bundle carries besides its own code. */
export interface BundleExtras {
  /** Files copied beside the bundle (absolute source path → name in the bundle's directory). */
  copyFiles?: Record<string, string>;
  /** Packages left out of the bundle and shipped as installed (see shippedPackages). */
  packages?: ShippedPackages;
}

/**
 * The German and French catalogues, beside every function's bundle: read only when a customer writes
 * or browses in that language, so no bundle carries them (shared/i18n/catalogue.ts).
 */
export const LANGUAGE_CATALOGUES: Record<string, string> = Object.fromEntries(
  (['de', 'fr'] as const)
    .flatMap((language) => [catalogueFile(language), compiledFile(language)])
    .map((file) => [path.join(ROOT, 'shared', 'i18n', file), file]),
);

/** DESK_BUNDLING in NodejsFunction's vocabulary. `platform` has no prop: NodejsFunction always bundles for node. */
export function nodejsBundling(extras: BundleExtras = {}): BundlingOptions {
  const options = DESK_BUNDLING;
  const copies = Object.entries({ ...LANGUAGE_CATALOGUES, ...extras.copyFiles });
  const dirs = Object.entries(extras.packages?.directories ?? {});
  return {
    ...(copies.length > 0 || dirs.length > 0
      ? {
          commandHooks: {
            beforeBundling: () => [],
            beforeInstall: () => [],
            afterBundling: (_input: string, outputDir: string) => [
              ...copies.map(([from, to]) => `cp "${from}" "${outputDir}/${to}"`),
              // -L: a package's .bin links become files, so the asset holds no link pointing outside it.
              ...dirs.map(([to, from]) => `mkdir -p "${path.posix.dirname(`${outputDir}/${to}`)}" && cp -RL "${from}" "${outputDir}/${to}"`),
            ],
          },
        }
      : {}),
    // NodejsFunction's `minify` is all three of esbuild's; the two we use go as esbuild's own flags.
    minify: false,
    sourceMap: options.sourcemap,
    target: options.target,
    format: options.format === 'cjs' ? OutputFormat.CJS : OutputFormat.ESM,
    externalModules: [...options.external, ...(extras.packages?.external ?? [])],
    esbuildArgs: {
      '--minify-whitespace': options.minifyWhitespace,
      '--minify-syntax': options.minifySyntax,
      ...Object.fromEntries(Object.entries(options.alias).map(([from, to]) => [`--alias:${from}`, to])),
    },
  };
}

/** Packages a bundle requires at run time from its own node_modules/ instead of carrying them inlined. */
export interface ShippedPackages {
  /** The names esbuild leaves as `require(...)`. */
  external: string[];
  /** Installed package directories to copy: path under the bundle's directory → absolute source. */
  directories: Record<string, string>;
}

/**
 * Native packages (sharp) cannot be bundled: esbuild leaves them external, and their installed
 * directories are copied into the asset's node_modules/ after bundling — offline, with no `npm install`
 * and no Docker. `names` are followed through their `dependencies` the way Node resolves them, so a
 * nested copy ships nested (sharp's semver 7 under sharp/node_modules/ while the top level holds
 * semver 6). Optional dependencies (per-platform binaries) are followed only when listed in
 * `platformPackages`, and each of those must be installed: a binary for the wrong platform would
 * only fail at the function's cold start.
 */
export function shippedPackages(names: string[], platformPackages: string[] = [], root = ROOT): ShippedPackages {
  const found = new Set<string>();
  const platformFound = new Set<string>();
  const visit = (name: string, from: string, optional: boolean) => {
    const dir = installedDirectory(name, from);
    if (!dir) {
      if (optional) return; // reported below, with the install command
      throw new Error(`${name} is not installed (needed by ${path.relative(root, from) || 'the project'}); run npm install`);
    }
    if (platformPackages.includes(name)) platformFound.add(name);
    if (found.has(dir)) return;
    found.add(dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {}).filter((d) => platformPackages.includes(d))) visit(dep, dir, true);
  };
  for (const name of names) visit(name, root, false);
  const missing = platformPackages.filter((name) => !platformFound.has(name));
  if (missing.length > 0) {
    throw new Error(
      `${missing.join(', ')} not installed: the function needs these binaries, and npm installs only the current platform's (add others with npm install --os=… --cpu=… --libc=…)`,
    );
  }
  // A directory inside another one travels with it (cp -R copies nested node_modules/ too).
  const dirs = [...found].filter((dir) => ![...found].some((other) => other !== dir && dir.startsWith(`${other}${path.sep}`)));
  const directories: Record<string, string> = {};
  for (const dir of dirs.sort()) {
    const rel = path.relative(root, dir).split(path.sep).join('/');
    if (!rel.startsWith('node_modules/')) throw new Error(`${dir} is not under ${root}/node_modules (linked packages cannot be shipped)`);
    directories[rel] = dir;
  }
  return { external: names, directories };
}

/** Node's lookup: node_modules/<name> in `from` or the nearest directory above it that has one. */
function installedDirectory(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export const DESK_RUNTIME = Runtime.NODEJS_22_X;

export interface DeskFunctionProps {
  /** Absolute path of the `*.lambda.ts` entry file; its export `handler` is the handler. */
  entry: string;
  description: string;
  /** The function's own variables (built with envValues, function-env.ts), on top of the shared RUNTIME_ENV ones. */
  environment: Record<string, string>;
  /** Files copied beside the bundle (absolute source path → name in the bundle's directory). */
  copyFiles?: Record<string, string>;
  /** Native packages shipped installed beside the bundle (shippedPackages). */
  packages?: ShippedPackages;
  /** arm64 unless the function ships a native binary built only for x86_64. */
  architecture?: Architecture;
  memorySize?: number;
  timeout?: Duration;
  /** Instances the function may run at once, set aside from the account's pool (none: shares the pool). */
  reservedConcurrency?: number;
  /**
   * Reads secrets: with the AWS Parameters and Secrets Lambda Extension (a layer AWS publishes), which
   * serves and caches them on localhost, so that the function loads no Secrets Manager client.
   */
  readsSecrets?: boolean;
}

export class DeskFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: DeskFunctionProps) {
    // Our own log group, so that retention is set by CloudFormation rather than by the
    // LogRetention custom resource (one more Lambda and a wildcard IAM policy).
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH });
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: DESK_RUNTIME,
      // Graviton: cheaper per ms, and the bundles are plain JavaScript; a function that ships a
      // native package says which architecture its binaries are for.
      architecture: props.architecture ?? Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      ...(props.reservedConcurrency !== undefined ? { reservedConcurrentExecutions: props.reservedConcurrency } : {}),
      // Its cache keeps a secret 5 minutes (the extension's default), so a rotated value is read within 5 minutes.
      ...(props.readsSecrets
        ? { paramsAndSecrets: ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, { logLevel: ParamsAndSecretsLogLevel.WARN }) }
        : {}),
      logGroup,
      // X-Ray follows each request through the function and the SDK calls Lambda makes for it; no tracer is bundled.
      tracing: Tracing.ACTIVE,
      bundling: nodejsBundling({ copyFiles: props.copyFiles, packages: props.packages }),
      environment: {
        ...envValues(RUNTIME_ENV, {
          POWERTOOLS_SERVICE_NAME: 'rma-desk',
          POWERTOOLS_LOG_LEVEL: 'INFO',
        }),
        ...props.environment,
      },
    });
    // cdk-nag: what every desk function is, by design.
    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: 'AWSLambdaBasicExecutionRole only lets the function write its CloudWatch logs; a hand-written copy would add nothing but drift.',
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'Active tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords, which take no resource (X-Ray documents Resource "*"); least-privilege.test.ts allows * for those two actions only.',
      },
      {
        id: 'AwsSolutions-L1',
        reason: `The desk targets ${DESK_RUNTIME.name} on purpose: its pinned dependencies (middy 6, Powertools 2.35) are tested on Node.js 22, a supported Lambda runtime.`,
      },
    );
  }
}
