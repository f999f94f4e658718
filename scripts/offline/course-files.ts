// What saving a course for offline use downloads: the course's pages, and what they need (the scripts
// they load, case data, the talks they link to with their recordings and captions, the glossary and the
// resources they link to), plus My learning, where the learner records CPD offline, and search. The
// scripts are in the shell too; a saved course keeps its own, so that after later deploys its pages still
// run with the scripts they were built with, until the course is brought up to date.
// Read from the built pages, so whatever a module links to or embeds is found whatever its MDX says.
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync } from 'node:fs';
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

/** What a course's list needs of one file of the built site. */
interface FileFacts {
  bytes: number;
  /** A hash of its content, for the course's version. */
  digest: string;
  /** The same-site addresses it links to or imports, from the site's root. */
  links: string[];
}

/**
 * Reads files of the built site `site`, built for the folder `base`, each once however many courses
 * take it: every course takes My learning and search, and many the same talks and glossary, and at
 * 10,000 modules reading them again for each course took most of the offline step.
 */
export function siteFiles(site: string, base: string) {
  const known = new Map<string, FileFacts | null>();
  return {
    site,
    base,
    /** The facts of the file that answers `address`, or `null` if the site has none. */
    facts(address: string): FileFacts | null {
      if (known.has(address)) return known.get(address)!;
      const path = fileFor(site, address);
      let facts: FileFacts | null = null;
      if (existsSync(path)) {
        const content = readFileSync(path);
        const text = address.endsWith('/') || address.endsWith('.js') ? content.toString('utf8') : '';
        facts = {
          bytes: content.length,
          digest: createHash('sha256').update(content).digest('hex'),
          links: address.endsWith('.js')
            ? importsOf(text, `${base}${address}`).flatMap(({ path: imported }) =>
                imported.startsWith(base) ? [imported.slice(base.length)] : [],
              )
            : addressesIn(text, base),
        };
      }
      known.set(address, facts);
      return facts;
    },
  };
}

export type SiteFiles = ReturnType<typeof siteFiles>;

/**
 * The files of the course in `courses/<course>/` of the site `files` reads, with their sizes and a
 * version: its pages, what they link to among LINKED_PAGES and FILES, and what those pages embed.
 */
export function courseFiles(files: SiteFiles, course: string): CourseFiles {
  const { site, base } = files;
  const own = globSync('**/index.html', { cwd: join(site, 'courses', course) }).map((file) =>
    `courses/${course}/${file.replace(/index\.html$/, '')}`.replace(/\/+$/, '/'),
  );
  const addresses = new Set([...own.sort(), ...ALWAYS]);
  const pending = [...addresses];
  for (let address = pending.shift(); address !== undefined; address = pending.shift()) {
    const fromOwnPage = address.startsWith(`courses/${course}/`);
    for (const linked of files.facts(address)?.links ?? []) {
      const wanted = FILES.test(linked) || (fromOwnPage && LINKED_PAGES.test(linked));
      if (!wanted || addresses.has(linked) || !files.facts(linked)) continue;
      addresses.add(linked);
      pending.push(linked);
    }
  }
  const hash = createHash('sha256');
  const listed = [...addresses].map((address) => {
    const { bytes, digest } = files.facts(address)!;
    hash.update(address).update(digest);
    return { url: `${base}${address}`, bytes };
  });
  return {
    course,
    title: titleIn(readFileSync(fileFor(site, `courses/${course}/`), 'utf8')),
    version: hash.digest('hex').slice(0, 16),
    bytes: listed.reduce((sum, file) => sum + file.bytes, 0),
    files: listed,
  };
}
