// The site's full-text index, built through Pagefind's Node API: pages are handed to Pagefind's own
// process one by one, so a build can index each page as soon as it is rendered, on the core rendering
// leaves idle (src/integrations/page-pipeline.ts), and `scripts/index-search.ts` can index a built site.
//
// The index is cut into smaller chunks than Pagefind's default. A first query fetches Pagefind's script,
// its WebAssembly and its metadata, then the index chunk of each query word. Pagefind closes a chunk
// once it holds 20,000 word positions, so a rare word shares its chunk with its neighbours in
// alphabetical order and costs as much as they do. Smaller chunks make rare words cheap; each chunk adds
// a line to the metadata every first query fetches, so past a point they cost more than they save.
// CHUNK_POSITIONS is the best of the sizes measured with `npm run bench:search -- --chunk-size N` (see
// the README). Pagefind reads the size only from the environment variable below, which it marks
// unstable. The pinned version (1.6.0) honours it; a version without it builds the default chunks, and
// search works the same, only fetching more. Then the chunks' word ranges are repaired (see
// pagefind-chunk-ranges.ts) and the words on nearly every page listed, for queries to leave out (see
// common-words.ts).
//
// The trainers' guide gets an index of its own, beside the learners' (SEARCH_BUNDLES in
// src/utils/routes.ts), which the browser merges in only when a search includes the guide. Leaving it
// out of one shared index with a filter instead would cost every learner's first query Pagefind's
// filter data: 24 KB at 10,000 modules.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeCommonWords } from './common-words.ts';
import { repairChunkRanges } from './pagefind-chunk-ranges.ts';
import { GUIDE_FOLDER, LEARNER_PAGE_FOLDERS, SEARCH_BUNDLES } from '../src/utils/routes.ts';

const CHUNK_POSITIONS = 8000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Pages handed to Pagefind and not yet indexed, at most: past it, adding a page waits. Rendering can
 * outrun indexing, and each page waiting is held in memory until Pagefind takes it.
 */
const MOST_WAITING = 64;

/** The bundle a built page's index belongs to, by its path in the site (`courses/x/index.html`), if any. */
export function bundleOf(sourcePath: string): keyof typeof SEARCH_BUNDLES | undefined {
  if (!sourcePath.endsWith('.html')) return undefined;
  const folder = sourcePath.split('/', 1)[0];
  if (folder === GUIDE_FOLDER) return 'guide';
  return (LEARNER_PAGE_FOLDERS as readonly string[]).includes(folder ?? '') ? 'learners' : undefined;
}

export interface SearchIndexer {
  /** Indexes a built page, by its path in the site; a page no bundle takes is ignored. */
  add(sourcePath: string, html: string): Promise<void>;
  /** Writes the bundles into the built site `site`, repaired and with their common words, and says so. */
  write(site: string, log: (line: string) => void): Promise<void>;
}

/** Starts Pagefind's process with an empty index for each bundle. */
export async function startSearchIndexer(): Promise<SearchIndexer> {
  // An index chunk size already in the environment wins, so a benchmark can try others. Pagefind's
  // process, started by the first index, takes this process's environment.
  process.env[CHUNK_SIZE_VARIABLE] ??= String(CHUNK_POSITIONS);
  const indexes = new Map<keyof typeof SEARCH_BUNDLES, { index: pagefind.PagefindIndex; pages: number }>();
  for (const bundle of Object.keys(SEARCH_BUNDLES) as (keyof typeof SEARCH_BUNDLES)[]) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`);
    indexes.set(bundle, { index, pages: 0 });
  }
  const waiting = new Set<Promise<unknown>>();
  const problems: string[] = [];

  return {
    async add(sourcePath, html) {
      const bundle = bundleOf(sourcePath);
      if (!bundle) return;
      const entry = indexes.get(bundle)!;
      entry.pages++;
      const adding = entry.index.addHTMLFile({ sourcePath, content: html }).then(({ errors }) => {
        problems.push(...errors.map((error) => `${sourcePath}: ${error}`));
      });
      waiting.add(adding);
      void adding.finally(() => waiting.delete(adding));
      while (waiting.size > MOST_WAITING) await Promise.race(waiting);
    },
    async write(site, log) {
      await Promise.all(waiting);
      for (const problem of problems) log(`Pagefind: ${problem}`);
      /** Writes one bundle, then repairs it and, for the learners', lists its common words. */
      const writeBundle = async (bundle: keyof typeof SEARCH_BUNDLES, index: pagefind.PagefindIndex, pages: number) => {
        const folder = join(site, SEARCH_BUNDLES[bundle]);
        // Pagefind adds to its output folder without emptying it, so an index built again over the same
        // site would keep the old build's chunks and metadata beside the new ones.
        rmSync(folder, { recursive: true, force: true });
        // No pages, no bundle: the browser does without.
        if (pages === 0) return log(`No pages to index into ${SEARCH_BUNDLES[bundle]}/.`);
        const { errors } = await index.writeFiles({ outputPath: folder });
        if (errors.length > 0) throw new Error(`Pagefind could not write ${folder}: ${errors.join('; ')}`);
        // Pagefind takes only the pages that mark their text (data-pagefind-body): one fragment each.
        const fragments = join(folder, 'fragment');
        const indexed = existsSync(fragments) ? readdirSync(fragments).length : 0;
        log(`Indexed ${indexed} pages into ${SEARCH_BUNDLES[bundle]}/ (of the ${pages} it was given).`);
        for (const result of repairChunkRanges(folder)) {
          if ('skipped' in result) log(`Index chunk ranges left as Pagefind wrote them: ${result.skipped}.`);
          else
            log(
              `Repaired the word ranges of ${result.repaired} of ${result.chunks} index chunks (${result.language}).`,
            );
        }
        if (bundle !== 'learners') return;
        const common = writeCommonWords(folder);
        if ('skipped' in common) log(`No words left out of full-text queries: ${common.skipped}.`);
        else log(`Found ${common.words} words on nearly every one of the ${common.pages} indexed pages.`);
      };
      // Side by side: Pagefind writes one bundle while this process counts the other's common words.
      await Promise.all([...indexes].map(([bundle, { index, pages }]) => writeBundle(bundle, index, pages)));
      await pagefind.close();
    },
  };
}
