import { globSync, mkdirSync, readFileSync } from 'node:fs';
import { measure, type Measured } from './measure.ts';

/** One cold build of a content folder, as `npm run build` makes it. */
export interface SiteBuild {
  /**
   * `astro build`, which also indexes each page for search as it renders it and writes the offline
   * files as it ends: its largest process's peak memory, Pagefind's included.
   */
  build: Measured;
  /** The pages Pagefind indexed into the learners' bundle, as the build's log says. */
  indexedPages: number | null;
  pages: number;
}

/**
 * Builds the content folder `content` into `dist` the way `npm run build` does, or `lowMemory` the way
 * `npm run build:low-memory` does; the log goes to `.bench/logs/build-<name>.log`.
 */
export async function buildSite(content: string, dist: string, name: string, lowMemory = false): Promise<SiteBuild> {
  mkdirSync('.bench/logs', { recursive: true });
  const env = { ...process.env, TRIANGULATE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const log = `.bench/logs/build-${name}.log`;
  const [command, ...steps] = lowMemory ? ['node', 'scripts/build-low-memory.ts'] : ['astro', 'build'];
  // --force clears the content layer cache, so every run is a cold build like a fresh clone's.
  const build = await measure(command, [...steps, '--outDir', dist, '--force'], { env, logFile: log });
  const indexed = /Indexed (\d+) pages into pagefind\//.exec(readFileSync(log, 'utf8'))?.[1];
  const pages = globSync('**/*.html', { cwd: dist, exclude: (f) => f.startsWith('pagefind') }).length;
  return { build, indexedPages: indexed ? Number(indexed) : null, pages };
}
