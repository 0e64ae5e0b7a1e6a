// A function's bundle speaks German and French as deployed: built with DESK_BUNDLING (FormatJS's
// parser aliased away), the catalogues copied beside it as the CDK copies them (LANGUAGE_CATALOGUES).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DESK_BUNDLING, LANGUAGE_CATALOGUES } from '../../infra/lib/desk-function';

describe('a bundle in German and French', () => {
  it('formats the messages parsed ahead, without the ICU parser, from the catalogues beside it', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'rma-i18n-'));
    const outfile = join(dir, 'index.js');
    await build({
      ...DESK_BUNDLING,
      sourcemap: false,
      bundle: true,
      entryPoints: [join(__dirname, '../support/i18n-bundle-entry.ts')],
      outfile,
      logLevel: 'error',
    });
    for (const [from, to] of Object.entries(LANGUAGE_CATALOGUES)) copyFileSync(from, join(dir, to));
    // Act
    const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
    // Assess
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual([
      'Danke, Anna. Und Ihre E-Mail-Adresse, für die Bestätigung?',
      expect.stringContaining('la réparation'),
      'Rücksendung RMA-X',
      expect.stringContaining('PLC Technologies'),
      expect.stringMatching(/^Sie haben uns gesagt, dass .+\.$/),
    ]);
    // The parser's own error text is not in the bundle: only its no-parser build is.
    expect(readFileSync(outfile, 'utf8')).not.toContain('EXPECT_ARGUMENT_CLOSING_BRACE');
  });
});
