// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

/**
 * Vite wraps every dynamic import in a helper that preloads the imported chunk's dependencies: 1 KB
 * gzipped, a quarter of the case player's own code, even with `modulePreload` off (vitejs/vite#18551).
 * The browser fetches a chunk's static imports as soon as it parses it, so the player needs no preload.
 * With `modulePreload` off Vite would pass the helper only stylesheets, and Astro puts a client
 * script's stylesheets in the page instead (checked with a dynamically imported module importing CSS),
 * so the helper here just imports.
 * @returns {import('vite').Plugin}
 */
function noPreloadHelper() {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'triangulate:no-preload-helper',
    enforce: 'pre',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

const PROGRESS = /src[\\/]progress[\\/]/;
const PLAYER = /src[\\/]components[\\/]case[\\/]player[\\/]/;

/**
 * The progress store gets a file of its own once something besides the case player uses it (a page
 * script), so that both share one copy and that script loads no React. Until then it travels in the
 * player's file, 0.3 KB gzipped lighter than a file of its own.
 * @param {string} id
 * @param {import('rolldown').ChunkingContext} context
 */
function progressChunk(id, context) {
  if (!PROGRESS.test(id)) return null;
  const seen = new Set([id]);
  const queue = [id];
  for (let current = queue.pop(); current; current = queue.pop()) {
    const info = context.getModuleInfo(current);
    for (const importer of [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])]) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      if (PROGRESS.test(importer)) queue.push(importer);
      else if (!PLAYER.test(importer)) return 'progress';
    }
  }
  return null;
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Every page carries its own styles (about 3 KB gzipped): on a slow mobile connection the extra round trip
  // for a stylesheet delays the first paint more than sending the styles again with each page costs.
  build: { inlineStylesheets: 'always' },
  integrations: [contentGuard(), mdx(), react()],
  // Prism marks code with classes; Shiki's inline styles would break the content security policy.
  markdown: { syntaxHighlight: 'prism' },
  security: {
    // Hashes every script and style Astro emits; no 'unsafe-inline' anywhere.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [noPreloadHelper()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // React and the player in one file: about 0.7 KB gzipped less than five smaller files. Only
                  // React and the player's own folder: shared code (i18n, schemas, case logic) taken in here
                  // would make every page script that uses it load React too.
                  {
                    name: 'case-player',
                    test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]components[\\/]case[\\/]player[\\/]/,
                  },
                  // Code the player shares with page scripts (talks, certificates) gets its own file, chosen before
                  // the player's group so that it does not take this code in and make those pages load React.
                  { name: 'shared', test: /src[\\/](i18n|utils|cases|schemas)[\\/]/, priority: 2 },
                  // Chosen first, so that the player's group does not take the store in as one of its dependencies.
                  { name: progressChunk, priority: 1 },
                ],
              },
            },
          },
        },
      },
    },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX entry triggers this harmless warning. @see https://github.com/withastro/astro/issues/18087
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
