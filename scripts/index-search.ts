// Indexes a built site for full-text search: `node scripts/index-search.ts [DIR]` (default dist). A build
// indexes its pages as it renders them (src/integrations/page-pipeline.ts); this indexes a site already
// built, the same way (search-bundles.ts): after a build that left the index for later
// (build-low-memory.ts), or as the search benchmark does to try other index settings.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleOf, startSearchIndexer } from './search-bundles.ts';

/** Indexes the built site `site` into its search bundles, and says so through `log`. */
export async function indexBuiltSite(site: string, log: (line: string) => void): Promise<void> {
  const indexer = await startSearchIndexer();
  // Only the pages a bundle takes are read, in an order that is the same on every file system.
  for (const page of globSync('**/*.html', { cwd: site })
    .filter((path) => bundleOf(path))
    .sort())
    await indexer.add(page, readFileSync(join(site, page), 'utf8'));
  await indexer.write(site, log);
}

if (import.meta.main) await indexBuiltSite(process.argv[2] ?? 'dist', (line) => console.log(line));
