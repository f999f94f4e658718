import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_TERMS, queryTerms, tidyQuery } from '../../../src/search/query-terms.ts';

describe('queryTerms', () => {
  it.each([
    ['New partner, prison!', ['new', 'partner', 'prison']],
    ['title:risk^10', ['title', 'risk', '10']],
    ['*', []],
    ['"unbalanced', ['unbalanced']],
    ['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
    ['Climbié', ['climbie']],
    ['peer-aided judgement', ['peer', 'aided', 'judgement']],
    ["child's", ['child', 's']],
  ])('%j → %j', (input, terms) => {
    expect(queryTerms(input)).toEqual(terms);
  });

  it(`keeps at most ${MAX_TERMS} words of at most 30 letters`, () => {
    const terms = queryTerms(`${'x'.repeat(100)} ${'word '.repeat(100)}`);
    expect(terms).toHaveLength(MAX_TERMS);
    expect(terms[0]).toHaveLength(30);
  });
});

describe('tidyQuery', () => {
  it.each([
    ['  new   partner \n', 'new partner'],
    ['risk\u0000\u200bassessment', 'risk assessment'],
    ['', ''],
  ])('%j → %j', (input, tidy) => {
    expect(tidyQuery(input)).toBe(tidy);
  });

  it(`cuts a query to ${MAX_QUERY_LENGTH} characters`, () => {
    expect(tidyQuery('a'.repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
  });
});
