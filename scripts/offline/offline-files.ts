// Makes a built site work offline, as `astro build` ends (src/integrations/page-pipeline.ts), or for a
// site already built with `node scripts/build-offline.ts [DIR]`.
// - Writes each course's offline list (offline/<course>.json, see course-files.ts), which its "Save this
//   course for offline use" button downloads.
// - Bundles the service worker (src/offline/worker/service-worker.ts) and gives it, through workbox-build's
//   injectManifest, the list of the shell to precache: the site's scripts, its icons and manifest, and
//   the offline page. No page and no search file is in it, so it stays small however many modules a site has.
import { existsSync, globSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';
import { OFFLINE_PAGE, SERVICE_WORKER_FILE } from '../../src/offline/offline-paths.ts';
import { basePath } from '../../src/utils/base-path.ts';
import { SEARCH_BUNDLES } from '../../src/utils/routes.ts';
import { bundleScript } from '../bundle-script.ts';
import { courseFiles, siteFiles } from './course-files.ts';

const SERVICE_WORKER_SOURCE = fileURLToPath(new URL('../../src/offline/worker/service-worker.ts', import.meta.url));

/** The shell, from the site's root: everything every page may need, whatever its course. */
export const SHELL = [
  '_astro/**/*.js',
  'favicon.svg',
  'logo/*',
  'icons/*.png',
  'manifest.webmanifest',
  `${OFFLINE_PAGE}index.html`,
];

/**
 * Writes each course's offline list and the service worker into the built site `site`, and says so
 * through `log`.
 */
export async function writeOfflineFiles(site: string, log: (line: string) => void): Promise<void> {
  const base = basePath();
  const coursesFolder = join(site, 'courses');
  // A site may have no course yet (only talks, say): it still gets its service worker.
  const courses = existsSync(coursesFolder)
    ? readdirSync(coursesFolder, { withFileTypes: true }).filter((entry) => entry.isDirectory())
    : [];
  mkdirSync(join(site, OFFLINE_PAGE), { recursive: true });
  const files = siteFiles(site, base);
  for (const { name } of courses) {
    const list = courseFiles(files, name);
    writeFileSync(join(site, OFFLINE_PAGE, `${name}.json`), JSON.stringify(list));
  }
  log(`Wrote the offline lists of ${courses.length} courses.`);

  const work = mkdtempSync(join(tmpdir(), 'triangulate-sw-'));
  try {
    const bundled = join(work, SERVICE_WORKER_FILE);
    await bundleScript(SERVICE_WORKER_SOURCE, bundled, {
      format: 'iife',
      define: {
        // Workbox's development logging goes.
        'process.env.NODE_ENV': '"production"',
        // What the site has at its top, so that a site at a host's root leaves a folder's site alone.
        // The search index's folders among them, which may be written while this runs.
        SITE_ENTRIES: JSON.stringify([...new Set([...readdirSync(site), ...Object.values(SEARCH_BUNDLES)])]),
      },
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(site, SERVICE_WORKER_FILE),
      globDirectory: site,
      // Workbox warns of a pattern that matches nothing, such as the logo of a site without one.
      globPatterns: SHELL.filter((pattern) => globSync(pattern, { cwd: site }).length > 0),
      // Astro names its scripts by a hash of their content: the name is the revision.
      dontCacheBustURLsMatching: /^_astro\//,
    });
    for (const warning of warnings) log(warning);
    log(`Wrote the service worker: ${count} shell files precached, ${(size / 1024).toFixed(0)} KB.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
