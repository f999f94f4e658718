import { describe, expect, it } from 'vitest';
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
  ])('replaces %s', (_, terms, replaced, added) => {
    expect(translateQuery(terms, words)).toEqual({ replaced, added });
  });
});
