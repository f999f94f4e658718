// Builds the full-text search index of a built site: `node scripts/index-search.ts [DIR]` (default dist).
// It is `pagefind --site DIR` with the index cut into smaller chunks than Pagefind's default.
//
// Why: a first query fetches Pagefind's script, its WebAssembly and its metadata, then the index chunk
// of each query word. Pagefind closes a chunk once it holds 20,000 word positions, so a rare word
// shares its chunk with its neighbours in alphabetical order and costs as much as they do. Smaller
// chunks make rare words cheap; each chunk adds a line to the metadata every first query fetches, so
// past a point they cost more than they save. CHUNK_POSITIONS is the best of the sizes measured with
// `npm run bench:search -- --chunk-size N` (see the README).
//
// Pagefind reads the size only from the environment variable below, which it marks unstable. The
// pinned version (1.6.0) honours it; a version without it builds the default chunks, and search works
// the same, only fetching more. Then the chunks' word ranges are repaired (see pagefind-chunk-ranges.ts)
// and the words on nearly every page listed, for queries to leave out (see common-words.ts).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCommonWords } from './common-words.ts';
import { repairChunkRanges } from './pagefind-chunk-ranges.ts';

const CHUNK_POSITIONS = 8000;

const site = process.argv[2] ?? 'dist';
const bundle = join(site, 'pagefind');
const runner = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
// Pagefind adds to its output folder without emptying it, so an index built again over the same site
// would keep the old build's chunks and metadata beside the new ones.
rmSync(bundle, { recursive: true, force: true });
const { status } = spawnSync(process.execPath, [runner, '--site', site], {
  stdio: 'inherit',
  // An index chunk size already in the environment wins, so a benchmark can try others.
  env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(CHUNK_POSITIONS), ...process.env },
});
if (status !== 0) process.exit(status ?? 1);

for (const result of repairChunkRanges(bundle)) {
  if ('skipped' in result) console.warn(`Index chunk ranges left as Pagefind wrote them: ${result.skipped}.`);
  else
    console.log(
      `Repaired the word ranges of ${result.repaired} of ${result.chunks} index chunks (${result.language}).`,
    );
}

const common = writeCommonWords(bundle);
if ('skipped' in common) console.warn(`No words left out of full-text queries: ${common.skipped}.`);
else console.log(`Found ${common.words} words on nearly every one of the ${common.pages} indexed pages.`);
