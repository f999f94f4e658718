import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';

/** The production build that `npm test` makes before these tests run. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface BuiltPage {
  /** The address it is served at, for example `/courses/`. */
  url: string;
  /** Its file in dist/. */
  file: string;
}

/** Every HTML page of the build (dist/, or a fixture site's build folder), with the address it is served at. */
export function builtPages(folder = DIST): BuiltPage[] {
  if (!existsSync(folder))
    throw new Error(
      `${folder === DIST ? 'dist/' : folder} is missing: run \`npm run build\` (npm test does it for you).`,
    );
  return globSync('**/*.html', { cwd: folder, exclude: (name) => name.startsWith('pagefind') })
    .sort()
    .map((file) => ({ file, url: `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}` }));
}

/** A built page parsed into a DOM, for tests that read HTML without a browser. */
export const readPage = (page: BuiltPage, folder = DIST): HTMLElement =>
  parse(readFileSync(join(folder, page.file), 'utf8'));

/** The served address of the page of the given kind; fails when the build has none. */
export function pageMatching(pattern: RegExp): BuiltPage {
  const page = builtPages().find((p) => pattern.test(p.url));
  if (!page) throw new Error(`No built page matches ${pattern}`);
  return page;
}
