import { globSync, mkdirSync, readFileSync } from 'node:fs';
import { measure, type Measured } from './measure.ts';

/** One cold build of a content folder, as `npm run build` makes it, measured step by step. */
export interface SiteBuild {
  /** `astro build`, which indexes each page for search as it renders it: its largest process's peak, Pagefind's included. */
  astro: Measured;
  /** The pages Pagefind indexed into the learners' bundle, as the build's log says. */
  indexedPages: number | null;
  offline: Measured;
  pages: number;
  totalSeconds: number;
}

/**
 * Builds the content folder `content` into `dist` the way `npm run build` does (astro build with its
 * search index, then the offline files), each step measured; logs go to `.bench/logs/<name>-*.log`.
 */
export async function buildSite(content: string, dist: string, name: string): Promise<SiteBuild> {
  mkdirSync('.bench/logs', { recursive: true });
  const env = { ...process.env, TRIANGULATE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const astroLog = `.bench/logs/astro-${name}.log`;
  // --force clears the content layer cache, so every run is a cold build like a fresh clone's.
  const astro = await measure('astro', ['build', '--outDir', dist, '--force'], { env, logFile: astroLog });
  const indexed = /Indexed (\d+) pages into pagefind\//.exec(readFileSync(astroLog, 'utf8'))?.[1];
  const offline = await measure('node', ['scripts/build-offline.ts', dist], {
    env,
    logFile: `.bench/logs/offline-${name}.log`,
  });
  const pages = globSync('**/*.html', { cwd: dist, exclude: (f) => f.startsWith('pagefind') }).length;
  return {
    astro,
    indexedPages: indexed ? Number(indexed) : null,
    offline,
    pages,
    totalSeconds: astro.seconds + offline.seconds,
  };
}
