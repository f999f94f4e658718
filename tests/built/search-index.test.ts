import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkRangesOf, readPagefindFile, type ChunkRange } from '../../scripts/pagefind-chunk-ranges.ts';
import { DIST } from '../support/built-site.ts';

// The full-text index as `npm run build` leaves it (scripts/index-search.ts). Pagefind finds a query
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
