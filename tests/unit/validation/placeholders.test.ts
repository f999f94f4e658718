import { expect, it } from 'vitest';
import { placeholder, placeholdersIn } from '../../../src/validation/placeholders.ts';

it('writes a placeholder in double square brackets', () => {
  expect(placeholder('Write the summary here')).toBe('[[Write the summary here]]');
});

it.each([
  ['summary: "[[Write the summary here]]"', ['[[Write the summary here]]']],
  ['## [[Write a heading here]]\n\n[[Write the text here]]', ['[[Write a heading here]]', '[[Write the text here]]']],
  ['[Link text](https://www.gov.uk/) and [one] bracket', []],
  ['[[not closed\non this line]]', []],
])('finds the placeholders in %j', (text, found) => {
  expect(placeholdersIn(text)).toEqual(found);
});
