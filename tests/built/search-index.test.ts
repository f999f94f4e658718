import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkRangesOf, readPagefindFile, type ChunkRange } from '../../scripts/pagefind-chunk-ranges.ts';
import { GUIDE_FOLDER, LEARNER_PAGE_FOLDERS, SEARCH_BUNDLES } from '../../src/utils/routes.ts';
import { DIST } from '../support/built-site.ts';

// The full-text index as `npm run build` leaves it (scripts/search-bundles.ts). Pagefind finds a query
// word's chunk by `from <= word <= to`; a word outside every range falls back to a prefix match that
// fetches unrelated chunks, the largest ones among them.
const BUNDLE = join(DIST, 'pagefind');
const entry = JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string }>;
};

describe.each(Object.entries(entry.languages))('the %s full-text index', (_, { hash }) => {
  const chunks = chunkRangesOf(readPagefindFile(join(BUNDLE, `pagefind.${hash}.pf_meta`)).value);

  it('is cut into several chunks listed as Pagefind 1.6.0 lists them', () => {
    expect(chunks?.length).toBeGreaterThan(1);
  });

  it("holds every indexed word in its own chunk's range and in no other, so each word fetches one chunk", () => {
    // Pagefind compares words by their UTF-8 bytes.
    const inRange = (word: string, [from, to]: ChunkRange) =>
      Buffer.compare(Buffer.from(from), Buffer.from(word)) <= 0 &&
      Buffer.compare(Buffer.from(word), Buffer.from(to)) <= 0;
    const misplaced = chunks!.flatMap(([, , chunkHash]) => {
      // WordIndex: [[word, pages, variants], ...]
      const [words] = readPagefindFile(join(BUNDLE, 'index', `${chunkHash}.pf_index`)).value as [[string][]];
      return words
        .map(([word]) => ({ word, ranges: chunks!.filter((chunk) => inRange(word, chunk)).map(([, , h]) => h) }))
        .filter(({ ranges }) => ranges.length !== 1 || ranges[0] !== chunkHash);
    });
    expect(misplaced).toEqual([]);
  });
});

describe('the two bundles', () => {
  /** Top-level folders of the pages that ask to be indexed (`data-pagefind-body`). */
  const indexedFolders = new Set(
    globSync('**/*.html', { cwd: DIST })
      .filter((file) => readFileSync(join(DIST, file), 'utf8').includes('data-pagefind-body'))
      .map((file) => file.split('/')[0]!),
  );
  /** The pages each bundle's metadata lists, by their page count. */
  const pagesIn = (bundle: string) => {
    const { languages } = JSON.parse(readFileSync(join(DIST, bundle, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
  };

  it('leave no page that asks to be indexed outside the folders they index', () => {
    expect([...indexedFolders].sort()).toEqual([...LEARNER_PAGE_FOLDERS, GUIDE_FOLDER].sort());
  });

  it("index the guide's pages apart from the learners'", () => {
    const guidePages = globSync(`${GUIDE_FOLDER}/**/*.html`, { cwd: DIST }).filter((file) =>
      readFileSync(join(DIST, file), 'utf8').includes('data-pagefind-body'),
    );
    expect(pagesIn(SEARCH_BUNDLES.guide)).toBe(guidePages.length);
    expect(pagesIn(SEARCH_BUNDLES.learners)).toBeGreaterThan(0);
  });
});
