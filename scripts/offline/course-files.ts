// What saving a course for offline use downloads: the course's pages, and what they need (the scripts
// they load, case data, the talks they link to with their recordings and captions, the glossary and the
// resources they link to), plus My learning, where the learner records CPD offline, and search. The
// scripts are in the shell too; a saved course keeps its own, so that after later deploys its pages still
// run with the scripts they were built with, until the course is brought up to date.
// Read from the built pages, so whatever a module links to or embeds is found whatever its MDX says.
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities } from '../../src/utils/html-entities.ts';
import { importsOf } from '../script-imports.ts';
import type { CourseFiles } from '../../src/offline/course-list.ts';

/** Pages outside the course that its pages may link to, which are saved with it (from the site's root). */
const LINKED_PAGES = /^(?:talks\/[^/]+\/|glossary\/|resources\/)$/;
/** Site-wide pages every saved course takes: My learning and the CPD record, and search with its catalogue. */
const ALWAYS = ['my-learning/', 'my-learning/cpd/', 'search/', 'search/catalogue.json'];
/** Files a page embeds or links to that are saved with it: scripts, case data, recordings and captions. */
const FILES = /^(?:_astro\/[^/]+\.js|cases\/[^/]+\/[^/]+\.json|talks\/.+\.(?:m4a|mp3|mp4|ogg|webm|vtt))$/;

/**
 * Same-site addresses in a page's HTML (links, sources and a case's data), from the site's root
 * (`courses/x/`), without their query and fragment. Only `base`'s addresses: nothing on another host.
 */
export function addressesIn(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const [, address = ''] of html.matchAll(/\s(?:href|src|data-case-src|component-url|renderer-url)="([^"]+)"/g)) {
    if (!address.startsWith(base) || address.startsWith('//')) continue;
    found.add(address.slice(base.length).replace(/[?#].*$/, ''));
  }
  return [...found];
}

/** A page's Open Graph property (`og:title`), as the page itself gives it. */
const openGraph = (html: string, property: string): string =>
  decodeEntities(new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '');

/** The course's title, from its page's `og:title`. */
export const titleIn = (html: string): string => openGraph(html, 'og:title');

/** The course's summary, from its page's `og:description`. */
export const descriptionIn = (html: string): string => openGraph(html, 'og:description');

/** The file that answers an address (`courses/x/` is `courses/x/index.html`). */
const fileFor = (site: string, address: string) => join(site, address.endsWith('/') ? `${address}index.html` : address);

/**
 * The files of the course in `site/courses/<course>/`, built for the folder `base`, with their sizes and
 * a version: its pages, what they link to among LINKED_PAGES and FILES, and what those pages embed.
 */
export function courseFiles(site: string, base: string, course: string): CourseFiles {
  const own = globSync('**/index.html', { cwd: join(site, 'courses', course) }).map((file) =>
    `courses/${course}/${file.replace(/index\.html$/, '')}`.replace(/\/+$/, '/'),
  );
  const addresses = new Set([...own.sort(), ...ALWAYS]);
  const pending = [...addresses];
  for (let address = pending.shift(); address !== undefined; address = pending.shift()) {
    const text = address.endsWith('/') || address.endsWith('.js') ? readFileSync(fileFor(site, address), 'utf8') : '';
    const fromOwnPage = address.startsWith(`courses/${course}/`);
    const found = address.endsWith('.js')
      ? importsOf(text, `${base}${address}`).flatMap(({ path }) =>
          path.startsWith(base) ? [path.slice(base.length)] : [],
        )
      : addressesIn(text, base);
    for (const linked of found) {
      const wanted = FILES.test(linked) || (fromOwnPage && LINKED_PAGES.test(linked));
      if (!wanted || addresses.has(linked) || !existsSync(fileFor(site, linked))) continue;
      addresses.add(linked);
      pending.push(linked);
    }
  }
  const hash = createHash('sha256');
  const files = [...addresses].map((address) => {
    const path = fileFor(site, address);
    hash.update(address).update(readFileSync(path));
    return { url: `${base}${address}`, bytes: statSync(path).size };
  });
  return {
    course,
    title: titleIn(readFileSync(fileFor(site, `courses/${course}/`), 'utf8')),
    version: hash.digest('hex').slice(0, 16),
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files,
  };
}
