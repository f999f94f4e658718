// Indexes a built site for full-text search: `node scripts/index-search.ts [DIR]` (default dist). A build
// indexes its pages as it renders them (src/integrations/page-pipeline.ts); this indexes a site already
// built, the same way (search-bundles.ts): after a build that left the index for later
// (build-low-memory.ts), or as the search benchmark does to try other index settings.
import { globSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOf, startSearchIndexer } from './search-bundles.ts';

/** Indexes the built site `site` into its search bundles, and says so through `log`. */
export async function indexBuiltSite(site: string, log: (line: string) => void): Promise<void> {
  const indexer = await startSearchIndexer();
  // Only the pages a bundle takes are read, in the same order on every file system, named with `/` as
  // the index names them (Windows' own separator is `\`).
  const pages = globSync('**/*.html', { cwd: site }).map((path) => path.split(sep).join('/'));
  for (const page of pages.filter((path) => bundleOf(path)).sort())
    await indexer.add(page, readFileSync(join(site, page), 'utf8'));
  await indexer.write(site, log);
}

// Run as a command, not imported (build-low-memory.ts): import.meta.main needs Node 24.2, the engines field 22.12.
if (process.argv[1] === fileURLToPath(import.meta.url))
  await indexBuiltSite(process.argv[2] ?? 'dist', (line) => console.log(line));
