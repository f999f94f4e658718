import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidePages } from '../../src/data/guide-pages.ts';
import { buildEachWay, buildWithContent, startPreview, type Preview, type Run } from '../support/astro-on-fixtures.ts';
import { builtPages, readPage } from '../support/built-site.ts';
import { brokenLinks } from '../support/links.ts';

// The site built, and previewed, for real with content other than ours.

/** One course of one module, and no cases, talks, resources or glossary: the least a site can be. */
const MINIMAL = 'tests/fixtures/minimal';
/** The guide's own examples, which must show in the guide and nowhere else. */
const EXAMPLE_IDS = ['mia-and-tom', 'early-help', 'example-practice-guide'];

describe('a minimal content folder', () => {
  let site = '';
  let build: Run;
  const page = (url: string) => {
    const found = builtPages(site).find((p) => p.url === url);
    if (!found) throw new Error(`${url} was not built`);
    return readPage(found, site);
  };

  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'triangulate-minimal-'));
    // As `npm run build` makes it: the build writes the search index too.
    build = buildWithContent({ content: MINIMAL, outDir: site });
  }, 240_000);

  afterAll(() => {
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('builds and indexes with no warnings and no errors', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/Indexed [1-9]\d* pages into pagefind\//);
    const said = build.output.split('\n');
    // A page's address is printed as it is built: the guide's page on errors is not an error.
    expect(
      said.filter((line) => /\[WARN\]|\[ERROR\]|\b(warn|warning|error)\b/i.test(line.replace(/\/errors\//g, ''))),
    ).toEqual([]);
  });

  it("has the course's pages and the whole trainers' guide, with the guide's own example case", () => {
    const urls = new Set(builtPages(site).map((p) => p.url));
    for (const url of ['/', '/courses/first-steps/', '/courses/first-steps/what-an-assessment-is-for/'])
      expect(urls).toContain(url);
    for (const { href } of guidePages) expect(urls).toContain(href);
    const example = page('/trainers/components/').querySelector('[data-case-id="mia-and-tom"]');
    expect(example?.querySelector('h2')?.text).toBe('Mia and her dad');
    // The player's data, which it fetches from there when the case is seen.
    const data = example?.querySelector('[data-case-src]')?.getAttribute('data-case-src') ?? '';
    expect(data).toMatch(/^\/cases\/mia-and-tom\/\w+\.json$/);
    expect(JSON.parse(readFileSync(join(site, data), 'utf8'))).toMatchObject({ example: true });
  });

  it('reads files as Windows editors save them: a module with a byte-order mark, a course with CRLF line ends', () => {
    const module = page('/courses/first-steps/what-an-assessment-is-for/');
    expect(module.querySelector('h1')?.text).toBe('What an assessment is for');
    expect(module.querySelector('main')?.text).toContain('weighs it, and says what it means for the child');
    expect(module.querySelector('main')?.text).not.toContain('\uFEFF');
    expect(page('/courses/first-steps/').querySelector('h1')?.text).toBe('First steps in assessment');
  });

  it('says so where there is nothing to list', () => {
    expect(page('/talks/').querySelector('main')?.text).toContain('There are no talks here yet.');
    expect(page('/resources/').querySelector('main')?.text).toContain('The library has no resources yet.');
    expect(page('/glossary/').querySelector('main')?.text).toContain('The glossary has no terms yet.');
  });

  it("lists the guide's examples nowhere but the guide", () => {
    const catalogue = readFileSync(join(site, 'search/catalogue.json'), 'utf8');
    const listings = ['/resources/', '/glossary/', '/my-learning/', '/my-learning/cpd/', '/search/'].map((url) =>
      page(url).toString(),
    );
    for (const id of EXAMPLE_IDS) {
      expect(catalogue).not.toContain(id);
      for (const html of listings) expect(html).not.toContain(id);
    }
  });

  it('has no broken internal links or anchors', () => {
    expect(brokenLinks(site)).toEqual([]);
  });

  it('builds the same site with `npm run build:low-memory`, which indexes it once Astro has ended', () => {
    const folder = mkdtempSync(join(tmpdir(), 'triangulate-each-way-'));
    const outDirs = { build: join(folder, 'build'), 'build:low-memory': join(folder, 'low-memory') };
    try {
      const runs = buildEachWay(MINIMAL, outDirs);
      for (const run of Object.values(runs)) expect(run.status, run.output).toBe(0);
      expect(runs['build:low-memory'].output).toContain('Left the search index for a step after the build');
      const [full, apart] = [outDirs.build, outDirs['build:low-memory']];
      // The pages reach the index in another order, which changes its word chunks and the names that
      // hash them; the pages indexed, each page's own record and every other file are the same.
      const orderDependent = /^pagefind[^/]*\/(index\/|pagefind\.[\w-]+\.pf_meta$|pagefind-entry\.json$)/;
      const kept = (root: string) =>
        globSync('**/*', { cwd: root })
          .filter((file) => !orderDependent.test(file) && statSync(join(root, file)).isFile())
          .sort();
      expect(kept(apart)).toEqual(kept(full));
      const differing = kept(full).filter(
        (file) => !readFileSync(join(full, file)).equals(readFileSync(join(apart, file))),
      );
      expect(differing).toEqual([]);
      const entry = (root: string, bundle: string) =>
        readFileSync(join(root, bundle, 'pagefind-entry.json'), 'utf8').replace(/"hash":"[^"]+"/, '');
      const chunks = (root: string, bundle: string) =>
        globSync('*.pf_index', { cwd: join(root, bundle, 'index') }).length;
      for (const bundle of ['pagefind', 'pagefind-guide']) {
        expect(entry(apart, bundle)).toBe(entry(full, bundle));
        expect(chunks(apart, bundle)).toBe(chunks(full, bundle));
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('a preview of content with a mistake', () => {
  // Beside the browser tests' server (TEST_PORT) and the embedded-video fixture's (TEST_PORT + 1).
  const port = Number(process.env['TEST_PORT'] ?? 4322) + 2;
  const module = 'courses/assessment-basics/02-new-people-in-the-household.mdx';
  const page = '/courses/assessment-basics/new-people-in-the-household/';
  const problem = '02-new-people-in-the-household.mdx · minutes · Write a whole number of minutes, for example `30`.';
  let content = '';
  let server: Preview | undefined;

  beforeAll(async () => {
    content = mkdtempSync(join(tmpdir(), 'triangulate-preview-'));
    cpSync('tests/fixtures/valid', content, { recursive: true });
    const text = readFileSync(join(content, module), 'utf8');
    writeFileSync(join(content, module), text.replace(/^minutes: \d+$/m, 'minutes: ten'));
    server = await startPreview(content, port);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    if (content) rmSync(content, { recursive: true, force: true });
  });

  it('keeps running, prints the problem, and shows it on the page until it is fixed', async () => {
    expect(server?.output()).toContain(problem);
    const before = await server!.fetchText(page);
    // The module cannot be read, so the preview leaves its page out, and says why.
    expect(before.status).toBe(404);
    expect(before.text).toContain(problem);
    expect((await server!.fetchText('/')).text).toContain(problem);

    const text = readFileSync(join(content, module), 'utf8');
    writeFileSync(join(content, module), text.replace(/^minutes: ten$/m, 'minutes: 20'));
    await expect
      .poll(async () => server!.fetchText(page).then(({ status, text }) => [status, text.includes('tg-problems')]), {
        timeout: 60_000,
      })
      .toEqual([200, false]);
    expect(server?.output()).toContain('Content check: no problems.');
  }, 120_000);
});
