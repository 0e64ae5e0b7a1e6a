// What the tests need outside node_modules, looked up the way the tests look them up: `java` on the
// PATH for DynamoDB Local (as local/stack.ts starts it) and Chromium at CHROMIUM_PATH or
// /usr/bin/chromium (as browser.ts launches it). `npm test` asks check-prerequisites.ts first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the browser tests expect Chromium (Debian's package unless CHROMIUM_PATH says otherwise). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export interface Missing {
  /** What is missing, as a reader names it. */
  what: string;
  /** The Debian/Ubuntu package that brings it. */
  aptPackage: string;
  /** Another way to satisfy it, if any. */
  otherwise?: string;
}

export function missingChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): Missing | undefined {
  const path = chromiumPath(env);
  if (exists(path)) return undefined;
  return { what: `Chromium for the browser tests (nothing at ${path})`, aptPackage: 'chromium', otherwise: 'set CHROMIUM_PATH to another Chromium' };
}

/** `java -version`'s output (it writes to stderr), or undefined when `java` cannot run. */
export type JavaProbe = () => string | undefined;

const probeJava: JavaProbe = () => {
  // The same probe as local/stack.ts's assertJava (not exported there): `java -version` must run.
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return undefined;
  return `${probe.stderr}${probe.stdout}`;
};

/** DynamoDB Local needs Java 17 or newer; an older one is reported too (an unreadable version passes). */
export function missingJava(probe: JavaProbe = probeJava): Missing | undefined {
  const what = 'Java 17 or newer for DynamoDB Local';
  const aptPackage = 'openjdk-17-jre-headless';
  const output = probe();
  if (output === undefined) return { what: `${what} (\`java\` is not on the PATH)`, aptPackage };
  const version = /version "(?:1\.)?(\d+)/.exec(output);
  if (version && Number(version[1]) < 17) return { what: `${what} (\`java\` is version ${version[1]})`, aptPackage };
  return undefined;
}

export function missingPrerequisites(): Missing[] {
  return [missingJava(), missingChromium()].filter((m): m is Missing => m !== undefined);
}

/** One line: what is missing and how to get it. */
export function describeMissing(missing: readonly Missing[]): string {
  const install = `sudo apt-get install -y ${missing.map((m) => m.aptPackage).join(' ')}`;
  const otherwise = missing.flatMap((m) => (m.otherwise ? [m.otherwise] : []));
  return (
    `npm test needs ${missing.map((m) => m.what).join(' and ')}. ` +
    `Install with \`${install}\`${otherwise.length ? ` (or ${otherwise.join('; ')})` : ''}, or run .ci/run (it installs what is missing); ` +
    '`npm run test:unit` needs neither.'
  );
}
