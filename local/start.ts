// `npm start`. Until the local desk exists, it shows the rules module on an example.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runRulesCli } from '../shared/rules/cli';
import { localToday } from './today';

const example = readFileSync(join(__dirname, 'examples', 'plextor-doa.json'), 'utf8');
const result = runRulesCli(['explain'], example, localToday());
process.stdout.write(result.stdout);
process.exitCode = result.code;
