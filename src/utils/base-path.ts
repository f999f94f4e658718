/**
 * The folder the site is served from: `/` at the root of a host, `/learning/` in a subfolder. Set with
 * the `BASE_PATH` environment variable when building, as `SITE_URL` is; always starts and ends with `/`.
 * Read by astro.config.mjs (Astro's `base`), and by build scripts that run outside Astro.
 */
export function basePath(env: Record<string, string | undefined> = process.env): string {
  const folders = (env['BASE_PATH'] ?? '').split('/').filter(Boolean);
  return folders.length === 0 ? '/' : `/${folders.join('/')}/`;
}

/**
 * An address inside the site from one written from the site's root: `/courses/` is
 * `/learning/courses/` when the site is served from `/learning/`.
 */
export const withBase = (base: string, rootRelative: string): string =>
  isRootRelative(rootRelative) ? `${base}${rootRelative.slice(1)}` : rootRelative;

/** `/courses/`, not `//example.org/` (another host) nor `courses/`, `#anchor` or `https://…`. */
const isRootRelative = (address: string) => address.startsWith('/') && !address.startsWith('//');
