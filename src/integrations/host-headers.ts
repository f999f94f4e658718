import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { basePath } from '../utils/base-path.ts';
import { HOST_HEADERS, renderHeaders } from '../utils/host-headers.ts';

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
        writeFileSync(new URL('_headers', dir), renderHeaders(HOST_HEADERS, basePath()));
        logger.info('Wrote _headers (caching and security headers for Netlify).');
      },
    },
  };
}
