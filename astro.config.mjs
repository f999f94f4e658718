// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';

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
