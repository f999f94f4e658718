// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

/**
 * Vite wraps every dynamic import in a helper that preloads the imported chunk's dependencies: 1 KB
 * gzipped, a quarter of the case player's own code, even with `modulePreload` off (vitejs/vite#18551).
 * The browser fetches a chunk's static imports as soon as it parses it, so the player needs no preload;
 * this replaces the helper with one that only loads the stylesheets a dynamically imported chunk needs,
 * the one thing Vite still passes it when `modulePreload` is off.
 * @returns {import('vite').Plugin}
 */
function smallPreloadHelper() {
  const helperId = '\0vite/preload-helper.js';
  let base = '/';
  return {
    name: 'triangulate:small-preload-helper',
    enforce: 'pre',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    configResolved: (config) => void (base = config.base),
    load(id) {
      if (id !== helperId) return undefined;
      return `export const __vitePreload = (load, styles = []) =>
  Promise.all(styles.map((href) => new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: ${JSON.stringify(base)} + href });
    link.onload = resolve;
    link.onerror = () => reject(new Error('Could not load ' + href));
    document.head.append(link);
  }))).then(load);`;
    },
  };
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
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
    plugins: [smallPreloadHelper()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // React and the player in one file: about 0.7 KB gzipped less than five smaller files.
                  {
                    name: 'case-player',
                    test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/](components[\\/]case[\\/]player|cases|i18n|schemas)[\\/]/,
                  },
                  // The progress store in its own file, shared by the case player and any page script using it
                  // (chosen first, so that the player's group does not take it in as one of its dependencies).
                  { name: 'progress', test: /src[\\/]progress[\\/]/, priority: 1 },
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
