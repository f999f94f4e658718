// Build benchmark at scale: generates a seeded catalogue of N modules outside content/, builds it the
// way `npm run build` does (astro build, which indexes for search and writes the offline files) into its own folder, and
// reports time, memory, output size, page weight, and what the service worker precaches.
//
//   npm run bench                           N = 100 and 1,000
//   npm run bench -- --modules 100,1000,10000
//   npm run bench -- --modules 10000 --low-memory                 built as `npm run build:low-memory` builds
//   npm run bench -- --peer [--lessons 1000,10000] [--runs 2]   against Starlight (peer/peer-bench.ts)
//   npm run bench -- --dev [--modules 100,1000]                  the live preview (dev-server.ts)
//
// Writes bench-results/bench.json; logs of each build go to .bench/logs/. Node's heap limit is left
// as it is (no --max-old-space-size), because the goal is that a default install builds the site.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { existsSync, globSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pageWeight, type PageWeight } from '../page-weight.ts';
import { buildSite } from './build-site.ts';
import { devBench } from './dev-server.ts';
import { peerBench } from './peer/peer-bench.ts';
import { generateSite, type SiteSummary } from './generate-site.ts';
import { growthExponent, type Measured } from './measure.ts';

/** Goals from issue 8, checked against the largest N run. */
const GOALS = { pagesPerSecond: 100, peakBytes: 4 * 1024 ** 3, atModules: 10_000 };

/** One page of each type in a generated site (the search page exists once search is built). */
const PAGE_TYPES = {
  home: 'index.html',
  module: 'courses/course-00001/module-00001/index.html',
  'module with case': 'courses/course-00001/module-00005/index.html',
  talk: 'talks/talk-00001/index.html',
  search: 'search/index.html',
} as const;

interface Run {
  modules: number;
  content: SiteSummary;
  pages: number;
  generateSeconds: number;
  /** The whole build: `npm run build`'s one step. */
  build: Measured;
  indexedPages: number | null;
  offline: OfflineFiles;
  pagesPerSecond: number;
  outputBytes: number;
  searchIndexBytes: number;
  pageWeights: Record<string, PageWeight | null>;
}

const { values } = parseArgs({
  options: {
    modules: { type: 'string', default: '100,1000' },
    seed: { type: 'string', default: '1' },
    peer: { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
    lessons: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '2' },
    'low-memory': { type: 'boolean', default: false },
  },
});
if (values.peer) {
  await peerBench(values.lessons.split(',').map(Number), Number(values.runs));
  process.exit(0);
}
const sizes = values.modules.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error('Write --modules as whole numbers, for example 100,1000,10000.');
if (values.dev) {
  await devBench(sizes);
  process.exit(0);
}

/** What the service worker precaches, and what saving the largest course downloads. */
interface OfflineFiles {
  precacheEntries: number;
  precacheBytes: number;
  serviceWorkerGzip: number;
  largestCourseBytes: number;
}

function offlineFiles(dist: string): OfflineFiles {
  const worker = readFileSync(join(dist, 'sw.js'));
  const precached = [...worker.toString('utf8').matchAll(/"url":"([^"]+)"/g)].map(([, url]) => url!);
  const lists = readdirSync(join(dist, 'offline')).filter((file) => file.endsWith('.json'));
  return {
    precacheEntries: precached.length,
    precacheBytes: precached.reduce((sum, url) => sum + statSync(join(dist, url)).size, 0),
    serviceWorkerGzip: gzipSync(worker).length,
    largestCourseBytes: Math.max(
      ...lists.map(
        (file) => (JSON.parse(readFileSync(join(dist, 'offline', file), 'utf8')) as { bytes: number }).bytes,
      ),
    ),
  };
}

const bytesUnder = (folder: string) =>
  globSync('**/*', { cwd: folder }).reduce((sum, file) => {
    const stats = statSync(join(folder, file));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);

async function benchmark(modules: number): Promise<Run> {
  const site = `.bench/site-${modules}`;
  const dist = `.bench/dist-${modules}`;
  const generated = performance.now();
  const content = generateSite({ modules, out: site, seed: Number(values.seed) });
  const generateSeconds = (performance.now() - generated) / 1000;
  console.log(`N = ${modules}: building…`);
  const { build, indexedPages, pages } = await buildSite(site, dist, String(modules), values['low-memory']);
  const pageWeights = Object.fromEntries(
    Object.entries(PAGE_TYPES).map(([type, file]) => {
      return [type, existsSync(join(dist, file)) ? pageWeight(dist, file) : null];
    }),
  );
  return {
    modules,
    content,
    pages,
    generateSeconds,
    build,
    indexedPages,
    offline: offlineFiles(dist),
    pagesPerSecond: pages / build.seconds,
    outputBytes: bytesUnder(dist),
    searchIndexBytes: bytesUnder(join(dist, 'pagefind')),
    pageWeights,
  };
}

const runs: Run[] = [];
for (const modules of sizes) runs.push(await benchmark(modules));

const mib = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 ** 2).toFixed(0)} MiB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
console.log('\nBuild at scale (astro build with its search index and offline files, cold, one run each)');
console.table(
  runs.map((r) => ({
    modules: r.modules,
    pages: r.pages,
    'build time': s(r.build.seconds),
    'build cpu': r.build.cpuSeconds === null ? 'n/a' : s(r.build.cpuSeconds),
    'peak (largest process)': mib(r.build.peakBytes),
    'peak (all processes)': mib(r.build.peakTogetherBytes),
    'indexed pages': r.indexedPages ?? 'n/a',
    'pages/s': r.pagesPerSecond.toFixed(1),
    output: mib(r.outputBytes),
    'search index': mib(r.searchIndexBytes),
  })),
);
const largest = runs.at(-1)!;
console.log(
  `Page weight at N = ${largest.modules}, gzipped (first visit: what loads before the learner scrolls or acts)`,
);
console.table(
  Object.entries(largest.pageWeights).map(([type, w]) => ({
    page: type,
    html: w ? kb(w.html) : 'no page',
    css: w ? kb(w.css) : '',
    'js (all)': w ? kb(w.js) : '',
    'requests (all)': w?.requests ?? '',
    'first visit': w ? kb(w.firstVisit.bytes) : '',
    'first visit requests': w?.firstVisit.requests ?? '',
  })),
);
console.log('Offline: what the service worker precaches (the shell), and the largest course a learner can save');
console.table(
  runs.map((r) => ({
    modules: r.modules,
    'precached files': r.offline.precacheEntries,
    'precached size': kb(r.offline.precacheBytes),
    'service worker (gzip)': kb(r.offline.serviceWorkerGzip),
    'largest course saved': kb(r.offline.largestCourseBytes),
  })),
);
const fit = (seconds: (r: Run) => number | null) =>
  growthExponent(runs.flatMap((r) => (seconds(r) === null ? [] : [{ n: r.modules, seconds: seconds(r)! }])));
const exponent = {
  total: fit((r) => r.build.seconds),
  totalCpu: fit((r) => r.build.cpuSeconds),
};
const power = (k: number | null) => (k === null ? 'n/a' : `N^${k.toFixed(2)}`);
if (runs.length > 1)
  console.log(`Growth of build time in N: wall ${power(exponent.total)}; CPU time ${power(exponent.totalCpu)}`);
const peak = largest.build.peakBytes ?? 0;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
console.log(
  `Goals (stated for N = ${GOALS.atModules}; this run's largest N is ${largest.modules}): ` +
    `${largest.pagesPerSecond.toFixed(0)} pages/s ≥ ${GOALS.pagesPerSecond}: ${verdict(largest.pagesPerSecond >= GOALS.pagesPerSecond)}; ` +
    `peak ${mib(peak)} ≤ 4 GiB per process: ${verdict(peak <= GOALS.peakBytes)}`,
);

const gitCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      commit: gitCommit,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
      goals: GOALS,
      build: values['low-memory'] ? 'npm run build:low-memory' : 'npm run build',
      growthExponent: exponent,
      runs,
    },
    null,
    2,
  )}\n`,
);
console.log('Wrote bench-results/bench.json');
