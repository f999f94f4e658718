import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPageHashesOnly } from '../utils/page-csp.ts';

/** Trims each built page's content security policy to the hashes of what the page holds (utils/page-csp.ts). */
export function pageCsp(): AstroIntegration {
  return {
    name: 'triangulate:page-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
        for (const page of pages) {
          const path = join(root, page);
          const html = readFileSync(path, 'utf8');
          const trimmed = withPageHashesOnly(html);
          if (trimmed !== html) writeFileSync(path, trimmed);
        }
      },
    },
  };
}
