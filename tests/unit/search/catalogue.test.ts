import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCatalogueIndex, referenceIndex } from '../../../src/search/catalogue-index.ts';
import { correctSpelling, searchCatalogue } from '../../../src/search/catalogue-search.ts';
import { catalogueEntriesOf, catalogueFileOf } from '../../../src/search/read-catalogue.ts';
import { RELEVANCE_CASES, rankOf, relevanceScores, TOP_FIVE_FLOOR } from '../../support/search-relevance.ts';

const entries = catalogueEntriesOf('content');
const file = catalogueFileOf('content');
// Through JSON, as the browser receives it.
const catalogue = loadCatalogueIndex(JSON.parse(JSON.stringify(file)) as typeof file);

describe('the compact catalogue file', () => {
  it('has an entry for every course, module, talk, resource and glossary term', () => {
    const kinds = new Set(catalogue.docs.map((doc) => doc.kind));
    expect([...kinds].sort()).toEqual(['course', 'glossary', 'module', 'resource', 'talk']);
    expect(catalogue.docs).toHaveLength(entries.length);
  });

  it.each(['risk', 'new partner', 'lundy', 'munro 1999', 'supervision escalation'])(
    'ranks %j exactly as lunr does with an index built the usual way',
    (query) => {
      const reference = referenceIndex(entries);
      const ranked = (index: typeof reference) => index.search(query).map((r) => [r.ref, r.score]);
      expect(ranked(catalogue.index)).toEqual(ranked(reference));
    },
  );
});

describe('catalogue relevance', () => {
  const tuning = RELEVANCE_CASES.filter((c) => !c.locked);

  it('is judged on at least 120 queries of every kind, about a third of them locked, each answered by a real page', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(120);
    expect((RELEVANCE_CASES.length - tuning.length) / RELEVANCE_CASES.length).toBeGreaterThanOrEqual(0.3);
    expect(new Set(RELEVANCE_CASES.map((c) => c.kind))).toEqual(
      new Set(['exact', 'everyday', 'paraphrase', 'question', 'misspelling', 'situation']),
    );
    const urls = catalogue.docs.map((d) => d.url);
    for (const { expected } of RELEVANCE_CASES) for (const url of expected) expect(urls).toContain(url);
  });

  // The locked queries were written blind and are the honest measure of search: any edit to them,
  // even a fair one, shows here, and must come with a new fingerprint and a word in the commit why.
  it('keeps the locked queries exactly as they were written', () => {
    const locked = JSON.stringify(RELEVANCE_CASES.filter((c) => c.locked));
    expect(createHash('sha256').update(locked).digest('hex')).toBe(
      'd95819e2dec446b8f77928ba8e4235791107b37ae8049247827084692f95956e',
    );
  });

  it(`puts an expected page in the top five for at least ${TOP_FIVE_FLOOR.catalogue * 100}% of the tuning queries`, () => {
    const ranks = tuning.map(({ query, expected }) =>
      rankOf(
        searchCatalogue(catalogue, query, { limit: 5 }).map((hit) => hit.url),
        expected,
      ),
    );
    expect(relevanceScores(ranks).topFive).toBeGreaterThanOrEqual(TOP_FIVE_FLOOR.catalogue);
  });

  it.each([
    ['triangluation', '/glossary/#triangulation'],
    ['disgused compliance', '/glossary/#disguised-compliance'],
    ['calibraton', '/glossary/#calibration'],
  ])('forgives one typo: %j finds %s first', (query, expected) => {
    expect(searchCatalogue(catalogue, query)[0]?.url).toBe(expected);
  });

  it('finds an entry from the first letters of the last word, as the learner types', () => {
    expect(searchCatalogue(catalogue, 'disguised compl').map((hit) => hit.url)).toContain(
      '/glossary/#disguised-compliance',
    );
  });

  it('can be limited to one kind of entry', () => {
    const hits = searchCatalogue(catalogue, 'munro', { limit: 50, only: (doc) => doc.kind === 'resource' });
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((hit) => hit.kind === 'resource')).toBe(true);
  });
});

describe('correcting spelling for the full-text index', () => {
  it.each([
    ['triangluation', 'triangul'],
    ['new partner prison', 'new partner prison'],
    ['disgused compliance', 'disguis compliance'],
    ['title:^*', 'title'],
  ])('%j becomes %j', (query, corrected) => {
    expect(correctSpelling(catalogue, query)).toBe(corrected);
  });
});

describe('hostile or odd input', () => {
  it.each([
    'title:',
    'title:risk',
    '^',
    'risk^10',
    '*',
    '*risk*',
    '"unbalanced quote',
    "it's",
    '~2 +risk -assessment',
    'a'.repeat(2000),
    'word '.repeat(400),
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u0000\u200b\ud83d\ude00',
    '',
    '   ',
  ])('%j gives results or none, never an exception', (query) => {
    expect(() => searchCatalogue(catalogue, query)).not.toThrow();
    expect(Array.isArray(searchCatalogue(catalogue, query))).toBe(true);
    expect(() => correctSpelling(catalogue, query)).not.toThrow();
  });

  it('reads markup as words, never as markup', () => {
    expect(searchCatalogue(catalogue, '<b>chronology</b>')[0]?.url).toBe('/glossary/#chronology');
  });
});

describe('ranking', () => {
  it.each(catalogue.docs.filter((doc) => doc.kind === 'glossary').map((doc) => [doc.title, doc.url]))(
    'puts the glossary entry first for its own term, %j',
    (term, url) => {
      expect(searchCatalogue(catalogue, term)[0]?.url).toBe(url);
    },
  );
});
