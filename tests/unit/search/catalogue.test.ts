import { describe, expect, it } from 'vitest';
import { buildCatalogueFile, loadCatalogueIndex, referenceIndex } from '../../../src/search/catalogue-index.ts';
import { correctSpelling, searchCatalogue } from '../../../src/search/catalogue-search.ts';
import { catalogueEntriesOf } from '../../../src/search/read-catalogue.ts';
import { RELEVANCE_CASES, relevanceScores, TOP_FIVE_TARGET } from '../../support/search-relevance.ts';

const entries = catalogueEntriesOf('content');
const file = buildCatalogueFile(entries);
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
  it('is judged on at least 40 queries of every kind', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(RELEVANCE_CASES.map((c) => c.kind))).toEqual(new Set(['exact', 'synonym', 'misspelling', 'phrase']));
    for (const { expected } of RELEVANCE_CASES) expect(catalogue.docs.map((d) => d.url)).toContain(expected);
  });

  it(`puts the expected page in the top five for at least ${TOP_FIVE_TARGET * 100}% of them`, () => {
    const ranks = RELEVANCE_CASES.map(({ query, expected }) => {
      const at = searchCatalogue(catalogue, query, { limit: 5 }).findIndex((hit) => hit.url === expected);
      return at < 0 ? undefined : at + 1;
    });
    expect(relevanceScores(ranks).topFive).toBeGreaterThanOrEqual(TOP_FIVE_TARGET);
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
