// `npm run i18n`: the German and French catalogues' messages parsed once, here, into the syntax trees
// FormatJS formats (shared/i18n/catalogue-<language>.messages.json), so no function carries the ICU
// parser (the bundles alias it to FormatJS's no-parser build). Run after changing a catalogue; a test
// fails while a compiled file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCatalogue } from '../shared/i18n/compile';
import { catalogueFile, compiledFile } from '../shared/adapters/node/language-catalogues';

for (const language of ['de', 'fr'] as const) {
  const dir = join(__dirname, '..', 'shared', 'i18n');
  const file = join(dir, compiledFile(language));
  // Indented as prettier formats JSON, so the lint check passes on what this writes.
  writeFileSync(file, `${JSON.stringify(compileCatalogue(JSON.parse(readFileSync(join(dir, catalogueFile(language)), 'utf8'))), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
