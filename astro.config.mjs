// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
// Sets up the Prism that its language loader below extends (and that Astro highlights code with).
import 'prismjs';
import loadPrismLanguages from 'prismjs/components/index.js';
import { contentGuard } from './src/integrations/content-guard.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { pagePipeline } from './src/integrations/page-pipeline.ts';
import { siteLinks } from './src/integrations/site-links.ts';
import { learningRecordStoreOrigin } from './src/data/site-settings.ts';
import { basePath } from './src/utils/base-path.ts';

// Prism's Markdown grammar highlights a file's front matter as YAML only if YAML was loaded before it. Each
// is loaded when a code block first needs it, and Vite compiles pages in no fixed order, so the guide's
// examples of a module's front matter came out highlighted in one build and plain in the next.
loadPrismLanguages(['yaml', 'markdown']);

// The folder the site is served from (`BASE_PATH=/learning/`), like SITE_URL set when building.
const base = basePath();
// The organisation's learning record store, if site.yaml names one: the only other host a page may reach,
// and only once a learner has chosen to send their record there (src/xapi/).
const store = learningRecordStoreOrigin();
/** @type {`connect-src ${string}`[]} */
const connectToStore = store ? [`connect-src 'self' ${store}`] : [];

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

/**
 * Chunk groups that take only the modules they name (`includeDependenciesRecursively: false`, below)
 * need entry files that may export more than their module does. Astro sets 'exports-only' for the
 * browser's build, and a plugin's environment config is the place that overrides it. Nothing outside
 * the bundle imports the site's scripts, so nothing depends on their exports.
 * @returns {import('vite').Plugin}
 */
function entriesMayExportMore() {
  return {
    name: 'triangulate:entries-may-export-more',
    configEnvironment: (name) =>
      name === 'client' ? { build: { rolldownOptions: { preserveEntrySignatures: 'allow-extension' } } } : undefined,
  };
}

/** The progress script (ProgressScript.astro's `<script>`), as the bundler names it. */
const PROGRESS_SCRIPT = /[\\/]ProgressScript\.astro\?astro&type=script/;
// With it, whether the site has a learning record store (src/xapi/store-meta.ts): the rest of src/xapi/
// loads only on a site with one.
const PROGRESS = /src[\\/]progress[\\/]|src[\\/]xapi[\\/]store-meta\.ts/;

/**
 * @param {string | Buffer} content
 * @returns {`sha256-${string}`}
 */
const hashOf = (content) => `sha256-${createHash('sha256').update(content).digest('base64')}`;

/**
 * The progress script and the part of the store it uses, in one file, which the talk and case players
 * share: not the many small files the bundler would cut them into. What only My learning uses (export,
 * import, the CPD record) stays with My learning's own code.
 * @param {string} id
 * @param {import('rolldown').ChunkingContext} context
 */
function progressChunk(id, context) {
  if (PROGRESS_SCRIPT.test(id)) return 'progress';
  if (!PROGRESS.test(id)) return null;
  const seen = new Set([id]);
  const queue = [id];
  for (let current = queue.pop(); current; current = queue.pop()) {
    if (PROGRESS_SCRIPT.test(current)) return 'progress';
    for (const importer of context.getModuleInfo(current)?.importers ?? []) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  return null;
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: {
    // Every page carries its own styles (about 3 KB gzipped): on a slow mobile connection the extra round
    // trip for a stylesheet delays the first paint more than sending the styles again with each page costs.
    inlineStylesheets: 'always',
    // Pages render a few at a time: while one waits to be written, or for the search index to take it
    // (src/integrations/page-pipeline.ts), another renders. One at a time left the renderer idle a third
    // of the time (at 1,000 lessons, 2, 4 and 8 measured: 4 rendered fastest); the pages are the same.
    concurrency: 4,
  },
  integrations: [contentGuard(), mdx(), react(), hostHeaders(), pagePipeline()],
  // Prism marks code with classes; Shiki's inline styles would break the content security policy.
  // Links trainers write from the site's root follow it into a subfolder.
  markdown: { syntaxHighlight: 'prism', processor: satteri({ mdastPlugins: [siteLinks(base)] }) },
  security: {
    // Hashes every script and style Astro emits; no 'unsafe-inline' anywhere.
    csp: {
      directives: [
        "default-src 'self'",
        ...connectToStore,
        "img-src 'self' data:",
        "media-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: {
        // Only what a style attribute needs: Astro keeps 'self' and the page's own hashes for stylesheets.
        resources: [{ resource: "'unsafe-hashes'", kind: 'attribute' }],
        hashes: [
          // A Markdown table's column alignment (`| ---: |`) is a style attribute on each cell: these three,
          // and no other style attribute, are allowed.
          ...['left', 'center', 'right'].map((side) => ({
            hash: hashOf(`text-align:${side}`),
            kind: /** @type {const} */ ('attribute'),
          })),
        ],
      },
    },
  },
  vite: {
    plugins: [noPreloadHelper(), entriesMayExportMore()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // A group takes only the modules it names. Taking in their dependencies too put whatever the
                // case player imported (a link helper, say) into React's file, and search then loaded React.
                includeDependenciesRecursively: false,
                // Without a group, a module goes where the bundler puts it: into the one script that uses it
                // (a talk page's script holds all the talk code), or a file shared by the scripts that do. The
                // first two groups take in a component's own script, so that the group's file is the file the
                // page loads, not a one-line file importing it.
                groups: [
                  // The site script, on every page, with the pieces other scripts share with it (string
                  // formatting, the dynamic-import helper), which would otherwise be small files of their own,
                  // and the service worker's registration.
                  {
                    name: 'site',
                    test: /BaseLayout\.astro\?astro&type=script|src[\\/]site[\\/]|src[\\/]offline[\\/](register|service-worker-file)\.ts|src[\\/]i18n[\\/]t\.ts|src[\\/]search[\\/](highlight|search-opener)\.ts|preload-helper/,
                    priority: 4,
                  },
                  { name: progressChunk, priority: 3 },
                  // Case logic, which the player shares with My learning.
                  { name: 'cases', test: /src[\\/]cases[\\/]/, priority: 2 },
                  // React and the player in one file: about 0.7 KB gzipped less than five smaller files.
                  {
                    name: 'case-player',
                    test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]components[\\/]case[\\/]player[\\/]/,
                  },
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
