// Indexes a built site for full-text search: `node scripts/index-search.ts [DIR]` (default dist). A build
// indexes its pages as it renders them (src/integrations/page-pipeline.ts); this indexes a site already
// built, the same way (search-bundles.ts), as the search benchmark does to try other index settings.
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleOf, startSearchIndexer } from './search-bundles.ts';

const site = process.argv[2] ?? 'dist';
const indexer = await startSearchIndexer();
// Only the pages a bundle takes are read.
for (const page of globSync('**/*.html', { cwd: site }).filter((path) => bundleOf(path)))
  await indexer.add(page, readFileSync(join(site, page), 'utf8'));
await indexer.write(site, (line) => console.log(line));
