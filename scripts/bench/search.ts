// Search benchmark: relevance on the real content and cost at scale, for both engines.
//
//   npm run bench:search                     relevance, the 1,000-entry catalogue, a 10,000-module site
//   npm run bench:search -- --modules 1000   a smaller site, for a quick look
//   npm run bench:search -- --chunk-size N   index chunks of N word positions instead of the build's
//                                            (scripts/search-bundles.ts), to compare sizes
//
// Relevance: the cases in tests/support/search-relevance.ts; lunr in Node, Pagefind in Chromium
// against the real site built into .bench/search-content/. Scale: a seeded site from
// scripts/bench/generate-site.ts, built and indexed as `npm run build` does, then searched in Chromium
// with a fresh browser per query: bytes transferred and time to the first result per kind of query.
// Prints a summary and writes bench-results/search.json. Timing goals are reported, never asserted.
import { spawn, type ChildProcess } from 'node:child_process';
import { globSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../find-chromium.ts';
import { buildCatalogueFile, loadCatalogueIndex, type LoadedCatalogue } from '../../src/search/catalogue-index.ts';
import { searchCatalogue } from '../../src/search/catalogue-search.ts';
import { catalogueEntriesOf, catalogueFileOf } from '../../src/search/read-catalogue.ts';
import { fullTextOutcome } from '../../tests/support/search-page-results.ts';
import { RELEVANCE_CASES, rankOf, relevanceReport, type CaseOutcome } from '../../tests/support/search-relevance.ts';
import { BENCH_SYNONYMS, generateSite } from './generate-site.ts';
import { measure } from './measure.ts';
import { DOMAIN_TERMS, proseOf, seededRandom } from './prose.ts';

const GOALS = { firstQueryBytes: 250 * 1024, firstQueryShare: 0.95, catalogueGzip: 110 * 1024, keystrokeMs: 50 };
const { values } = parseArgs({
  options: {
    modules: { type: 'string', default: '10000' },
    port: { type: 'string', default: process.env['TEST_PORT'] ?? '4331' },
    'chunk-size': { type: 'string' },
  },
});
const CHUNK_SIZE = values['chunk-size'];
const MODULES = Number(values.modules);
const PORT = Number(values.port);
const KB = 1024;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const bytesUnder = (folder: string) =>
  globSync('**/*', { cwd: folder }).reduce((sum, file) => {
    const stats = statSync(join(folder, file));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);

/** Builds a content folder with its search index, as `npm run build` does, into its own folder: time and peak memory. */
async function build(content: string, dist: string, name: string) {
  mkdirSync('.bench/logs', { recursive: true });
  const env = {
    ...process.env,
    TRIANGULATE_CONTENT: content,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(CHUNK_SIZE && { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: CHUNK_SIZE }),
  };
  console.log(`Building ${content}…`);
  return measure('astro', ['build', '--outDir', dist], { env, logFile: `.bench/logs/search-astro-${name}.log` });
}

function serve(dist: string): Promise<ChildProcess> {
  const server = spawn('node', ['scripts/serve-static.ts', String(PORT), dist], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A server that cannot start (the port is taken) must stop the benchmark, not leave it waiting.
  return new Promise((resolve, reject) => {
    server.stdout.once('data', () => resolve(server));
    server.once('exit', (code) =>
      reject(new Error(`The static server stopped (exit ${String(code)}): is port ${PORT} free?`)),
    );
  });
}

/** Time per keystroke: the catalogue searched for each prefix of each query, as a learner types it. */
function keystrokes(catalogue: LoadedCatalogue, queries: string[]) {
  const times: number[] = [];
  for (const query of queries)
    for (let i = 1; i <= query.length; i++) {
      const started = performance.now();
      searchCatalogue(catalogue, query.slice(0, i));
      times.push(performance.now() - started);
    }
  return {
    keystrokes: times.length,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
  };
}

/**
 * Relevance of the catalogue in Node and of full text in Chromium, through the search page as learners
 * use it: the tuning queries and the locked ones apart, by kind, the queries that found nothing, and
 * what a full-text query that falls back to fewer words costs.
 */
async function relevance(browser: Browser) {
  const catalogue = loadCatalogueIndex(catalogueFileOf('content'));
  const lunrOutcomes = RELEVANCE_CASES.map(({ query, expected }) => {
    const hits = searchCatalogue(catalogue, query, { limit: 10 });
    return {
      rank: rankOf(
        hits.map((hit) => hit.url),
        expected,
      ),
      results: hits.length,
    };
  });
  const page = await browser.newPage({ baseURL: `http://127.0.0.1:${PORT}` });
  await page.goto('/search/?q=risk');
  await page.locator('[data-search-page-results] [data-search-part="status"]').filter({ hasText: /./ }).waitFor();
  const pagefindOutcomes: CaseOutcome[] = [];
  for (const relevanceCase of RELEVANCE_CASES) pagefindOutcomes.push(await fullTextOutcome(page, relevanceCase));
  await page.close();
  // What falling back to fewer words costs a first query: the same answer asked with every word, of
  // which one is on no page, and with only the words that find it.
  const [fallback, direct] = [
    await firstQuery(browser, 'adult released from prison joins household'),
    await firstQuery(browser, 'released prison household'),
  ];
  return {
    fallback: { query: fallback.query, bytes: fallback.pagefindBytes, directBytes: direct.pagefindBytes },
    cases: RELEVANCE_CASES.length,
    lunr: relevanceReport(RELEVANCE_CASES, lunrOutcomes),
    pagefind: relevanceReport(RELEVANCE_CASES, pagefindOutcomes),
  };
}

/** Words no generated page has: a learner's own, which full text leaves out when no page has all the words. */
const OUTSIDE_WORDS = ['boyfriend', 'telly', 'footie', 'nan', 'payday', 'xbox'];
/**
 * The kinds of query measured since the 10,000-page goal was set; the kinds after them (synonyms,
 * questions, a word no page has) exercise this features and are reported apart as well.
 */
const BASE_KINDS = ['one word', 'term', 'phrase', 'misspelling', 'first letters'];

/** Queries of each kind, drawn from the generated site's vocabulary. */
function queriesByKind(count: number): Record<string, string[]> {
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const term = () => pick(DOMAIN_TERMS);
  const misspell = (word: string) => {
    const at = 1 + Math.floor(random() * (word.length - 3));
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  };
  const list = (make: () => string) => Array.from({ length: count }, make);
  return {
    'one word': list(() => term().split(' ').at(-1)!),
    term: list(term),
    phrase: list(() => `${term()} ${term()}`),
    misspelling: list(() =>
      misspell(
        term()
          .split(' ')
          .sort((a, b) => b.length - a.length)[0]!,
      ),
    ),
    'first letters': list(() => term().slice(0, 4)),
    synonym: list(() => pick(Object.keys(BENCH_SYNONYMS))),
    question: list(() => `what does ${term()} mean`),
    'a word no page has': list(() => `${term()} ${term()} ${pick(OUTSIDE_WORDS)}`),
  };
}

/**
 * How many modules hold each word of the queries, and how often a module uses it, in the real content
 * and in the generated site. What a full-text query fetches grows with both, so this shows whether the
 * generated text is realistic for search.
 */
function wordSpread(generated: string, queries: string[]) {
  const words = [...new Set(queries.flatMap((q) => q.toLowerCase().match(/[a-z]{4,}/g) ?? []))].sort();
  const useOf = (folder: string) => {
    const bodies = globSync('courses/**/*.mdx', { cwd: folder }).map((file) =>
      proseOf(readFileSync(join(folder, file), 'utf8')),
    );
    return Object.fromEntries(
      words.map((word) => {
        const pattern = new RegExp(`\\b${word}`, 'g');
        const counts = bodies.map((body) => body.match(pattern)?.length ?? 0);
        return [
          word,
          {
            moduleShare: counts.filter((n) => n > 0).length / bodies.length,
            usesPerModule: counts.reduce((a, b) => a + b, 0) / bodies.length,
          },
        ];
      }),
    );
  };
  const real = useOf('content');
  const made = useOf(generated);
  const median = (use: typeof real, key: 'moduleShare' | 'usesPerModule') =>
    percentile(
      Object.values(use).map((u) => u[key]),
      50,
    );
  return {
    words: Object.fromEntries(words.map((w) => [w, { real: real[w]!, generated: made[w]! }])),
    medianReal: median(real, 'moduleShare'),
    medianGenerated: median(made, 'moduleShare'),
    medianUsesReal: median(real, 'usesPerModule'),
    medianUsesGenerated: median(made, 'usesPerModule'),
  };
}

/** One query from a fresh browser: bytes from the first keystroke on, and time to the first results. */
async function firstQuery(browser: Browser, query: string) {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  const page = await context.newPage();
  await page.goto('/search/', { waitUntil: 'networkidle' });
  const responses: Promise<{ url: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) =>
    responses.push(
      request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })),
    ),
  );
  const results = page.locator('[data-search-page-results]');
  const started = Date.now();
  await page.locator('[data-search-page-box]').fill(query);
  await results.locator('[data-search-part="catalogue"] li, [data-search-part="status"]:not(:empty)').first().waitFor();
  const catalogueMs = Date.now() - started;
  await results.locator('[data-search-part="status"]:not(:empty)').waitFor({ timeout: 60_000 });
  const fullTextMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const done = await Promise.all(responses);
  await context.close();
  const sum = (match: (url: string) => boolean) => done.filter((r) => match(r.url)).reduce((s, r) => s + r.bytes, 0);
  return {
    query,
    catalogueMs,
    fullTextMs,
    bytes: sum(() => true),
    pagefindBytes: sum((url) => url.includes('/pagefind/')),
    catalogueBytes: sum((url) => url.includes('/search/catalogue.json')),
    requests: done.length,
  };
}

/** Share of first queries within the goal and the 95th percentile, for Pagefind's transfer and with the catalogue. */
function costOf(runs: { bytes: number; pagefindBytes: number }[]) {
  const summary = (bytes: number[]) => ({
    share250KB: bytes.filter((b) => b <= GOALS.firstQueryBytes).length / bytes.length,
    p95KB: percentile(bytes, 95) / KB,
  });
  return {
    fullText: summary(runs.map((r) => r.pagefindBytes)),
    withCatalogue: summary(runs.map((r) => r.bytes)),
  };
}

async function scale(browser: Browser) {
  const content = `.bench/search-site-${MODULES}`;
  const dist = `.bench/search-dist-${MODULES}`;
  const summary = generateSite({ modules: MODULES, out: content, seed: 1 });
  const astro = await build(content, dist, String(MODULES));
  const buildLog = readFileSync(`.bench/logs/search-astro-${MODULES}.log`, 'utf8');
  const catalogueJson = readFileSync(join(dist, 'search/catalogue.json'));
  const loaded = performance.now();
  const catalogue = loadCatalogueIndex(
    JSON.parse(catalogueJson.toString()) as Parameters<typeof loadCatalogueIndex>[0],
  );
  const catalogueLoadMs = performance.now() - loaded;
  const kinds = queriesByKind(8);
  const server = await serve(dist);
  const perKind: Record<string, unknown> = {};
  const runsByKind: Record<string, Awaited<ReturnType<typeof firstQuery>>[]> = {};
  try {
    for (const [kind, queries] of Object.entries(kinds)) {
      const runs = [];
      for (const query of queries) runs.push(await firstQuery(browser, query));
      runsByKind[kind] = runs;
      perKind[kind] = {
        queries: runs.length,
        medianKB:
          percentile(
            runs.map((r) => r.bytes),
            50,
          ) / KB,
        maxKB: Math.max(...runs.map((r) => r.bytes)) / KB,
        p95PagefindKB:
          percentile(
            runs.map((r) => r.pagefindBytes),
            95,
          ) / KB,
        medianPagefindKB:
          percentile(
            runs.map((r) => r.pagefindBytes),
            50,
          ) / KB,
        catalogueKB:
          percentile(
            runs.map((r) => r.catalogueBytes),
            50,
          ) / KB,
        medianRequests: percentile(
          runs.map((r) => r.requests),
          50,
        ),
        medianCatalogueMs: percentile(
          runs.map((r) => r.catalogueMs),
          50,
        ),
        medianFullTextMs: percentile(
          runs.map((r) => r.fullTextMs),
          50,
        ),
        p95FullTextMs: percentile(
          runs.map((r) => r.fullTextMs),
          95,
        ),
        runs,
      };
    }
  } finally {
    server.kill();
  }
  return {
    modules: MODULES,
    content: summary,
    indexing: {
      // Pagefind indexes as Astro renders: one build, its largest process's peak.
      buildSeconds: astro.seconds,
      buildPeakMB: astro.peakBytes && astro.peakBytes / 1024 ** 2,
      pagefindIndexedPages: Number(/Indexed (\d+) pages into pagefind\//.exec(buildLog)?.[1] ?? NaN),
    },
    indexSizes: {
      pagefindMB: bytesUnder(join(dist, 'pagefind')) / 1024 ** 2,
      pagefindChunks: globSync('*.pf_index', { cwd: join(dist, 'pagefind/index') }).length,
      chunkPositions: CHUNK_SIZE ? Number(CHUNK_SIZE) : 'as npm run build',
      catalogueKB: catalogueJson.length / KB,
      catalogueGzipKB: gzipSync(catalogueJson).length / KB,
      catalogueEntries: catalogue.docs.length,
    },
    catalogueLoadMs,
    catalogueKeystrokes: keystrokes(catalogue, Object.values(kinds).flat()),
    wordSpread: wordSpread(content, Object.values(kinds).flat()),
    firstQuery: {
      // The kinds the goals were set on, comparable with earlier runs.
      ...costOf(BASE_KINDS.flatMap((kind) => runsByKind[kind] ?? [])),
      allKinds: costOf(Object.values(runsByKind).flat()),
      perKind,
    },
  };
}

function catalogueAt1000() {
  const content = '.bench/search-site-770';
  generateSite({ modules: 770, out: content, seed: 1 });
  const entries = catalogueEntriesOf(content);
  const json = JSON.stringify(buildCatalogueFile(entries));
  const loaded = performance.now();
  const catalogue = loadCatalogueIndex(JSON.parse(json) as Parameters<typeof loadCatalogueIndex>[0]);
  return {
    entries: entries.length,
    KB: json.length / KB,
    gzipKB: gzipSync(json).length / KB,
    loadMs: performance.now() - loaded,
    keystrokes: keystrokes(catalogue, Object.values(queriesByKind(8)).flat()),
  };
}

const chromiumPath = await findChromium();
if (!chromiumPath) throw new Error('No Chromium found: set CHROMIUM_PATH (see README).');
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const catalogue1000 = catalogueAt1000();
  console.log(`Catalogue at ${catalogue1000.entries} entries: ${catalogue1000.gzipKB.toFixed(1)} KB gzipped.`);
  await build('content', '.bench/search-content', 'content');
  const server = await serve('.bench/search-content');
  const relevanceResults = await relevance(browser).finally(() => server.kill());
  const scaleResults = await scale(browser);
  const results = {
    date: new Date().toISOString(),
    goals: GOALS,
    relevance: relevanceResults,
    catalogue1000,
    scale: scaleResults,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/search.json', `${JSON.stringify(results, null, 2)}\n`);

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `\nRelevance on ${relevanceResults.cases} queries (goal for the locked: top-5 ≥ 95%, none without results):`,
  );
  for (const engine of ['lunr', 'pagefind'] as const) {
    const report = relevanceResults[engine];
    const line = (name: string, scores: { cases: number; topFive: number; mrr: number }) =>
      `${name} (${scores.cases}) top-5 ${pct(scores.topFive)}, MRR ${scores.mrr.toFixed(3)}`;
    console.log(
      `  ${engine.padEnd(9)} ${line('tuning', report.tuning)}; ${line('locked', report.locked)}; no results: ${report.noResult.length}`,
    );
  }
  const { fallback } = relevanceResults;
  console.log(
    `  “${fallback.query}”, which falls back to fewer words: Pagefind ${(fallback.bytes / KB).toFixed(0)} KB, against ${(fallback.directBytes / KB).toFixed(0)} KB asked with those words`,
  );
  console.log(
    `Catalogue, ${catalogue1000.entries} entries: ${catalogue1000.gzipKB.toFixed(1)} KB gzipped (goal ≤ 110), keystroke p95 ${catalogue1000.keystrokes.p95Ms.toFixed(1)} ms (goal < 50)`,
  );
  const s = scaleResults;
  console.log(
    `Site of ${s.modules} modules: built with its index in ${s.indexing.buildSeconds.toFixed(0)} s at ${s.indexing.buildPeakMB?.toFixed(0)} MB peak; Pagefind index ${s.indexSizes.pagefindMB.toFixed(1)} MB in ${s.indexSizes.pagefindChunks} chunks (${s.indexSizes.chunkPositions} positions); catalogue ${s.indexSizes.catalogueEntries} entries, ${s.indexSizes.catalogueGzipKB.toFixed(0)} KB gzipped, keystroke p95 ${s.catalogueKeystrokes.p95Ms.toFixed(1)} ms`,
  );
  console.log(
    `Query words are on a median ${pct(s.wordSpread.medianReal)} of real modules and ${pct(s.wordSpread.medianGenerated)} of generated ones, used ${s.wordSpread.medianUsesReal.toFixed(2)} and ${s.wordSpread.medianUsesGenerated.toFixed(2)} times a module`,
  );
  console.log(
    `First full-text query (Pagefind's transfer): ${pct(s.firstQuery.fullText.share250KB)} within 250 KB (goal ≥ 95%), p95 ${s.firstQuery.fullText.p95KB.toFixed(0)} KB`,
  );
  console.log(
    `  with the catalogue, fetched on the same focus: ${pct(s.firstQuery.withCatalogue.share250KB)} within 250 KB, p95 ${s.firstQuery.withCatalogue.p95KB.toFixed(0)} KB`,
  );
  console.log(
    `  with synonyms, questions and words no page has as well: ${pct(s.firstQuery.allKinds.fullText.share250KB)} within 250 KB, p95 ${s.firstQuery.allKinds.fullText.p95KB.toFixed(0)} KB`,
  );
  for (const [kind, r] of Object.entries(s.firstQuery.perKind) as [string, Record<string, number>][])
    console.log(
      `  ${kind.padEnd(18)} ${r['medianKB']!.toFixed(0)} KB (Pagefind ${r['medianPagefindKB']!.toFixed(0)}, p95 ${r['p95PagefindKB']!.toFixed(0)}; catalogue ${r['catalogueKB']!.toFixed(0)}), catalogue hits ${r['medianCatalogueMs']} ms, full text ${r['medianFullTextMs']} ms`,
    );
} finally {
  await browser.close();
}
