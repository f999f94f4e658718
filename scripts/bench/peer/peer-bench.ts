// Triangulate against Starlight on the same lessons (issue 20): `npm run bench -- --peer [--lessons 1000]
// [--runs 2]`. Generates N lessons as both (generate-lessons.ts), then builds Starlight 0.42.4 (with its
// Pagefind search) and Triangulate (`npm run build`: astro build with the search index and offline files) in
// alternation, so that the machine's noise falls on both, and reports pages per second, the ratio, and peak
// memory per process. Starlight is installed once into .bench/peer/starlight (npm, from the registry).
// Writes bench-results/peer.json.
import { cpSync, existsSync, globSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSite, type SiteBuild } from '../build-site.ts';
import { measure, type Measured } from '../measure.ts';
import { generateLessons } from './generate-lessons.ts';

const WORK = resolve('.bench/peer');
const STARLIGHT = join(WORK, 'starlight');
const HERE = new URL('./', import.meta.url).pathname;

interface PeerRun {
  lessons: number;
  run: number;
  starlight: Measured & { pages: number; pagesPerSecond: number };
  triangulate: SiteBuild & { pagesPerSecond: number };
  ratio: number;
}

function installStarlight() {
  mkdirSync(STARLIGHT, { recursive: true });
  cpSync(join(HERE, 'starlight.package.json'), join(STARLIGHT, 'package.json'));
  cpSync(join(HERE, 'starlight.config.mjs'), join(STARLIGHT, 'astro.config.mjs'));
  if (!existsSync(join(STARLIGHT, 'node_modules')))
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: STARLIGHT, stdio: 'inherit' });
}

/** Triangulate's own content beside the lessons, as the harness in ../shared/peer-bench does. */
function addOwnContent(content: string) {
  for (const folder of ['cases', 'talks', 'resources', 'glossary']) {
    rmSync(join(content, folder), { recursive: true, force: true });
    cpSync(join('content', folder), join(content, folder), { recursive: true });
  }
  cpSync(join('content', 'courses'), join(content, 'courses'), { recursive: true });
}

async function buildStarlight(name: string): Promise<PeerRun['starlight']> {
  rmSync(join(STARLIGHT, 'dist'), { recursive: true, force: true });
  rmSync(join(STARLIGHT, '.astro'), { recursive: true, force: true });
  rmSync(join(STARLIGHT, 'node_modules/.astro'), { recursive: true, force: true });
  const measured = await measure(join(STARLIGHT, 'node_modules/.bin/astro'), ['build', '--root', STARLIGHT], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    logFile: resolve(`.bench/logs/starlight-${name}.log`),
  });
  const pages = globSync('**/*.html', { cwd: join(STARLIGHT, 'dist') }).length;
  return { ...measured, pages, pagesPerSecond: pages / measured.seconds };
}

/** Runs the peer benchmark for each size, `runs` times each, and writes bench-results/peer.json. */
export async function peerBench(sizes: readonly number[], runs: number): Promise<void> {
  mkdirSync('.bench/logs', { recursive: true });
  installStarlight();
  const results: PeerRun[] = [];
  for (const lessons of sizes) {
    const content = join(WORK, `triangulate-content-${lessons}`);
    generateLessons(lessons, STARLIGHT, content);
    addOwnContent(content);
    for (let run = 1; run <= runs; run++) {
      console.log(`${lessons} lessons, run ${run}: Starlight, then Triangulate…`);
      const starlight = await buildStarlight(`${lessons}-${run}`);
      const built = await buildSite(content, join(WORK, `dist-${lessons}`), `peer-${lessons}-${run}`);
      const triangulate = { ...built, pagesPerSecond: built.pages / built.build.seconds };
      results.push({
        lessons,
        run,
        starlight,
        triangulate,
        ratio: triangulate.pagesPerSecond / starlight.pagesPerSecond,
      });
    }
  }
  const mib = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 ** 2).toFixed(0)} MiB`);
  console.log('\nTriangulate against Starlight, the same lessons, both with search (goal: 1.6× the pages per second)');
  console.table(
    results.map((r) => ({
      lessons: r.lessons,
      run: r.run,
      'starlight pages': r.starlight.pages,
      'starlight s': r.starlight.seconds.toFixed(1),
      'starlight pages/s': r.starlight.pagesPerSecond.toFixed(1),
      'starlight peak': mib(r.starlight.peakBytes),
      'starlight together': mib(r.starlight.peakTogetherBytes),
      'triangulate pages': r.triangulate.pages,
      'triangulate s': r.triangulate.build.seconds.toFixed(1),
      'triangulate pages/s': r.triangulate.pagesPerSecond.toFixed(1),
      'triangulate peak': mib(r.triangulate.build.peakBytes),
      'triangulate together': mib(r.triangulate.build.peakTogetherBytes),
      ratio: `${r.ratio.toFixed(2)}×`,
    })),
  );
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/peer.json', `${JSON.stringify({ commit, results }, null, 2)}\n`);
  console.log('Wrote bench-results/peer.json');
}
