// The live preview's speed for authors (issue 20): `npm run bench -- --dev [--modules 100,1000]`. For each
// size, a seeded catalogue (generate-site.ts) is previewed with `astro dev` on 127.0.0.1, and it measures
// how long after the start a module's page is first served, and how long after a module's file is saved
// the page serves the change (the median of CHANGES saves; the browser shows it once it asks again, which
// Astro's dev server tells it to do at once). Goals: 3 s and 300 ms. Writes bench-results/dev.json.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSite } from './generate-site.ts';

const PORT = 4340;
const CHANGES = 5;
const GOALS = { firstPageSeconds: 3, changeMs: 300 };
/** A module of the generated site, and its page. */
const MODULE_FILE = 'courses/course-00001/02-module-00002.mdx';
const MODULE_PAGE = '/courses/course-00001/module-00002/';

interface DevRun {
  modules: number;
  /** From starting `astro dev` to the module's page served in full. */
  firstPageSeconds: number;
  /** From saving the module's file to its page serving the change, each time. */
  changeMs: number[];
  medianChangeMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's text, or '' while the server cannot answer. */
const pageText = () =>
  fetch(`http://127.0.0.1:${PORT}${MODULE_PAGE}`).then(
    (response) => (response.ok ? response.text() : ''),
    () => '',
  );

/** Polls the page until `holds` is true of it; the milliseconds it took. */
async function waitForPage(holds: (text: string) => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (holds(await pageText())) return performance.now() - started;
    await sleep(10);
  }
  throw new Error(`${MODULE_PAGE} did not show what was expected within ${timeoutMs} ms`);
}

async function measureDev(modules: number): Promise<DevRun> {
  const content = `.bench/dev-site-${modules}`;
  generateSite({ modules, out: content, seed: 1 });
  const file = join(content, MODULE_FILE);
  mkdirSync('.bench/logs', { recursive: true });
  const log = openSync(`.bench/logs/dev-${modules}.log`, 'w');
  const started = performance.now();
  const server = spawn('astro', ['dev', '--force', '--host', '127.0.0.1', '--port', String(PORT)], {
    env: { ...process.env, TRIANGULATE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', log, log],
    detached: true,
  });
  try {
    await waitForPage((text) => text.includes('</html>'), 120_000);
    const firstPageSeconds = (performance.now() - started) / 1000;
    const changeMs: number[] = [];
    for (let change = 1; change <= CHANGES; change++) {
      const marker = `Benchmark change ${change} ${Date.now()}`;
      // The server watches the file; give it a moment after the last change, as an author between saves.
      await sleep(500);
      appendFileSync(file, `\n\n${marker}\n`);
      changeMs.push(await waitForPage((text) => text.includes(marker), 30_000));
    }
    const sorted = [...changeMs].sort((a, b) => a - b);
    return { modules, firstPageSeconds, changeMs, medianChangeMs: sorted[Math.floor(sorted.length / 2)]! };
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
    await sleep(500);
  }
}

/** Measures the preview at each size and writes bench-results/dev.json. */
export async function devBench(sizes: readonly number[]): Promise<void> {
  const runs: DevRun[] = [];
  for (const modules of sizes) {
    console.log(`${modules} modules: starting the preview…`);
    runs.push(await measureDev(modules));
  }
  console.log(
    `\nThe live preview (goals: first page within ${GOALS.firstPageSeconds} s, a saved change within ${GOALS.changeMs} ms)`,
  );
  console.table(
    runs.map((run) => ({
      modules: run.modules,
      'first page': `${run.firstPageSeconds.toFixed(1)} s`,
      'saved change (median)': `${run.medianChangeMs.toFixed(0)} ms`,
      'each change': run.changeMs.map((ms) => ms.toFixed(0)).join(', '),
    })),
  );
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/dev.json', `${JSON.stringify({ commit, goals: GOALS, runs }, null, 2)}\n`);
  console.log('Wrote bench-results/dev.json');
}
