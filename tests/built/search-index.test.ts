import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkRangesOf, readPagefindFile } from '../../scripts/pagefind-chunk-ranges.ts';
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

  it('has no gap between one chunk and the next', () => {
    for (const [i, [, to]] of chunks!.slice(0, -1).entries()) expect(to).toBe(chunks![i + 1]![0]);
  });

  it("holds every word inside its own chunk's range, so no word needs the prefix fallback", () => {
    const outside = chunks!.flatMap(([from, to, chunkHash]) => {
      // WordIndex: [[word, pages, variants], ...]
      const [words] = readPagefindFile(join(BUNDLE, 'index', `${chunkHash}.pf_index`)).value as [[string][]];
      return words.map(([word]) => word).filter((word) => word < from || word > to);
    });
    expect(outside).toEqual([]);
  });
});
