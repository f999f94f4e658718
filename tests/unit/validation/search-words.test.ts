import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/validation/problem.ts';
import { checkSearchWords, courseWordProblems } from '../../../src/validation/search-words.ts';

const check = (text: string) => checkSearchWords({ path: 'content/search.yaml', format: 'yaml', text });
const PAGES = ['A new partner joins the household.', 'Intuition and analysis: families and their children.'];

describe('checkSearchWords', () => {
  it('reads `synonyms:` and `ignore:` with nothing under them as none', () => {
    expect(check('synonyms:\nignore:\n')).toEqual({ value: { synonyms: {}, ignore: [] }, synonyms: {}, problems: [] });
  });

  it('reads a file of nothing but comments as no synonyms and nothing to ignore', () => {
    expect(check('# Words for search\n')).toEqual({ value: { synonyms: {}, ignore: [] }, synonyms: {}, problems: [] });
  });

  it('reads synonyms of several words on either side, with apostrophes', () => {
    const { value, problems } = check(
      "synonyms:\n  mum's boyfriend: new partner\n  ICPC: child protection conference\n",
    );
    expect(problems).toEqual([]);
    expect(value?.synonyms).toEqual({ "mum's boyfriend": 'new partner', ICPC: 'child protection conference' });
  });

  it('lists every mistake in one run, and still reads the synonyms written well', () => {
    const { synonyms, problems } = check(
      [
        'synonyms:',
        '  boyfriend!: partner',
        '  stepdad: partner/carer',
        '  partners: partner',
        '  gut feeling: intuition',
        '  gut feelings: instinct',
        '  IT: information technology',
        '  hunch: the',
        'ignore:',
        '  - how come',
        'igonre: []',
      ].join('\n'),
    );
    expect(synonyms).toEqual({
      partners: 'partner',
      'gut feeling': 'intuition',
      'gut feelings': 'instinct',
      IT: 'information technology',
      hunch: 'the',
    });
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "The content has 8 problems to fix:

      content/search.yaml · ignore[0] · Write one word per entry, without spaces or punctuation, for example \`explain\`.
      content/search.yaml · igonre · Unknown field \`igonre\`: did you mean \`ignore\`?
      content/search.yaml · synonyms.boyfriend! · Write only words, separated by spaces, for example \`mum’s boyfriend\`: no punctuation or symbols.
      content/search.yaml · synonyms.gut feelings · Search reads this as \`gut feeling\`, on an earlier line: keep one of the two.
      content/search.yaml · synonyms.hunch · On the right, write the word the course uses, not only words such as “the” or “of”.
      content/search.yaml · synonyms.IT · Search passes over these words in every query (“it”, “us”, “what”): write a learner’s phrase with a word that says what they mean.
      content/search.yaml · synonyms.partners · Both sides say the same: write on the left what learners type, and on the right the course’s word for it.
      content/search.yaml · synonyms.stepdad · Write only words, separated by spaces, for example \`partner\`: no punctuation or symbols.

      Each line reads: file · field · what to write instead."
    `);
  });
});

describe('courseWordProblems', () => {
  it('accepts course words that pages hold in any form: "families" for "family", "partner" for "partners"', () => {
    expect(courseWordProblems('content/search.yaml', { mum: 'family', boyfriend: 'partners' }, PAGES)).toEqual([]);
  });

  it('names each word no page holds, with the closest word that pages do hold', () => {
    expect(
      courseWordProblems('content/search.yaml', { boyfriend: 'new partnr', hunch: 'gut feeling' }, PAGES).map(
        (p) => `${p.field} · ${p.message}`,
      ),
    ).toEqual([
      'synonyms.boyfriend · No page has the word “partnr”, so search would find nothing with it: write a word the course uses, such as “partner”.',
      'synonyms.hunch · No page has the word “gut”, so search would find nothing with it: write a word the course uses.',
      'synonyms.hunch · No page has the word “feeling”, so search would find nothing with it: write a word the course uses.',
    ]);
  });
});
