import { withBase } from './base-path.ts';
import { SERVICE_WORKER_FILE } from '../offline/offline-paths.ts';
import { SEARCH_BUNDLES } from './routes.ts';

/** For a file named by a hash of its content: a changed file gets a new name, so a copy never goes stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For a file whose address stays while its content changes: the browser asks first (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

/** Response headers for some paths of the built site, in the shape of Netlify's `_headers` file. */
export interface HeaderRule {
  /** Why these paths get these headers: written above them in the file. */
  why: string;
  /**
   * Paths from the site's root, as `_headers` matches them: `*` stands for any characters, `/` included.
   * No path may fall under two rules that both set `Cache-Control`: hosts add up the values of every
   * rule a path matches (Cloudflare Pages joins them with commas), and `no-cache` beside `immutable`
   * would undo it.
   */
  paths: readonly string[];
  headers: Readonly<Record<string, string>>;
}

/** Top-level folders of the build whose every file is named by a hash of its content. */
const HASHED_FOLDERS = ['_astro', 'cases', 'logo'];
/** Pagefind's folders, written as the build ends (src/integrations/page-pipeline.ts): their own rules below. */
const PAGEFIND_FOLDERS: readonly string[] = Object.values(SEARCH_BUNDLES);
/** Paths in each of Pagefind's folders. */
const inPagefind = (...paths: string[]) =>
  PAGEFIND_FOLDERS.flatMap((folder) => paths.map((path) => `/${folder}/${path}`));

/**
 * What the site asks of its host, for a build whose top level holds `builtEntries` (names, a folder's
 * ending in `/`): every page folder and file the build wrote is revalidated, whatever routes a site
 * has, so a new page folder cannot be left without a rule. The content security policy is not here:
 * every page carries its own, with the hashes of that page's scripts and styles, in a `<meta>` tag.
 */
export function hostHeaderRules(builtEntries: readonly string[]): HeaderRule[] {
  const unhashed = builtEntries
    .filter(
      (entry) => ![...HASHED_FOLDERS, ...PAGEFIND_FOLDERS].includes(entry.replace(/\/$/, '')) && entry !== '_headers',
    )
    .sort()
    .map((entry) => (entry.endsWith('/') ? `/${entry}*` : `/${entry}`));
  return [
    {
      why: "Every response: no guessing a file's type from its content, and no address sent to another site.",
      paths: ['/*'],
      headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' },
    },
    {
      why: "Named by a hash of their content, so kept for a year: Astro's scripts, each case's data, the organisation's logo, and Pagefind's index chunks, page fragments, filters and metadata.",
      paths: [
        ...HASHED_FOLDERS.map((folder) => `/${folder}/*`),
        ...inPagefind('fragment/*', 'index/*', 'filter/*', 'pagefind.*.pf_meta'),
      ],
      headers: { 'Cache-Control': IMMUTABLE },
    },
    {
      why: "The same address whatever their content, so checked on each use: the pages, the search catalogue, talks' recordings and captions, the icons and manifest, the service worker (written after the build, so that a new version is found at once), and Pagefind's scripts, WebAssembly and entry file (which names the current metadata).",
      paths: ['/', ...unhashed, `/${SERVICE_WORKER_FILE}`, ...inPagefind('*.js', '*.css', '*.json', '*.pagefind')],
      headers: { 'Cache-Control': REVALIDATE },
    },
  ];
}

/**
 * Netlify's `_headers` file for the rules, every path under the folder the site is served from
 * (`basePath()`: `/` or, say, `/learning/`). Each path gets a block of its own: the format has one path a block.
 */
export function renderHeaders(rules: readonly HeaderRule[], base: string): string {
  const blocks = rules.map(({ why, paths, headers }) =>
    [
      `# ${why}`,
      ...paths.flatMap((path) => [
        withBase(base, path),
        ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
      ]),
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}
