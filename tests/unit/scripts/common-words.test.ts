import { describe, expect, it } from 'vitest';
import { commonWordsOf } from '../../../scripts/common-words.ts';

describe('commonWordsOf', () => {
  const pages = [
    'The family and the child. Assessments matter.',
    'A child’s chronology; the FAMILY’s view.',
    'Families change. The family of a child.',
    'Supervision for the worker, the family and the child.',
  ];
  const small = { share: 0.75, minPages: 1 };

  it('lists the words, as typed, on at least the given share of pages, with that share, leaving out English stop words', () => {
    // "families" is not "family": Pagefind may find the one on pages the other is not.
    expect(commonWordsOf(pages, small)).toEqual({ child: 1, family: 1 });
  });

  it('counts a word once a page however often the page uses it', () => {
    expect(commonWordsOf(['child child child', 'child', 'worker'], { share: 0.6, minPages: 1 })).toEqual({
      child: 0.667,
    });
  });

  it('lists nothing for a site of fewer pages than the minimum', () => {
    expect(commonWordsOf(pages, { share: 0.75, minPages: 5 })).toEqual({});
    expect(commonWordsOf([])).toEqual({});
  });
});
