import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { bundleOf, startSearchIndexer, type SearchIndexer } from '../../scripts/search-bundles.ts';

/**
 * The page's path in the built site (`courses/x/index.html`) from its address under `base`, as Astro
 * writes pages with `trailingSlash: 'always'` (a folder's index.html).
 */
export function builtPathOf(pathname: string, base: string): string {
  const inSite = decodeURI(pathname).slice(base.length).replace(/^\/+/, '');
  return inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite;
}

/**
 * Indexes each page for full-text search as soon as Astro renders it (scripts/search-bundles.ts), and
 * writes the index once the build is done. Rendering takes one core; Pagefind's own process indexes on
 * the other, so the index costs the build little more than writing it, where indexing the built site
 * afterwards took a fifth of the build (`npm run bench -- --peer`, see the README).
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let indexer: SearchIndexer | undefined;
  /** Renders as Astro does, and hands each page a search bundle takes to the index on its way to disk. */
  const indexing = (astro: AstroPrerenderer): AstroPrerenderer => ({
    ...astro,
    name: 'triangulate:search-index',
    async setup() {
      await astro.setup?.();
      indexer = await startSearchIndexer();
    },
    async render(request, options) {
      const rendered = await astro.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      const path = builtPathOf(new URL(request.url).pathname, base);
      if (!indexer || !response.ok || !bundleOf(path)) return rendered;
      const html = await response.text();
      await indexer.add(path, html);
      const copy = new Response(html, response);
      return rendered instanceof Response ? copy : { ...rendered, response: copy };
    },
  });
  return {
    name: 'triangulate:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer(indexing),
      'astro:build:done': async ({ dir, logger }) => {
        await indexer?.write(fileURLToPath(dir), (line) => logger.info(line));
      },
    },
  };
}
