import { describe, expect, it } from 'vitest';
import { MAX_TERMS } from '../../../src/search/query-terms.ts';
import { compileSearchWords, translateQuery } from '../../../src/search/search-words.ts';

const words = compileSearchWords({
  synonyms: {
    boyfriend: 'partner',
    "Mum's boyfriend": 'new partner',
    'gut feeling': 'intuition',
    ICPC: 'child protection conference',
  },
  ignore: ['Explain'],
});

describe('compileSearchWords', () => {
  it('leaves out a learner’s phrase of nothing but words search passes over, which would take over every query', () => {
    expect(compileSearchWords({ synonyms: { IT: 'information technology' }, ignore: [] }).synonyms).toEqual([]);
  });

  it('keeps the stems of what learners type and the course words as written, in lower case', () => {
    expect(words.synonyms).toContainEqual([['gut', 'feel'], ['intuition']]);
    expect(words.synonyms).toContainEqual([
      ['mum', 's', 'boyfriend'],
      ['new', 'partner'],
    ]);
    expect(words.ignore).toEqual(['explain']);
  });
});

describe('translateQuery', () => {
  it.each([
    ['a word', ['boyfriend', 'moved', 'in'], ['partner', 'moved', 'in'], ['partner']],
    ['a word in another form', ['boyfriends'], ['partner'], ['partner']],
    ['a phrase, by its stems', ['gut', 'feelings', 'about', 'dad'], ['intuition', 'about', 'dad'], ['intuition']],
    [
      'the longest phrase that starts at a word',
      ['mum', 's', 'boyfriend', 'drinks'],
      ['new', 'partner', 'drinks'],
      ['new', 'partner'],
    ],
    [
      'an abbreviation, into several words',
      ['icpc'],
      ['child', 'protection', 'conference'],
      ['child', 'protection', 'conference'],
    ],
    ['two phrases in one query', ['boyfriend', 'gut', 'feeling'], ['partner', 'intuition'], ['partner', 'intuition']],
    ['nothing, when no phrase is there', ['new', 'partner'], ['new', 'partner'], []],
    ['nothing, for half a phrase', ['gut', 'health'], ['gut', 'health'], []],
    ['a word once, however often it comes', ['boyfriend', 'boyfriends'], ['partner'], ['partner']],
  ])('replaces %s', (_, terms, replaced, added) => {
    expect(translateQuery(terms, words)).toEqual({ replaced, added });
  });
});

it('keeps a query of many synonyms to the longest query searched', () => {
  const { replaced } = translateQuery(
    Array.from({ length: 12 }, (_, i) => (i % 2 ? 'icpc' : `word${i}`)),
    words,
  );
  expect(replaced.length).toBeLessThanOrEqual(MAX_TERMS);
});
