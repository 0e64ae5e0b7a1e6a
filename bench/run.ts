// `npm run bench [-- rules|extract|turns|followups|email|photos|bundles|profile|load|chat-page|search]`: the benchmarks, one after the other, figures on stdout.
import { benchBundles } from './bundles';
import { benchChatPage } from './chat-page';
import { benchColdStartProfile } from './cold-start-profile';
import { benchChatTurns } from './chat-turns';
import { benchDeskLoad } from './desk-load';
import { benchEmail } from './email';
import { benchExtractCorpus } from './extract-corpus';
import { benchFollowUps } from './follow-ups';
import { benchPhotos } from './photos';
import { benchRules } from './rules-vs-json-rules-engine';
import { benchStaffSearch } from './staff-search';

const BENCHES: Record<string, () => Promise<void>> = {
  rules: benchRules,
  extract: benchExtractCorpus,
  turns: benchChatTurns,
  followups: benchFollowUps,
  email: benchEmail,
  photos: benchPhotos,
  bundles: benchBundles,
  profile: benchColdStartProfile,
  load: benchDeskLoad,
  'chat-page': benchChatPage,
  search: benchStaffSearch,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => a in BENCHES);
  console.log(`node ${process.version} on ${process.platform}/${process.arch}`);
  for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) await (BENCHES[name] as () => Promise<void>)();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
