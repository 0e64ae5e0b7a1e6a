// What `npm test` checks before jest: Java for DynamoDB Local, Chromium for the browser tests, and
// the one line it prints when either is missing.
import { chromiumPath, describeMissing, missingChromium, missingJava } from '../../support/prerequisites';

describe('the prerequisites of npm test', () => {
  it('looks for Chromium where the browser tests do: CHROMIUM_PATH, else /usr/bin/chromium', () => {
    // Prepare
    const seen: string[] = [];
    const exists = (path: string) => (seen.push(path), false);
    // Act
    const missing = [missingChromium({}, exists), missingChromium({ CHROMIUM_PATH: '/opt/chromium/chrome' }, exists)];
    // Assess
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(seen).toEqual(['/usr/bin/chromium', '/opt/chromium/chrome']);
    expect(missing.map((m) => m?.what)).toEqual([
      'Chromium for the browser tests (nothing at /usr/bin/chromium)',
      'Chromium for the browser tests (nothing at /opt/chromium/chrome)',
    ]);
    expect(missingChromium({}, () => true)).toBeUndefined();
  });

  it.each([
    ['no java on the PATH', undefined, '`java` is not on the PATH'],
    ['Java 8', 'java version "1.8.0_392"\nJava(TM) SE Runtime Environment', '`java` is version 8'],
    ['Java 11', 'openjdk version "11.0.22" 2024-01-16', '`java` is version 11'],
  ])('reports %s', (_name, output, why) => {
    // Act
    const missing = missingJava(() => output);
    // Assess
    expect(missing).toEqual({ what: `Java 17 or newer for DynamoDB Local (${why})`, aptPackage: 'openjdk-17-jre-headless' });
  });

  it.each([
    ['Java 17', 'openjdk version "17.0.10" 2024-01-16'],
    ['Java 21', 'openjdk version "21.0.2" 2024-01-16 LTS'],
    ['a version it cannot read', 'something else entirely'],
  ])('accepts %s', (_name, output) => {
    expect(missingJava(() => output)).toBeUndefined();
  });

  it('says in one line what is missing and how to get it', () => {
    // Prepare
    const java = missingJava(() => undefined);
    const chromium = missingChromium({}, () => false);
    if (!java || !chromium) throw new Error('both should be missing');
    // Act
    const both = describeMissing([java, chromium]);
    const onlyJava = describeMissing([java]);
    // Assess
    expect(both).not.toContain('\n');
    expect(both).toBe(
      'npm test needs Java 17 or newer for DynamoDB Local (`java` is not on the PATH) and Chromium for the browser tests (nothing at /usr/bin/chromium). ' +
        'Install with `sudo apt-get install -y openjdk-17-jre-headless chromium` (or set CHROMIUM_PATH to another Chromium), or run .ci/run (it installs what is missing); `npm run test:unit` needs neither.',
    );
    expect(onlyJava).toBe(
      'npm test needs Java 17 or newer for DynamoDB Local (`java` is not on the PATH). Install with `sudo apt-get install -y openjdk-17-jre-headless`, or run .ci/run (it installs what is missing); `npm run test:unit` needs neither.',
    );
  });
});
