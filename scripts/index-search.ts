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
//
// The trainers' guide gets an index of its own, beside the learners' (SEARCH_BUNDLES in
// src/utils/routes.ts), which the browser merges in only when a search includes the guide. Leaving it
// out of one shared index with a filter instead would cost every learner's first query Pagefind's
// filter data: 24 KB at 10,000 modules.
import { spawnSync } from 'node:child_process';
import { globSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCommonWords } from './common-words.ts';
import { repairChunkRanges } from './pagefind-chunk-ranges.ts';
import { GUIDE_FOLDER, LEARNER_PAGE_FOLDERS, SEARCH_BUNDLES } from '../src/utils/routes.ts';

const CHUNK_POSITIONS = 8000;

const site = process.argv[2] ?? 'dist';
const runner = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');

/**
 * Indexes the pages `glob` finds into the site's folder `folder`, and repairs its chunks' ranges. No
 * pages, no bundle: Pagefind stops with an error when it finds none, and the browser does without.
 */
function indexInto(folder: string, glob: string): string {
  const bundle = join(site, folder);
  // Pagefind adds to its output folder without emptying it, so an index built again over the same site
  // would keep the old build's chunks and metadata beside the new ones.
  rmSync(bundle, { recursive: true, force: true });
  if (globSync(glob, { cwd: site }).length === 0) {
    console.log(`No pages to index into ${folder}/.`);
    return bundle;
  }
  const { status } = spawnSync(process.execPath, [runner, '--site', site, '--glob', glob, '--output-subdir', folder], {
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
  return bundle;
}

// Every page but the guide's; the guide's pages alone.
const bundle = indexInto(SEARCH_BUNDLES.learners, `{${LEARNER_PAGE_FOLDERS.join(',')}}/**/*.html`);
indexInto(SEARCH_BUNDLES.guide, `${GUIDE_FOLDER}/**/*.html`);

const common = writeCommonWords(bundle);
if ('skipped' in common) console.warn(`No words left out of full-text queries: ${common.skipped}.`);
else console.log(`Found ${common.words} words on nearly every one of the ${common.pages} indexed pages.`);
