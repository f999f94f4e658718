import { OFFLINE_PAGE, SERVICE_WORKER_FILE } from '../offline/offline-paths.ts';
import { withBase } from './base-path.ts';
import { packagedFile, packageRoot } from './package-root.ts';

/**
 * The folder the site is served from, as Astro was configured (`BASE_PATH`, see src/utils/base-path.ts).
 * Plain Node (the content check, unit tests outside Vite) has no `import.meta.env`: there it is the root.
 */
const BASE: string = (import.meta.env as ImportMetaEnv | undefined)?.BASE_URL ?? '/';

/**
 * An address the build wrote (`/learning/courses/x/`), as this page must use it: unchanged on the site; in
 * a package, under the package's root and naming the file (`…/courses/x/index.html`).
 */
export function localAddress(built: string): string {
  const root = packageRoot();
  if (root === undefined || !built.startsWith(BASE)) return built;
  const { file, rest } = packagedFile(built.slice(BASE.length));
  return `${root}${file}${rest}`;
}

/**
 * An address in the site from one written from its root: a file under public/ (`/favicon.svg`, a
 * talk's recording) or a link a trainer wrote. Every address below goes through it, so a site built
 * for a subfolder links inside that folder, and a course package within itself.
 */
export const siteAddress = (rootRelative: string): string => localAddress(withBase(BASE, rootRelative));

/**
 * The search page's choice to include the trainers' guide, which learners' searches leave out: the
 * checkbox on the page and the hidden field in the header's search on the guide's own pages. Frozen:
 * Astro adds its scope class to the very object spread into an element's attributes, so a spread of this
 * one fails the build rather than grow on every page (tests/built/pages.test.ts).
 */
export const INCLUDE_GUIDE = Object.freeze({ name: 'guide', value: 'include' } as const);

/**
 * The full-text index's two bundles (scripts/search-bundles.ts): the learners' pages, and the trainers'
 * guide, merged in only when a search includes it.
 */
export const SEARCH_BUNDLES = { learners: 'pagefind', guide: 'pagefind-guide' } as const;
/** The folders of the built site whose pages the learners' index holds: every indexed page but the guide's. */
export const LEARNER_PAGE_FOLDERS = ['courses', 'talks', 'resources', 'glossary'] as const;
/** The trainers' guide's folder. */
export const GUIDE_FOLDER = 'trainers';

/** Every internal address is built here, so links and pages cannot disagree. */
export const routes = {
  home: () => siteAddress('/'),
  courses: () => siteAddress('/courses/'),
  course: (courseId: string) => siteAddress(`/courses/${courseId}/`),
  module: (courseId: string, moduleId: string) => siteAddress(`/courses/${courseId}/${moduleId}/`),
  certificate: (courseId: string) => siteAddress(`/courses/${courseId}/certificate/`),
  /** A case's data for its player (src/pages/cases/[id]/[version].json.ts), named by a hash of its contents. */
  casePlayerData: (caseId: string, version: string) => siteAddress(`/cases/${caseId}/${version}.json`),
  talks: () => siteAddress('/talks/'),
  talk: (talkId: string) => siteAddress(`/talks/${talkId}/`),
  talkCaptions: (talkId: string) => siteAddress(`/talks/${talkId}/captions.vtt`),
  /** A moment in a talk: `?t=m:ss`, and the id of the passage or heading there so the page lands on it. */
  talkMoment: (talkId: string, time: string, anchor: string) => siteAddress(`/talks/${talkId}/?t=${time}#${anchor}`),
  resources: () => siteAddress('/resources/'),
  resource: (resourceId: string) => siteAddress(`/resources/#${resourceId}`),
  glossary: () => siteAddress('/glossary/'),
  glossaryTerm: (termId: string) => siteAddress(`/glossary/#${termId}`),
  trainers: () => siteAddress(`/${GUIDE_FOLDER}/`),
  myLearning: () => siteAddress('/my-learning/'),
  /** The search page, with a query, and with the trainers' guide included (`INCLUDE_GUIDE`). */
  search: (query?: string, { guide = false }: { guide?: boolean } = {}) => {
    const params = new URLSearchParams([
      ...(query ? [['q', query]] : []),
      ...(guide ? [[INCLUDE_GUIDE.name, INCLUDE_GUIDE.value]] : []),
    ]);
    return siteAddress(params.size > 0 ? `/search/?${params}` : '/search/');
  },
  searchCatalogue: () => siteAddress('/search/catalogue.json'),
  /** Pagefind's bundle, written as the build ends (scripts/search-bundles.ts). */
  pagefind: (file: string) => siteAddress(`/${SEARCH_BUNDLES.learners}/${file}`),
  /** The trainers' guide's own Pagefind bundle, for `mergeIndex`. */
  pagefindGuide: () => siteAddress(`/${SEARCH_BUNDLES.guide}/`),
  cpdRecord: () => siteAddress('/my-learning/cpd/'),
  accessibility: () => siteAddress('/accessibility/'),
  /** The organisation's logo (src/pages/logo/[hash].svg.ts and .png.ts), named by a hash of its contents. */
  logo: (hash: string, format: string) => siteAddress(`/logo/${hash}.${format}`),
  /** The page offline learners get for a page they have not saved (src/pages/offline/index.astro). */
  offline: () => siteAddress(`/${OFFLINE_PAGE}`),
  /** What saving a course for offline use downloads, written as the build ends (scripts/offline/offline-files.ts). */
  offlineCourse: (courseId: string) => siteAddress(`/${OFFLINE_PAGE}${courseId}.json`),
  serviceWorker: () => siteAddress(`/${SERVICE_WORKER_FILE}`),
  manifest: () => siteAddress('/manifest.webmanifest'),
  /** The app's icons (src/pages/icons/[icon].png.ts). */
  icon: (name: string) => siteAddress(`/icons/${name}.png`),
} as const;
