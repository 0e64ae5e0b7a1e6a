// `npm run policies`: the policies validated and completed by their schema once, here, into
// shared/rules/policies/compiled.json, which the functions load as it is. Run after changing a policy;
// a test fails while the compiled file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePolicies } from '../shared/rules/policies/sources';

const file = join(__dirname, '..', 'shared', 'rules', 'policies', 'compiled.json');
writeFileSync(file, `${JSON.stringify(compilePolicies(), null, 2)}\n`);
console.log(`wrote ${file}`);
