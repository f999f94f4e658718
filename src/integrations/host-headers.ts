import { readdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { basePath } from '../utils/base-path.ts';
import { hostHeaderRules, renderHeaders } from '../utils/host-headers.ts';

/**
 * Writes `_headers` beside the built site: the caching and security headers Netlify (and hosts that read
 * the same file, such as Cloudflare Pages) send with each file. Paths are under `BASE_PATH`'s folder.
 * The README's nginx snippet sets the same headers by hand.
 */
export function hostHeaders(): AstroIntegration {
  return {
    name: 'triangulate:host-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const built = readdirSync(dir, { withFileTypes: true }).map((entry) =>
          entry.isDirectory() ? `${entry.name}/` : entry.name,
        );
        writeFileSync(new URL('_headers', dir), renderHeaders(hostHeaderRules(built), basePath()));
        logger.info('Wrote _headers (caching and security headers for Netlify).');
      },
    },
  };
}
