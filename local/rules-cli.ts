// `npm run --silent rules -- evaluate|explain < facts.json`: the process around shared/rules/cli.
import { readFileSync } from 'node:fs';
import { runRulesCli } from '../shared/rules/cli';
import { localToday } from './today';

const result = runRulesCli(process.argv.slice(2), readFileSync(0, 'utf8'), localToday());
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
