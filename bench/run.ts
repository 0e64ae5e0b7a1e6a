// `npm run bench`: every benchmark, one after the other, figures on stdout.
import { benchRules } from './rules-vs-json-rules-engine';

async function main(): Promise<void> {
  console.log(`node ${process.version} on ${process.platform}/${process.arch}`);
  await benchRules();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
