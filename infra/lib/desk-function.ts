// Every desk function is built the same way; only its entry file and its extra environment differ.
import { Duration } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { BuildOptions } from 'esbuild';

/**
 * The esbuild settings of every function bundle, in esbuild's own option names, so that the
 * benchmark can call `esbuild.build({ ...DESK_BUNDLING, entryPoints })` and measure exactly what
 * ships. The CDK construct below derives its bundling from this object and nothing else.
 */
export const DESK_BUNDLING = {
  minify: true,
  sourcemap: true,
  target: 'node22',
  platform: 'node',
  // CommonJS because the Lambda loader treats `index.js` as CJS without a package.json beside it;
  // esbuild turns the ESM-only packages (middy 6) into CJS while bundling.
  format: 'cjs',
  // The Node.js 22 runtime ships SDK v3; bundling our own copy would only add size and cold start.
  external: ['@aws-sdk/*'],
} satisfies BuildOptions;

/** DESK_BUNDLING in NodejsFunction's vocabulary. `platform` has no prop: NodejsFunction always bundles for node. */
export function nodejsBundling(copyFiles: Record<string, string> = {}): BundlingOptions {
  const options = DESK_BUNDLING;
  const copies = Object.entries(copyFiles);
  return {
    ...(copies.length > 0
      ? {
          commandHooks: {
            beforeBundling: () => [],
            beforeInstall: () => [],
            afterBundling: (_input: string, outputDir: string) => copies.map(([from, to]) => `cp "${from}" "${outputDir}/${to}"`),
          },
        }
      : {}),
    minify: options.minify,
    sourceMap: options.sourcemap,
    target: options.target,
    format: options.format === 'cjs' ? OutputFormat.CJS : OutputFormat.ESM,
    externalModules: [...options.external],
  };
}

export const DESK_RUNTIME = Runtime.NODEJS_22_X;

export interface DeskFunctionProps {
  /** Absolute path of the `*.lambda.ts` entry file; its export `handler` is the handler. */
  entry: string;
  description: string;
  /** The function's own variables, on top of the shared Powertools ones. */
  environment: Record<string, string>;
  /** Files copied beside the bundle (absolute source path → name in the bundle's directory). */
  copyFiles?: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
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
      // Graviton: cheaper per ms, and nothing in these bundles is native code.
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      logGroup,
      tracing: Tracing.DISABLED,
      bundling: nodejsBundling(props.copyFiles),
      environment: {
        POWERTOOLS_SERVICE_NAME: 'rma-desk',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        // Stack traces in the logs should point at our TypeScript, not at the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
    });
  }
}
