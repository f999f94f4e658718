import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import type { SearchIndexer } from '../../scripts/search-bundles.ts';
import { withPageHashesOnly } from '../utils/page-csp.ts';

/**
 * The page's path in the built site (`courses/x/index.html`) from its address under `base`, as Astro
 * writes pages with `trailingSlash: 'always'` (a folder's index.html).
 */
export function builtPathOf(pathname: string, base: string): string {
  const inSite = decodeURI(pathname).slice(base.length).replace(/^\/+/, '');
  return inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite;
}

/**
 * Names a file: `astro build` then leaves the search index to a step of its own after the build, for a
 * build machine short of memory, and writes in that file the folder it built, for that step to index
 * wherever `--outDir`, `--root` or the config put it (scripts/build-low-memory.ts).
 */
export const INDEX_AFTER_BUILD = 'TRIANGULATE_INDEX_AFTER_BUILD';

/**
 * What becomes of each page between Astro rendering it and writing it, and what is written once every
 * page is: the page's content security policy is trimmed to the hashes of what it holds
 * (utils/page-csp.ts); a page a search bundle takes is handed to the search index
 * (scripts/search-bundles.ts), whose own process indexes it on the core rendering leaves idle; and as
 * the build ends, Pagefind writes the index while this process writes the offline files
 * (scripts/offline/offline-files.ts). Done after the build, as separate steps, these read every page
 * again and took a fifth of the build (`npm run bench -- --peer`, see the README).
 */
export function pagePipeline(): AstroIntegration {
  let base = '/';
  // Set, the index is left for a step after the build, which this file tells where the build is.
  const indexLater = process.env[INDEX_AFTER_BUILD];
  let indexer: SearchIndexer | undefined;
  // What only a build needs is loaded by the build: the offline files' Workbox alone takes 0.4 s to
  // load, which every start of the live preview would wait for.
  let searchBundles: typeof import('../../scripts/search-bundles.ts') | undefined;
  // Astro renders several pages at once (`build.concurrency`), and they finish in no fixed order. Pages
  // go to the index in the order Astro asked for them, so the same site always gets the same index, file
  // names and all: a page that finishes early waits, in `finished`, for those asked for before it.
  let asked = 0;
  let nextToIndex = 0;
  const finished = new Map<number, { path: string; html: string } | undefined>();
  const indexInOrder = async () => {
    while (finished.has(nextToIndex)) {
      const page = finished.get(nextToIndex);
      finished.delete(nextToIndex++);
      if (page) await indexer?.add(page.path, page.html);
    }
  };
  const pipeline = (astro: AstroPrerenderer): AstroPrerenderer => ({
    ...astro,
    name: 'triangulate:page-pipeline',
    async setup() {
      await astro.setup?.();
      searchBundles = await import('../../scripts/search-bundles.ts');
      if (!indexLater) indexer = await searchBundles.startSearchIndexer();
    },
    async render(request, options) {
      const turn = asked++;
      const rendered = await astro.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      // A page, whatever its status (the 404 page's is 404); not a redirect, nor a data file.
      const isPage = Boolean(response.headers.get('content-type')?.startsWith('text/html') && response.body);
      const html = isPage ? withPageHashesOnly(await response.text()) : undefined;
      const path = builtPathOf(new URL(request.url).pathname, base);
      finished.set(turn, html !== undefined && indexer && searchBundles?.bundleOf(path) ? { path, html } : undefined);
      await indexInOrder();
      if (html === undefined) return rendered;
      const page = new Response(html, response);
      return rendered instanceof Response ? page : { ...rendered, response: page };
    },
  });
  return {
    name: 'triangulate:page-pipeline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer(pipeline),
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const log = (line: string) => logger.info(line);
        const { writeOfflineFiles } = await import('../../scripts/offline/offline-files.ts');
        if (indexLater) {
          writeFileSync(indexLater, site);
          log('Left the search index for a step after the build (scripts/build-low-memory.ts).');
        }
        await Promise.all([indexer?.write(site, log), writeOfflineFiles(site, log)]);
      },
    },
  };
}
